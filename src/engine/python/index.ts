import path from 'node:path';

import type { LanguageSupport } from '../language.js';
import { pythonReadableApi } from './api-text.js';
import { checkPythonRunner, startPythonCheck } from './check.js';
import type { PythonData } from './data.js';
import { pythonDescription } from './description.js';
import { extractPythonTools } from './extract.js';
import { pythonInstallation, resolvedPythonContext } from './interpreter.js';
import { ensurePyright } from './pyright.js';
import { PyrightServer } from './pyright-server.js';
import { PYTHON_RUNNER_FILE, PYTHON_WRAPPER_PATTERN, renderPythonRunner, runnerLoadsTools } from './render.js';
import { PYTHON_NO_TOOLS_FILE, pythonProgramPath, pythonStartFiles } from './runtime-source.js';

const QUIET_PYTHON = { PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' };

export const pythonLanguage: LanguageSupport<PythonData> = {
  ...pythonDescription,
  runnerFileName: PYTHON_RUNNER_FILE,
  toolchain: (config) => ({ executable: config.python, typeCheckerPath: config.pyright_path }),
  extract: extractPythonTools,
  noToolsModule: () => ({
    language: 'python',
    path: PYTHON_NO_TOOLS_FILE,
    relative_path: 'MCP servers',
    tools: [],
    declarations: [],
    data: { has_deps: false, context_tools: [], bindings: [], type_imports: [], exceptions: [] },
  }),
  resolveContext: resolvedPythonContext,
  renderRunner: renderPythonRunner,
  wrapperPattern: PYTHON_WRAPPER_PATTERN,
  readableApi: pythonReadableApi,
  check: checkPythonRunner,
  startCheck: startPythonCheck,
  typeChecker: {
    name: 'pyright',
    install: (source) => ensurePyright(source),
    launch: (checker, layout, context) => PyrightServer.launch(checker, layout, context),
  },
  startWarmChecker: (runner, _runnerPath, module, context, launched) =>
    launched instanceof PyrightServer
      ? Promise.resolve(launched.open(runner.text, module))
      : PyrightServer.start(runner.file_name, runner.text, module, context),
  loadMcp: async () => (await import('./mcp.js')).pythonMcp,
  hostStartsEarly: true,
  programStartsEarly: true,
  hostCommand(_runnerPath, module, context) {
    const importPath = [path.dirname(module.path), context.env.PYTHONPATH].filter(Boolean).join(path.delimiter);
    return {
      file: context.toolchain.executable,
      args: ['-X', 'utf8', '-B', pythonProgramPath('host.py'), module.path],
      env: { ...QUIET_PYTHON, PYTHONPATH: importPath },
    };
  },
  // The runner's start, which gets ready (loading the tools module when the runner would at once) and runs its text.
  async programCommand(runnerPath, module, context) {
    const { executable } = await pythonInstallation(context);
    const tools = runnerLoadsTools(module) ? [module.relative_path] : [];
    return {
      file: executable,
      args: ['-X', 'utf8', '-B', pythonProgramPath('_codemode_start.py'), runnerPath, ...tools],
      env: { ...QUIET_PYTHON, PYTHONPATH: [path.dirname(module.path), path.dirname(runnerPath)].join(path.delimiter) },
    };
  },
  async programReadPaths(context) {
    return [...(await pythonInstallation(context)).folders, ...pythonStartFiles()];
  },
};
