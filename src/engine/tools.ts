import type { LanguageContext, LanguageSupport } from './language.js';
import { languageFor } from './registry.js';
import type { ToolModule } from './types.js';
import { locateToolsModule, type ToolsLocation } from './workspace.js';

export interface ToolsSource {
  location: ToolsLocation;
  language: LanguageSupport;
}

/** Finds the tools module (a readable file inside the repository) and the language that reads it. */
export async function toolsSource(toolsPath: string, repoRoot: string): Promise<ToolsSource> {
  const location = await locateToolsModule(toolsPath, repoRoot);
  return { location, language: await languageFor(location.absolute) };
}

/** Locates and extracts a tools module in one step, for callers that need nothing in between. */
export async function extractTools(toolsPath: string, context: LanguageContext): Promise<ToolsSource & { module: ToolModule }> {
  const source = await toolsSource(toolsPath, context.repoRoot);
  return { ...source, module: await source.language.extract(source.location, context) };
}
