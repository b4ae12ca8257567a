import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { E2E_MAINS, WEATHER_OUTPUT, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import { issueComment } from './events.js';
import { test } from './runner.js';

describe('the built action when the artifact service is down', () => {
  // The artifact client retries a 500 five times over about half a minute, as it would on a runner.
  test('warns after the retries and still reports in the thread, the summary and the outputs', { timeout: 120_000 }, async ({ stage }) => {
    stage.results.failCreate(500);
    stage.github.setPermission('Codertocat', PERMISSIONS.write);
    const step = await stage.run({
      event: 'issue_comment',
      payload: issueComment(`/codemode ${WEATHER_TASK}`),
      inputs: { tools: 'examples/weather/tools.py' },
      model: editRunnerScript([replaceMain(E2E_MAINS.weather)]),
    });

    expect(step.exitCode).toBe(0);
    expect(step.messages('warning')).toEqual([
      "Could not upload the artifact 'codemode-result': Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected failure",
    ]);
    expect(step.messages('error')).toEqual([]);
    expect(stage.results.artifacts()).toEqual([]);
    const report = stage.github.comments[0]!.body;
    expect(report).toContain('### ✅ Code Mode succeeded');
    expect(report).toContain(JSON.stringify(WEATHER_OUTPUT, null, 2));
    expect(report).not.toContain('[Artifact]');
    expect(step.summary.startsWith(`${report}\n\n#### Usage\n\n`)).toBe(true);
    expect(step.outputs).toMatchObject({ success: 'true', result: JSON.stringify(WEATHER_OUTPUT), artifact_id: '', artifact_url: '' });
  });
});
