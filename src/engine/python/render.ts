import { posix } from 'node:path';

import { joinRunner, regionMarkers, TODO_MARKER } from '../markers.js';
import type { RunnerSource, ToolParam, ToolSpec } from '../types.js';
import type { PythonModule } from './data.js';
import { docstringBody, pythonDocstring, pythonStringLiteral } from './literals.js';
import { PYTHON_RUNTIME_MODULE, pythonSupportFiles } from './runtime-source.js';

export const PYTHON_RUNNER_FILE = 'agentRunner.py';
const REGION_MARKERS = regionMarkers('#');

const INDENT = '    ';
const TOOLS_MODULE = '_codemode_tools';

/** Entry points of the runtime module, bound in the runner under these names. */
const RUNTIME = {
  default: '_codemode_DEFAULT',
  call: '_codemode_call',
  callAsync: '_codemode_call_async',
  given: '_codemode_given',
  givenKeywords: '_codemode_given_keywords',
  load: '_codemode_load',
  run: '_codemode_run',
} as const;
type RuntimeName = (typeof RUNTIME)[keyof typeof RUNTIME];

// Defaults the wrapper can repeat verbatim: constants with no names to resolve and nothing mutable.
const PLAIN_LITERAL =
  /^(?:None|True|False|\(\)|-?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?|-?0[xXoObB][\da-fA-F_]+|[rRbBuU]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))$/;

/** A parameter whose default the wrapper cannot repeat: it takes the sentinel and lets the tool apply its own. */
const usesSentinel = (param: ToolParam): param is ToolParam & { default: string } =>
  param.default !== null && !PLAIN_LITERAL.test(param.default);

function renderParam(param: ToolParam): string {
  const prefix = param.kind === 'var_positional' ? '*' : param.kind === 'var_keyword' ? '**' : '';
  const annotation = param.annotation === null ? '' : `: ${param.annotation}`;
  if (param.default === null) return `${prefix}${param.name}${annotation}`;
  const value = usesSentinel(param) ? RUNTIME.default : param.default;
  return `${param.name}${annotation}${annotation ? ' = ' : '='}${value}`;
}

/** Parameter list entries in order, with the `/` and `*` separators Python needs. */
function signatureEntries(params: ToolParam[]): { text: string; comment: string | null }[] {
  const entries: { text: string; comment: string | null }[] = [];
  const lastPositionalOnly = params.map((param) => param.kind).lastIndexOf('positional_only');
  const hasVarPositional = params.some((param) => param.kind === 'var_positional');
  params.forEach((param, index) => {
    if (param.kind === 'keyword_only' && !hasVarPositional && params[index - 1]?.kind !== 'keyword_only') {
      entries.push({ text: '*', comment: null });
    }
    entries.push({ text: renderParam(param), comment: usesSentinel(param) ? `default: ${param.default}` : null });
    if (index === lastPositionalOnly) entries.push({ text: '/', comment: null });
  });
  return entries;
}

