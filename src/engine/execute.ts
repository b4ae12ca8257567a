import { rm } from 'node:fs/promises';
import type { Duplex, Readable } from 'node:stream';

import { firstLine, shorten } from '../format.js';
import { type CallCount, watchCallLog } from './call-progress.js';
import { ExecutionLog, type ExecutionLogLimits } from './execution-log.js';
import { callLogPath, type HostReport } from './host.js';
import { type HostRecord, readHostRecord } from './host-record.js';
import type { ExecutionCommand } from './language.js';
import { type ProcessOutcome, type ProcessTree, startProcessTree } from './process.js';

/** The host command to run once, its launch spec, and where the host's report and the program's output go. */
export interface ExecutionRequest {
  /** The host command, which loads the tools, reads its launch spec on standard input and starts the program. */
  command: ExecutionCommand;
  /** The program's start, the first line on the host's standard input, when the language's program starts early. */
  programStart?: string | null;
  /** The launch spec (JSON), written on the host's standard input. */
  spec: string;
  cwd: string;
  /** The host's environment: the tools' (already without credentials). */
  env: Readonly<Record<string, string>>;
  /** From the moment the host is given its launch spec. */
  timeoutMs: number;
  /** Where the tool host writes its report. */
  reportPath: string;
  logPath: string;
  logCapBytes: number;
  /** The caps of execution.log and of the output; the defaults of execution-log.ts when omitted. */
  logLimits?: Omit<ExecutionLogLimits, 'memoryCapBytes'>;
  signal?: AbortSignal;
  /** Serves the host's descriptor 3 (MCP calls), when the run has MCP servers. */
  channel?: (socket: Duplex) => void;
  /** Told the calls so far while the program runs, each time more began. */
  onCalls?: (count: CallCount) => void;
}

/** What running the program once came to: how the host ended, what it reported, and why the run failed if it did. */
export interface ExecutionOutcome {
  exit_code: number | null;
  duration_ms: number;
  /** Head and tail of stdout+stderr, at most logCapBytes; logPath holds up to LOG_FILE_CAP_BYTES of it. */
  log: string;
  /** The host's report, or null when it wrote none that parses. */
  report: HostReport | null;
  /** One line saying why the run failed, or null when the program reported success. */
  error: string | null;
  /** Traceback or other detail for the repair prompt. */
  details: string;
}

async function drainInto(stream: Readable, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
  for await (const chunk of stream) await sink(chunk as Buffer);
}

/**
 * How a host is started: its command, where, with which environment, what serves its MCP calls, and the program's
 * start, when the language's program starts early.
 */
export type HostStart = Pick<ExecutionRequest, 'command' | 'cwd' | 'env' | 'signal' | 'channel' | 'programStart'>;

/**
 * Starts the host command in its own process group, and gives it the program's start when there is one: it starts
 * the program, which waits for its text, loads the tools and waits for its launch spec. Until executeHost gives it
 * one, nothing reads its output, so a host that prints much while loading waits.
 */
export function startHost(start: HostStart): ProcessTree {
  const host = startProcessTree(start.command.file, start.command.args, {
    cwd: start.cwd,
    env: { ...start.env, ...start.command.env },
    signal: start.signal,
    channel: start.channel,
    stdin: true,
  });
  // Until executeHost reads them: else what arrives before goes to execa's own listeners only, and is lost.
  host.stdout.pause();
  host.stderr.pause();
  if (start.programStart) host.stdin?.write(start.programStart);
  return host;
}

/**
 * Ends a host that will not be given its launch spec: it ran nothing of the program and wrote nothing, and its output
 * (and that of the program it started, which waited for its text) is dropped.
 */
export async function discardHost(host: ProcessTree): Promise<void> {
  host.stop();
  host.stdout.resume();
  host.stderr.resume();
  await host.finished;
}

/**
 * Gives the host its launch spec (starting it, unless `started` is the host started early with the request's command,
 * cwd, env, signal, channel and program start), which starts the program or sends it its text, and reads what the
 * host reported.
 */
export async function executeHost(request: ExecutionRequest, started?: ProcessTree): Promise<ExecutionOutcome> {
  // An earlier attempt's report or call log must not stand for this one's when the host writes none.
  await Promise.all([request.reportPath, callLogPath(request.reportPath)].map((file) => rm(file, { force: true })));
  const host = started ?? startHost(request);
  const launched = performance.now();
  const output = new ExecutionLog(request.logPath, { memoryCapBytes: request.logCapBytes, ...request.logLimits });
  const record = async (chunk: Buffer) => {
    await output.push(chunk);
    if (output.overLimit) host.stop();
  };
  const drains = [drainInto(host.stdout, record), drainInto(host.stderr, record)];
  const watcher = request.onCalls && watchCallLog(callLogPath(request.reportPath), request.onCalls);
  host.limit(request.timeoutMs);
  host.stdin?.end(request.spec);
  const outcome = await host.finished;
  await Promise.allSettled([...drains, watcher?.stop()]);
  await output.close();
  const hostRecord = await readHostRecord(request.reportPath);
  const log = output.text();
  return {
    exit_code: outcome.exitCode,
    duration_ms: performance.now() - launched,
    log,
    report: hostRecord.report,
    ...describeFailure(outcome, hostRecord, request, log, output),
  };
}

function describeFailure(
  outcome: ProcessOutcome,
  record: HostRecord,
  request: ExecutionRequest,
  log: string,
  output: ExecutionLog,
): { error: string | null; details: string } {
  const tail = log.slice(-4000);
  if (outcome.spawnError) {
    return { error: `Could not start ${request.command.file}: ${outcome.spawnError.message}`, details: '' };
  }
  if (outcome.timedOut) {
    return {
      error: `The generated program timed out after ${Math.round(request.timeoutMs / 1000)} s and was killed`,
      details: `It did not finish within the execution timeout. Output tail:\n${tail}`,
    };
  }
  if (output.overLimit) {
    return {
      error: `The generated program was stopped: its output passed the limit of ${output.outputLimitBytes / (1024 * 1024)} MiB`,
      details: `It wrote more than the output limit to stdout and stderr. Output tail:\n${tail}`,
    };
  }
  if (outcome.aborted) return { error: 'The generated program was cancelled', details: tail };
  if (record.unreadable) return { error: `The tool host's report cannot be read: ${record.unreadable}`, details: `Output tail:\n${tail}` };
  const report: HostReport | null = record.rebuilt ? null : record.report;
  const raised = report?.result?.error;
  if (raised) {
    return {
      error: `main() raised ${raised.type}: ${shorten(firstLine(raised.message), 300)}`,
      details: `${raised.traceback}\nOutput tail:\n${tail}`,
    };
  }
  if (report?.result?.ok) return { error: null, details: '' };
  if (report?.stopped) return { error: `The tool host stopped the program: ${report.stopped}`, details: `Output tail:\n${tail}` };
  if (report) return { error: 'The generated program ended without sending its result', details: `Output tail:\n${tail}` };
  const how = outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.exitCode ?? 'unknown'}`;
  return { error: `The tool host ${how} without writing its report`, details: `Output tail:\n${tail}` };
}
