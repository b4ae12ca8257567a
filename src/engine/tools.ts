import { type CodeModeConfigInput, parseConfig } from './config.js';
import { usageError } from './errors.js';
import type { LanguageContext, LanguageSupport } from './language.js';
import { languageFor, SUPPORTED_EXTENSIONS } from './registry.js';
import type { ToolModule } from './types.js';
import { locateToolsModule, type ToolsLocation } from './workspace.js';

export interface ToolsSource {
  location: ToolsLocation;
  language: LanguageSupport;
}

/** Finds the tools module (a readable file inside the repository) and the language that reads it. */
export async function toolsSource(toolsPath: string, repoRoot: string): Promise<ToolsSource> {
  if (!toolsPath.trim()) throw usageError(`No tools module given: pass the path of a ${SUPPORTED_EXTENSIONS} file`);
  const location = await locateToolsModule(toolsPath, repoRoot);
  return { location, language: await languageFor(location.absolute) };
}

/**
 * Locates and extracts a tools module in one step, for callers that need nothing in between; the language's
 * toolchain comes from `config` as in a run, and the context it completes is returned for the later stages.
 */
export async function extractTools(
  toolsPath: string,
  run: Omit<LanguageContext, 'toolchain'>,
  config?: CodeModeConfigInput,
): Promise<ToolsSource & { context: LanguageContext; module: ToolModule }> {
  const source = await toolsSource(toolsPath, run.repoRoot);
  const context = { ...run, toolchain: source.language.toolchain(parseConfig(config)) };
  return { ...source, context, module: await source.language.extract(source.location, context) };
}
