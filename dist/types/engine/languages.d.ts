import type { LanguageSupport } from './language.js';
import { type CodeModeError } from './errors.js';
export declare const TYPESCRIPT_EXTENSIONS: readonly [".ts", ".mts", ".js", ".mjs"];
export declare function unsupportedExtension(extension: string): CodeModeError;
/** Picks the language support for a tools module by its extension; TypeScript support loads only when needed. */
export declare function languageFor(toolsPath: string): Promise<LanguageSupport>;
