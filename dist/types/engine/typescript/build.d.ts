import type { ExecutionCommand, ExtractContext } from '../language.js';
import type { ToolModule } from '../types.js';
/**
 * Where the runner runs from: the build mirrors the repository's layout, with the runner in the tools
 * module's directory, so package imports resolve as they do for the tools module.
 */
export declare function builtRunnerPath(runnerPath: string, module: ToolModule): string;
export declare function typescriptExecutionCommand(runnerPath: string, module: ToolModule, context: ExtractContext): ExecutionCommand;
/**
 * Transpiles the runner and every TypeScript module it reaches into plain ES modules beside the runner,
 * so any Node.js version runs it with no loader. JavaScript modules and packages are used where they are.
 */
export declare function buildTypeScriptRunner(runnerPath: string, module: ToolModule, context: ExtractContext): Promise<void>;
