// Runtime of the generated agentRunner.ts beside this file: traces tool calls and writes the report.
// Generated with the runner and checked to be unchanged after the edit; main() must not use it.

interface TraceEntry {
  tool: string;
  args: Record<string, unknown>;
  ok: boolean;
  result?: unknown;
  error?: string;
  start_ms: number;
  duration_ms: number;
}

interface Host {
  performance: { now(): number };
  process: { env: Record<string, string | undefined>; exitCode?: number | string | undefined };
  console: { log(...values: unknown[]): void; error(...values: unknown[]): void };
}

const host = globalThis as unknown as Host;
const trace: TraceEntry[] = [];
const PREVIEW_CHARS = 4000;

function describeError(error: unknown): string {
  return error instanceof Error ? error.name + ': ' + error.message : String(error);
}

/** Calls a tool and records the call; a promise is recorded when it settles. */
export function __codemodeCall<R>(tool: string, args: Record<string, unknown>, invoke: () => R): R {
  const entry: TraceEntry = { tool, args, ok: true, start_ms: host.performance.now(), duration_ms: 0 };
  trace.push(entry);
  const settle = (ok: boolean, value: unknown): void => {
    entry.duration_ms = host.performance.now() - entry.start_ms;
    entry.ok = ok;
    if (ok) entry.result = value;
    else entry.error = describeError(value);
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
}

/** A JSON-ready copy of the value; what JSON cannot hold is converted and named in the notes. */
function toJson(value: unknown, notes: Set<string>): unknown {
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

function preview(value: unknown): unknown {
  const converted = toJson(value, new Set<string>());
  const text = JSON.stringify(converted) ?? 'null';
  return text.length > PREVIEW_CHARS ? text.slice(0, PREVIEW_CHARS) + '...' : converted;
}

/** Runs main, turns its result into JSON and writes the report the engine reads. */
export async function __codemodeRun(main: () => unknown): Promise<void> {
  const notes = new Set<string>();
  let report: Record<string, unknown>;
  try {
    const output = toJson(await main(), notes);
    report = { ok: true, output, output_note: notes.size > 0 ? 'output converted for JSON: ' + Array.from(notes).join('; ') : null, error: null };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    host.console.error(failure.stack ?? String(failure));
    report = { ok: false, error: { type: failure.name, message: failure.message, traceback: failure.stack ?? String(failure) } };
  }
  report['trace'] = trace.map((entry) => ({
    ...entry,
    args: preview(entry.args),
    ...(entry.ok ? { result: preview(entry.result) } : {}),
  }));
  const resultPath = host.process.env['CODEMODE_RESULT_PATH'];
  const fsModule: string = 'node:fs';
  const fs = (await import(fsModule)) as { writeFileSync(path: string, data: string): void };
  if (resultPath) fs.writeFileSync(resultPath, JSON.stringify(report));
  else host.console.log(JSON.stringify(report, null, 2));
  if (report['ok'] !== true) host.process.exitCode = 1;
}
