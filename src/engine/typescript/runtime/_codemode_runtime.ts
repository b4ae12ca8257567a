// Runtime of the generated agentRunner.ts beside this file: traces tool calls and writes the report.
// Generated with the runner and checked to be unchanged after the edit; main() must not use it.

interface Call {
  tool: string;
  args: Record<string, unknown>;
  start: number;
  end?: number;
  ok: boolean;
  value?: unknown;
}

interface Host {
  performance: { now(): number };
  process: { env: Record<string, string | undefined>; exitCode?: number | string | undefined };
  console: { log(...values: unknown[]): void; error(...values: unknown[]): void };
  TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
  btoa(binary: string): string;
}

const host = globalThis as unknown as Host;
const STARTED = host.performance.now();
const calls: Call[] = [];
// The Python runtime applies the same rules: both languages report values alike.
const TRACE_TEXT = 1000;
const TRACE_ITEMS = 50;
const TRACE_DEPTH = 6;
const OUTPUT_DEPTH = 100;

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message ? error.name + ': ' + error.message : error.name;
}

/** Calls a tool and records the call; a promise is recorded when it settles. */
export function __codemodeCall<R>(tool: string, args: Record<string, unknown>, invoke: () => R): R {
  const call: Call = { tool, args, start: host.performance.now(), ok: false };
  calls.push(call);
  const settle = (ok: boolean, value: unknown): void => {
    call.end = host.performance.now();
    call.ok = ok;
    call.value = value;
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

/**
 * Converts values to JSON data. A preview (for the trace) trims long text and collections and nests less
 * deeply; what JSON cannot hold is converted and named in the notes.
 */
class Converter {
  readonly notes: string[] = [];
  private readonly depth: number;
  private readonly ancestors = new Set<object>();

  constructor(private readonly preview: boolean) {
    this.depth = preview ? TRACE_DEPTH : OUTPUT_DEPTH;
  }

  /** Counts characters (code points), as Python does. */
  text(text: string): string {
    if (!this.preview || text.length <= TRACE_TEXT) return text;
    const characters = Array.from(text);
    if (characters.length <= TRACE_TEXT) return text;
    return characters.slice(0, TRACE_TEXT).join('') + '... (+' + String(characters.length - TRACE_TEXT) + ' chars)';
  }

  convert(value: unknown, where: string, depth = 0): unknown {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') return this.text(value);
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      this.notes.push(where + ' is ' + String(value) + ', which JSON cannot hold; shown as text');
      return String(value);
    }
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
    if (typeof value !== 'object') return this.asText(value, typeof value, where);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('.000Z', 'Z');
    if (value instanceof Uint8Array) return this.bytes(value, where);
    if (value instanceof ArrayBuffer) return this.bytes(new Uint8Array(value), where);
    if (value instanceof Error) return { type: value.name, message: this.text(value.message) };
    const withJson = value as { toJSON?: unknown };
    if (typeof withJson.toJSON === 'function') return this.convert((withJson.toJSON as () => unknown).call(value), where, depth);
    if (Array.isArray(value)) return this.container(value, value as unknown[], false, where, depth);
    if (value instanceof Set) return this.container(value, Array.from(value as Set<unknown>), false, where, depth);
    if (value instanceof Map) {
      const entries = Array.from(value as Map<unknown, unknown>, ([key, item]): [string, unknown] => [String(key), item]);
      return this.container(value, entries, true, where, depth);
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    const constructorName: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (prototype !== Object.prototype && prototype !== null && !constructorName) return this.asText(value, 'object', where);
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return this.container(value, entries, true, where, depth);
  }

  private bytes(bytes: Uint8Array, where: string): string {
    try {
      return this.text(new host.TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
    } catch {
      this.notes.push(where + ' holds bytes that are not UTF-8; shown base64-encoded');
      let binary = '';
      for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
      return this.text(host.btoa(binary));
    }
  }

  private asText(value: unknown, type: string, where: string): string {
    this.notes.push(where + ' (' + type + ') is not JSON-serialisable; shown as text');
    return this.text(String(value));
  }

  /** A list, or an object when keyed (children are then [key, value] pairs). */
  private container(value: object, children: unknown[], keyed: false, where: string, depth: number): unknown;
  private container(value: object, children: [string, unknown][], keyed: true, where: string, depth: number): unknown;
  private container(value: object, children: unknown[], keyed: boolean, where: string, depth: number): unknown {
    if (this.ancestors.has(value)) {
      this.notes.push(where + ' contains itself; shown as "[Circular]"');
      return '[Circular]';
    }
    const size = children.length;
    if (depth > this.depth) {
      this.notes.push(where + ' is nested too deeply; shown as a summary');
      return keyed ? '{... ' + String(size) + (size === 1 ? ' entry}' : ' entries}') : '[... ' + String(size) + (size === 1 ? ' item]' : ' items]');
    }
    const shown = this.preview ? children.slice(0, TRACE_ITEMS) : children;
    const more = size - shown.length;
    this.ancestors.add(value);
    try {
      if (keyed) {
        const result: Record<string, unknown> = {};
        for (const [key, item] of shown as [string, unknown][]) result[key] = this.convert(item, where + '.' + key, depth + 1);
        if (more > 0) result['...'] = '+' + String(more) + ' more entries';
        return result;
      }
      const result = shown.map((item, index) => this.convert(item, where + '[' + String(index) + ']', depth + 1));
      if (more > 0) result.push('... +' + String(more) + ' more items');
      return result;
    } finally {
      this.ancestors.delete(value);
    }
  }
}

function joinNotes(notes: string[]): string | null {
  const unique = Array.from(new Set(notes));
  if (unique.length <= 3) return unique.length > 0 ? unique.join('; ') : null;
  return unique.slice(0, 3).join('; ') + '; and ' + String(unique.length - 3) + ' more';
}

const milliseconds = (time: number): number => Math.round(time * 1000) / 1000;

function trace(): Record<string, unknown>[] {
  return calls.map((call) => ({
    tool: call.tool,
    args: new Converter(true).convert(call.args, 'args'),
    ok: call.ok,
    start_ms: milliseconds(call.start - STARTED),
    duration_ms: milliseconds((call.end ?? host.performance.now()) - call.start),
    ...(call.ok
      ? { result: new Converter(true).convert(call.value, 'result') }
      : { error: call.end === undefined ? 'the call had not finished when main() ended' : describeError(call.value) }),
  }));
}

/** Runs main, turns its result into JSON and writes the report the engine reads. */
export async function __codemodeRun(main: () => unknown): Promise<void> {
  let report: Record<string, unknown>;
  try {
    const converter = new Converter(false);
    const output = converter.convert(await main(), 'output');
    report = { ok: true, output, output_note: joinNotes(converter.notes), error: null };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    host.console.error(failure.stack ?? String(failure));
    report = { ok: false, output: null, output_note: null, error: { type: failure.name, message: failure.message, traceback: failure.stack ?? String(failure) } };
  }
  report['trace'] = trace();
  const resultPath = host.process.env['CODEMODE_RESULT_PATH'];
  const fsModule: string = 'node:fs';
  const fs = (await import(fsModule)) as { writeFileSync(path: string, data: string): void };
  if (resultPath) fs.writeFileSync(resultPath, JSON.stringify(report));
  else host.console.log(JSON.stringify(report, null, 2));
  if (report['ok'] !== true) host.process.exitCode = 1;
}
