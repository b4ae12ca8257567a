import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { programEnvironment } from '../../src/engine/env.js';
import { executeHost, type ExecutionRequest } from '../../src/engine/execute.js';
import { HeadTailBuffer } from '../../src/engine/execution-log.js';
import { runPython, runTypeScript } from '../helpers/host.js';

async function request(script: string, overrides: Partial<ExecutionRequest> = {}): Promise<ExecutionRequest> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-exec-'));
  const file = path.join(dir, 'host.py');
  await writeFile(file, script);
  const reportPath = path.join(dir, 'host-report.json');
  return {
    command: { file: 'python3', args: [file], env: { TEST_REPORT_PATH: reportPath } },
    spec: '{}',
    cwd: dir,
    env: programEnvironment(process.env),
    timeoutMs: 30_000,
    reportPath,
    logPath: path.join(dir, 'execution.log'),
    logCapBytes: 64 * 1024,
    ...overrides,
  };
}

/** A stand-in for the tool host: a script that writes the host's report with this program result. */
const writeReport = (result: string) =>
  `import json, os\nopen(os.environ["TEST_REPORT_PATH"], "w").write(json.dumps({"trace": [], "replayed": 0, "result": ${result}}))\n`;

describe('HeadTailBuffer', () => {
  it('keeps everything under the cap', () => {
    const buffer = new HeadTailBuffer(10);
    buffer.push(Buffer.from('abc'));
    buffer.push(Buffer.from('def'));
    expect(buffer.text()).toBe('abcdef');
  });

  it('keeps head and tail and says how much was dropped', () => {
    const buffer = new HeadTailBuffer(10);
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') buffer.push(Buffer.from(letter));
    expect(buffer.text()).toBe('abcde\n… 16 bytes omitted (the whole output is in execution.log) …\nvwxyz');
    expect(buffer.total).toBe(26);
  });
});

