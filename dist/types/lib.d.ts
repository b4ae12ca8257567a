import { z } from 'zod';

export declare interface AttemptRecord {
    number: number;
    /** Phase in which the attempt failed, or null when it succeeded. */
    failed_phase: FailedPhase | null;
    error: string | null;
    turns: number;
    cost_usd: number;
    /**
     * The attempt's Claude Code process, spawn to exit. The first attempt's is spawned as soon as Claude Code is
     * found, while the tools are extracted, so it spans that too.
     */
    claude_ms: number;
    execute_ms: number | null;
    exit_code: number | null;
    /** What the attempt's Claude Code session used; absent when it asked no model. */
    model_usage?: ModelUsage;
    /** What the attempt's program used; absent when it did not run. */
    tool_usage?: ToolUsage;
}

/** The budgets that stop a run (docs/budgets.md); tool_timeout fails single calls, not the run. */
export declare type Budget = 'max_tool_calls' | 'max_cost_usd';

export declare const CHECK_MODES: readonly ["strict", "basic", "off"];

export declare const CLAUDE_CODE_VERSION = "2.1.330";

/**
 * Turns a tools module and a task into a verified, executed program: extract the tools, render the runner, have
 * Claude Code implement main() in a session, verify, execute, repair through the same session, and report.
 * Bad input throws a CodeModeError, once what the run started for it (Claude Code's first session among it) has
 * ended; failures after the extraction are reported in the result.
 */
export declare function codemode(options: CodeModeOptions): Promise<CodeModeResult>;

export declare type CodeModeConfig = z.output<typeof CodeModeConfigSchema>;

export declare type CodeModeConfigInput = z.input<typeof CodeModeConfigSchema>;

