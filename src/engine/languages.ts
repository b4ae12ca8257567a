import path from 'node:path';
import type { LanguageSupport } from './language.js';
import { usageError, type CodeModeError } from './errors.js';

export const TYPESCRIPT_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'] as const;

export function unsupportedExtension(extension: string): CodeModeError {
  return usageError(
    `Unsupported tools module extension '${extension || '(none)'}': expected .py, .ts, .mts, .js or .mjs`,
  );
}

/** Picks the language support for a tools module by its extension; TypeScript support loads only when needed. */
export async function languageFor(toolsPath: string): Promise<LanguageSupport> {
  const extension = path.extname(toolsPath).toLowerCase();
  if (extension === '.py') return (await import('./python/index.js')).pythonLanguage;
  if ((TYPESCRIPT_EXTENSIONS as readonly string[]).includes(extension)) return (await import('./typescript/index.js')).typescriptLanguage;
  throw unsupportedExtension(extension);
}
