import path from 'node:path';

import { usageError } from './errors.js';
import type { LanguageDescription, LanguageSupport } from './language.js';
import { pythonDescription } from './python/description.js';
import type { Language } from './types.js';
import { typescriptDescription } from './typescript/description.js';

interface RegisteredLanguage {
  description: LanguageDescription;
  /** Loads the language's support only when a run needs it (the TypeScript compiler is large). */
  load(): Promise<LanguageSupport>;
}

const REGISTERED_LANGUAGES: readonly RegisteredLanguage[] = [
  { description: pythonDescription, load: async () => (await import('./python/index.js')).pythonLanguage },
  { description: typescriptDescription, load: async () => (await import('./typescript/index.js')).typescriptLanguage },
];

const extensions = REGISTERED_LANGUAGES.flatMap((entry) => entry.description.extensions);

/** The extensions a tools module may have, as a phrase for messages: `.py, .ts, .mts, .js or .mjs`. */
export const SUPPORTED_EXTENSIONS = `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1) ?? ''}`;

/** Picks the language of a tools module by its extension, in any case (`Tools.MJS` is JavaScript). */
export async function languageFor(toolsPath: string): Promise<LanguageSupport> {
  const extension = path.extname(toolsPath);
  const entry = REGISTERED_LANGUAGES.find((candidate) => candidate.description.extensions.includes(extension.toLowerCase()));
  if (!entry) throw usageError(`Unsupported tools module extension '${extension || '(none)'}': expected ${SUPPORTED_EXTENSIONS}`);
  return entry.load();
}

function registered(language: Language): RegisteredLanguage {
  const entry = REGISTERED_LANGUAGES.find((candidate) => candidate.description.language === language);
  if (!entry)
    throw usageError(`Unknown language '${language}': expected ${REGISTERED_LANGUAGES.map((e) => e.description.language).join(' or ')}`);
  return entry;
}

/** The runner's language when nothing names one: MCP servers alone and no `language` option. */
const DEFAULT_RUNNER_LANGUAGE: Language = 'typescript';

/** The language of a runner chosen by name (MCP servers alone have no tools module to tell it), or the default. */
export async function languageNamed(language: Language = DEFAULT_RUNNER_LANGUAGE): Promise<LanguageSupport> {
  return registered(language).load();
}

/** What prompts and reports say of a language, without loading its support. */
export function languageDescription(language: Language): LanguageDescription {
  return registered(language).description;
}