function renderSignature(tool: ToolSpec): string {
  const head = `${tool.async ? 'async ' : ''}def ${tool.name}(`;
  const tail = `)${tool.returns === null ? '' : ` -> ${tool.returns}`}:`;
  const entries = signatureEntries(tool.params);
  if (entries.every((entry) => entry.comment === null)) return head + entries.map((entry) => entry.text).join(', ') + tail;
  const lines = entries.map((entry) => `${INDENT}${entry.text},${entry.comment === null ? '' : `  # ${entry.comment}`}`);
  return [head, ...lines, tail].join('\n');
}

const pythonTuple = (items: string[]) => `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;

interface Rendered {
  text: string;
  /** Runtime entry points the text refers to. */
  uses: RuntimeName[];
}

/**
 * How the wrapper forwards its arguments to the tool host: the positional part and the keyword part. A tool's
 * `ctx` is the host's to pass, so the wrapper neither takes nor sends it.
 */
function renderForwarding(tool: ToolSpec): { positional: string; keywords: string; uses: RuntimeName[] } {
  const positional: string[] = [];
  const keywords: string[] = [];
  const hasVarPositional = tool.params.some((param) => param.kind === 'var_positional');
  for (const param of tool.params) {
    if (param.kind === 'positional_only' || (param.kind === 'positional_or_keyword' && hasVarPositional)) {
      positional.push(param.name);
    } else if (param.kind === 'var_positional') {
      positional.push(`*${param.name}`);
    } else if (param.kind === 'var_keyword') {
      keywords.push(`**${param.name}`);
    } else {
      keywords.push(`${pythonStringLiteral(param.name)}: ${param.name}`);
    }
  }
  const positionalSentinel = tool.params.some((p) => usesSentinel(p) && (p.kind === 'positional_only' || hasVarPositional));
  const keywordSentinel = tool.params.some((p) => usesSentinel(p) && !(p.kind === 'positional_only' || hasVarPositional));
  const positionalText = pythonTuple(positional);
  const keywordText = `{${keywords.join(', ')}}`;
  const uses: RuntimeName[] = [...(positionalSentinel ? [RUNTIME.given] : []), ...(keywordSentinel ? [RUNTIME.givenKeywords] : [])];
  return {
    positional: positionalSentinel ? `${RUNTIME.given}(${positionalText})` : positionalText,
    keywords: keywordSentinel ? `${RUNTIME.givenKeywords}(${keywordText})` : keywordText,
    uses,
  };
}

/** A wrapper as renderWrapper writes it: from its `def` line to the line that forwards the call. */
export const PYTHON_WRAPPER_PATTERN = new RegExp(
  `^(?:async )?def ([^\\s(]+)\\([\\s\\S]*?^${INDENT}return (?:await )?(?:${RUNTIME.call}|${RUNTIME.callAsync})\\(.*$`,
  'gm',
);

function renderWrapper(tool: ToolSpec): Rendered {
  const { positional, keywords, uses } = renderForwarding(tool);
  const helper = tool.async ? RUNTIME.callAsync : RUNTIME.call;
  const call = `${tool.async ? 'await ' : ''}${helper}(${pythonStringLiteral(tool.name)}, ${positional}, ${keywords})`;
  const docstring = tool.doc ? [`${INDENT}${pythonDocstring(tool.doc, INDENT)}`] : [];
  return {
    text: [renderSignature(tool), ...docstring, `${INDENT}return ${call}`].join('\n'),
    uses: [helper, ...uses, ...(tool.params.some(usesSentinel) ? [RUNTIME.default] : [])],
  };
}

/** The import of the runtime entry points the runner uses, in a fixed order. */
function renderRuntimeImport(uses: Set<RuntimeName>): string {
  const names = Object.values(RUNTIME).filter((name) => uses.has(name));
  return `from ${PYTHON_RUNTIME_MODULE} import ${names.join(', ')}`;
}

const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

/** Whether the runner's tools region loads the tools module as the runner is imported: it binds some of its names. */
export function runnerLoadsTools({ data }: PythonModule): boolean {
  return data.bindings.length + data.type_imports.length + data.exceptions.length > 0;
}

/**
 * Binds the tools module's types: at run time the runtime's stand-in, for a type checker the module itself, imported
 * by name from its folder, which the check puts on the import path (when its file name makes a module name). The
 * declared classes it does not hold by name are bound to their own modules' classes the same two ways, and so are the
 * exception classes, at run time as a tool's exception arrives, so that `except` catches it.
 */
function renderToolsBinding(module: PythonModule): string[] {
  const load = `${TOOLS_MODULE} = ${RUNTIME.load}(${pythonStringLiteral(module.relative_path)}, __name__)`;
  const { type_imports, exceptions } = module.data;
  const importAtRun = [
    ...type_imports.map(
      ({ module: source, name }) =>
        `${name} = ${TOOLS_MODULE}._codemode_import(${pythonStringLiteral(source)}, ${pythonStringLiteral(name)})`,
    ),
    ...exceptions.map(
      ({ name, module: source, qualname }) =>
        `${name} = ${TOOLS_MODULE}._codemode_exception(${pythonStringLiteral(source)}, ${pythonStringLiteral(qualname)})`,
    ),
  ];
  const file = posix.parse(module.relative_path);
  if (file.ext !== '.py' || !/^[A-Za-z_]\w*$/.test(file.name) || PYTHON_KEYWORDS.has(file.name)) return [load, ...importAtRun];
  const imported = [...type_imports, ...exceptions.filter((entry) => !entry.held)];
  return [
    'if TYPE_CHECKING:',
    `${INDENT}import ${file.name} as ${TOOLS_MODULE}`,
    ...[...new Set(imported.map((entry) => entry.module))].map((source) => {
      const names = imported.filter((entry) => entry.module === source).map((entry) => entry.name);
      return `${INDENT}from ${source} import ${names.join(', ')}`;
    }),
    ...exceptions.filter((entry) => entry.held).map(({ name }) => `${INDENT}${name} = ${TOOLS_MODULE}.${name}`),
    'else:',
    ...[load, ...importAtRun].map((line) => INDENT + line),
  ];
}

/**
 * The declarations of the types the signatures use, as comment lines: the model reads their fields, while the
 * names stay bound to the tools module's real classes, so type checks and the program see only those.
 */
function renderDeclarations(declarations: string[]): string[] {
  if (declarations.length === 0) return [];
  const lines = declarations
    .join('\n\n')
    .replace(/\0/g, '\\x00')
    .split(/\r\n|\r|\n/)
    .map((line) => `# ${line}`.trimEnd());
  return ['', '# Types the tools use, declared for reading (the names bound above are the real classes):', ...lines];
}

function renderToolsRegion(module: PythonModule): string {
  const wrappers = module.tools.map((tool) => renderWrapper(tool));
  const uses = new Set<RuntimeName>([
    RUNTIME.load,
    RUNTIME.run,
    ...wrappers.flatMap((wrapper) => wrapper.uses),
    ...(module.mcp ? [RUNTIME.call] : []),
  ]);
  const bindings = module.data.bindings.map((name) => `${name} = ${TOOLS_MODULE}.${name}`);
  return [
    REGION_MARKERS.tools.begin,
    'from __future__ import annotations',
    'from typing import TYPE_CHECKING',
    renderRuntimeImport(uses),
    '',
    ...renderToolsBinding(module),
    ...bindings,
    ...renderDeclarations(module.declarations),
    ...wrappers.flatMap((wrapper) => ['', wrapper.text]),
    ...(module.mcp ? ['', '', module.mcp.source] : []),
    REGION_MARKERS.tools.end,
  ].join('\n');
}

const HARNESS_REGION = [
  REGION_MARKERS.harness.begin,
  'if __name__ == "__main__":',
  `${INDENT}${RUNTIME.run}(main)`,
  REGION_MARKERS.harness.end,
].join('\n');

function renderHeader(task: string): string {
  const taskLines = docstringBody(task)
    .split('\n')
    .map((line) => (line ? INDENT + line : line));
  return [
    '"""Code Mode runner: implement main() with the tool functions defined below.',
    '',
    'Task:',
    ...taskLines,
    '',
    'Only main() and new helper functions may be written; the codemode regions are generated and checked.',
    '"""',
  ].join('\n');
}

/** main() is async when a tool is, so that its calls can be awaited together. */
function renderMain(task: string, anyAsync: boolean): string {
  const concurrency = anyAsync
    ? [`${INDENT}# Async tools run concurrently when awaited together: \`await asyncio.gather(tool_a(...), tool_b(...))\`.`]
    : [];
  return [
    `${anyAsync ? 'async ' : ''}def main(params: str = ${pythonStringLiteral(task)}) -> object:`,
    `${INDENT}"""Accomplish the task in params with the tool functions above and return a JSON-serialisable result."""`,
    `${INDENT}# ${TODO_MARKER}: replace this body with the implementation.`,
    ...concurrency,
    `${INDENT}raise NotImplementedError("main() is not implemented yet")`,
  ].join('\n');
}

export function renderPythonRunner(module: PythonModule, task: string): RunnerSource {
  const anyAsync = module.tools.some((tool) => tool.async);
  const parts = [
    renderHeader(task),
    { region: 'tools' as const, text: renderToolsRegion(module) },
    '',
    '',
    renderMain(task, anyAsync),
    '',
    '',
    { region: 'harness' as const, text: HARNESS_REGION },
    '',
  ];
  return {
    file_name: PYTHON_RUNNER_FILE,
    ...joinRunner(parts, '\n'),
    todo_marker: TODO_MARKER,
    support_files: pythonSupportFiles(),
  };
}
