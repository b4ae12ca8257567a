// What the engine keeps of a run whose tool host wrote no report it can read: the calls of the host's call log.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { programEnvironment } from '../../src/engine/env.js';
import { executeRunner } from '../../src/engine/execute.js';
import { callLogPath, prepareHost } from '../../src/engine/host.js';
import { traceFromCallLog } from '../../src/engine/host-record.js';
import type { LanguageContext, LanguageSupport } from '../../src/engine/language.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import type { ToolModule } from '../../src/engine/types.js';
import { context, extract, fixture, runnerWithMain, writeRunner } from '../fixtures/python/harness.js';
import { CONTEXT, writeRunner as writeTypeScriptRunner } from '../fixtures/typescript/runner.js';

/** Runs a written runner as the engine does (without the sandbox): the launch spec, the host, its record. */
async function runThroughEngine(
  language: LanguageSupport,
  module: ToolModule,
  runnerPath: string,
  withContext: LanguageContext,
  timeoutMs = 60_000,
) {
  const folder = path.dirname(runnerPath);
  await language.prepare?.(runnerPath, module, withContext);
  const reportPath = path.join(folder, 'host-report.json');
  const command = await prepareHost({
    language,
    module,
    runnerPath,
    context: withContext,
    sandbox: null,
    supportFiles: [],
    specPath: path.join(folder, 'host-spec.json'),
    journalPath: path.join(folder, 'host-journal.jsonl'),
    reportPath,
  });
  return executeRunner({
    command,
    cwd: withContext.repoRoot,
    env: withContext.env,
    timeoutMs,
    reportPath,
    logPath: path.join(folder, 'execution.log'),
    logCapBytes: 64 * 1024,
  });
}

async function runPython(main: string, timeoutMs?: number) {
  const module = await extract(fixture('ending_tools.py'));
  return runThroughEngine(pythonLanguage, module, writeRunner(runnerWithMain(module, main)), context, timeoutMs);
}

async function runTypeScript(body: string, timeoutMs?: number) {
  const runner = await writeTypeScriptRunner('test/fixtures/typescript/ending/tools.ts', 'task', body);
  return runThroughEngine(typescriptLanguage, runner.module, runner.runnerPath, CONTEXT, timeoutMs);
}

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
    const outcome = await run(hanging, 8_000);
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
    const outcome = await executeRunner({
      command: { file: 'python3', args: [script], env: {} },
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
