import type { Duplex, Readable } from 'node:stream';
import { execa } from 'execa';

/**
 * Runs a child in its own process group so a timeout or abort kills everything it started,
 * not just the direct child. Resolves with how the child ended; never rejects for a non-zero exit.
 */
export interface TreeRunOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Receives the child's output streams as soon as it is spawned; they must be consumed. */
  onOutput?: (stdout: Readable, stderr: Readable) => void;
  /** When set, the child gets a socket on its descriptor 3, whose other end this receives. */
  channel?: (socket: Duplex) => void;
}

export interface TreeRunOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
  spawnError: Error | null;
}

export async function runProcessTree(file: string, args: string[], options: TreeRunOptions): Promise<TreeRunOutcome> {
  const started = performance.now();
  const child = execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    detached: true,
    buffer: false,
    reject: false,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.channel ? (['pipe'] as const) : [])],
  });
  let timedOut = false;
  let aborted = false;
  const killTree = () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killTree();
  }, options.timeoutMs);
  const onAbort = () => {
    aborted = true;
    killTree();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  options.onOutput?.(child.stdout, child.stderr);
  if (options.channel) options.channel(child.stdio[3] as Duplex);
  const result = await child;
  clearTimeout(timer);
  options.signal?.removeEventListener('abort', onAbort);
  const spawnError =
    result.failed && result.exitCode === undefined && !result.signal ? (result.cause instanceof Error ? result.cause : null) : null;
  return {
    exitCode: result.exitCode ?? null,
    signal: result.signal ?? null,
    timedOut,
    aborted,
    durationMs: performance.now() - started,
    spawnError,
  };
}
