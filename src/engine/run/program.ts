import type { Duplex } from 'node:stream';

import type { ApprovalSpec } from '../approvals.js';
import type { CallCount } from '../call-progress.js';
import { executeHost, type ExecutionOutcome } from '../execute.js';
import { type CallBudget, type HostLaunch, prepareHost } from '../host.js';
import type { LanguageContext, LanguageSupport } from '../language.js';
import type { ProcessTree } from '../process.js';
import type { ToolModule } from '../types.js';

/** Where the host keeps its journal and report, and where the program's output goes. */
export interface HostFiles {
  /** Completed calls, shared by the attempts of a run so that a repair does not repeat them. */
  journal: string;
  /** Every call of this execution in order, with its outcome; a header line names the program (approvals.ts). */
  callJournal: string;
  /** The paused run's journal a resumed run replays. */
  replay: string;
  report: string;
  log: string;
}

/** One run of the program: the runner and its tools, where it runs, and its limits. */
export interface ProgramRequest {
  language: LanguageSupport;
  module: ToolModule;
  runnerPath: string;
  context: LanguageContext;
  /** Null runs the program without the sandbox (`sandbox: off`). */
  sandbox: HostLaunch['sandbox'];
  /** Files of the runner beside it that the program imports. */
  supportFiles: string[];
  files: HostFiles;
  /** Which calls need approval; none unless given. */
  approval?: ApprovalSpec;
  timeoutMs: number;
  logCapBytes: number;
  maxMessageBytes?: number;
  budget?: CallBudget;
  signal?: AbortSignal;
  /** Serves the host's MCP calls, when the run has MCP servers. */
  channel?: (socket: Duplex) => void;
  /** Told the calls so far while the program runs. */
  onCalls?: (count: CallCount) => void;
  /** The host started early (startEarlyHost) with this request's command, signal and channel; else one is started. */
  host?: ProcessTree;
}

/** Prepares the runner and gives the host its launch spec, which starts the program: the execute stage. */
export async function runProgram(request: ProgramRequest): Promise<ExecutionOutcome> {
  const { language, module, runnerPath, context, files } = request;
  await language.prepare?.(runnerPath, module, context);
  const { command, spec } = await prepareHost({
    language,
    module,
    runnerPath,
    context,
    sandbox: request.sandbox,
    supportFiles: request.supportFiles,
    journalPath: files.journal,
    callJournalPath: files.callJournal,
    approval: request.approval,
    reportPath: files.report,
    maxMessageBytes: request.maxMessageBytes,
    budget: request.budget,
  });
  const execution = {
    command,
    spec,
    cwd: context.repoRoot,
    env: context.env,
    timeoutMs: request.timeoutMs,
    reportPath: files.report,
    logPath: files.log,
    logCapBytes: request.logCapBytes,
    signal: request.signal,
    channel: request.channel,
    onCalls: request.onCalls,
  };
  return executeHost(execution, request.host);
}
