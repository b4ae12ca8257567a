import type { LanguageSupport } from '../language.js';
import type { PythonData } from './data.js';
export declare const pythonLanguage: LanguageSupport<PythonData>;
