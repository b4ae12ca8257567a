import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { programEnvironment } from '../../src/engine/env.js';
import { languageFor, SUPPORTED_EXTENSIONS } from '../../src/engine/registry.js';
import { extractTools } from '../../src/engine/tools.js';
import { extract as extractPython, runnerWithMain, runRunner, writeRunner as writePythonRunner } from '../fixtures/python/harness.js';
import { REPO_ROOT } from '../helpers/claude.js';

describe('the language registry', () => {
  it.each([
    ['tools.py', 'python'],
    ['t.PY', 'python'],
    ['tools.ts', 'typescript'],
    ['tools.mts', 'typescript'],
    ['tools.js', 'typescript'],
    ['Tools.MJS', 'typescript'],
  ])('takes %s as %s', async (file, language) => {
    expect((await languageFor(file)).language).toBe(language);
  });

  it.each([
    ['tools.rb', "Unsupported tools module extension '.rb': expected .py, .ts, .mts, .js or .mjs"],
    ['Makefile', "Unsupported tools module extension '(none)': expected .py, .ts, .mts, .js or .mjs"],
  ])('refuses %s', async (file, message) => {
    await expect(languageFor(file)).rejects.toMatchObject({ kind: 'usage', message });
    expect(SUPPORTED_EXTENSIONS).toBe('.py, .ts, .mts, .js or .mjs');
  });
});

describe('tools modules with upper-case extensions', () => {
  const repoRoot = mkdtempSync(path.join(os.tmpdir(), 'codemode-case-'));
  cpSync(path.join(REPO_ROOT, 'examples/weather/tools.py'), path.join(repoRoot, 't.PY'));
  cpSync(path.join(REPO_ROOT, 'examples/js/tools.mjs'), path.join(repoRoot, 'Tools.MJS'));
  const run = { repoRoot, env: programEnvironment(process.env) };
  const context = { ...run, toolchain: { executable: 'python3' } };

  it('extracts a Python module named t.PY', async () => {
    const { language, module } = await extractTools('t.PY', run);
    expect(language.language).toBe('python');
    expect(module.tools.map((tool) => tool.name)).toEqual(['get_weather', 'calculate_temp_diff']);
  });

  it('runs the runner of a Python module named t.PY', async () => {
    const module = await extractPython('t.PY', context);
    const runnerPath = writePythonRunner(
      runnerWithMain(module, "def main(params: str = 'task') -> object:\n    return get_weather('Paris')"),
    );
    const { report } = await runRunner(runnerPath, module, context);
    expect(report).toMatchObject({ ok: true, output: 'Weather in Paris: Sunny, 70°F', trace: [{ tool: 'get_weather', ok: true }] });
  });

  it('names the rename a JavaScript module named Tools.MJS needs, since Node.js and the compiler take only lower case', async () => {
    await expect(extractTools('Tools.MJS', run, { node: process.execPath })).rejects.toMatchObject({
      kind: 'usage',
      message: 'Tools.MJS: Node.js and the TypeScript compiler take only lower-case extensions; rename it to Tools.mjs',
    });
  });
});
