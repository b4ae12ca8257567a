import type { LanguageSupport } from '../language.js';
import type { TypeScriptData } from './data.js';
/** TypeScript and JavaScript tools modules (`.ts .mts .js .mjs`), run on the user's Node.js. */
export declare const typescriptLanguage: LanguageSupport<TypeScriptData>;
