import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { pythonLanguage } from '../../src/engine/python/index.js';
import { docstringBody } from '../../src/engine/python/literals.js';
import { pythonSupportFiles } from '../../src/engine/python/runtime-source.js';
import { extract, fixture, pythonJson, writeRunner } from '../fixtures/python/harness.js';

const HOSTILE_TASKS = [
  'Compare weather between San Francisco and New York',
  '"""',
  'ends with a quote"',
  '\'\'\'single\'\'\' and """double""" quotes',
  'ends with a backslash \\',
  'escapes as text: \\n \\x00 \\u1234 \\N{BULLET} \\"',
  'nul \u0000 and bell \u0007 and escape \u001b[31m and delete \u007f',
  'line one\nline two\r\nline three\rline four\n\n\ttabbed',
  'format {} {0} {name} %s %(x)d %%',
  'unicode: ünïcödé 中文 😀 \u2028 \u2029 \u0085 \ufeff',
  'lone surrogates \ud800 and \udfff',
  '# codemode:begin tools (generated, do not edit)\n# codemode:end tools',
  '',
];

/** Compiles each runner with py_compile, then reads main's default and the module docstring back. */
const READ_BACK = `
import ast, json, sys
results = []
for path in sys.argv[1:]:
    tree = ast.parse(open(path, encoding="utf-8").read())
    main = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "main")
    results.append({"default": ast.literal_eval(main.args.defaults[0]), "doc": ast.get_docstring(tree, clean=False)})
print(json.dumps(results))
`;

