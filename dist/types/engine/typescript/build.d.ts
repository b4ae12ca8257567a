import type { ExecutionCommand, LanguageContext } from '../language.js';
import type { TypeScriptModule } from './data.js';
/**
 * Where the runner runs from: the build mirrors the repository's layout, with the runner in the tools
 * module's directory, so package imports resolve as they do for the tools module.
 */
export declare function builtRunnerPath(runnerPath: string, module: TypeScriptModule): string;
/** The module the tool host imports: the built one for TypeScript, the module itself for JavaScript. */
export declare function builtToolsPath(runnerPath: string, module: TypeScriptModule, context: LanguageContext): string;
/** The tool host: node running the built host with the manifest; the engine appends the launch spec's path. */
export declare function typescriptHostCommand(runnerPath: string, _module: TypeScriptModule, context: LanguageContext): ExecutionCommand;
/** The program: the real node with the built runner. */
export declare function typescriptProgramCommand(runnerPath: string, module: TypeScriptModule, context: LanguageContext): Promise<ExecutionCommand>;
/**
 * The install prefix of the Node.js the program runs on (`<prefix>/bin/node`), found by asking that node where
 * its executable really is, once per executable: a node under $HOME stays readable when the sandbox hides $HOME.
 */
export declare function typescriptProgramReadPaths(context: LanguageContext): Promise<string[]>;
/**
 * Transpiles the runner and every TypeScript module it reaches into plain ES modules beside the runner,
 * so any Node.js version runs it with no loader. JavaScript modules and packages are used where they are.
 */
export declare function buildTypeScriptRunner(runnerPath: string, module: TypeScriptModule, context: LanguageContext): Promise<void>;
