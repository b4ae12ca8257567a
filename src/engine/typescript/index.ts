import type { LanguageSupport } from '../language.js';
import { buildTypeScriptRunner, typescriptExecutionCommand } from './build.js';
import { checkTypeScriptRunner } from './check.js';
import { extractTypeScriptTools } from './extract.js';
import { RUNNER_FILE_NAME, renderTypeScriptRunner } from './render.js';

export { TYPESCRIPT_EXTENSIONS } from '../languages.js';

/** TypeScript and JavaScript tools modules (`.ts .mts .js .mjs`), run on the user's Node.js. */
export const typescriptLanguage: LanguageSupport = {
  language: 'typescript',
  runnerFileName: RUNNER_FILE_NAME,
  commentPrefix: '//',
  extract: extractTypeScriptTools,
  renderRunner: renderTypeScriptRunner,
  check: (runnerPath, module) => checkTypeScriptRunner(runnerPath, module),
  prepare: buildTypeScriptRunner,
  executionCommand: typescriptExecutionCommand,
};
