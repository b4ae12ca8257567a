import type { LanguageSupport } from '../language.js';
import { buildTypeScriptRunner, typescriptHostCommand, typescriptProgramCommand, typescriptProgramReadPaths } from './build.js';
import { checkTypeScriptRunner } from './check.js';
import type { TypeScriptData } from './data.js';
import { extractTypeScriptTools } from './extract.js';
import { RUNNER_FILE_NAME, renderTypeScriptRunner, TYPESCRIPT_WRAPPER_PATTERN } from './render.js';

/** TypeScript and JavaScript tools modules (`.ts .mts .js .mjs`), run on the user's Node.js. */
export const typescriptLanguage: LanguageSupport<TypeScriptData> = {
  language: 'typescript',
  runnerFileName: RUNNER_FILE_NAME,
  extract: extractTypeScriptTools,
  renderRunner: renderTypeScriptRunner,
  wrapperPattern: TYPESCRIPT_WRAPPER_PATTERN,
  check: (runnerPath, module, _context, regions) => checkTypeScriptRunner(runnerPath, module, regions),
  prepare: buildTypeScriptRunner,
  hostCommand: typescriptHostCommand,
  programCommand: typescriptProgramCommand,
  programReadPaths: typescriptProgramReadPaths,
};
