import path from 'node:path';
import type { LanguageSupport } from '../language.js';
import { checkPythonRunner } from './check.js';
import type { PythonData } from './data.js';
import { extractPythonTools } from './extract.js';
import { PYTHON_RUNNER_FILE, renderPythonRunner } from './render.js';

export const pythonLanguage: LanguageSupport<PythonData> = {
  language: 'python',
  runnerFileName: PYTHON_RUNNER_FILE,
  extract: extractPythonTools,
  renderRunner: renderPythonRunner,
  check: checkPythonRunner,
  executionCommand(runnerPath, module, context) {
    const importPath = [path.dirname(module.path), context.env.PYTHONPATH].filter(Boolean).join(path.delimiter);
    return {
      file: context.python,
      args: ['-X', 'utf8', runnerPath],
      env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', PYTHONPATH: importPath },
    };
  },
};
