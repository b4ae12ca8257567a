import { describe, expect } from 'vitest';

import { REPORT_MARKER } from '../../src/action/markers.js';
import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { issueComment, REPOSITORY_NAME } from './events.js';
import { test } from './runner.js';

const API = `/repos/${REPOSITORY_NAME}`;

describe('the progress comment of the built action', () => {
  test('shows the calls so far and the last tool while the program runs, and the report replaces it', async ({ stage }) => {
    stage.github.setPermission('Codertocat', PERMISSIONS.write);
    const main = `def main(params: str = "") -> object:
    wait(0)
    wait(0)
    return wait(12)
`;
    const step = await stage.run({
      event: 'issue_comment',
      payload: issueComment('/codemode Wait a while'),
      inputs: { tools: 'test/fixtures/e2e/slow.py' },
      model: editRunnerScript([replaceMain(main)]),
    });

    expect(step.exitCode).toBe(0);
    const [comment] = stage.github.comments;
    const patches = step.githubRequests.filter((request) => request.method === 'PATCH');
    expect(patches.map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH ${API}/issues/comments/${comment!.id}`,
      `PATCH ${API}/issues/comments/${comment!.id}`,
    ]);
    const [progress, report] = patches.map((request) => (request.body as { body: string }).body);
    expect(progress).toMatch(
      /^⏳ Working on it… .*\n\n🔧 The program is running: [123] tool calls? so far, the last to `wait`\.\n\n\*\*Task\*\*/m,
    );
    expect(progress!.startsWith(REPORT_MARKER)).toBe(true);
    expect(report).toContain('### ✅ Code Mode succeeded');
    expect(comment!.body).toBe(report);
  });
});
