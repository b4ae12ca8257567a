import type { RunnerSource, ToolModule, ToolParam, ToolSpec } from '../types.js';

export const RUNNER_FILE_NAME = 'agentRunner.ts';
export const TODO_MARKER = 'codemode:todo';

export const REGION_MARKERS = {
  tools: { begin: '// codemode:begin tools (generated, do not edit)', end: '// codemode:end tools' },
  harness: { begin: '// codemode:begin harness (generated, do not edit)', end: '// codemode:end harness' },
} as const;

/** Calls a tool and records the call; a promise is recorded when it settles. */
const TRACING = `interface __CodemodeTraceEntry {
  tool: string;
  args: Record<string, unknown>;
  ok: boolean;
  result?: unknown;
  error?: string;
  start_ms: number;
  duration_ms: number;
}

const __codemodeClock = (globalThis as unknown as { performance: { now(): number } }).performance;
const __codemodeTrace: __CodemodeTraceEntry[] = [];

function __codemodeDescribeError(error: unknown): string {
  return error instanceof Error ? error.name + ': ' + error.message : String(error);
}

function __codemodeCall<R>(tool: string, args: Record<string, unknown>, invoke: () => R): R {
  const entry: __CodemodeTraceEntry = { tool, args, ok: true, start_ms: __codemodeClock.now(), duration_ms: 0 };
  __codemodeTrace.push(entry);
  const settle = (ok: boolean, value: unknown): void => {
    entry.duration_ms = __codemodeClock.now() - entry.start_ms;
    entry.ok = ok;
    if (ok) entry.result = value;
    else entry.error = __codemodeDescribeError(value);
  };
  let result: R;
  try {
    result = invoke();
  } catch (error) {
    settle(false, error);
    throw error;
  }
  if (result instanceof Promise) {
    const settled: unknown = result.then(
      (value: unknown) => {
        settle(true, value);
        return value;
      },
      (error: unknown) => {
        settle(false, error);
        throw error;
      },
    );
    return settled as R;
  }
  settle(true, result);
  return result;
}`;

/** Runs main, turns its result into JSON and writes the report the engine reads. */
const HARNESS = `interface __CodemodeHost {
  process: { env: Record<string, string | undefined>; exitCode?: number | string | undefined };
  console: { log(...values: unknown[]): void; error(...values: unknown[]): void };
}

const __codemodeHost = globalThis as unknown as __CodemodeHost;
const __codemodePreviewChars = 4000;

/** A JSON-ready copy of \`value\`; what JSON cannot hold is converted and named in \`notes\`. */
function __codemodeJson(value: unknown, notes: Set<string>): unknown {
  const ancestors: object[] = [];
  const convert = (item: unknown): unknown => {
    if (item === null || item === undefined) return null;
    if (typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      if (Number.isFinite(item)) return item;
      notes.add('non-finite numbers shown as strings');
      return String(item);
    }
    if (typeof item === 'bigint') return Number.isSafeInteger(Number(item)) ? Number(item) : String(item);
    if (typeof item !== 'object') {
      notes.add(typeof item + ' values shown as strings');
      return String(item);
    }
    if (ancestors.includes(item)) {
      notes.add('circular references shown as "[Circular]"');
      return '[Circular]';
    }
    ancestors.push(item);
    try {
      return convertObject(item);
    } finally {
      ancestors.pop();
    }
  };
  const convertObject = (item: object): unknown => {
    if (item instanceof Date) return Number.isNaN(item.getTime()) ? null : item.toISOString();
    if (item instanceof Map) {
      const entries: Record<string, unknown> = {};
      item.forEach((entry: unknown, key: unknown) => {
        entries[String(key)] = convert(entry);
      });
      return entries;
    }
    if (item instanceof Set) return Array.from(item, convert);
    if (item instanceof Uint8Array) return Array.from(item);
    if (Array.isArray(item)) return item.map(convert);
    if (item instanceof Error) return { name: item.name, message: item.message };
    const withJson = item as { toJSON?: unknown };
    if (typeof withJson.toJSON === 'function') return convert((withJson.toJSON as () => unknown).call(item));
    const prototype: unknown = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null && !(item.constructor && item.constructor.name)) {
      notes.add('unusual objects shown as strings');
      return String(item);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(item)) {
      if (entry !== undefined) copy[key] = convert(entry);
    }
    return copy;
  };
  return convert(value);
}

function __codemodePreview(value: unknown): unknown {
  const converted = __codemodeJson(value, new Set<string>());
  const text = JSON.stringify(converted) ?? 'null';
  return text.length > __codemodePreviewChars ? text.slice(0, __codemodePreviewChars) + '...' : converted;
}

async function __codemodeRun(): Promise<void> {
  const notes = new Set<string>();
  let report: Record<string, unknown>;
  try {
    const output = await main();
    const converted = __codemodeJson(output, notes);
    report = { ok: true, output: converted, output_note: notes.size > 0 ? 'output converted for JSON: ' + Array.from(notes).join('; ') : null, error: null };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    __codemodeHost.console.error(failure.stack ?? String(failure));
    report = { ok: false, error: { type: failure.name, message: failure.message, traceback: failure.stack ?? String(failure) } };
  }
  report['trace'] = __codemodeTrace.map((entry) => ({
    ...entry,
    args: __codemodePreview(entry.args),
    ...(entry.ok ? { result: __codemodePreview(entry.result) } : {}),
  }));
  const resultPath = __codemodeHost.process.env['CODEMODE_RESULT_PATH'];
  const fsModule: string = 'node:fs';
  const fs = (await import(fsModule)) as { writeFileSync(path: string, data: string): void };
  if (resultPath) fs.writeFileSync(resultPath, JSON.stringify(report));
  else __codemodeHost.console.log(JSON.stringify(report, null, 2));
  if (report['ok'] !== true) __codemodeHost.process.exitCode = 1;
}

void __codemodeRun();`;

