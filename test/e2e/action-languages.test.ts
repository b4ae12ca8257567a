import { copyFile, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect } from 'vitest';

import { editRunnerScript } from '../../testing/fakes/anthropic.js';
import { implementMain, JS_MAIN_BODY, TRIAGE_MAIN_BODY } from '../../testing/mains/typescript.js';
import { workflowDispatch } from './events.js';
import { artifactFiles, REPO_ROOT, test } from './runner.js';

const JS_TASK = 'Report the weather of Paris, Lisbon and Oslo in Fahrenheit';
const TRIAGE_TASK = 'Label the open unlabelled issues';
const LAYOUT = path.join(REPO_ROOT, 'test/fixtures/typescript/layouts');
const DOUBLE_MODEL = editRunnerScript([(text) => implementMain(text, '  return double(21);')]);

/** The layout tools module `tools.<extension>` and the helper it imports, copied into `dir`. */
async function placeLayoutTools(dir: string, extension: string): Promise<void> {
  await mkdir(path.join(dir, 'helpers'), { recursive: true });
  await copyFile(path.join(LAYOUT, `tools.${extension}`), path.join(dir, `tools.${extension}`));
  await copyFile(path.join(LAYOUT, 'helpers', `scale.${extension}`), path.join(dir, 'helpers', `scale.${extension}`));
}

describe('the built action with TypeScript and JavaScript tools', () => {
  test.for([
    [
      'JavaScript',
      'examples/js/tools.mjs',
      JS_MAIN_BODY,
      JS_TASK,
      [
        { city: 'Paris', fahrenheit: 64 },
        { city: 'Lisbon', fahrenheit: 75 },
        { city: 'Oslo', fahrenheit: 48 },
      ],
    ],
    ['TypeScript', 'examples/triage/tools.ts', TRIAGE_MAIN_BODY, TRIAGE_TASK, { task: TRIAGE_TASK, open: 5 }],
  ] as const)('type-checks and runs a runner for %s tools with the bundled compiler', async ([, tools, body, task, output], { stage }) => {
    const step = await stage.run({
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { tools, task },
      model: editRunnerScript([(text) => implementMain(text, body)]),
    });

    expect(step.messages('error')).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.outputs.success).toBe('true');
    expect(JSON.parse(step.outputs.result!)).toMatchObject(output);
    expect(step.outputs.code_path!.endsWith('/agentRunner.ts')).toBe(true);
    expect(step.summary).toContain('<details><summary>Generated code (<code>agentRunner.ts</code>)</summary>\n\n```ts\n');
    const files = await artifactFiles(step.artifacts[0]!);
    expect(files['agentRunner.ts']).toContain(body);
    expect(JSON.parse(files['result.json']!)).toMatchObject({ success: true, language: 'typescript' });
  });

  test.for([
    ['ts', null],
    ['ts', '.runner-temp'],
    ['mjs', null],
    ['mjs', '.runner-temp'],
  ] as const)(
    'runs tools.%s at the repository root with RUNNER_TEMP at %j of the checkout (null: outside it)',
    async ([extension, temp], { stage }) => {
      await placeLayoutTools(stage.workspace, extension);
      const runnerTemp = temp && path.join(stage.workspace, temp);
      if (runnerTemp) await mkdir(runnerTemp);
      const step = await stage.run({
        event: 'workflow_dispatch',
        payload: workflowDispatch(),
        inputs: { tools: `tools.${extension}`, task: 'Double 21' },
        model: DOUBLE_MODEL,
        env: runnerTemp ? { RUNNER_TEMP: runnerTemp } : {},
      });

      expect(step.messages('error')).toEqual([]);
      expect(step.exitCode).toBe(0);
      expect(JSON.parse(step.outputs.result!)).toBe(42);
      expect(step.outputs.code_path!.startsWith(`${runnerTemp ?? stage.runnerTemp}/`)).toBe(true);
    },
  );

  test('rejects a tools module outside the repository root before calling the model', async ({ stage }) => {
    await placeLayoutTools(path.join(path.dirname(stage.workspace), 'outside'), 'ts');
    const step = await stage.run({
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { tools: '../outside/tools.ts', task: 'Double 21' },
    });

    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual([
      `Code Mode could not start: Tools module ../outside/tools.ts is outside the repository root ${await realpath(stage.workspace)}`,
    ]);
    expect(step.modelRequests).toBe(0);
  });
});
