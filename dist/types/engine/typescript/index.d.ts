import type { LanguageSupport } from '../language.js';
export { TYPESCRIPT_EXTENSIONS } from '../languages.js';
/** TypeScript and JavaScript tools modules (`.ts .mts .js .mjs`), run on the user's Node.js. */
export declare const typescriptLanguage: LanguageSupport;
