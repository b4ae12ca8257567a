import type { Diagnostic, LanguageContext } from '../language.js';
import type { PythonModule } from './data.js';
/** Compiles the runner and checks that code outside the protected regions leaves tools and internals alone. */
export declare function checkPythonRunner(runnerPath: string, module: PythonModule, context: LanguageContext): Promise<Diagnostic[]>;
