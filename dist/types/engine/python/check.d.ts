import type { Diagnostic, LanguageContext, LocatedRegion } from '../language.js';
import type { PythonModule } from './data.js';
/**
 * Compiles the runner and checks that all code outside the protected regions leaves tools and internals alone. The
 * regions are the lines verification located by position; check.py confirms it sees their text on those lines.
 * A runner that passes is then type-checked with pyright when the context has it; only errors on lines outside the
 * regions count, and pyright directives in the model's comments (`# pyright: ignore`, `# pyright: basic`) do not apply.
 */
export declare function checkPythonRunner(runnerPath: string, module: PythonModule, context: LanguageContext, regions: LocatedRegion[]): Promise<Diagnostic[]>;
