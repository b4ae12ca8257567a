import type { ExtractContext } from '../language.js';
import type { ToolModule } from '../types.js';
/** Reads the exported tools of a TypeScript or JavaScript module with the compiler's own view of it. */
export declare function extractTypeScriptTools(toolsPath: string, context: ExtractContext): Promise<ToolModule>;
