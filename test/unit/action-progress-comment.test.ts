import { afterEach, describe, expect, it, vi } from 'vitest';

import { type CallProgress, PROGRESS_INTERVAL_MS, throttledProgress } from '../../src/action/progress-comment.js';

afterEach(() => {
  vi.useRealTimers();
});

const call = (calls: number): CallProgress => ({ calls, tool: `tool_${calls}` });

describe('the progress comment while the program runs', () => {
  it('is written an interval after the first calls, then at most once an interval, with the latest calls, and not after it was stopped', async () => {
    vi.useFakeTimers();
    const written: number[] = [];
    const progress = throttledProgress(({ calls }) => {
      written.push(calls);
      return Promise.resolve();
    });
    progress.update(call(1));
    progress.update(call(2));
    await vi.advanceTimersByTimeAsync(PROGRESS_INTERVAL_MS - 1);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual([2]);
    for (const calls of [3, 4, 5]) progress.update(call(calls));
    await vi.advanceTimersByTimeAsync(PROGRESS_INTERVAL_MS - 1);
    expect(written).toEqual([2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual([2, 5]);
    progress.update(call(6));
    await progress.stop();
    await vi.advanceTimersByTimeAsync(PROGRESS_INTERVAL_MS * 2);
    progress.update(call(7));
    await vi.advanceTimersByTimeAsync(PROGRESS_INTERVAL_MS * 2);
    expect(written).toEqual([2, 5]);
  });

  it('writes nothing for a program that ends within the first interval', async () => {
    vi.useFakeTimers();
    const written: number[] = [];
    const progress = throttledProgress(({ calls }) => {
      written.push(calls);
      return Promise.resolve();
    });
    progress.update(call(3));
    await vi.advanceTimersByTimeAsync(PROGRESS_INTERVAL_MS - 1);
    await progress.stop();
    await vi.advanceTimersByTimeAsync(PROGRESS_INTERVAL_MS);
    expect(written).toEqual([]);
  });

  it('waits, when stopped, for a write under way, so the report written next is the last word', async () => {
    let finish: () => void = () => undefined;
    const order: string[] = [];
    const progress = throttledProgress(async () => {
      order.push('progress begins');
      await new Promise<void>((resolve) => (finish = resolve));
      order.push('progress written');
    }, 0);
    progress.update(call(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stopped = progress.stop().then(() => order.push('stopped'));
    finish();
    await stopped;
    expect(order).toEqual(['progress begins', 'progress written', 'stopped']);
  });
});