/** The runner: typed wrappers around the tools, an empty `main` for the model to write, and the harness. */
export function renderTypeScriptRunner(module: ToolModule, task: string): RunnerSource {
  const toolsRegion = region('tools', [
    [`import * as __codemodeTools from ${stringLiteral(module.path)};`, ...(module.typescript?.prelude ?? [])].join('\n'),
    ...declarationComments(module),
    TRACING,
    ...module.tools.map((tool) => wrapper(tool, module.typescript?.tool_objects.includes(tool.name) ?? false)),
  ]);
  const harnessRegion = region('harness', [HARNESS]);
  const text = [
    header(module, task),
    toolsRegion,
    mainFunction(task),
    harnessRegion,
  ].join('\n\n') + '\n';
  return {
    file_name: RUNNER_FILE_NAME,
    text,
    protected_regions: [
      { name: 'tools', text: toolsRegion },
      { name: 'harness', text: harnessRegion },
    ],
    todo_marker: TODO_MARKER,
  };
}

function header(module: ToolModule, task: string): string {
  return [
    `// Generated by codemode for the tools in ${lineSafe(module.relative_path)}.`,
    '// Task:',
    ...task.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => `// > ${line}`),
    '//',
    '// Implement main() using the tool functions below. Do not edit the regions marked "generated, do not edit".',
  ].join('\n');
}

function mainFunction(task: string): string {
  return [
    `export async function main(params: string = ${stringLiteral(task)}): Promise<unknown> {`,
    `  // ${TODO_MARKER}: implement the task described by params using the tools above, and return the result.`,
    "  throw new Error('main() is not implemented yet');",
    '}',
  ].join('\n');
}

function region(name: keyof typeof REGION_MARKERS, parts: string[]): string {
  return [REGION_MARKERS[name].begin, parts.join('\n\n'), REGION_MARKERS[name].end].join('\n');
}

/** The shapes of imported types, for reading; copied declarations already appear as code. */
function declarationComments(module: ToolModule): string[] {
  const copies = new Set(module.typescript?.prelude ?? []);
  const imported = module.declarations.filter((declaration) => !copies.has(declaration));
  if (imported.length === 0) return [];
  const lines = imported.flatMap((declaration) => declaration.split(/\r\n|[\r\n\u2028\u2029]/));
  return [['// Types used by the tools, as declared in the tools module:', ...lines.map((line) => `//   ${line}`)].join('\n')];
}

function wrapper(tool: ToolSpec, isToolObject: boolean): string {
  const names = tool.params.map((param) => param.name);
  const call = tool.params.map((param) => (param.kind === 'var_positional' ? `...${param.name}` : param.name)).join(', ');
  const invoke = isToolObject
    ? `(__codemodeTools.${tool.name}.execute as unknown as (${tool.params.map(parameter).join(', ')}) => ${tool.returns ?? 'unknown'})(${call})`
    : `__codemodeTools.${tool.name}(${call})`;
  const asyncKeyword = tool.async && (tool.returns === null || tool.returns.startsWith('Promise<')) ? 'async ' : '';
  return [
    ...docComment(tool),
    `export ${asyncKeyword}function ${tool.name}(${tool.params.map((param, index) => parameter(param, index, tool.params)).join(', ')})${tool.returns ? `: ${tool.returns}` : ''} {`,
    `  return __codemodeCall(${stringLiteral(tool.name)}, ${names.length > 0 ? `{ ${names.join(', ')} }` : '{}'}, () => ${invoke});`,
    '}',
  ].join('\n');
}

function parameter(param: ToolParam, index: number, all: readonly ToolParam[]): string {
  if (param.kind === 'var_positional') return `...${param.name}: ${param.annotation ?? 'any[]'}`;
  const type = param.annotation ?? 'any';
  if (param.default === null) return `${param.name}: ${type}`;
  const onlyOptionalAfter = all.slice(index + 1).every((later) => later.default !== null || later.kind === 'var_positional');
  return onlyOptionalAfter ? `${param.name}?: ${type}` : `${param.name}: ${type} | undefined`;
}

function docComment(tool: ToolSpec): string[] {
  const lines = tool.doc ? tool.doc.split(/\r\n|[\r\n\u2028\u2029]/) : [];
  for (const param of tool.params) {
    const defaultText = param.default !== null && param.default !== 'undefined' ? ` (default: ${param.default})` : '';
    if (param.doc || defaultText) lines.push(`@param ${param.name} ${param.doc ?? ''}${defaultText}`.trimEnd());
  }
  if (tool.note) lines.push(`Note: ${tool.note}`);
  if (lines.length === 0) return [];
  return ['/**', ...lines.map((line) => ` * ${line.replace(/\*\//g, '*\\/')}`.trimEnd()), ' */'];
}

/** A double-quoted literal that survives any text, including line and paragraph separators. */
function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function lineSafe(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}
