import { describe, expect, it } from 'vitest';

import { formatCount, usageLine } from '../../src/format.js';

describe('formatCount', () => {
  it('groups thousands with commas as en-US does', () => {
    const counts = [0, 7, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 1_234_567_890, 2 ** 53 - 1, -1, -1234, -1_000_000];
    for (const count of counts) expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
  });

  it('shows the usage line of a large run with grouped counts', () => {
    const usage = {
      model_requests: 1200,
      input_tokens: 1_234_567,
      output_tokens: 8_901,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 45_000,
      tool_calls: 1,
      tool_result_bytes: 0,
      model_context_bytes: 0,
    };
    expect(usageLine({ usage, cost_usd: 1.5 })).toBe(
      "1,200 model requests · tokens 1,234,567 in, 8,901 out, 0 cache read, 45,000 cache write · $1.5000 · 1 tool call · 0 B of tool results kept out of the model's context (0 B given to the model)",
    );
  });
});
