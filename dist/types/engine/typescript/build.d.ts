import type { ExecutionCommand, LanguageContext } from '../language.js';
import type { TypeScriptModule } from './data.js';
/**
 * Where the runner runs from: the build mirrors the repository's layout, with the runner in the tools
 * module's directory, so package imports resolve as they do for the tools module.
 */
export declare function builtRunnerPath(runnerPath: string, module: TypeScriptModule): string;
export declare function typescriptExecutionCommand(runnerPath: string, module: TypeScriptModule, context: LanguageContext): ExecutionCommand;
/**
 * Transpiles the runner and every TypeScript module it reaches into plain ES modules beside the runner,
 * so any Node.js version runs it with no loader. JavaScript modules and packages are used where they are.
 */
export declare function buildTypeScriptRunner(runnerPath: string, module: TypeScriptModule, context: LanguageContext): Promise<void>;
