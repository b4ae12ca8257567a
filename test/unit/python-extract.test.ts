import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { toolNotes } from '../../src/engine/claude/prompt.js';
import { CodeModeError } from '../../src/engine/errors.js';
import type { LanguageContext } from '../../src/engine/language.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { pythonInstallation } from '../../src/engine/python/interpreter.js';
import type { ToolParam } from '../../src/engine/types.js';
import { locateToolsModule } from '../../src/engine/workspace.js';
import { context, extract, fixture, repoRoot } from '../fixtures/python/harness.js';

const param = (name: string, kind: ToolParam['kind'], annotation: string | null, defaultText: string | null = null) => ({
  name,
  kind,
  annotation,
  default: defaultText,
  doc: null,
});

async function extractionError(toolsPath: string, python = 'python3'): Promise<CodeModeError> {
  const error = await extract(toolsPath, { ...context, toolchain: { executable: python } }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CodeModeError);
  return error as CodeModeError;
}

describe('a module-level instance', () => {
  it('serves the public methods its class defines as tools named after it, not those of a library base', async () => {
    const module = await extract(fixture('inventory/tools.py'));
    expect(module.tools.map((tool) => [tool.name, tool.params.map((p) => p.name), tool.returns, tool.async, tool.doc])).toEqual([
      ['item_names', [], 'list[str]', true, "Every item's name."],
      ['inventory_count', ['sku'], 'int', false, 'How many of this item are in stock.'],
      ['inventory_item', ['sku'], 'Item', true, 'The item with this sku.'],
      ['inventory_skus', [], 'list[str]', false, 'Every sku sold.'],
      ['warehouse_capacity', [], 'int', false, 'How many items fit.'],
    ]);
    expect(module.data.bindings).toEqual(['Item']);
  });

  it("serves an instance of a sibling module's class in a module without __all__, and notes a library's instance it does not serve", async () => {
    const module = await extract(fixture('depot/tools.py'));
    expect(module.tools.map((tool) => [tool.name, tool.params.map((p) => p.name), tool.returns])).toEqual([
      ['depots', [], 'list[str]'],
      ['depot_stock', ['sku'], 'int'],
      ['south_stock', ['sku'], 'int'],
    ]);
    expect(module.notes).toEqual([
      "log, an instance of logging.Logger (a library's class), is not served; name it in __all__ to serve its methods as tools",
    ]);
  });
});

