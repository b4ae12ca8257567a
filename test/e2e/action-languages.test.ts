import { describe, expect } from 'vitest';
import { editRunnerScript } from '../fakes/anthropic.js';
import { implementMain, JS_MAIN_BODY, TRIAGE_MAIN_BODY } from '../fixtures/typescript/mains.js';
import { workflowDispatch } from './events.js';
import { artifactFiles, test } from './runner.js';

const JS_TASK = 'Report the weather of Paris, Lisbon and Oslo in Fahrenheit';
const TRIAGE_TASK = 'Label the open unlabelled issues';

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
});
