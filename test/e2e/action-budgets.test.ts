import { describe, expect } from 'vitest';

import type { CodeModeResult } from '../../src/engine/types.js';
import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { E2E_MAINS, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import { issueComment } from './events.js';
import { artifactFiles, type Stage, type StepRun, test } from './runner.js';

const COMMENTER = 'Codertocat';

/** `/codemode <weather task>` on issue #1, with the budget inputs given; the model writes the weather main(). */
async function weatherStep(stage: Stage, inputs: Record<string, string>): Promise<StepRun> {
  stage.github.setPermission(COMMENTER, PERMISSIONS.write);
  return stage.run({
    event: 'issue_comment',
    payload: issueComment(`/codemode ${WEATHER_TASK}`),
    inputs: { tools: 'examples/weather/tools.py', ...inputs },
    model: editRunnerScript([replaceMain(E2E_MAINS.weather), replaceMain(E2E_MAINS.weather)]),
  });
}

async function resultOf(step: StepRun): Promise<CodeModeResult> {
  const files = await artifactFiles(step.artifacts[0]!);
  return JSON.parse(files['result.json']!) as CodeModeResult;
}

describe('the budgets of a run, on the built action', () => {
  test('max_tool_calls: the call past it fails in the program, and the run stops with no repair', async ({ stage }) => {
    const step = await weatherStep(stage, { max_tool_calls: '2' });

    expect(step.exitCode).toBe(1);
    expect(step.modelRequests).toBe(1);
    const refusal = "RuntimeError: calculate_temp_diff() was not called: the run's budget of 2 tool calls is spent (max_tool_calls)";
    const result = await resultOf(step);
    expect(result.trace.map((entry) => [entry.tool, entry.ok ? 'ok' : entry.error])).toEqual([
      ['get_weather', 'ok'],
      ['get_weather', 'ok'],
      ['calculate_temp_diff', refusal],
    ]);
    expect(result).toMatchObject({
      error: 'The program reached max_tool_calls (2): 1 call was refused',
      failed_phase: 'execute',
      stopped_by_budget: 'max_tool_calls',
    });
    expect(result.attempts).toHaveLength(1);
    const report = stage.github.comments[0]!.body;
    expect(report).toContain(
      '### ❌ Code Mode failed in execute\n\n```text\nThe program reached max_tool_calls (2): 1 call was refused\n```\n\n> ⛔ Stopped by the budget max_tool_calls: raise max_tool_calls to let such a run go further.',
    );
    expect(step.messages('error')).toEqual(['Code Mode failed in execute: The program reached max_tool_calls (2): 1 call was refused']);
    expect(step.outputs).toMatchObject({ success: 'false', tool_calls: '3', input_tokens: '1000', output_tokens: '50' });
  });

  test('max_cost_usd: the session stops at what is left of it, and the run says what it spent', async ({ stage }) => {
    const step = await weatherStep(stage, { max_cost_usd: '0.003' });

    expect(step.exitCode).toBe(1);
    // Each request of the fake model costs $0.005: the session stops after the one that passes $0.003.
    expect(step.modelRequests).toBe(1);
    const result = await resultOf(step);
    expect(result).toMatchObject({
      error: 'The run reached max_cost_usd ($0.0030): its Claude Code sessions spent $0.0050',
      failed_phase: 'claude',
      stopped_by_budget: 'max_cost_usd',
      cost_usd: 0.005,
    });
    expect(result.usage).toMatchObject({ model_requests: 1, input_tokens: 1000, output_tokens: 50, tool_calls: 0 });
    const report = stage.github.comments[0]!.body;
    expect(report).toContain('> ⛔ Stopped by the budget max_cost_usd: raise max_cost_usd to let such a run go further.');
    expect(report).toContain('<sub>1 model request · tokens 1,000 in, 50 out, 0 cache read, 0 cache write · $0.0050 · 0 tool calls');
    expect(step.outputs).toMatchObject({ success: 'false', cost_usd: '0.005', input_tokens: '1000', output_tokens: '50', tool_calls: '0' });
  });

  test('max_cost_usd counts the repairs: a repair gets only what the first attempt left', async ({ stage }) => {
    stage.github.setPermission(COMMENTER, PERMISSIONS.write);
    const step = await stage.run({
      event: 'issue_comment',
      payload: issueComment(`/codemode ${WEATHER_TASK}`),
      inputs: { tools: 'examples/weather/tools.py', max_cost_usd: '0.007' },
      model: editRunnerScript([replaceMain(E2E_MAINS.unknownCity), replaceMain(E2E_MAINS.weather)]),
    });

    expect(step.exitCode).toBe(1);
    // The first attempt's request spends $0.005; the repair's session may spend $0.002 and stops after its one.
    expect(step.modelRequests).toBe(2);
    const result = await resultOf(step);
    expect(result.attempts.map((attempt) => attempt.model_usage?.model_requests)).toEqual([1, 1]);
    expect(result).toMatchObject({
      error: 'The run reached max_cost_usd ($0.0070): its Claude Code sessions spent $0.0100',
      stopped_by_budget: 'max_cost_usd',
    });
  });

  test('tool_timeout: a call past it fails with a TimeoutError in the trace, and the program decides what follows', async ({ stage }) => {
    stage.github.setPermission(COMMENTER, PERMISSIONS.write);
    const main = `def main(params: str = "") -> object:
    try:
        wait(60)
    except TimeoutError as error:
        return {"timed_out": str(error), "then": wait(0)}
    return {"timed_out": None}
`;
    const step = await stage.run({
      event: 'issue_comment',
      payload: issueComment('/codemode Wait a minute'),
      inputs: { tools: 'test/fixtures/e2e/slow.py', tool_timeout: '0.5' },
      model: editRunnerScript([replaceMain(main)]),
    });
    const timedOut = 'wait() did not finish within the tool_timeout of 0.5 s';
    const result = await resultOf(step);
    expect(result.output).toEqual({ timed_out: timedOut, then: 'waited 0 s' });
    expect(result.trace.map((entry) => [entry.tool, entry.ok ? entry.result : entry.error])).toEqual([
      ['wait', `TimeoutError: ${timedOut}`],
      ['wait', 'waited 0 s'],
    ]);
    expect(result.trace[0]!.duration_ms).toBeLessThan(30_000);
    expect(step.exitCode).toBe(0);
  });
});
