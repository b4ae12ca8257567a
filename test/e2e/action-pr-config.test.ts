import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { issueComment, pullRequestOpened } from './events.js';
import { type Stage, type StepRun, test } from './runner.js';

const TOOLS = 'tools/greet.py';
const AUTHOR = 'Codertocat';

/** The tools module and the sibling it imports, as a branch holds them: only the sibling says which branch. */
function toolsFolder(word: string): Record<string, string> {
  return {
    'tools/greet.py': `"""Greeting tools."""\n\nfrom words import WORD\n\n\ndef greeting() -> str:\n    """The greeting of this branch."""\n    return WORD\n`,
    'tools/words.py': `WORD = ${JSON.stringify(word)}\n`,
  };
}

const MAIN = `def main(params: str = "") -> object:
    return greeting()
`;

interface PullRequestPayload {
  pull_request: { number: number; head: { repo: { full_name: string } }; base: { sha: string } };
}

/** A pull request opened from `headRepo` whose checkout holds the head's tools; the base branch's commit holds the base's. */
async function openPullRequest(stage: Stage, headRepo: string | null): Promise<PullRequestPayload> {
  const payload = pullRequestOpened() as PullRequestPayload;
  const pull = payload.pull_request;
  if (headRepo) pull.head.repo.full_name = headRepo;
  stage.github.commits.set(pull.base.sha, toolsFolder('base'));
  stage.github.pullRequests.set(pull.number, pull);
  for (const [file, content] of Object.entries(toolsFolder('head'))) {
    await mkdir(path.dirname(path.join(stage.workspace, file)), { recursive: true });
    await writeFile(path.join(stage.workspace, file), content);
  }
  return payload;
}

function pullRequestStep(stage: Stage, payload: PullRequestPayload, inputs: Record<string, string> = {}): Promise<StepRun> {
  return stage.run({
    event: 'pull_request_target',
    payload,
    inputs: { tools: TOOLS, task: 'Greet', max_attempts: '1', ...inputs },
    model: editRunnerScript([replaceMain(MAIN)]),
  });
}

const FROM_BASE = 'Tools module read from the base branch `master` (f95f852), not from this pull request';

describe('the built action on a pull request a stranger controls', () => {
  test("a fork's pull request runs the base branch's tools module and the siblings it imports", async ({ stage }) => {
    stage.github.setPermission(AUTHOR, PERMISSIONS.write);
    const step = await pullRequestStep(stage, await openPullRequest(stage, 'stranger/Hello-World'));
    expect(step.messages('error')).toEqual([]);
    expect(step.outputs).toMatchObject({ success: 'true', result: '"base"' });
    expect(step.summary).toContain(`> ${FROM_BASE}: it comes from the fork stranger/Hello-World.`);
    expect(step.summary.startsWith(`${stage.github.comments[0]!.body}\n\n#### Usage\n\n`)).toBe(true);
  });

  test('a comment on the pull request of an author without write access runs the base version', async ({ stage }) => {
    stage.github.setPermission('octocat', PERMISSIONS.write);
    stage.github.setPermission(AUTHOR, PERMISSIONS.read);
    // The example comment is in the conversation of #1.
    stage.github.pullRequests.set(1, (await openPullRequest(stage, null)).pull_request);
    const step = await stage.run({
      event: 'issue_comment',
      payload: issueComment('/codemode Greet', { login: 'octocat', onPullRequest: true }),
      inputs: { tools: TOOLS, max_attempts: '1' },
      model: editRunnerScript([replaceMain(MAIN)]),
    });
    expect(step.messages('error')).toEqual([]);
    expect(step.outputs).toMatchObject({ success: 'true', result: '"base"' });
    expect(step.summary).toContain(`> ${FROM_BASE}: its author ${AUTHOR} has read permission.`);
  });

  test('a pull request of a writer from the repository itself runs its own tools module', async ({ stage }) => {
    stage.github.setPermission(AUTHOR, PERMISSIONS.write);
    const step = await pullRequestStep(stage, await openPullRequest(stage, null));
    expect(step.outputs).toMatchObject({ success: 'true', result: '"head"' });
    expect(step.summary).not.toContain('base branch');
  });

  test("trust_pr_config: true runs a fork's own tools module", async ({ stage }) => {
    const step = await pullRequestStep(stage, await openPullRequest(stage, 'stranger/Hello-World'), { trust_pr_config: 'true' });
    expect(step.outputs).toMatchObject({ success: 'true', result: '"head"' });
    expect(step.summary).not.toContain('base branch');
  });

  test('a saved program missing on the base branch fails in one line naming it, with nothing run', async ({ stage }) => {
    const payload = await openPullRequest(stage, 'stranger/Hello-World');
    await mkdir(path.join(stage.workspace, '.codemode'));
    await writeFile(path.join(stage.workspace, '.codemode/greet.py'), 'print("head")\n');
    const step = await pullRequestStep(stage, payload, { program: '.codemode/greet.py', task: '' });
    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual(['The saved program .codemode/greet.py is not on the base branch master (f95f852)']);
    expect(step.modelRequests).toBe(0);
  });
});
