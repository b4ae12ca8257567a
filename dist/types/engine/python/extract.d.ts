import type { LanguageContext } from '../language.js';
import type { ToolsLocation } from '../workspace.js';
import type { PythonModule } from './data.js';
export declare function extractPythonTools({ absolute, relative }: ToolsLocation, context: LanguageContext): Promise<PythonModule>;
