import { z } from 'zod';
import type { SavedProgram } from './program.js';
import type { Language, ProgressListener } from './types.js';
export declare const CLAUDE_CODE_VERSION = "2.1.330";
/** Mirrors the seed's CodeModeConfig, plus what a CI runner needs. Times are in seconds. */
export declare const CodeModeConfigSchema: z.ZodObject<{
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
        off: "off";
        required: "required";
    }>>;
    check: z.ZodDefault<z.ZodEnum<{
        off: "off";
        strict: "strict";
        basic: "basic";
    }>>;
    pyright_path: z.ZodOptional<z.ZodString>;
    log_cap_bytes: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;
export type CodeModeConfigInput = z.input<typeof CodeModeConfigSchema>;
export type CodeModeConfig = z.output<typeof CodeModeConfigSchema>;
export interface CodeModeOptions {
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
export declare function parseConfig(input: CodeModeConfigInput | undefined): CodeModeConfig;
