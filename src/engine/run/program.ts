import type { Duplex } from 'node:stream';

import type { ApprovalSpec } from '../approvals.js';
import type { CallCount } from '../call-progress.js';
import { discardHost, executeHost, type ExecutionOutcome } from '../execute.js';
import { type CallBudget, prepareHost, type ProgramPlace, type ProgramStart } from '../host.js';
import type { ProcessTree } from '../process.js';

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

/** A host started before the program was verified, and the program's start it is given (null: none). */
export interface EarlyHost {
  process: ProcessTree;
  programStart: Promise<string | null>;
}

/** One run of the program: the runner and its tools, where it runs, and its limits. */
export interface ProgramRequest extends ProgramPlace {
  /** The runner's text as verification read it. */
  programText: string;
  /** The program's start, when it was made already; else it is made now. */
  start?: Promise<ProgramStart>;
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
  /**
   * The host started early (withEarlyStart) with this request's command, signal and channel, used when it was given
   * the program's start this request has; else it is discarded and one is started.
   */
  host?: EarlyHost;
}

/** Prepares the runner and gives the host its launch spec, which starts the program: the execute stage. */
export async function runProgram(request: ProgramRequest): Promise<ExecutionOutcome> {
  const { language, module, runnerPath, context, files } = request;
  await language.prepare?.(runnerPath, module, context);
  const { command, programStart, spec } = await prepareHost({
    language,
    module,
    runnerPath,
    context,
    sandbox: request.sandbox,
    supportFiles: request.supportFiles,
    programText: request.programText,
    start: request.start,
    journalPath: files.journal,
    callJournalPath: files.callJournal,
    approval: request.approval,
    reportPath: files.report,
    maxMessageBytes: request.maxMessageBytes,
    budget: request.budget,
  });
  const execution = {
    command,
    programStart,
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
  return executeHost(execution, await earlyHostFor(request.host, programStart));
}

/**
 * The early host, when the program it started is the one to run (its start is the one made now, with the sandbox's
 * mounts as the repository stands now), or when it was given no start yet, which it is given now. Else it is ended,
 * and the execution starts a host of its own.
 */
async function earlyHostFor(host: EarlyHost | undefined, programStart: string | null): Promise<ProcessTree | undefined> {
  if (!host) return undefined;
  const given = await host.programStart;
  if (given === programStart) return host.process;
  if (given === null && programStart !== null) {
    host.process.stdin?.write(programStart);
    return host.process;
  }
  await discardHost(host.process);
  return undefined;
}
