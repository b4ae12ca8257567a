// What the engine keeps of a run whose tool host wrote no report it can read: the calls of the host's call log.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { programEnvironment } from '../../src/engine/env.js';
import { executeHost } from '../../src/engine/execute.js';
import { callLogPath } from '../../src/engine/host.js';
import { traceFromCallLog } from '../../src/engine/host-record.js';
import { runPython, runTypeScript } from '../helpers/host.js';

const PING = { tool: 'ping', ok: true, result: '"pong"' };

describe('the call log', () => {
  it('gives a row per call begun, failed when its end is not recorded, and skips lines it cannot read', () => {
    const log = [
      { call: 0, tool: 'ping', start_ms: 1, args: '{}' },
      { call: 0, ok: true, duration_ms: 2, replayed: false, result: '"pong"' },
      { call: 1, tool: 'end_host', start_ms: 4, args: '{"code": 3}' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    expect(traceFromCallLog(`${log}\nnot json\n{"call": 7, "ok": true}\n`)).toEqual([
      { tool: 'ping', args: '{}', ok: true, result: '"pong"', start_ms: 1, duration_ms: 2, replayed: false },
      {
        tool: 'end_host',
        args: '{"code": 3}',
        ok: false,
        error: 'the call had not finished when the tool host ended',
        start_ms: 4,
        duration_ms: 0,
        replayed: false,
      },
    ]);
  });
});

describe.each([
  [
    'Python',
    runPython,
    'def main(params: str = "") -> object:\n    ping()\n    end_host(3)\n',
    'def main(params: str = "") -> object:\n    import time\n    ping()\n    time.sleep(60)\n',
  ],
  [
    'TypeScript',
    runTypeScript,
    '  ping();\n  end_host(3);\n  return null;',
    '  ping();\n  await new Promise((resolve) => setTimeout(resolve, 60_000));\n  return null;',
  ],
] as const)('a %s run whose tool host writes no report', (_language, run, crashing, hanging) => {
  it('keeps the calls made before a tool ended the host', async () => {
    const outcome = await run(crashing);
    expect(outcome.error).toBe('The tool host exited with code 3 without writing its report');
    expect(outcome.report?.trace).toMatchObject([
      PING,
      { tool: 'end_host', ok: false, error: 'the call had not finished when the tool host ended' },
    ]);
  });

  it('keeps the calls made before the timeout killed the host', async () => {
    const outcome = await run(hanging, { timeoutMs: 8_000 });
    expect(outcome.error).toMatch(/^The generated program timed out after 8 s/);
    expect(outcome.report?.trace).toMatchObject([PING]);
  });
});

describe('a report the engine cannot read', () => {
  it('is an error of its own, and the trace comes from the call log', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-record-'));
    const reportPath = path.join(folder, 'host-report.json');
    const script = path.join(folder, 'host.py');
    const begin = JSON.stringify({ call: 0, tool: 'ping', start_ms: 1, args: '{}' });
    const end = JSON.stringify({ call: 0, ok: true, duration_ms: 1, replayed: false, result: '"pong"' });
    await writeFile(
      script,
      `open(${JSON.stringify(callLogPath(reportPath))}, "w").write(${JSON.stringify(`${begin}\n${end}\n`)})\nopen(${JSON.stringify(reportPath)}, "w").write('{"trace": [')\n`,
    );
    const outcome = await executeHost({
      command: { file: 'python3', args: [script], env: {} },
      spec: '{}',
      cwd: folder,
      env: programEnvironment(process.env),
      timeoutMs: 30_000,
      reportPath,
      logPath: path.join(folder, 'execution.log'),
      logCapBytes: 64 * 1024,
    });
    expect(outcome.error).toBe("The tool host's report cannot be read: it is not a report of the tool host");
    expect(outcome.report?.trace).toMatchObject([PING]);
  });
});
