export interface ClaudeSessionOptions {
    claudePath: string;
    cwd: string;
    prompt: string;
    systemPrompt: string;
    resumeSessionId?: string;
    model?: string;
    maxTurns: number;
    env: Record<string, string>;
    timeoutMs: number;
    /** Every raw output line is appended here. */
    transcriptPath: string;
    signal?: AbortSignal;
    onProgress?: (line: string) => void;
}
export interface ClaudeSessionResult {
    session_id: string | null;
    /** Turns and cost of this run only, also when it resumed an earlier session. */
    turns: number;
    cost_usd: number;
    /** Why the session failed (API error, turn limit, timeout), or null. */
    error: string | null;
    duration_ms: number;
}
/** The only built-in tools the model gets: it reads and edits the runner, nothing else. */
export declare const CLAUDE_TOOLS = "Read,Edit,Write";
export declare function claudeArguments(options: Pick<ClaudeSessionOptions, 'prompt' | 'systemPrompt' | 'resumeSessionId' | 'model' | 'maxTurns'>): string[];
/** Runs one non-interactive Claude Code session restricted to reading and editing files in `cwd`. */
export declare function runClaudeSession(options: ClaudeSessionOptions): Promise<ClaudeSessionResult>;
