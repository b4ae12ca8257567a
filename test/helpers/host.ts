// Runs generated programs through the real tool hosts as the engine does (without the sandbox), for the tests of what
// the engine keeps of a run: the host's record and the execution log.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { executeHost, type ExecutionRequest } from '../../src/engine/execute.js';
import { prepareHost } from '../../src/engine/host.js';
import type { LanguageContext, LanguageSupport } from '../../src/engine/language.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import type { ToolModule } from '../../src/engine/types.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { context, extract, fixture, runnerWithMain, writeRunner } from '../fixtures/python/harness.js';
import { CONTEXT, writeRunner as writeTypeScriptRunner } from '../fixtures/typescript/runner.js';

export interface RunOptions {
  timeoutMs?: number;
  logLimits?: ExecutionRequest['logLimits'];
  onCalls?: ExecutionRequest['onCalls'];
}

/** Runs a written runner as the engine does (without the sandbox): the launch spec, the host, its record. */
async function runThroughEngine(
  language: LanguageSupport,
  module: ToolModule,
  runnerPath: string,
  withContext: LanguageContext,
  options: RunOptions,
) {
  const folder = path.dirname(runnerPath);
  await language.prepare?.(runnerPath, module, withContext);
  const reportPath = path.join(folder, 'host-report.json');
  const { command, programStart, spec } = await prepareHost({
    language,
    module,
    runnerPath,
    context: withContext,
    sandbox: null,
    supportFiles: [],
    programText: await readFile(runnerPath, 'utf8'),
    journalPath: path.join(folder, 'host-journal.jsonl'),
    reportPath,
  });
  return executeHost({
    command,
    programStart,
    spec,
    cwd: withContext.repoRoot,
    env: withContext.env,
    timeoutMs: options.timeoutMs ?? 60_000,
    reportPath,
    logPath: path.join(folder, 'execution.log'),
    logCapBytes: 64 * 1024,
    logLimits: options.logLimits,
    onCalls: options.onCalls,
  });
}

/** Runs a Python runner of test/fixtures/python/ending_tools.py with `main`. */
export async function runPython(main: string, options: RunOptions = {}) {
  const module = await extract(fixture('ending_tools.py'));
  return runThroughEngine(pythonLanguage, module, writeRunner(runnerWithMain(module, main)), context, options);
}

/** Runs a TypeScript runner of test/fixtures/typescript/ending/tools.ts with `body` as main's body. */
export async function runTypeScript(body: string, options: RunOptions = {}) {
  const runner = await writeTypeScriptRunner('test/fixtures/typescript/ending/tools.ts', 'task', body);
  return runThroughEngine(typescriptLanguage, runner.module, runner.runnerPath, CONTEXT, options);
}
