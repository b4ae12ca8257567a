import { writeFileSync } from 'node:fs';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import type { PythonModule } from '../../src/engine/python/data.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { pythonProgramPath, pythonStartFiles } from '../../src/engine/python/runtime-source.js';
import { locateProtectedRegions } from '../../src/engine/verify.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { checkRunner, context, extract, runnerFolder, runnerWithMain, writeRunner } from '../fixtures/python/harness.js';
import { processesMentioning } from '../helpers/attacks.js';

const weather = () => extract('examples/weather/tools.py');

async function check(module: PythonModule, text: string) {
  return checkRunner(module, text);
}

/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('checking an edited Python runner', () => {
  it('passes the generated runner and a correct main()', async () => {
    const module = await weather();
    expect(await check(module, pythonLanguage.renderRunner(module, 'task').text)).toEqual([]);
    expect(await check(module, runnerWithMain(module, PYTHON_MAINS.weather))).toEqual([]);
  });

  it('reports a syntax error with its line', async () => {
    const module = await weather();
    const text = runnerWithMain(module, 'def main(params: str = "") -> object:\n    return get_weather("Paris"\n');
    expect(await check(module, text)).toEqual([
      { line: lineOf(text, 'return get_weather("Paris"'), message: "SyntaxError: '(' was never closed" },
    ]);
  });

  it('reports an indentation error by its type', async () => {
    const module = await weather();
    const text = runnerWithMain(module, 'def main(params: str = "") -> object:\nreturn 1\n');
    expect(await check(module, text)).toEqual([
      {
        line: lineOf(text, 'return 1'),
        message: `IndentationError: expected an indented block after function definition on line ${lineOf(text, 'def main(')}`,
      },
    ]);
  });

  it('reports each redefinition of a tool outside the protected regions', async () => {
    const module = await weather();
    const main = `def get_weather(city: str) -> str:
    return "Sunny, 99°F"


calculate_temp_diff = lambda first, second: "0°F"


def main(params: str = "") -> object:
    get_weather = None  # a local name is fine
    return [get_weather, [calculate_temp_diff for calculate_temp_diff in range(2)]]
`;
    const text = runnerWithMain(module, main);
    expect(await check(module, text)).toEqual([
      {
        line: lastLineOf(text, 'def get_weather(city: str) -> str:'),
        message: "redefines tool 'get_weather'; call the generated wrapper instead",
      },
      {
        line: lineOf(text, 'calculate_temp_diff = lambda'),
        message: "redefines tool 'calculate_temp_diff'; call the generated wrapper instead",
      },
    ]);
  });

  it('reports imports of the tools module and its functions', async () => {
    const module = await weather();
    const main = `import tools
from tools import get_weather


def main(params: str = "") -> object:
    return tools.calculate_temp_diff("1", "2")
`;
    const text = runnerWithMain(module, main);
    expect(await check(module, text)).toEqual([
      {
        line: lastLineOf(text, 'import tools'),
        message: "imports the tools module 'tools' directly; call the generated wrappers so that calls are traced",
      },
      {
        line: lineOf(text, 'from tools import get_weather'),
        message: "imports the tools module 'tools' directly; call the generated wrappers so that calls are traced",
      },
      {
        line: lineOf(text, 'from tools import get_weather'),
        message: "redefines tool 'get_weather'; call the generated wrapper instead",
      },
    ]);
  });

  it('reports use of runner internals and global rebinding inside main()', async () => {
    const module = await weather();
    const main = `def main(params: str = "") -> object:
    global get_weather
    get_weather = print
    return _codemode_tools.get_weather("Paris")


_codemode_calls = []
`;
    const text = runnerWithMain(module, main);
    expect(await check(module, text)).toEqual([
      {
        line: lineOf(text, 'global get_weather'),
        message: "declares 'get_weather' global; tools and runner internals must not be reassigned",
      },
      {
        line: lineOf(text, 'return _codemode_tools.get_weather'),
        message: "uses runner internal '_codemode_tools'; call the tool functions instead",
      },
      {
        line: lastLineOf(text, '_codemode_calls = []'),
        message: "rebinds '_codemode_calls'; names starting with _codemode belong to the generated runner",
      },
    ]);
  });

  it('reports imports of the runner runtime', async () => {
    const module = await weather();
    const main = `from _codemode_runtime import CALLS
import _codemode_runtime.json as runtime_json


def main(params: str = "") -> object:
    return CALLS
`;
    const text = runnerWithMain(module, main);
    expect(await check(module, text)).toEqual([
      {
        line: lineOf(text, 'from _codemode_runtime import CALLS'),
        message: "imports the runner runtime '_codemode_runtime'; call the tool functions instead",
      },
      {
        line: lineOf(text, 'import _codemode_runtime.json'),
        message: "imports the runner runtime '_codemode_runtime'; call the tool functions instead",
      },
    ]);
  });

  it('reports a missing main()', async () => {
    const module = await weather();
    const text = runnerWithMain(module, 'def helper() -> int:\n    return 1\n');
    expect(await check(module, text)).toEqual([
      { line: null, message: 'main() is not defined; define def main(params: str = ...) outside the protected regions' },
    ]);
  });

  it('checks code under a fake region marker in full: only the regions located by position are skipped', async () => {
    const module = await weather();
    const fake = `# codemode:begin harness (generated, do not edit)
import tools
from tools import get_weather as forecast


def calculate_temp_diff(first: str, second: str) -> str:
    return "0°F"
# codemode:end harness


`;
    const text = runnerWithMain(module, PYTHON_MAINS.weather).replace(/^def main\b/m, `${fake}def main`);
    expect(await check(module, text)).toEqual([
      {
        line: lastLineOf(text, 'import tools'),
        message: "imports the tools module 'tools' directly; call the generated wrappers so that calls are traced",
      },
      {
        line: lastLineOf(text, 'from tools import get_weather as forecast'),
        message: "imports the tools module 'tools' directly; call the generated wrappers so that calls are traced",
      },
      {
        line: lastLineOf(text, 'def calculate_temp_diff(first: str, second: str) -> str:'),
        message: "redefines tool 'calculate_temp_diff'; call the generated wrapper instead",
      },
    ]);
  });

  it('reports code that extends the last statement of a region or wraps a region', async () => {
    const module = await weather();
    const implemented = runnerWithMain(module, PYTHON_MAINS.weather);
    const extended = implemented.replace('# codemode:end tools\n', '# codemode:end tools\n    get_weather = print\n');
    expect(await check(module, extended)).toEqual([
      {
        line: lineOf(extended, '    get_weather = print'),
        message: 'extends the last statement of the protected tools region; code after a region starts at the left margin',
      },
    ]);
    const wrapped = implemented
      .replace('# codemode:begin harness', 'HARNESS = """\n# codemode:begin harness')
      .replace(/# codemode:end harness\n$/, '# codemode:end harness\n"""\n');
    expect(await check(module, wrapped)).toEqual([
      {
        line: lineOf(wrapped, 'HARNESS = """'),
        message: 'wraps the protected harness region; write code between the regions, not around them',
      },
    ]);
  });

  it('rejects a runner whose regions are not on the lines located for them, or which declares another encoding', async () => {
    const module = await weather();
    const text = runnerWithMain(module, PYTHON_MAINS.weather);
    const located = locateProtectedRegions(pythonLanguage.renderRunner(module, 'task'), text);
    if ('failure' in located) throw new Error(located.failure.message);
    // Located in the text without the carriage return, which Python reads as a line break: the harness moves down.
    const shifted = writeRunner(text.replace('def main(', 'x = 1\rdef main('));
    const harness = located.regions[1]!;
    expect(await pythonLanguage.check(shifted, module, context, located.regions)).toEqual([
      { line: null, message: `the protected harness region is not at lines ${harness.first_line}-${harness.last_line}` },
    ]);
    const latin = text.replace(/^"""/, '# -*- coding: latin-1 -*-\n"""');
    expect(await check(module, latin)).toEqual([{ line: 1, message: 'declares the source encoding iso-8859-1; the runner must be UTF-8' }]);
  });

  it('names the interpreter when it cannot be found', async () => {
    const module = await weather();
    await expect(
      checkRunner(module, pythonLanguage.renderRunner(module, 'task').text, {
        ...context,
        toolchain: { executable: 'python3-codemode-missing' },
      }),
    ).rejects.toThrow('Python interpreter not found: python3-codemode-missing (set config python)');
  });
});

describe('a Python check started before the program is written', () => {
  const checkProcesses = (runnerPath: string) => processesMentioning(`check.py ${runnerPath}`);

  it('reads the runner only once it is given its configuration, and is the process that checks it', async () => {
    const module = await weather();
    const runnerPath = runnerFolder();
    const early = pythonLanguage.startCheck!(runnerPath, context);
    await expect.poll(() => checkProcesses(runnerPath)).toHaveLength(1);
    const text = runnerWithMain(module, 'def main(params: str = "") -> object:\n    return get_weather("Paris"\n');
    writeFileSync(runnerPath, text);
    const located = locateProtectedRegions(pythonLanguage.renderRunner(module, 'task'), text);
    if ('failure' in located) throw new Error(located.failure.message);

    const found = await pythonLanguage.check(runnerPath, module, { ...context, earlyCheck: early }, located.regions);

    expect(found).toEqual([{ line: lineOf(text, 'return get_weather("Paris"'), message: "SyntaxError: '(' was never closed" }]);
    expect(await checkProcesses(runnerPath)).toEqual([]);
    await early.discard();
  });

  it('is ended unused by discard, having read nothing', async () => {
    const runnerPath = runnerFolder();
    const early = pythonLanguage.startCheck!(runnerPath, context);
    await expect.poll(() => checkProcesses(runnerPath)).toHaveLength(1);

    await early.discard();

    expect(await checkProcesses(runnerPath)).toEqual([]);
  });

  it('is not used for another runner, which a check of its own checks', async () => {
    const module = await weather();
    const early = pythonLanguage.startCheck!(runnerFolder(), context);
    const text = runnerWithMain(module, 'def main(params: str = "") -> object:\n    return get_weather("Paris"\n');

    const found = await checkRunner(module, text, { ...context, earlyCheck: early });

    expect(found).toEqual([{ line: lineOf(text, 'return get_weather("Paris"'), message: "SyntaxError: '(' was never closed" }]);
    await early.discard();
  });
});

describe('the Python host and program commands', () => {
  it('runs the host with UTF-8 mode, unbuffered, without bytecode, and the tools folder importable', async () => {
    const module = await weather();
    const command = pythonLanguage.hostCommand('/work/agentRunner.py', module, { ...context, toolchain: { executable: 'python3.12' } });
    expect(command.file).toBe('python3.12');
    expect(command.args.slice(0, 3)).toEqual(['-X', 'utf8', '-B']);
    expect(command.args[3]).toMatch(/runtime\/host\.py$/);
    expect(command.env).toMatchObject({ PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' });
    expect(command.env.PYTHONPATH!.split(':')[0]).toBe(`${context.repoRoot}/examples/weather`);
  });

  it('runs the program with the real interpreter, the tools and runner folders importable, and names what it reads', async () => {
    const module = await weather();
    const command = await pythonLanguage.programCommand('/work/agentRunner.py', module, context);
    const real = await execa('python3', ['-c', 'import os, sys; print(os.path.realpath(sys.executable))']);
    expect(command.file).toBe(real.stdout.trim());
    // The runner's start, which loads no tools module for a runner that binds none of its names.
    expect(command.args).toEqual(['-X', 'utf8', '-B', pythonProgramPath('_codemode_start.py'), '/work/agentRunner.py']);
    expect(command.env).toEqual({
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONUNBUFFERED: '1',
      PYTHONPATH: `${context.repoRoot}/examples/weather:/work`,
    });
    const prefix = await execa('python3', ['-c', 'import sys; print(sys.prefix)']);
    expect(await pythonLanguage.programReadPaths(context)).toEqual(expect.arrayContaining([prefix.stdout.trim(), ...pythonStartFiles()]));
  });

  it("has the runner's start load the tools module when the runner binds its names as it is imported", async () => {
    const module = await extract('test/fixtures/python/program_start_tools.py');
    const command = await pythonLanguage.programCommand('/work/agentRunner.py', module, context);
    expect(command.args.slice(-2)).toEqual(['/work/agentRunner.py', module.relative_path]);
  });
});

/** 1-based line of the last line of `text` that contains `needle`. */
function lastLineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index >= 0; index -= 1) if (lines[index]!.includes(needle)) return index + 1;
  return 0;
}
