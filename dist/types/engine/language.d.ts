import type { RunnerSource, ToolModule } from './types.js';
/** A compile or type-check problem in the generated runner. */
export interface Diagnostic {
    line: number | null;
    message: string;
}
export interface ExtractContext {
    repoRoot: string;
    python: string;
    /** Node.js executable for TypeScript/JavaScript runners; defaults to `node`. */
    node?: string;
    signal?: AbortSignal;
}
export interface ExecutionCommand {
    file: string;
    args: string[];
    /** Extra environment for the program (on top of the scrubbed environment). */
    env: Record<string, string>;
}
/**
 * What the engine needs from one tools language. The engine itself knows nothing of Python or TypeScript.
 */
export interface LanguageSupport {
    readonly language: ToolModule['language'];
    readonly runnerFileName: string;
    /** Comment prefix used by the marker lines that fence protected regions. */
    readonly commentPrefix: string;
    extract(toolsPath: string, context: ExtractContext): Promise<ToolModule>;
    renderRunner(module: ToolModule, task: string): RunnerSource;
    /** Compile / type-check the runner; an empty list means it passed. */
    check(runnerPath: string, module: ToolModule, context: ExtractContext): Promise<Diagnostic[]>;
    /** Work needed once before `executionCommand` runs (e.g. transpiling), when the language has any. */
    prepare?(runnerPath: string, module: ToolModule, context: ExtractContext): Promise<void>;
    executionCommand(runnerPath: string, module: ToolModule, context: ExtractContext): ExecutionCommand;
}
