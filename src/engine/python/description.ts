import type { LanguageDescription } from '../language.js';

export const pythonDescription: LanguageDescription = {
  language: 'python',
  displayName: 'Python',
  fence: 'python',
  extensions: ['.py'],
};
