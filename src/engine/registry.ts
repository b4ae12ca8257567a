import path from 'node:path';
import type { LanguageSupport } from './language.js';
import { usageError } from './errors.js';
import type { Language } from './types.js';

interface RegisteredLanguage {
  language: Language;
  /** Lower-case extensions of the tools modules the language takes. */
  extensions: readonly string[];
  /** Loads the language's support only when a tools module needs it (the TypeScript compiler is large). */
  load(): Promise<LanguageSupport>;
}

const REGISTERED_LANGUAGES: readonly RegisteredLanguage[] = [
  { language: 'python', extensions: ['.py'], load: async () => (await import('./python/index.js')).pythonLanguage },
  {
    language: 'typescript',
    extensions: ['.ts', '.mts', '.js', '.mjs'],
    load: async () => (await import('./typescript/index.js')).typescriptLanguage,
  },
];

const extensions = REGISTERED_LANGUAGES.flatMap((entry) => entry.extensions);

/** The extensions a tools module may have, as a phrase for messages: `.py, .ts, .mts, .js or .mjs`. */
export const SUPPORTED_EXTENSIONS = `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1) ?? ''}`;

/** Picks the language of a tools module by its extension, in any case (`Tools.MJS` is JavaScript). */
export async function languageFor(toolsPath: string): Promise<LanguageSupport> {
  const extension = path.extname(toolsPath);
  const entry = REGISTERED_LANGUAGES.find((candidate) => candidate.extensions.includes(extension.toLowerCase()));
  if (!entry) throw usageError(`Unsupported tools module extension '${extension || '(none)'}': expected ${SUPPORTED_EXTENSIONS}`);
  return entry.load();
}

/** The language of a runner chosen by name (MCP servers alone have no tools module to tell it). */
export async function languageNamed(language: Language): Promise<LanguageSupport> {
  const entry = REGISTERED_LANGUAGES.find((candidate) => candidate.language === language);
  if (!entry) throw usageError(`Unknown language '${language}': expected python or typescript`);
  return entry.load();
}