describe('rendering the Python runner', () => {
  it('keeps any task exact in main() and readable in the docstring', async () => {
    const module = await extract('examples/weather/tools.py');
    const paths = HOSTILE_TASKS.map((task) => writeRunner(pythonLanguage.renderRunner(module, task).text));
    await execa('python3', ['-m', 'py_compile', ...paths]);
    const results = (await pythonJson(READ_BACK, paths)) as { default: string; doc: string }[];
    results.forEach((result, index) => {
      const task = HOSTILE_TASKS[index]!;
      expect(result.default).toBe(task);
      const shown = task
        .split('\n')
        .map((line) => (line ? `    ${line}` : line))
        .join('\n');
      expect(result.doc).toContain(`\nTask:\n${shown}\n\nOnly main()`);
    });
  });

  it('escapes a docstring so that Python reads back exactly the text', async () => {
    const texts = ['a """ b', 'end"', 'back\\slash', 'cr\rhere', '\u0000\u001f', '\ud800'];
    const literals = texts.map((text) => `"""${docstringBody(text)}"""`);
    const program = `import ast, json, sys\nprint(json.dumps([ast.literal_eval(text) for text in sys.argv[1:]]))`;
    expect(await pythonJson(program, literals)).toEqual(texts);
  });

  it('fences the generated parts with marker lines, each present once, and leaves the TODO outside them', async () => {
    const runner = pythonLanguage.renderRunner(await extract('examples/weather/tools.py'), 'task');
    expect(runner.file_name).toBe('agentRunner.py');
    expect(runner.todo_marker).toBe('codemode:todo');
    expect(runner.protected_regions.map((region) => region.name)).toEqual(['tools', 'harness']);
    for (const region of runner.protected_regions) {
      expect(runner.text.split(region.text)).toHaveLength(2);
      expect(runner.text.slice(region.start, region.start + region.text.length)).toBe(region.text);
      expect(runner.text[region.start - 1]).toBe('\n');
      expect(runner.text[region.start + region.text.length]).toBe('\n');
      expect(region.text.startsWith(`# codemode:begin ${region.name} (generated, do not edit)\n`)).toBe(true);
      expect(region.text.endsWith(`\n# codemode:end ${region.name}`)).toBe(true);
      expect(region.text).not.toContain(runner.todo_marker);
    }
    expect(runner.text.split(runner.todo_marker)).toHaveLength(2);
    expect(runner.protected_regions[1]!.text).toBe(
      [
        '# codemode:begin harness (generated, do not edit)',
        'if __name__ == "__main__":',
        '    _codemode_run(main)',
        '# codemode:end harness',
      ].join('\n'),
    );
    expect(runner.text).toContain(
      [
        'def main(params: str = "task") -> object:',
        '    """Accomplish the task in params with the tool functions above and return a JSON-serialisable result."""',
        '    # codemode:todo: replace this body with the implementation.',
        '    raise NotImplementedError("main() is not implemented yet")',
      ].join('\n'),
    );
  });

  it('renders a wrapper per tool with the real signature, docstring and a traced call, without copying tool source', async () => {
    const text = pythonLanguage.renderRunner(await extract(fixture('kinds.py')), 'task').text;
    expect(text).toContain(
      [
        'def positional_only(a: int, b: int = 2, /, c: int = 3) -> list[int]:',
        '    """Positional-only parameters."""',
        '    return _codemode_call("positional_only", (a, b), {"c": c})',
      ].join('\n'),
    );
    expect(text).toContain(
      'def variadic(first: str, *rest: str, sep: str = "-", **options: int) -> dict:\n' +
        '    """Variable positional and keyword parameters."""\n' +
        '    return _codemode_call("variadic", (first, *rest), {"sep": sep, **options})',
    );
    expect(text).toContain('def keyword_only(*, name: str, loud: bool = False) -> str:');
    expect(text).toContain(
      'def untyped(value, other=None):\n' + '    return _codemode_call("untyped", (), {"value": value, "other": other})',
    );
    expect(text).toContain(
      'async def slow_echo(text: str, delay: float = 0.05) -> str:\n' +
        '    """Echo text after a delay."""\n' +
        '    return await _codemode_call_async("slow_echo", (), {"text": text, "delay": delay})',
    );
    expect(text).toContain(
      [
        'def computed_defaults(',
        '    items: tuple[str, ...] = _codemode_DEFAULT,  # default: ("x", "y")',
        '    limit: int = _codemode_DEFAULT,  # default: DEFAULT_LIMIT',
        '    /,',
        '    *,',
        '    scale: float = _codemode_DEFAULT,  # default: DEFAULT_LIMIT * 1.5',
        ') -> dict:',
      ].join('\n'),
    );
    expect(text).not.toContain('asyncio.sleep');
    expect(text).toContain(
      'from typing import TYPE_CHECKING\n' +
        'from _codemode_runtime import _codemode_DEFAULT, _codemode_call, _codemode_call_async, _codemode_given, ' +
        '_codemode_given_keywords, _codemode_load, _codemode_run\n\n' +
        'if TYPE_CHECKING:\n' +
        '    import kinds as _codemode_tools\n' +
        'else:\n' +
        '    _codemode_tools = _codemode_load("test/fixtures/python/kinds.py", __name__)\n',
    );
  });

  it('makes main() async when a tool is, and says how calls run concurrently', async () => {
    const asynchronous = pythonLanguage.renderRunner(await extract(fixture('inventory/tools.py')), 'task').text;
    expect(asynchronous).toContain(
      [
        'async def main(params: str = "task") -> object:',
        '    """Accomplish the task in params with the tool functions above and return a JSON-serialisable result."""',
        '    # codemode:todo: replace this body with the implementation.',
        '    # Async tools run concurrently when awaited together: `await asyncio.gather(tool_a(...), tool_b(...))`.',
        '    raise NotImplementedError("main() is not implemented yet")',
      ].join('\n'),
    );
    const synchronous = pythonLanguage.renderRunner(await extract('examples/weather/tools.py'), 'task').text;
    expect(synchronous).toContain('\ndef main(params: str = "task") -> object:\n');
    expect(synchronous).not.toContain('asyncio.gather');
  });

  it('hides the context parameter, which the tool host passes', async () => {
    const text = pythonLanguage.renderRunner(await extract('examples/database/tools.py'), 'task').text;
    expect(text).toContain(
      'def query_users(min_age: int) -> list[dict]:\n' +
        '    """Users at least min_age years old, ordered by id, as dicts with id, name, age and city."""\n' +
        '    return _codemode_call("query_users", (), {"min_age": min_age})',
    );
    expect(text).toContain('from _codemode_runtime import _codemode_call, _codemode_load, _codemode_run\n');
  });

  it('binds the module names that annotations use, so they resolve at run time', async () => {
    const module = await extract(fixture('future_annotations.py'));
    const text = pythonLanguage.renderRunner(module, 'task').text;
    expect(text).toContain('Weather = _codemode_tools.Weather\nAny = _codemode_tools.Any\n');
    const runnerPath = writeRunner(text);
    const program = `
import importlib.util, json, os, sys, typing
sys.path.insert(0, os.path.dirname(sys.argv[1]))
spec = importlib.util.spec_from_file_location("runner", sys.argv[1])
runner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(runner)
print(json.dumps({name: str(hint) for name, hint in typing.get_type_hints(runner.forecast).items()}))
`;
    expect(await pythonJson(program, [runnerPath])).toEqual({
      city: "<class 'str'>",
      days: "<class 'int'>",
      return: 'list[future_annotations.Weather]',
    });
  });

  it('keeps the runtime in a support module, so that the runner holds only the task, the wrappers, main() and the harness', async () => {
    const module = await extract('examples/weather/tools.py');
    const runner = pythonLanguage.renderRunner(module, 'Compare weather between San Francisco and New York');
    expect(runner.support_files).toEqual(pythonSupportFiles());
    expect(runner.support_files!.map((file) => file.name)).toEqual(['_codemode_runtime.py', '_codemode_codec.py']);
    expect(Buffer.byteLength(runner.text)).toBeLessThan(2500);
    expect(runner.protected_regions[0]!.text).toBe(
      [
        '# codemode:begin tools (generated, do not edit)',
        'from __future__ import annotations',
        'from typing import TYPE_CHECKING',
        'from _codemode_runtime import _codemode_call, _codemode_load, _codemode_run',
        '',
        'if TYPE_CHECKING:',
        '    import tools as _codemode_tools',
        'else:',
        '    _codemode_tools = _codemode_load("examples/weather/tools.py", __name__)',
        '',
        'def get_weather(city: str) -> str:',
        `    """Get the current weather for a city, e.g. 'Weather in Paris: Sunny, 70°F'."""`,
        '    return _codemode_call("get_weather", (), {"city": city})',
        '',
        'def calculate_temp_diff(temp1: str, temp2: str) -> str:',
        `    """Calculate the difference between two temperatures given as text containing degrees, e.g. '13°F'."""`,
        '    return _codemode_call("calculate_temp_diff", (), {"temp1": temp1, "temp2": temp2})',
        '# codemode:end tools',
      ].join('\n'),
    );
  });

  it('writes a runtime module that compiles and defines every entry point a runner imports', async () => {
    const runnerPath = writeRunner('');
    const program = `
import json, os, sys
sys.path.insert(0, os.path.dirname(sys.argv[1]))
import _codemode_runtime
print(json.dumps(sorted(name for name in vars(_codemode_runtime) if name.startswith("_codemode_"))))
`;
    expect(await pythonJson(program, [runnerPath])).toEqual([
      '_codemode_DEFAULT',
      '_codemode_call',
      '_codemode_call_async',
      '_codemode_given',
      '_codemode_given_keywords',
      '_codemode_load',
      '_codemode_run',
    ]);
  });

  it('embeds a tools path with unusual characters as a safe literal', async () => {
    const module = await extract('examples/weather/tools.py');
    const odd = { ...module, relative_path: 'odd "dir"\\\n/tools.py' };
    const runnerPath = writeRunner(pythonLanguage.renderRunner(odd, 'task').text);
    await execa('python3', ['-m', 'py_compile', runnerPath]);
  });
});