describe('the exceptions of a tools module', () => {
  it('binds those it holds, imports those its docstrings name from their module, declares them and notes which tool raises what', async () => {
    const module = await extract(fixture('shipments/tools.py'));
    expect(module.data.bindings).toEqual(['Shipment']);
    expect(module.data.type_imports).toEqual([]);
    expect(module.data.exceptions).toEqual([
      { name: 'ShipmentNotFound', module: 'models', qualname: 'ShipmentNotFound', held: true },
      { name: 'QuotaExceeded', module: 'tools', qualname: 'QuotaExceeded', held: true },
      { name: 'ShippingError', module: 'models', qualname: 'ShippingError', held: false },
      { name: 'CarrierDown', module: 'models', qualname: 'CarrierDown', held: false },
    ]);
    const runner = pythonLanguage.renderRunner(module, 'task').text;
    expect(runner).toContain(
      [
        'if TYPE_CHECKING:',
        '    import tools as _codemode_tools',
        '    from models import ShippingError, CarrierDown',
        '    ShipmentNotFound = _codemode_tools.ShipmentNotFound',
        '    QuotaExceeded = _codemode_tools.QuotaExceeded',
        'else:',
        '    _codemode_tools = _codemode_load("test/fixtures/python/shipments/tools.py", __name__)',
        '    ShipmentNotFound = _codemode_tools._codemode_exception("models", "ShipmentNotFound")',
        '    QuotaExceeded = _codemode_tools._codemode_exception("tools", "QuotaExceeded")',
        '    ShippingError = _codemode_tools._codemode_exception("models", "ShippingError")',
        '    CarrierDown = _codemode_tools._codemode_exception("models", "CarrierDown")',
        'Shipment = _codemode_tools.Shipment',
      ].join('\n'),
    );
    expect(module.declarations).toContain(
      [
        'class ShipmentNotFound(ShippingError):',
        '    """No shipment has this id."""',
        '    shipment_id: str',
        '    def __init__(self, shipment_id: str) -> None: ...',
      ].join('\n'),
    );
    expect(module.declarations).toContain('class ShippingError(Exception):\n    """Any failure of the shipping service."""');
    expect(module.tools.map((tool) => [tool.name, tool.note])).toEqual([
      ['shipment', 'raises ShipmentNotFound'],
      ['track', 'raises CarrierDown, QuotaExceeded'],
    ]);
    expect(toolNotes(module.tools)).toEqual(['- shipment: raises ShipmentNotFound', '- track: raises CarrierDown, QuotaExceeded']);
  });

  it('reads Google, NumPy and Sphinx Raises sections, and leaves out names that do not resolve to exceptions', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-raises-'));
    const source = [
      'import json',
      '',
      'def google() -> int:',
      '    """Doc.',
      '',
      '    Raises:',
      '        KeyError: when missing.',
      '            More about it.',
      '        json.JSONDecodeError: when garbled.',
      '        Nowhere: not a name here.',
      '',
      '    Returns:',
      '        int: a count',
      '    """',
      '    return 1',
      '',
      'def numpy() -> int:',
      '    """Doc.',
      '',
      '    Raises',
      '    ------',
      '    ValueError',
      '        when bad',
      '    LookupError',
      '',
      '    Returns',
      '    -------',
      '    int',
      '    """',
      '    return 1',
      '',
      'def sphinx() -> int:',
      '    """Doc.',
      '',
      '    :raises ValueError: when bad',
      '    :raise json: not an exception',
      '    """',
      '    return 1',
      '',
    ];
    writeFileSync(path.join(folder, 'tools.py'), source.join('\n'));
    const module = await extract('tools.py', { ...context, repoRoot: folder });
    expect(module.tools.map((tool) => [tool.name, tool.note])).toEqual([
      ['google', 'raises KeyError, JSONDecodeError'],
      ['numpy', 'raises ValueError, LookupError'],
      ['sphinx', 'raises ValueError'],
    ]);
  });
});

describe('extracting the examples', () => {
  it('describes the weather tools with their source annotations and docstrings', async () => {
    const module = await extract('examples/weather/tools.py');
    expect(module).toMatchObject({
      language: 'python',
      path: path.join(repoRoot, 'examples/weather/tools.py'),
      relative_path: 'examples/weather/tools.py',
      declarations: [],
      data: { has_deps: false, context_tools: [], bindings: [] },
    });
    expect(module.tools).toEqual([
      {
        name: 'get_weather',
        params: [param('city', 'positional_or_keyword', 'str')],
        returns: 'str',
        doc: "Get the current weather for a city, e.g. 'Weather in Paris: Sunny, 70°F'.",
        async: false,
        note: null,
        untyped: [],
      },
      {
        name: 'calculate_temp_diff',
        params: [param('temp1', 'positional_or_keyword', 'str'), param('temp2', 'positional_or_keyword', 'str')],
        returns: 'str',
        doc: "Calculate the difference between two temperatures given as text containing degrees, e.g. '13°F'.",
        async: false,
        note: null,
        untyped: [],
      },
    ]);
  });

  it('keeps annotations such as list[dict[str, Any]] as written and binds the names they use', async () => {
    const module = await extract(path.join(repoRoot, 'examples/etl/tools.py'));
    expect(module.tools.map((tool) => tool.name)).toEqual(['fetch_data', 'transform_data', 'validate_data', 'store_data']);
    expect(module.tools[1]!.params).toEqual([
      param('data', 'positional_or_keyword', 'list[dict[str, Any]]'),
      param('rules', 'positional_or_keyword', 'list[str]'),
    ]);
    expect(module.tools[0]!.returns).toBe('list[dict[str, Any]]');
    expect(module.data.bindings).toEqual(['Any']);
    expect(module.declarations).toEqual([]);
  });

  it('hides the ctx parameter of the database tools and notices codemode_deps', async () => {
    const module = await extract('examples/database/tools.py');
    expect(module.data.has_deps).toBe(true);
    expect(module.tools.map((tool) => [tool.name, tool.params.map((p) => p.name)])).toEqual([
      ['query_users', ['min_age']],
      ['get_user', ['user_id']],
      ['count_users_by_city', []],
    ]);
    expect(module.data.context_tools).toEqual(['query_users', 'get_user', 'count_users_by_city']);
    expect(module.tools[1]!.returns).toBe('dict | None');
  });
});

