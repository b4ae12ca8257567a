import type { LanguageSupport } from '../language.js';
export declare const pythonLanguage: LanguageSupport;
