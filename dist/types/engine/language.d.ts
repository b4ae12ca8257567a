import type { RunnerSource, ToolModule } from './types.js';
import type { ToolsLocation } from './workspace.js';
/** A compile or type-check problem in the generated runner. */
export interface Diagnostic {
    line: number | null;
    message: string;
}
/** What a language needs to know of the run besides the tools module. */
export interface LanguageContext {
    repoRoot: string;
    python: string;
    /** Node.js executable for TypeScript/JavaScript runners. */
    node: string;
    /** The environment the tools and the program get: the caller's, less credentials. */
    env: Readonly<Record<string, string>>;
    signal?: AbortSignal;
}
export interface ExecutionCommand {
    file: string;
    args: string[];
    /** Extra environment for the program (on top of the program environment). */
    env: Record<string, string>;
}
/**
 * What the engine needs from one tools language; `Data` is what the language learns of a tools module
 * beyond the common tool specs. The engine itself knows nothing of Python or TypeScript.
 */
export interface LanguageSupport<Data = unknown> {
    readonly language: ToolModule['language'];
    readonly runnerFileName: string;
    extract(location: ToolsLocation, context: LanguageContext): Promise<ToolModule<Data>>;
    renderRunner(module: ToolModule<Data>, task: string): RunnerSource;
    /** Compile / type-check the runner; an empty list means it passed. */
    check(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): Promise<Diagnostic[]>;
    /** Work needed once before `executionCommand` runs (e.g. transpiling), when the language has any. */
    prepare?(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): Promise<void>;
    executionCommand(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): ExecutionCommand;
}
