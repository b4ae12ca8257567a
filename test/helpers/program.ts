import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parseConfig } from '../../src/engine/config.js';
import type { CallBudget, HostReport, ProgramResult } from '../../src/engine/host.js';
import type { LanguageContext, LanguageSupport } from '../../src/engine/language.js';
import { runProgram } from '../../src/engine/run/program.js';
import { programLimits } from '../../src/engine/sandbox/limits.js';
import type { ToolModule } from '../../src/engine/types.js';

export interface FolderRunOptions {
  /** The journal shared by the attempts of one run; by default the folder's own. */
  journal?: string;
  maxMessageBytes?: number;
  budget?: CallBudget;
}

export interface FolderRun {
  exitCode: number | null;
  /** Everything the host and the program printed. */
  log: string;
  /** The program's result with the host's trace, as the engine reports them. */
  report: ProgramResult & { output: unknown; trace: HostReport['trace']; replayed: number; stopped: string | null };
  host: HostReport;
}

/**
 * Runs the runner in its own folder the way the engine does, through its seam: sandboxed, with the folder as the
 * workspace that holds the host's files. Throws when the host wrote no report.
 */
export async function runInFolder(
  language: LanguageSupport,
  runnerPath: string,
  module: ToolModule,
  context: LanguageContext,
  supportFiles: string[],
  options: FolderRunOptions = {},
): Promise<FolderRun> {
  const folder = path.dirname(runnerPath);
  const execution = await runProgram({
    language,
    module,
    runnerPath,
    context,
    sandbox: { repoRoot: context.repoRoot, hidden: [], workspace: folder, limits: programLimits(parseConfig({})) },
    supportFiles,
    programText: await readFile(runnerPath, 'utf8'),
    files: {
      journal: options.journal ?? path.join(folder, 'host-journal.jsonl'),
      callJournal: path.join(folder, 'call-journal.jsonl'),
      replay: path.join(folder, 'call-journal-replayed.jsonl'),
      report: path.join(folder, 'host-report.json'),
      log: path.join(folder, 'execution.log'),
    },
    timeoutMs: 120_000,
    logCapBytes: 1024 * 1024,
    maxMessageBytes: options.maxMessageBytes,
    budget: options.budget,
  });
  const host = execution.report;
  if (!host) throw new Error(`${execution.error ?? 'The host wrote no report'}\n${execution.log}`);
  const result = host.result ?? { ok: false, error: null, output_note: null };
  const report = { ...result, output: result.output ?? null, trace: host.trace, replayed: host.replayed, stopped: host.stopped ?? null };
  return { exitCode: execution.exit_code, log: execution.log, report, host };
}