describe('executeHost', () => {
  it('reads the host report, not stdout', async () => {
    const outcome = await executeHost(await request(`print('{"ok": false}')\n${writeReport('{"ok": True, "output": {"a": 1}}')}`));
    expect(outcome.error).toBeNull();
    expect(outcome.exit_code).toBe(0);
    expect(outcome.report?.result?.output).toEqual({ a: 1 });
    expect(outcome.log).toBe('{"ok": false}\n');
  });

  it('reports the exception main raised', async () => {
    const report = `{"ok": False, "error": {"type": "KeyError", "message": "'city'", "traceback": "Traceback ...\\nKeyError: 'city'"}}`;
    const outcome = await executeHost(await request(`${writeReport(report)}raise SystemExit(1)\n`));
    expect(outcome.error).toBe("main() raised KeyError: 'city'");
    expect(outcome.details).toContain("KeyError: 'city'");
  });

  it('reports a host that dies without a report', async () => {
    const outcome = await executeHost(await request('import sys\nsys.stderr.write("boom\\n")\nsys.exit(3)\n'));
    expect(outcome.error).toBe('The tool host exited with code 3 without writing its report');
    expect(outcome.details).toContain('boom');
  });

  it('reports a program that ended without sending its result', async () => {
    const outcome = await executeHost(await request(`${writeReport('None')}raise SystemExit(1)\n`));
    expect(outcome.error).toBe('The generated program ended without sending its result');
    expect(outcome.report).toMatchObject({ result: null, trace: [] });
  });

  it('kills a program that loops forever, children included', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-loop-'));
    const marker = path.join(dir, 'child-alive');
    const child = path.join(dir, 'child.py');
    await writeFile(child, `import time\ntime.sleep(3)\nopen(${JSON.stringify(marker)}, "w").write("x")\n`);
    const script = `import subprocess, sys, time\nsubprocess.Popen([sys.executable, ${JSON.stringify(child)}])\nwhile True:\n    time.sleep(0.05)\n`;
    const outcome = await executeHost(await request(script, { timeoutMs: 1000 }));
    expect(outcome.error).toBe('The generated program timed out after 1 s and was killed');
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await expect(stat(marker)).rejects.toThrow();
  });

  it('caps a 50 MB output in memory and keeps all of it in the log file', async () => {
    const req = await request(
      `import sys\nchunk = "x" * 1023 + "\\n"\nfor _ in range(51200):\n    sys.stdout.write(chunk)\n${writeReport('{"ok": True, "output": None}')}`,
    );
    const outcome = await executeHost(req);
    expect(outcome.error).toBeNull();
    expect(outcome.log.length).toBeLessThan(64 * 1024 + 200);
    expect(outcome.log).toContain('bytes omitted (the whole output is in execution.log)');
    expect((await stat(req.logPath)).size).toBe(50 * 1024 * 1024);
  });

  it('caps execution.log on disk at its head and tail, with a line saying how much was dropped', async () => {
    const req = await request(
      `import sys\nfor letter in "abcdefghijklmnop":\n    sys.stdout.write(letter * (256 * 1024))\n${writeReport('{"ok": True, "output": None}')}`,
      { logLimits: { fileCapBytes: 1024 * 1024 } },
    );
    const outcome = await executeHost(req);
    expect(outcome.error).toBeNull();
    expect(outcome.log).toContain('bytes omitted (execution.log keeps the first and last 0.5 MiB of the output)');
    const log = await readFile(req.logPath, 'utf8');
    expect(log).toBe(
      `${'a'.repeat(256 * 1024)}${'b'.repeat(256 * 1024)}\n… 3145728 bytes dropped here (execution.log keeps the first and last 0.5 MiB of the output) …\n${'o'.repeat(256 * 1024)}${'p'.repeat(256 * 1024)}`,
    );
  });

  it('runs the program without model credentials or the variables the caller withholds', async () => {
    const env = {
      ...process.env,
      ANTHROPIC_API_KEY: 'sk-ant-secret-value',
      CLAUDE_CODE_OAUTH_TOKEN: 'oauth-secret-value',
      GITHUB_TOKEN: 'ghs_secretvalue',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      INPUT_ANTHROPIC_API_KEY: 'sk-ant-secret-value',
      WEATHER_API_URL: 'https://weather.example',
    };
    const req = await request(writeReport('{"ok": True, "output": dict(os.environ)}'), {
      env: programEnvironment(env, [/^INPUT_/, /^GITHUB_TOKEN$/, /^ACTIONS_RUNTIME_TOKEN$/]),
    });
    const outcome = await executeHost(req);
    const seen = outcome.report?.result?.output as Record<string, string>;
    expect(seen.WEATHER_API_URL).toBe('https://weather.example');
    for (const name of [
      'ANTHROPIC_API_KEY',
      'CLAUDE_CODE_OAUTH_TOKEN',
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'INPUT_ANTHROPIC_API_KEY',
    ]) {
      expect(seen).not.toHaveProperty(name);
    }
    expect(await readFile(req.reportPath, 'utf8')).not.toContain('secret');
  });

  it('says which interpreter could not start', async () => {
    const outcome = await executeHost(await request('pass', { command: { file: 'python3-missing', args: [], env: {} } }));
    expect(outcome.error).toMatch(/^Could not start python3-missing: /);
  });
});

describe.each([
  [
    'Python',
    runPython,
    'def main(params: str = "") -> object:\n    import sys\n    ping()\n    while True:\n        sys.stdout.write("y" * 65535 + "\\n")\n',
  ],
  [
    'TypeScript',
    runTypeScript,
    "  ping();\n  const line = 'y'.repeat(65535) + '\\n';\n  for (;;) await new Promise((resolve) => process.stdout.write(line, resolve));",
  ],
] as const)('a %s program that writes without end', (_language, run, main) => {
  it('is stopped once its output passes the limit, with a capped log and the calls it made', async () => {
    const started = Date.now();
    const outcome = await run(main, { logLimits: { fileCapBytes: 1024 * 1024, outputLimitBytes: 16 * 1024 * 1024 } });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(outcome.error).toBe('The generated program was stopped: its output passed the limit of 16 MiB');
    expect(outcome.report?.trace).toMatchObject([{ tool: 'ping', ok: true }]);
  });
});