/** Mirrors the seed's CodeModeConfig, plus what a CI runner needs. Times are in seconds. */
declare const CodeModeConfigSchema: z.ZodObject<{
    workspace_dir: z.ZodOptional<z.ZodString>;
    claude_code_path: z.ZodOptional<z.ZodString>;
    claude_code_version: z.ZodDefault<z.ZodString>;
    cache_dir: z.ZodDefault<z.ZodString>;
    timeout: z.ZodDefault<z.ZodNumber>;
    execution_timeout: z.ZodDefault<z.ZodNumber>;
    verbose: z.ZodDefault<z.ZodBoolean>;
    preserve_workspace: z.ZodDefault<z.ZodBoolean>;
    model: z.ZodOptional<z.ZodString>;
    max_turns: z.ZodDefault<z.ZodNumber>;
    max_attempts: z.ZodDefault<z.ZodNumber>;
    python: z.ZodDefault<z.ZodString>;
    node: z.ZodDefault<z.ZodString>;
    repo_root: z.ZodDefault<z.ZodString>;
    sandbox: z.ZodDefault<z.ZodEnum<{
        required: "required";
        off: "off";
    }>>;
    max_processes: z.ZodDefault<z.ZodNumber>;
    tmp_size: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    max_memory: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    check: z.ZodDefault<z.ZodEnum<{
        off: "off";
        strict: "strict";
        basic: "basic";
    }>>;
    mcp_elicitation: z.ZodDefault<z.ZodEnum<{
        defaults: "defaults";
        decline: "decline";
    }>>;
    pyright_path: z.ZodOptional<z.ZodString>;
    approve_tools: z.ZodDefault<z.ZodArray<z.ZodString>>;
    approve_destructive_mcp: z.ZodDefault<z.ZodBoolean>;
    max_tool_calls: z.ZodDefault<z.ZodNumber>;
    tool_timeout: z.ZodOptional<z.ZodNumber>;
    max_cost_usd: z.ZodOptional<z.ZodNumber>;
    log_cap_bytes: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;

/**
 * An error whose message is meant for the user as is: one line, saying what went wrong and where.
 * `usage` errors are the caller's fault (bad input); the CLI exits 2 for them and 1 otherwise.
 */
export declare class CodeModeError extends Error {
    readonly kind: 'usage' | 'environment' | 'failure';
    constructor(message: string, kind?: 'usage' | 'environment' | 'failure');
}

export declare interface CodeModeOptions {
    /** Path of the tools module (absolute, or relative to repo_root); optional when `mcp` is given. */
    tools?: string;
    /** MCP servers whose tools the program gets: a `.mcp.json` path relative to repo_root, or its JSON. */
    mcp?: string;
    /** The runner's language when the tools all come from MCP servers (default `typescript`). */
    language?: Language;
    /** What the program should do; with `program`, optional (the saved program carries its own). */
    task?: string;
    /**
     * A saved runner to verify against today's tools and run instead of asking the model, with no Claude Code
     * install and no model request: its path (absolute, or relative to repo_root), or its text and the name to
     * report it by (e.g. a program fetched from an earlier run).
     */
    program?: string | SavedProgram;
    /**
     * When the saved program's tools drifted: `fail` (default), or `propose`: Claude Code ports main() to today's
     * tools, starting from the saved program, and the port is verified but not run, and returned as `proposal`.
     */
    onDrift?: 'fail' | 'propose';
    /**
     * Resumes the saved `program`, which paused at a call that needs approval: the calls of its journal are answered
     * from it, the approved pending call is made, and the run goes on (docs/approvals.md).
     */
    resume?: ResumeRequest;
    config?: CodeModeConfigInput;
    /** Environment the credentials come from; defaults to process.env. */
    env?: NodeJS.ProcessEnv;
    /**
     * Variables of `env` that are the caller's credentials (e.g. a CI runner's tokens): they reach neither the
     * tools nor the program. Model credentials are always withheld.
     */
    withheldVariables?: readonly RegExp[];
    /** Makes the sandbox available before it is probed (e.g. installs bubblewrap on a CI runner); errors end the run. */
    sandboxSetup?: (signal: AbortSignal) => Promise<void>;
    onProgress?: ProgressListener;
    /** Stop after writing the runner and the prompt, before Claude. */
    dryRun?: boolean;
    /** Run Claude and verify, but do not execute the program (default true). */
    execute?: boolean;
    signal?: AbortSignal;
}

export declare interface CodeModeResult {
    success: boolean;
    output: unknown;
    /** Set when the output could only be represented approximately (e.g. via repr). */
    output_note: string | null;
    error: string | null;
    /** The phase that produced `error`, or null on success. */
    failed_phase: FailedPhase | null;
    execution_log: string;
    /** Final text of the runner. */
    code: string;
    /** The lines of `code` outside the generated regions, which the model wrote: what a reviewer must judge. */
    model_lines: ModelLines[];
    /** File name of the runner, e.g. `agentRunner.py`. */
    runner_file: string;
    language: Language;
    trace: TraceEntry[];
    /** The program ran under the sandbox; false only when the caller turned it off. */
    sandboxed: boolean;
    /** The sandbox's limits and which of them the kernel enforced; absent when the program ran unsandboxed. */
    limits?: SandboxLimits;
    attempts: AttemptRecord[];
    session_id: string | null;
    turns: number;
    cost_usd: number;
    /** Tokens, model requests, tool calls and bytes, summed over the attempts. */
    usage: RunUsage;
    /** The budget that stopped the run, or null. */
    stopped_by_budget: Budget | null;
    timings: PhaseTimings;
    task: string;
    tools_module: string;
    /** The saved program that ran instead of asking the model, as its path from the repository root; null when none. */
    program: string | null;
    /** Set when the saved program no longer matches today's tools: nothing ran. */
    drift: ProgramDrift | null;
    /** The drifted saved program ported to today's tools by Claude Code and verified, not run (onDrift `propose`). */
    proposal: string | null;
    workspace_dir: string | null;
    /** The call the run paused at because it needs approval (the run failed in execute), or null. */
    pending_call: PausedCall | null;
    /** Paths of the run's files worth keeping, by role; empty when the workspace was removed. */
    files: RunFiles;
}

export declare const ELICITATION_POLICIES: readonly ["defaults", "decline"];

export declare function errorMessage(error: unknown): string;

/** Phases a run can fail in; a tools module that cannot be extracted is bad input and throws instead. */
export declare type FailedPhase = Exclude<Phase, 'extract'>;

export declare type Language = (typeof LANGUAGES)[number];

/** What prompts, reports and the registry say of a language, known without loading its support. */
export declare interface LanguageDescription {
    readonly language: Language;
    /** How prompts and messages name it. */
    readonly displayName: string;
    /** The info string of a Markdown code fence around a runner of the language. */
    readonly fence: string;
    /** Lower-case extensions of the tools modules it takes. */
    readonly extensions: readonly string[];
}

/** What prompts and reports say of a language, without loading its support. */
export declare function languageDescription(language: Language): LanguageDescription;

export declare const LANGUAGES: readonly ["typescript", "python"];

/** The names of the variables an MCP configuration refers to, whose values no report may show. */
export declare function mcpConfigVariables(source: string, repoRoot: string): Promise<string[]>;

/** A stretch of the runner the model wrote (main() and its helpers): its first line's number in the runner, and its text. */
declare interface ModelLines {
    first_line: number;
    text: string;
}

/** A Claude Code session's tokens (under Anthropic's names) and model requests, and the bytes it gave the model. */
export declare interface ModelUsage extends TokenUsage {
    model_requests: number;
    /** The system prompt, the prompt and the results of the model's own tools (the runner it read). */
    model_context_bytes: number;
}

/** Bytes from a number of bytes or a size such as `512M`, `2G`, `1.5GiB` (powers of 1024), or null when it is neither. */
export declare function parseByteSize(value: number | string): number | null;

export declare type PausedCall = z.infer<typeof PausedCallSchema>;

/** The call a run paused at: its number, counted from 1, its tool and its arguments by name (previewed). */
declare const PausedCallSchema: z.ZodObject<{
    call: z.ZodNumber;
    tool: z.ZodString;
    args: z.ZodUnknown;
}, z.core.$strip>;

declare type Phase = 'extract' | 'install' | 'claude' | 'verify' | 'execute';

export declare interface PhaseTimings {
    extract_ms: number;
    install_ms: number;
    /**
     * Waiting for Claude Code: from each attempt's whole prompt to its session's end. The first session's start
     * while the tools were extracted is not in it, so that the phases do not overlap.
     */
    claude_ms: number;
    /** Waiting for the type checker after the session: the rest of its install, and its warm start. */
    type_checker_ms: number;
    verify_ms: number;
    execute_ms: number;
    total_ms: number;
}

/** How a saved program's protected regions differ from the ones generated from today's tools module. */
export declare interface ProgramDrift {
    /** Tools whose wrappers differ (changed, added or removed). */
    tools: string[];
    /** Protected regions whose code besides the wrappers differs. */
    regions: string[];
    /** The differing lines, saved (-) against generated today (+), as a unified diff with one hunk per tool. */
    diff: string;
}

declare type ProgressEvent_2 = {
    kind: 'phase';
    phase: Phase;
    message: string;
} | {
    kind: 'claude';
    message: string;
} | {
    kind: 'attempt';
    number: number;
    message: string;
}
/** While the program runs: the calls it began so far and the last one's tool. */
| {
    kind: 'calls';
    calls: number;
    tool: string;
    message: string;
} | {
    kind: 'info';
    message: string;
};
export { ProgressEvent_2 as ProgressEvent }

declare type ProgressListener = (event: ProgressEvent_2) => void;

/**
 * The credentials in the Git configurations of a repository: for each `http.<url>.extraheader` (what
 * actions/checkout persists) the header's credential, and for basic auth its decoded `user:password` and
 * password; and the passwords of URLs with credentials (`url = https://user:token@host/...`).
 */
export declare function repositoryCredentials(repoRoot: string): string[];

/** How a run that paused is resumed: its journal, the pending call approved, and whether every call of that tool is. */
export declare interface ResumeRequest {
    journal: string;
    call: number;
    /** Approves every later call of the pending call's tool too. */
    all?: boolean;
}

/** Names of the files a run writes into its workspace beside the runner. */
export declare const RUN_FILE_NAMES: {
    readonly result: "result.json";
    readonly log: "execution.log";
    readonly transcript: "transcript.jsonl";
    readonly prompt: "prompt.md";
    /** The calls of the last execution in order, with their outcomes: what a run that paused resumes from. */
    readonly callJournal: "call-journal.jsonl";
};

/** The files of a run by role, each an absolute path; a role is absent when its file was not written. */
export declare interface RunFiles {
    runner?: string;
    /** Files written beside the runner that it imports (e.g. the tracing runtime). */
    support?: string[];
    /** The whole CodeModeResult as JSON. */
    result?: string;
    /** Everything the program printed. */
    log?: string;
    /** Claude Code's stream-json transcript. */
    transcript?: string;
    /** The system, task and repair prompts. */
    prompt?: string;
    /** The call journal: every call of the last execution in order, with its outcome, which a paused run resumes from. */
    journal?: string;
}

/** What a run used, summed over its attempts. */
export declare type RunUsage = ModelUsage & ToolUsage;

export declare const SANDBOX_MODES: readonly ["required", "off"];

/** One limit of the sandbox: processes, or bytes. */
declare interface SandboxLimit {
    limit: number;
    /** Whether the kernel enforced it here. */
    enforced: boolean;
    /** How the kernel enforced it (e.g. `RLIMIT_NPROC, counted per sandbox`), or, when it did not, why. */
    how: string;
}

declare interface SandboxLimits {
    processes: SandboxLimit;
    /** Of /tmp, and as much again of /dev/shm. */
    tmp_size: SandboxLimit;
    /** Of each of the program's processes. */
    memory: SandboxLimit;
}

/** A runner committed to the repository (by convention `.codemode/<name>.py` or `.ts`), run without asking the model. */
export declare interface SavedProgram {
    /** Path from the repository root, with forward slashes. */
    relative_path: string;
    text: string;
}

export declare type TokenUsage = z.infer<typeof TokenUsageSchema>;

/** The tokens of the model requests, under Anthropic's names; Claude Code's result counts those of its process only. */
declare const TokenUsageSchema: z.ZodObject<{
    input_tokens: z.ZodDefault<z.ZodCatch<z.ZodNumber>>;
    output_tokens: z.ZodDefault<z.ZodCatch<z.ZodNumber>>;
    cache_read_input_tokens: z.ZodDefault<z.ZodCatch<z.ZodNumber>>;
    cache_creation_input_tokens: z.ZodDefault<z.ZodCatch<z.ZodNumber>>;
}, z.core.$strip>;

/** A program's tool calls and the bytes of their results, which the program got and the model never saw. */
export declare interface ToolUsage {
    /** The calls the program made, those answered from the journal and those a budget refused included. */
    tool_calls: number;
    tool_result_bytes: number;
}

export declare type TraceEntry = z.infer<typeof TraceEntrySchema>;

/** One call of a tool made by the generated program. */
declare const TraceEntrySchema: z.ZodObject<{
    tool: z.ZodString;
    args: z.ZodUnknown;
    ok: z.ZodBoolean;
    result: z.ZodOptional<z.ZodUnknown>;
    error: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    start_ms: z.ZodNumber;
    duration_ms: z.ZodNumber;
    replayed: z.ZodOptional<z.ZodBoolean>;
    elicitations: z.ZodOptional<z.ZodArray<z.ZodObject<{
        message: z.ZodString;
        action: z.ZodEnum<{
            decline: "decline";
            accept: "accept";
            cancel: "cancel";
        }>;
        content: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodArray<z.ZodString>]>>>;
        reason: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
}, z.core.$strip>;

export { }
