import type { Duplex } from 'node:stream';
import type { ExecutionCommand } from './language.js';
import { type ProgramReport } from './host.js';
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
export declare class HeadTailBuffer {
    private readonly cap;
    private head;
    private headBytes;
    private tail;
    private tailBytes;
    total: number;
    constructor(cap: number);
    push(chunk: Buffer): void;
    text(): string;
}
export declare function executeRunner(request: ExecutionRequest): Promise<ExecutionOutcome>;
