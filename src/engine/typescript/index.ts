import type { LanguageSupport } from '../language.js';
import { typescriptReadableApi } from './api-text.js';
import { buildTypeScriptRunner, typescriptHostCommand, typescriptProgramCommand, typescriptProgramReadPaths } from './build.js';
import { checkTypeScriptRunner, TypeScriptWarmChecker } from './check.js';
import type { TypeScriptData } from './data.js';
import { typescriptDescription } from './description.js';
import { extractTypeScriptTools } from './extract.js';
import { renderTypeScriptRunner, TYPESCRIPT_RUNNER_FILE, TYPESCRIPT_WRAPPER_PATTERN } from './render.js';
import { TYPESCRIPT_NO_TOOLS_FILE } from './runtime-source.js';

export const typescriptLanguage: LanguageSupport<TypeScriptData> = {
  ...typescriptDescription,
  runnerFileName: TYPESCRIPT_RUNNER_FILE,
  toolchain: (config) => ({ executable: config.node }),
  extract: extractTypeScriptTools,
  noToolsModule: () => ({
    language: 'typescript',
    path: TYPESCRIPT_NO_TOOLS_FILE,
    relative_path: 'MCP servers',
    tools: [],
    declarations: [],
    data: { prelude: [], type_parameters: {}, tool_objects: [], instance_methods: [], error_classes: [] },
  }),
  renderRunner: renderTypeScriptRunner,
  wrapperPattern: TYPESCRIPT_WRAPPER_PATTERN,
  readableApi: typescriptReadableApi,
  check: (runnerPath, module, context, regions) => checkTypeScriptRunner(runnerPath, module, regions, context.warmChecker),
  startWarmChecker: (runner, runnerPath, module) => TypeScriptWarmChecker.start(runner.text, runnerPath, module),
  prepare: buildTypeScriptRunner,
  hostCommand: typescriptHostCommand,
  // The host imports the tools module as the runner's build made it.
  hostStartsEarly: false,
  programStartsEarly: false,
  programCommand: typescriptProgramCommand,
  programReadPaths: typescriptProgramReadPaths,
  loadMcp: async () => (await import('./mcp.js')).typescriptMcp,
};