describe('extracting parameter kinds', () => {
  it('reports every kind with annotations and defaults as source text', async () => {
    const tools = (await extract(fixture('kinds.py'))).tools;
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    expect(tools.map((tool) => tool.name)).toEqual([
      'positional_only',
      'variadic',
      'keyword_only',
      'computed_defaults',
      'untyped',
      'slow_echo',
      'failing_async',
      'multiline_annotation',
    ]);
    expect(byName.positional_only!.params).toEqual([
      param('a', 'positional_only', 'int'),
      param('b', 'positional_only', 'int', '2'),
      param('c', 'positional_or_keyword', 'int', '3'),
    ]);
    expect(byName.variadic!.params).toEqual([
      param('first', 'positional_or_keyword', 'str'),
      param('rest', 'var_positional', 'str'),
      param('sep', 'keyword_only', 'str', '"-"'),
      param('options', 'var_keyword', 'int'),
    ]);
    expect(byName.keyword_only!.params).toEqual([param('name', 'keyword_only', 'str'), param('loud', 'keyword_only', 'bool', 'False')]);
    expect(byName.computed_defaults!.params).toEqual([
      param('items', 'positional_only', 'tuple[str, ...]', '("x", "y")'),
      param('limit', 'positional_only', 'int', 'DEFAULT_LIMIT'),
      param('scale', 'keyword_only', 'float', 'DEFAULT_LIMIT * 1.5'),
    ]);
    expect(byName.untyped).toMatchObject({
      params: [param('value', 'positional_or_keyword', null), param('other', 'positional_or_keyword', null, 'None')],
      returns: null,
      doc: '',
    });
    expect(byName.slow_echo).toMatchObject({ async: true, returns: 'str' });
    expect(byName.failing_async).toMatchObject({ async: true, returns: 'None' });
    expect(byName.positional_only!.async).toBe(false);
    expect(byName.multiline_annotation!.params[0]!.annotation).toBe('dict[str, int]');
  });

  it('reads annotations as written under from __future__ import annotations', async () => {
    const module = await extract(fixture('future_annotations.py'));
    expect(module.tools.map((tool) => [tool.name, tool.returns])).toEqual([
      ['forecast', 'list[Weather]'],
      ['summarise', 'Weather | None'],
    ]);
    expect(module.tools[1]!.params).toEqual([
      param('reports', 'positional_or_keyword', 'list[dict[str, Any]]'),
      param('unit', 'positional_or_keyword', '"Unit"', 'None'),
    ]);
    expect(module.data.bindings).toEqual(['Weather', 'Any']);
    expect(module.declarations).toEqual(['@dataclass\nclass Weather:\n    city: str\n    temperature: int']);
  });

  it('lists exactly the functions of __all__, in its order, without codemode_deps', async () => {
    const module = await extract(fixture('with_all.py'));
    expect(module.tools.map((tool) => tool.name)).toEqual(['second', 'first', 'join']);
    expect(module.tools[2]!.params.map((p) => [p.name, p.kind])).toEqual([
      ['a', 'positional_or_keyword'],
      ['p', 'var_positional'],
    ]);
    expect(module.data.has_deps).toBe(true);
  });

  it('leaves out imported and private functions', async () => {
    const module = await extract(fixture('imports_functions.py'));
    expect(module.tools.map((tool) => tool.name)).toEqual(['own']);
  });

  it('recognises a context parameter by the name ctx or a RunContext annotation, without calling codemode_deps', async () => {
    const module = await extract(fixture('context_tools.py'));
    expect(module.data.has_deps).toBe(true);
    expect(module.tools.map((tool) => [tool.name, tool.params.map((p) => p.name), tool.note])).toEqual([
      ['by_name', ['key'], null],
      ['by_annotation', ['key'], null],
      ['no_context', ['key', 'ctx'], null],
    ]);
    expect(module.data.context_tools).toEqual(['by_name', 'by_annotation']);
  });

  it('notes a context parameter in a module without codemode_deps', async () => {
    const module = await extract(fixture('context_without_deps.py'));
    expect(module.data.has_deps).toBe(false);
    expect(module.tools[0]!.note).toBe('takes ctx, but the module defines no codemode_deps(), so ctx.deps is unavailable');
  });

  it('ignores what the module prints while it is imported', async () => {
    expect((await extract(fixture('noisy_import.py'))).tools.map((tool) => tool.name)).toEqual(['quiet']);
  });

  it('imports the module with the garbage collector on', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-collector-'));
    const source = ['import gc', '', 'if gc.isenabled():', '', '    def collected() -> bool:', '        return True', ''];
    writeFileSync(path.join(folder, 'tools.py'), source.join('\n'));
    expect((await extract('tools.py', { ...context, repoRoot: folder })).tools.map((tool) => tool.name)).toEqual(['collected']);
  });

  it('imports the module with its own folder importable, so sibling imports work', async () => {
    const module = await extract(fixture('sibling/tools.py'));
    expect(module.relative_path).toBe('test/fixtures/python/sibling/tools.py');
    expect(module.tools.map((tool) => tool.name)).toEqual(['greet']);
  });
});

