import type { LanguageSupport } from './language.js';
import type { Language } from './types.js';
/** The extensions a tools module may have, as a phrase for messages: `.py, .ts, .mts, .js or .mjs`. */
export declare const SUPPORTED_EXTENSIONS: string;
/** Picks the language of a tools module by its extension, in any case (`Tools.MJS` is JavaScript). */
export declare function languageFor(toolsPath: string): Promise<LanguageSupport>;
/** The language of a runner chosen by name (MCP servers alone have no tools module to tell it). */
export declare function languageNamed(language: Language): Promise<LanguageSupport>;
