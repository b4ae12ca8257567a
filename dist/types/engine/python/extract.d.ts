import type { ExtractContext } from '../language.js';
import { type ToolModule } from '../types.js';
export declare function extractPythonTools(toolsPath: string, context: ExtractContext): Promise<ToolModule>;
