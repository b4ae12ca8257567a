import type { LanguageContext, LanguageSupport } from './language.js';
import type { ToolModule } from './types.js';
import { type ToolsLocation } from './workspace.js';
export interface ToolsSource {
    location: ToolsLocation;
    language: LanguageSupport;
}
/** Finds the tools module (a readable file inside the repository) and the language that reads it. */
export declare function toolsSource(toolsPath: string, repoRoot: string): Promise<ToolsSource>;
/** Locates and extracts a tools module in one step, for callers that need nothing in between. */
export declare function extractTools(toolsPath: string, context: LanguageContext): Promise<ToolsSource & {
    module: ToolModule;
}>;
