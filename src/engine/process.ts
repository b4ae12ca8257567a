import type { Duplex, Readable, Writable } from 'node:stream';

import { execa } from 'execa';

/**
 * How every process is started: in its own process group, so that a timeout or abort kills everything it started,
 * not just the direct child, and once the child has gone its output ends even where a descendant that left the
 * group still holds the pipes. Resolves with how the child ended; never rejects for a non-zero exit.
 */
export interface ProcessOptions {
  /** The whole environment of the child: nothing of this process's is added. */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Receives the child's output streams as soon as it is spawned; they must be consumed. Without it, the output is collected. */
  onOutput?: (stdout: Readable, stderr: Readable) => void;
  /** When set, the child gets a socket on its descriptor 3, whose other end this receives. */
  channel?: (socket: Duplex) => void;
  /** Written to the child's standard input (a stream as it comes, until it ends), which is otherwise closed. */
  input?: string | Readable;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
  /** Why the child could not be started (its `code` is e.g. `ENOENT`), or null when it ran. */
  spawnError: NodeJS.ErrnoException | null;
  /** The collected output, without its final newline; empty when `onOutput` took the streams. */
  stdout: string;
  stderr: string;
}

/** The process groups still running, killed when this process exits so that none outlives it. */
const runningGroups = new Set<number>();
process.on('exit', () => {
  for (const group of runningGroups) killGroup(group);
});

function killGroup(group: number): void {
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // The group has already gone.
  }
}

/** Ends the child's output streams where they are, for pipes a descendant outside the group keeps open. */
function endOutput(streams: Readable[]): void {
  for (const stream of streams) {
    // What that descendant writes after the end is dropped.
    stream.on('error', () => undefined);
    stream.once('end', () => stream.destroy());
    stream.push(null);
  }
}

/** How a child that did not exit with 0 ended, in a few words; null when it did. */
export function describeEnding(outcome: ProcessOutcome): string | null {
  if (outcome.spawnError) return `could not be started: ${outcome.spawnError.message}`;
  if (outcome.timedOut) return 'timed out';
  if (outcome.aborted) return 'cancelled';
  if (outcome.signal) return `killed by ${outcome.signal}`;
  return outcome.exitCode === 0 ? null : `exit code ${outcome.exitCode ?? 'unknown'}`;
}

/** A process tree started and not yet awaited: its streams, a timeout started on demand, and how it ended. */
export interface ProcessTree {
  /** The child's standard input, when it was started with one to write later (`stdin: true`). */
  stdin: Writable | null;
  stdout: Readable;
  stderr: Readable;
  /** Starts the timeout now: past `timeoutMs` the tree is killed and counts as timed out. */
  limit(timeoutMs: number): void;
  /** Kills the tree, which counts as aborted; nothing once it has ended. */
  stop(): void;
  finished: Promise<ProcessOutcome>;
}

/** How a process tree is started; `timeoutMs`, `onOutput` and `input` are runProcessTree's. */
export type StartOptions = Omit<ProcessOptions, 'timeoutMs' | 'onOutput' | 'input'> & {
  /** Collect the output instead of leaving the streams to the caller. */
  buffer?: boolean;
  /** Written to the child's standard input (a stream as it comes); else, with `stdin`, a pipe the caller writes; else closed. */
  input?: string | Readable;
  stdin?: boolean;
};

/** Starts `file` in its own process group; the tree is killed on `signal` and when this process exits. */
export function startProcessTree(file: string, args: string[], options: StartOptions): ProcessTree {
  const started = performance.now();
  const stdin = options.input !== undefined || options.stdin ? 'pipe' : 'ignore';
  const child = execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    detached: true,
    buffer: options.buffer ?? false,
    reject: false,
    ...(options.input === undefined ? {} : { input: options.input }),
    stdio: [stdin, 'pipe', 'pipe', ...(options.channel ? (['pipe'] as const) : [])],
  });
  // A child that ends before its input is written must not make the write an uncaught error.
  child.stdin?.on('error', () => undefined);
  const group = child.pid;
  if (group !== undefined) runningGroups.add(group);
  let timedOut = false;
  let aborted = false;
  let ended = false;
  let timer: NodeJS.Timeout | undefined;
  const killTree = () => {
    if (group === undefined) return;
    killGroup(group);
    const output = [child.stdout, child.stderr];
    if (child.exitCode === null && child.signalCode === null) child.once('exit', () => endOutput(output));
    else endOutput(output);
  };
  const onAbort = () => {
    // Once the child has ended, its group id may be another's.
    if (ended) return;
    aborted = true;
    killTree();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.channel) options.channel(child.stdio[3] as Duplex);
  const finished = (async (): Promise<ProcessOutcome> => {
    const result = await child;
    ended = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (group !== undefined) runningGroups.delete(group);
    const spawnError =
      result.failed && result.exitCode === undefined && !result.signal && result.cause instanceof Error
        ? (result.cause as NodeJS.ErrnoException)
        : null;
    return {
      exitCode: result.exitCode ?? null,
      signal: result.signal ?? null,
      timedOut,
      aborted,
      durationMs: performance.now() - started,
      spawnError,
      stdout: typeof result.stdout === 'string' ? result.stdout : '',
      stderr: typeof result.stderr === 'string' ? result.stderr : '',
    };
  })();
  return {
    stdin: options.stdin ? child.stdin : null,
    stdout: child.stdout,
    stderr: child.stderr,
    limit(timeoutMs) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        killTree();
      }, timeoutMs);
    },
    stop: onAbort,
    finished,
  };
}

export async function runProcessTree(file: string, args: string[], options: ProcessOptions): Promise<ProcessOutcome> {
  const tree = startProcessTree(file, args, { ...options, buffer: !options.onOutput });
  if (options.timeoutMs !== undefined) tree.limit(options.timeoutMs);
  options.onOutput?.(tree.stdout, tree.stderr);
  return tree.finished;
}
