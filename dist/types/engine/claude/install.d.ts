import { type InstalledTool } from '../npm-cache.js';
export interface EnsureClaudeCodeOptions {
    /** An explicit binary (config `claude_code_path`); used as is. */
    path?: string;
    version: string;
    cacheDir: string;
    env: NodeJS.ProcessEnv;
    timeoutMs?: number;
    retries?: number;
    signal?: AbortSignal;
}
export type ClaudeCodeInstall = InstalledTool;
/**
 * The binary inside an npm prefix. The platform package holds the native binary; the main package's
 * `bin/claude.exe` is only a copy of it when npm ran the package's install script.
 */
export declare function binaryInPrefix(prefix: string): Promise<string | null>;
/** The version a Claude Code binary reports, e.g. `2.1.330` from `2.1.330 (Claude Code)`. */
export declare function parseVersionOutput(output: string): string | null;
/**
 * The Claude Code binary to run: the explicit path, else the cached pinned version (checked without
 * spawning anything), else a `claude` on PATH reporting exactly the pinned version, else a fresh install.
 */
export declare function ensureClaudeCode(options: EnsureClaudeCodeOptions): Promise<ClaudeCodeInstall>;
