import type { LanguageDescription } from '../language.js';

/** TypeScript and JavaScript tools modules, run on the user's Node.js. */
export const typescriptDescription: LanguageDescription = {
  language: 'typescript',
  displayName: 'TypeScript',
  fence: 'ts',
  extensions: ['.ts', '.mts', '.js', '.mjs'],
};