describe('extracting annotations and defaults as written', () => {
  async function extractSource(source: string) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-written-'));
    writeFileSync(path.join(folder, 'tools.py'), source);
    return (await extract('tools.py', { ...context, repoRoot: folder })).tools;
  }

  const lines = [
    'from typing import Literal',
    'def greet(name: Literal["café", "naïve"] = "café", *, sign: str = "—", repeat: int = 1) -> Literal["é"]:',
    '    """Greets."""',
    '    return "é"',
    'def spread(values: dict[',
    '    str,  int',
    '] = {"é":',
    '   1}) -> None:',
    '    """Spreads."""',
  ];
  const expected = [
    {
      params: [
        param('name', 'positional_or_keyword', 'Literal["café", "naïve"]', '"café"'),
        param('sign', 'keyword_only', 'str', '"—"'),
        param('repeat', 'keyword_only', 'int', '1'),
      ],
      returns: 'Literal["é"]',
    },
    { params: [param('values', 'positional_or_keyword', 'dict[str, int]', "{'é': 1}")], returns: 'None' },
  ];

  it.each(['\n', '\r\n', '\r'])('slices non-ASCII one-line text and normalises multi-line text with %j line endings', async (ending) => {
    const tools = await extractSource(lines.join(ending) + ending);
    expect(tools.map(({ params, returns }) => ({ params, returns }))).toEqual(expected);
  });
});

describe('the interpreter, as the extraction reports it', () => {
  it('is known before the tools module has loaded, and nothing starts the interpreter again to ask', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'codemode-slow-tools-'));
    writeFileSync(path.join(root, 'tools.py'), 'import time\ntime.sleep(3)\n\n\ndef tool() -> None:\n    pass\n');
    const starts = path.join(root, 'starts.log');
    const python = path.join(root, 'python-logging-starts');
    writeFileSync(python, `#!/bin/sh\necho "$@" >> ${starts}\nexec python3 "$@"\n`, { mode: 0o755 });
    const logged: LanguageContext = { ...context, repoRoot: root, toolchain: { executable: python } };

    let extracted = false;
    const location = await locateToolsModule('tools.py', root);
    const extraction = pythonLanguage.extract(location, logged).then((module) => {
      extracted = true;
      return module;
    });
    const installation = await pythonInstallation(logged);
    expect(extracted).toBe(false);
    expect((await extraction).tools.map((tool) => tool.name)).toEqual(['tool']);
    expect(installation.interpreter).toMatch(/python/);
    expect(readFileSync(starts, 'utf8').trim().split('\n')).toEqual([expect.stringContaining('introspect.py')]);
  });
});

