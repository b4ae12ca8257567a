import { type CodeModeOptions } from './config.js';
import type { CodeModeResult } from './types.js';
/** Names of the files a run writes into its workspace beside the runner. */
export declare const RUN_FILE_NAMES: {
    readonly result: "result.json";
    readonly log: "execution.log";
    readonly transcript: "transcript.jsonl";
    readonly prompt: "prompt.md";
};
/**
 * Turns a tools module and a task into a verified, executed program: extract the tools, generate the runner,
 * have Claude Code implement main(), verify, execute, repair through the same session, and report.
 * Bad input throws a CodeModeError before anything runs; failures after that are reported in the result.
 */
export declare function codemode(options: CodeModeOptions): Promise<CodeModeResult>;
