import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Duplex, Readable } from 'node:stream';
import type { ExecutionCommand } from './language.js';
import { runProcessTree } from './process.js';
import { callLogPath, type ProgramReport } from './host.js';
import { readHostRecord, type HostRecord } from './host-record.js';
import { firstLine, shorten } from '../format.js';

export interface ExecutionRequest {
  command: ExecutionCommand;
  cwd: string;
  /** The program environment (already without credentials). */
  env: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** Where the tool host writes its report. */
  reportPath: string;
  logPath: string;
  logCapBytes: number;
  signal?: AbortSignal;
  /** Serves the host's descriptor 3 (MCP calls), when the run has MCP servers. */
  channel?: (socket: Duplex) => void;
}

export interface ExecutionOutcome {
  exit_code: number | null;
  duration_ms: number;
  /** Head and tail of stdout+stderr, at most logCapBytes; the whole stream is in logPath. */
  log: string;
  report: ProgramReport | null;
  /** One line saying why the run failed, or null when the program reported success. */
  error: string | null;
  /** Traceback or other detail for the repair prompt. */
  details: string;
}

/** Keeps the first and last `cap / 2` bytes of a stream, dropping the middle. */
export class HeadTailBuffer {
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  total = 0;

  constructor(private readonly cap: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    const headRoom = Math.floor(this.cap / 2) - this.headBytes;
    if (headRoom > 0) {
      const part = chunk.subarray(0, headRoom);
      this.head.push(part);
      this.headBytes += part.length;
      chunk = chunk.subarray(part.length);
    }
    if (chunk.length === 0) return;
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    const tailCap = this.cap - Math.floor(this.cap / 2);
    for (let first = this.tail[0]; first && this.tailBytes - first.length >= tailCap; first = this.tail[0]) {
      this.tail.shift();
      this.tailBytes -= first.length;
    }
  }

  text(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    let tail = Buffer.concat(this.tail);
    const tailCap = this.cap - Math.floor(this.cap / 2);
    if (tail.length > tailCap) tail = tail.subarray(tail.length - tailCap);
    const omitted = this.total - this.headBytes - tail.length;
    if (omitted <= 0) return head + tail.toString('utf8');
    return `${head}\n… ${omitted} bytes omitted (the whole output is in execution.log) …\n${tail.toString('utf8')}`;
  }
}

async function drainInto(stream: Readable, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
  for await (const chunk of stream) await sink(chunk as Buffer);
}

export async function executeRunner(request: ExecutionRequest): Promise<ExecutionOutcome> {
  // An earlier attempt's report or call log must not stand for this one's when the host writes none.
  await Promise.all([request.reportPath, callLogPath(request.reportPath)].map((file) => rm(file, { force: true })));
  const logFile = createWriteStream(request.logPath);
  const buffer = new HeadTailBuffer(request.logCapBytes);
  const record = async (chunk: Buffer) => {
    buffer.push(chunk);
    if (!logFile.write(chunk)) await once(logFile, 'drain');
  };
  const drains: Promise<void>[] = [];
  const outcome = await runProcessTree(request.command.file, request.command.args, {
    cwd: request.cwd,
    env: { ...request.env, ...request.command.env },
    timeoutMs: request.timeoutMs,
    signal: request.signal,
    channel: request.channel,
    onOutput: (stdout, stderr) => {
      drains.push(drainInto(stdout, record), drainInto(stderr, record));
    },
  });
  await Promise.allSettled(drains);
  logFile.end();
  await once(logFile, 'close');
  const hostRecord = await readHostRecord(request.reportPath);
  const log = buffer.text();
  return {
    exit_code: outcome.exitCode,
    duration_ms: outcome.durationMs,
    log,
    report: hostRecord.report,
    ...describeFailure(outcome, hostRecord, request, log),
  };
}

function describeFailure(
  outcome: Awaited<ReturnType<typeof runProcessTree>>,
  record: HostRecord,
  request: ExecutionRequest,
  log: string,
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
  if (outcome.aborted) return { error: 'The generated program was cancelled', details: tail };
  if (record.unreadable) return { error: `The tool host's report cannot be read: ${record.unreadable}`, details: `Output tail:\n${tail}` };
  const report: ProgramReport | null = record.rebuilt ? null : record.report;
  if (report?.error) {
    return {
      error: `main() raised ${report.error.type}: ${shorten(firstLine(report.error.message), 300)}`,
      details: `${report.error.traceback}\nOutput tail:\n${tail}`,
    };
  }
  if (report?.ok) return { error: null, details: '' };
  if (report?.stopped) return { error: `The tool host stopped the program: ${report.stopped}`, details: `Output tail:\n${tail}` };
  if (report) return { error: 'The generated program ended without sending its result', details: `Output tail:\n${tail}` };
  const how = outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.exitCode ?? 'unknown'}`;
  return { error: `The tool host ${how} without writing its report`, details: `Output tail:\n${tail}` };
}
