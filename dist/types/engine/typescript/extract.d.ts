import type { ToolsLocation } from '../workspace.js';
import type { TypeScriptModule } from './data.js';
/** Reads the exported tools of a TypeScript or JavaScript module with the compiler's own view of it. */
export declare function extractTypeScriptTools({ absolute, relative }: ToolsLocation): Promise<TypeScriptModule>;
