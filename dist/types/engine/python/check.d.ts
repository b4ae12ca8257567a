import type { Diagnostic, ExtractContext } from '../language.js';
import type { ToolModule } from '../types.js';
/** Compiles the runner and checks that code outside the protected regions leaves tools and internals alone. */
export declare function checkPythonRunner(runnerPath: string, module: ToolModule, context: ExtractContext): Promise<Diagnostic[]>;
