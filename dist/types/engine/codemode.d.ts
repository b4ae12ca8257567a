import { type CodeModeOptions } from './config.js';
import type { CodeModeResult } from './types.js';
/**
 * Turns a tools module and a task into a verified, executed program: extract the tools, generate the runner,
 * have Claude Code implement main(), verify, execute, repair through the same session, and report.
 * Bad input throws a CodeModeError before anything runs; failures after that are reported in the result.
 */
export declare function codemode(options: CodeModeOptions): Promise<CodeModeResult>;