describe('extraction errors', () => {
  it('names a missing tools module', async () => {
    expect((await extractionError('examples/missing/tools.py')).message).toBe('Tools module not found: examples/missing/tools.py');
  });

  it('refuses a directory', async () => {
    expect((await extractionError('examples/weather')).message).toBe('Tools module is not a file: examples/weather');
  });

  it('refuses a module outside the repository root', async () => {
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'codemode-outside-')), 'tools.py');
    writeFileSync(outside, 'def tool() -> None:\n    pass\n');
    expect((await extractionError(outside)).message).toBe(`Tools module ${outside} is outside the repository root ${repoRoot}`);
  });

  it('names a repository root that does not exist', async () => {
    const error = await extract('tools.py', { ...context, repoRoot: '/nonexistent/codemode-root' }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('Repository root not found: /nonexistent/codemode-root');
  });

  it('shows file, line and message of a syntax error', async () => {
    expect((await extractionError(fixture('syntax_error.py'))).message).toBe(
      'Syntax error in test/fixtures/python/syntax_error.py line 4: invalid syntax',
    );
  });

  it('shows the exception type and message of an import error', async () => {
    expect((await extractionError(fixture('import_error.py'))).message).toBe(
      "Importing test/fixtures/python/import_error.py failed: ModuleNotFoundError: No module named 'codemode_missing_dependency'",
    );
  });

  it('puts a multi-line exception raised at import on one line', async () => {
    expect((await extractionError(fixture('raises_on_import.py'))).message).toBe(
      'Importing test/fixtures/python/raises_on_import.py failed: RuntimeError: configuration missing second line',
    );
  });

  it('reports a syntax error only the compiler finds, such as return outside a function, as an import failure', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-compile-error-'));
    writeFileSync(path.join(folder, 'tools.py'), 'def tool() -> None:\n    pass\n\nreturn 1\n');
    const error = await extract('tools.py', { ...context, repoRoot: folder }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe("Importing tools.py failed: SyntaxError: 'return' outside function (tools.py, line 4)");
  });

  it('refuses a module without public functions', async () => {
    expect((await extractionError(fixture('no_public.py'))).message).toBe('No public functions found in test/fixtures/python/no_public.py');
  });

  it('refuses a tool named main', async () => {
    expect((await extractionError(fixture('main_tool.py'))).message).toBe(
      "Tool 'main' in test/fixtures/python/main_tool.py conflicts with the generated main(); rename it",
    );
  });

  it('refuses a tool named after a Python keyword', async () => {
    expect((await extractionError(fixture('keyword_name.py'))).message).toBe(
      "Tool name 'lambda' in test/fixtures/python/keyword_name.py is a Python keyword",
    );
  });

  it('refuses a tool name that is not an identifier', async () => {
    expect((await extractionError(fixture('not_identifier.py'))).message).toBe(
      "Tool name 'my-tool' in test/fixtures/python/not_identifier.py is not a valid Python identifier",
    );
  });

  it('refuses a tool name with the runner-internal prefix', async () => {
    expect((await extractionError(fixture('reserved_name.py'))).message).toBe(
      "Tool '_codemode_call' in test/fixtures/python/reserved_name.py uses the reserved prefix _codemode; rename it",
    );
  });

  it('names the interpreter when it cannot be found', async () => {
    const error = await extractionError('examples/weather/tools.py', 'python3-codemode-missing');
    expect(error.message).toBe('Python interpreter not found: python3-codemode-missing (set config python)');
    expect(error.kind).toBe('usage');
  });

  it('names an interpreter setting that is not Python', async () => {
    expect((await extractionError('examples/weather/tools.py', 'false')).message).toBe(
      'false failed while extracting tools from examples/weather/tools.py: exit code 1',
    );
    expect((await extractionError('examples/weather/tools.py', 'true')).message).toBe(
      'Unexpected output from true while extracting tools from examples/weather/tools.py: (no output)',
    );
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extract('examples/weather/tools.py', { ...context, signal: controller.signal })).rejects.toThrow(
      'Cancelled while extracting tools from examples/weather/tools.py',
    );
  });

  it('reports bad input as usage errors', async () => {
    expect((await extractionError(fixture('syntax_error.py'))).kind).toBe('usage');
  });
});
