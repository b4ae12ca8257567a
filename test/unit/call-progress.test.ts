import { appendFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type CallCount, CallLogReader } from '../../src/engine/call-progress.js';
import { runPython } from '../helpers/host.js';

describe('the calls of a running program, from the call log', () => {
  it('counts the calls begun as the log grows, waiting for the end of a line cut by a read', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'codemode-calls-')), 'host-report-calls.jsonl');
    const reader = new CallLogReader(file);
    expect(await reader.read()).toBeNull();
    await appendFile(
      file,
      '{"call": 0, "tool": "ping", "start_ms": 1, "args": "{}"}\n{"call": 0, "ok": true, "duration_ms": 1, "replayed": false, "result": "1"}\n',
    );
    expect(await reader.read()).toEqual({ calls: 1, tool: 'ping' });
    expect(await reader.read()).toBeNull();
    await appendFile(file, '{"call": 1, "tool": "get_');
    expect(await reader.read()).toBeNull();
    await appendFile(file, 'ticket", "start_ms": 2, "args": "{}"}\nnot json\n');
    expect(await reader.read()).toEqual({ calls: 2, tool: 'get_ticket' });
  });

  it("tells the engine's listener the calls so far while a real program runs", { timeout: 60_000 }, async () => {
    const counts: CallCount[] = [];
    const main = [
      'def main(params: str = "") -> object:',
      '    import time',
      '    ping()',
      '    time.sleep(2.5)',
      '    ping()',
      '    ping()',
      '    time.sleep(2.5)',
      '    return ping()',
      '',
    ].join('\n');
    const outcome = await runPython(main, { onCalls: (count) => counts.push(count) });
    expect(outcome.error).toBeNull();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count.tool === 'ping' && count.calls <= 4)).toBe(true);
    expect(counts.map((count) => count.calls)).toEqual([...new Set(counts.map((count) => count.calls))].sort());
  });
});
