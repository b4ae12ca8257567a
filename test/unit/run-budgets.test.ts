import { describe, expect, it } from 'vitest';

import { parseConfig } from '../../src/engine/config.js';
import { callBudget, callBudgetStop, costBudgetStop, costLeft } from '../../src/engine/run/budgets.js';
import type { AttemptRecord } from '../../src/engine/types.js';

const attempt = (cost_usd: number): AttemptRecord => ({
  number: 1,
  failed_phase: null,
  error: null,
  turns: 3,
  cost_usd,
  claude_ms: 1,
  execute_ms: null,
  exit_code: null,
});

const trace = { tool: 'echo', args: {}, ok: true, start_ms: 0, duration_ms: 1 };

describe('the budgets of a run', () => {
  it('allow 2000 tool calls, no per-call timeout and no cost limit unless configured', () => {
    const config = parseConfig({});
    expect(callBudget(config)).toEqual({ maxToolCalls: 2000, toolTimeoutMs: null });
    expect(costLeft(config, [attempt(5)])).toBeUndefined();
    expect(costBudgetStop(config, [attempt(5)])).toBeNull();
    expect(callBudget(parseConfig({ max_tool_calls: 10, tool_timeout: 2.5 }))).toEqual({ maxToolCalls: 10, toolTimeoutMs: 2500 });
  });

  it.each([
    [{ max_tool_calls: 0 }, 'Invalid config max_tool_calls: max_tool_calls must be at least 1'],
    [{ max_tool_calls: 1.5 }, 'Invalid config max_tool_calls: max_tool_calls must be a whole number'],
    [{ tool_timeout: -1 }, 'Invalid config tool_timeout: tool_timeout must be a positive number of seconds'],
    [{ max_cost_usd: 0 }, 'Invalid config max_cost_usd: max_cost_usd must be a positive number of US dollars'],
    [{ max_cost_usd: '1' }, 'Invalid config max_cost_usd: max_cost_usd must be a number of US dollars'],
  ])('refuses %j with a clear error', (config, message) => {
    expect(() => parseConfig(config as never)).toThrow(message);
  });

  it('gives the next session what the earlier ones left of max_cost_usd, and stops the run once nothing is left', () => {
    const config = parseConfig({ max_cost_usd: 0.02 });
    expect(costLeft(config, [attempt(0.005)])).toBeCloseTo(0.015, 9);
    expect(costBudgetStop(config, [attempt(0.005)])).toBeNull();
    expect(costBudgetStop(config, [attempt(0.01), attempt(0.015)])).toBe(
      'The run reached max_cost_usd ($0.0200): its Claude Code sessions spent $0.0250',
    );
  });

  it('stops a run whose program had calls refused past max_tool_calls, saying how many', () => {
    const config = parseConfig({ max_tool_calls: 2 });
    expect(callBudgetStop(config, { trace: [trace, trace], replayed: 0, result: null, calls_refused: 0 })).toBeNull();
    expect(callBudgetStop(config, null)).toBeNull();
    expect(callBudgetStop(config, { trace: [trace, trace, trace], replayed: 0, result: null, calls_refused: 1 })).toBe(
      'The program reached max_tool_calls (2): 1 call was refused',
    );
    expect(callBudgetStop(config, { trace: [], replayed: 0, result: null, calls_refused: 3 })).toBe(
      'The program reached max_tool_calls (2): 3 calls were refused',
    );
  });
});
