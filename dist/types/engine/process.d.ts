import type { Duplex, Readable } from 'node:stream';
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
export declare function runProcessTree(file: string, args: string[], options: TreeRunOptions): Promise<TreeRunOutcome>;
