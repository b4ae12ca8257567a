// Runtime of the generated agentRunner.ts beside this file. The program never calls a tool itself: each wrapper
// sends the call to the tool host over the channel on file descriptor 3 (docs/tool-host.md) and waits for its
// reply; the host runs the tool and keeps the trace. This file also holds what the host and the program share:
// the codec of the channel's values and the rules that turn values into trace previews and JSON output.
// Generated with the runner and checked to be unchanged after the edit; main() must not use it.

interface Host {
  performance: { now(): number };
  process: { env: Record<string, string | undefined>; exitCode?: number | string | undefined };
  console: { log(...values: unknown[]): void; error(...values: unknown[]): void };
  TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
  btoa(binary: string): string;
  atob(base64: string): string;
}

const host = globalThis as unknown as Host;
// The Python runtime applies the same rules: both languages report values alike.
const TRACE_TEXT = 1000;
const TRACE_ITEMS = 50;
const TRACE_DEPTH = 6;
const OUTPUT_DEPTH = 100;
/** The largest message either side of the channel may send. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** `Type: message`, as the trace shows a failed call. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message ? error.name + ': ' + error.message : error.name;
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

/** A value's preview, kept in its stead until the report is written (the host keeps no large value that long). */
export class Previewed {
  readonly shown: unknown;
  constructor(value: unknown, where: string) {
    this.shown = previewValue(value, where);
  }
}

/** A value as the trace shows it. */
export function previewValue(value: unknown, where: string): unknown {
  if (value instanceof Previewed) return value.shown;
  if (shownAsIs(value, 0)) return value;
  return new Converter(true).convert(value, where);
}

/** Whether the preview of value is value itself: plain JSON data within the preview's limits. */
function shownAsIs(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.length <= TRACE_TEXT;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > TRACE_DEPTH) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Array.prototype) {
    const list = value as unknown[];
    if (list.length > TRACE_ITEMS) return false;
    for (let index = 0; index < list.length; index += 1) if (!shownAsIs(list[index], depth + 1)) return false;
    return true;
  }
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(value);
  if (keys.length > TRACE_ITEMS) return false;
  for (const key of keys) if (key === '__proto__' || key === 'toJSON' || !shownAsIs((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/** A value as JSON output, with a note naming what JSON could not hold, or null. */
export function outputValue(value: unknown, where: string): { output: unknown; output_note: string | null } {
  const converter = new Converter(false);
  const output = converter.convert(value, where);
  return { output, output_note: joinNotes(converter.notes) };
}


const milliseconds = (time: number): number => Math.round(time * 1000) / 1000;

/** One call as the trace records it; times are milliseconds from the program's start. */
export interface CallRecord {
  tool: string;
  args: unknown;
  start: number;
  end: number;
  ok: boolean;
  /** The result when ok; otherwise the error, or the text that says why the call failed. */
  value: unknown;
  replayed: boolean;
  /** An MCP call's elicitations and their answers, as the engine recorded them. */
  elicitations?: unknown[];
}

/** The trace row of a call: arguments and result previewed, an error as `Type: message`. */
export function traceRow(call: CallRecord): Record<string, unknown> {
  return {
    tool: call.tool,
    args: previewValue(call.args, 'args'),
    ok: call.ok,
    start_ms: milliseconds(call.start),
    duration_ms: milliseconds(call.end - call.start),
    ...(call.ok ? { result: previewValue(call.value, 'result') } : { error: typeof call.value === 'string' ? call.value : describeError(call.value) }),
    replayed: call.replayed,
    ...(call.elicitations ? { elicitations: call.elicitations } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The channel's values (docs/tool-host.md, "Encoded values"): JSON, with tagged objects for what JSON cannot hold.
// Decoding builds plain data and instances of the tools module's exported classes; it never evaluates anything.

type Constructor = abstract new (...args: never[]) => unknown;

/** The classes values can be rebuilt as: the tools module's exported classes and the built-in errors. */
export class TypeRegistry {
  private readonly byName = new Map<string, Constructor>();
  private readonly names = new Map<unknown, string>();

  constructor(toolsModule: object | undefined) {
    if (!toolsModule) return;
    for (const name of Object.keys(toolsModule)) {
      const value: unknown = (toolsModule as Record<string, unknown>)[name];
      if (typeof value !== 'function' || typeof (value as { prototype?: unknown }).prototype !== 'object') continue;
      this.byName.set(name, value as Constructor);
      if (!this.names.has(value)) this.names.set(value, name);
    }
  }

  /** `tools:Name` for an exported class, `builtins:Name` for a built-in error, else the constructor's name. */
  typeName(value: object): string {
    const constructor: unknown = (value as { constructor?: unknown }).constructor;
    const exported = this.names.get(constructor);
    if (exported !== undefined) return 'tools:' + exported;
    const name = typeof constructor === 'function' ? (constructor as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && BUILTIN_ERRORS.includes(name) && (globalThis as Record<string, unknown>)[name] === constructor) return 'builtins:' + name;
    return typeof name === 'string' && name ? name : 'Object';
  }

  classOf(type: string): Constructor | undefined {
    if (type.startsWith('tools:')) return this.byName.get(type.slice('tools:'.length));
    if (type.startsWith('builtins:') && BUILTIN_ERRORS.includes(type.slice('builtins:'.length))) {
      return (globalThis as Record<string, unknown>)[type.slice('builtins:'.length)] as Constructor;
    }
    return undefined;
  }
}

const BUILTIN_ERRORS = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'];

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return host.btoa(binary);
}

/** Sets a property as data, so a key such as `__proto__` stays a key. */
function define(target: object, key: string, value: unknown, enumerable = true): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}

/** A value as the channel carries it; throws a TypeError for a value that contains itself. */
export function encodeValue(value: unknown, types: TypeRegistry, ancestors: Set<object> = new Set()): unknown {
  if (value === undefined) return { $undefined: null };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (typeof value === 'bigint') return { $bigint: String(value) };
  if (typeof value === 'function') return { $function: String(value) };
  if (typeof value !== 'object') return String(value);
  if (ancestors.has(value)) throw new TypeError('the value contains itself, which cannot be sent between the program and the tool host');
  if (value instanceof Date) return { $datetime: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: base64(value) };
  if (value instanceof ArrayBuffer) return { $bytes: base64(new Uint8Array(value)) };
  ancestors.add(value);
  try {
    const encode = (item: unknown): unknown => encodeValue(item, types, ancestors);
    const fields = (source: object): Record<string, unknown> => {
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(source)) if (item !== undefined) define(result, key, encode(item));
      return result;
    };
    if (Array.isArray(value)) return Array.from(value as unknown[], encode);
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>, encode);
    if (value instanceof Set) return { $set: Array.from(value as Set<unknown>, encode) };
    if (value instanceof Map) return { $map: Array.from(value as Map<unknown, unknown>, ([key, item]) => [encode(key), encode(item)]) };
    if (value instanceof Error) {
      const error: Record<string, unknown> = { name: value.name, message: value.message, ...fields(value) };
      if (value.stack !== undefined) error['stack'] = value.stack;
      return { $object: { type: types.typeName(value), kind: 'error', value: error } };
    }
    if (isPlainObject(value)) {
      const keys = Object.keys(value);
      if (!keys.some((key) => key.startsWith('$'))) return fields(value);
      const entries = keys.flatMap((key) => {
        const item: unknown = (value as Record<string, unknown>)[key];
        return item === undefined ? [] : [[key, encode(item)]];
      });
      return { $map: entries };
    }
    return { $object: { type: types.typeName(value), kind: 'class', value: fields(value) } };
  } finally {
    ancestors.delete(value);
  }
}

/** A function that stayed where it was made: it shows its source and cannot be called. */
function remoteFunction(text: string): () => never {
  const stub = (): never => {
    throw new TypeError('this function stayed in the tool host and cannot be called from the program');
  };
  Object.defineProperty(stub, 'toString', { value: () => text });
  return stub;
}

/** A value the channel carried, rebuilt; throws a TypeError for data that is not a valid encoding. */
export function decodeValue(data: unknown, types: TypeRegistry): unknown {
  if (data === null || typeof data !== 'object') return data;
  const decode = (item: unknown): unknown => decodeValue(item, types);
  if (Array.isArray(data)) return data.map(decode);
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  const tag = keys.length === 1 && keys[0]!.startsWith('$') ? keys[0]! : undefined;
  if (tag === undefined) {
    const result: Record<string, unknown> = {};
    for (const key of keys) define(result, key, decode(record[key]));
    return result;
  }
  const payload = record[tag];
  const text = (): string => {
    if (typeof payload !== 'string') throw new TypeError(tag + ' holds ' + typeof payload + ', not text');
    return payload;
  };
  const list = (): unknown[] => {
    if (!Array.isArray(payload)) throw new TypeError(tag + ' holds ' + typeof payload + ', not a list');
    return payload;
  };
  switch (tag) {
    case '$undefined':
      return undefined;
    case '$bytes': {
      const binary = host.atob(text());
      return Uint8Array.from(binary, (character) => character.charCodeAt(0));
    }
    case '$datetime':
    case '$date':
      return new Date(text());
    case '$time':
    case '$decimal':
      return tag === '$decimal' ? Number(text()) : text();
    case '$float':
      if (!['NaN', 'Infinity', '-Infinity'].includes(text())) throw new TypeError('$float holds ' + text());
      return Number(text());
    case '$bigint':
      if (!/^-?\d+$/.test(text())) throw new TypeError('$bigint holds ' + text());
      return BigInt(text());
    case '$function':
      return remoteFunction(text());
    case '$set':
      return new Set(list().map(decode));
    case '$tuple':
      return list().map(decode);
    case '$map': {
      const entries = list().map((entry): [unknown, unknown] => {
        if (!Array.isArray(entry) || entry.length !== 2) throw new TypeError('$map holds an entry that is not a [key, value] pair');
        return [decode(entry[0]), decode(entry[1])];
      });
      // A plain object with a key starting with `$` travels as a map; a Map of such keys comes back as an object.
      if (entries.length > 0 && entries.every(([key]) => typeof key === 'string') && entries.some(([key]) => (key as string).startsWith('$'))) {
        const result: Record<string, unknown> = {};
        for (const [key, item] of entries) define(result, key as string, item);
        return result;
      }
      return new Map(entries);
    }
    case '$object':
      return decodeObject(payload, types);
    default:
      throw new TypeError('unknown tagged value ' + tag);
  }
}

/** An instance of the named class when it can be found (no constructor runs), else an object with its fields. */
function decodeObject(payload: unknown, types: TypeRegistry): object {
  const description = (payload ?? {}) as { type?: unknown; kind?: unknown; value?: unknown };
  if (typeof description.type !== 'string' || description.value === null || typeof description.value !== 'object' || Array.isArray(description.value)) {
    throw new TypeError('$object needs a type and an object of fields');
  }
  const fields = decodeValue(description.value, types) as Record<string, unknown>;
  const found = types.classOf(description.type);
  const isError = description.kind === 'error';
  let target: object;
  if (found) target = Object.create(found.prototype as object) as object;
  else if (isError) target = Object.create(Error.prototype) as object;
  else target = {};
  for (const [key, item] of Object.entries(fields)) {
    if (isError && (key === 'name' || key === 'message' || key === 'stack')) {
      if (key !== 'name' || (target as { name?: unknown }).name !== item) define(target, key, item, false);
    } else {
      define(target, key, item);
    }
  }
  return target;
}

// ---------------------------------------------------------------------------------------------------------------
// The program's side of the channel. The main thread writes calls itself. A synchronous call reads its reply from
// the socket itself (the descriptor is blocking) unless the reader, a worker thread, is reading: the reader reads
// while asynchronous calls await replies and passes each reply on; a synchronous call then waits for it with
// Atomics.wait, and an asynchronous call takes its reply from the event loop. The reader blocks in read(2) only
// while a reply is owed, so it never keeps the process from exiting.

interface MessagePort {
  on(event: 'message', listener: (message: unknown) => void): void;
  postMessage(message: unknown): void;
  ref(): void;
  unref(): void;
}

/** Slots of the channel's shared control array. */
const ROLE = 0; // who reads the socket: NOBODY, READER or MAIN
const POSTED = 1; // counts the messages the reader has passed on (and its giving up the socket)
const AWAITED = 2; // asynchronous calls whose replies have not been read
const NOBODY = 0;
const READER = 1;
const MAIN = 2;

interface Channel {
  port: MessagePort;
  control: Int32Array;
  receive(): { message: unknown } | undefined;
  /** Reads what the socket has, blocking until something arrives; the text of each whole line, or null at its end. */
  read(): string[] | null;
  /** Whether a line has begun that read() has not finished. */
  partial(): boolean;
  write(text: string): void;
}

/** The reader, run in a worker thread (Node.js modules are CommonJS there). */
const READER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const fs = require('node:fs');
const { port, control, fd, limit } = workerData;
const [ROLE, POSTED, AWAITED, NOBODY, READER] = [0, 1, 2, 0, 1];
const post = (message) => { port.postMessage(message); Atomics.add(control, POSTED, 1); Atomics.notify(control, POSTED); };
const awaited = new Set();
const nap = new Int32Array(new SharedArrayBuffer(4));
const chunk = Buffer.allocUnsafe(1 << 16);
const idOf = (line) => {
  const head = /^\\{"op":"(?:return|raise)","id":(\\d+)/.exec(line);
  if (head) return Number(head[1]);
  try { return Number(JSON.parse(line).id); } catch { return NaN; }
};
let parts = [];
let size = 0;
for (;;) {
  for (let role = Atomics.load(control, ROLE); role !== READER; role = Atomics.load(control, ROLE)) Atomics.wait(control, ROLE, role);
  let count;
  try {
    count = fs.readSync(fd, chunk, 0, chunk.length, null);
  } catch (error) {
    if (error.code === 'EAGAIN') { Atomics.wait(nap, 0, 0, 1); continue; }
    post({ closed: 'the channel to the tool host failed: ' + error.message });
    break;
  }
  if (count === 0) { post({ closed: 'the tool host closed the channel' }); break; }
  for (let id = receiveMessageOnPort(port); id !== undefined; id = receiveMessageOnPort(port)) awaited.add(id.message);
  const data = chunk.subarray(0, count);
  let start = 0;
  for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10, start)) {
    parts.push(data.subarray(start, end));
    const line = Buffer.concat(parts).toString('utf8');
    parts = [];
    size = 0;
    start = end + 1;
    if (awaited.delete(idOf(line))) Atomics.sub(control, AWAITED, 1);
    post(line);
  }
  if (start < count) {
    parts.push(Buffer.from(data.subarray(start)));
    size += count - start;
    if (size > limit) { post({ closed: 'a message from the tool host is over the limit of ' + limit + ' bytes' }); break; }
    continue;
  }
  // At a line's end with no reply owed: give up the socket (a synchronous call reads it itself), and take it back
  // when an asynchronous call began meanwhile.
  if (Atomics.load(control, AWAITED) === 0) {
    Atomics.store(control, ROLE, NOBODY);
    Atomics.add(control, POSTED, 1);
    Atomics.notify(control, POSTED);
    if (Atomics.load(control, AWAITED) > 0) Atomics.compareExchange(control, ROLE, NOBODY, READER);
  }
}
`;

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

let channel: Channel | undefined;
let closed: string | undefined;
let nextId = 0;
let types = new TypeRegistry(undefined);
/** Replies of synchronous calls, taken while waiting for another call's reply. */
const settled = new Map<number, { ok: boolean; value: unknown }>();
const pending = new Map<number, Pending>();
/** Asynchronous calls whose replies have not been read (the reader keeps its own list of them). */
const awaited = new Set<number>();

async function openChannel(): Promise<Channel> {
  type Modules = {
    worker: {
      Worker: new (code: string, options: object) => { unref(): void };
      MessageChannel: new () => { port1: MessagePort; port2: unknown };
      receiveMessageOnPort(port: MessagePort): { message: unknown } | undefined;
    };
    fs: { writeSync(fd: number, data: Uint8Array): number; readSync(fd: number, buffer: Uint8Array): number };
  };
  const [worker, fs] = (await Promise.all([import('node:worker_threads' as string), import('node:fs' as string)])) as [Modules['worker'], Modules['fs']];
  const fd = Number(host.process.env['CODEMODE_CHANNEL_FD'] ?? '3');
  const control = new Int32Array(new SharedArrayBuffer(3 * 4));
  const { port1, port2 } = new worker.MessageChannel();
  const reader = new worker.Worker(READER_SOURCE, { eval: true, workerData: { port: port2, control, fd, limit: MAX_MESSAGE_BYTES }, transferList: [port2] });
  reader.unref();
  port1.on('message', (message) => dispatch(message, false));
  port1.unref();
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const encoder = new host.TextEncoder();
  const decoder = new host.TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const chunk = new Uint8Array(1 << 16);
  let parts: Uint8Array[] = [];
  let size = 0;
  /** Waits a moment when the descriptor is non-blocking and not ready (it is blocking as the host passes it). */
  const retry = (error: unknown): void => {
    if ((error as { code?: unknown }).code !== 'EAGAIN') throw error;
    Atomics.wait(nap, 0, 0, 1);
  };
  return {
    port: port1,
    control,
    receive: () => worker.receiveMessageOnPort(port1),
    read(): string[] | null {
      let count: number;
      for (;;) {
        try {
          count = fs.readSync(fd, chunk);
          break;
        } catch (error) {
          retry(error);
        }
      }
      if (count === 0) return null;
      const data = chunk.subarray(0, count);
      const lines: string[] = [];
      let start = 0;
      for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10, start)) {
        const piece = data.subarray(start, end);
        if (parts.length === 0) lines.push(decoder.decode(piece));
        else {
          parts.push(piece);
          const whole = new Uint8Array(size + piece.length);
          let offset = 0;
          for (const part of parts) {
            whole.set(part, offset);
            offset += part.length;
          }
          lines.push(decoder.decode(whole));
          parts = [];
          size = 0;
        }
        start = end + 1;
      }
      if (start < count) {
        parts.push(data.slice(start));
        size += count - start;
        if (size > MAX_MESSAGE_BYTES) throw new RangeError('a message from the tool host is over the limit of ' + String(MAX_MESSAGE_BYTES) + ' bytes');
      }
      return lines;
    },
    partial: () => parts.length > 0,
    write(text: string): void {
      let bytes = encoder.encode(text);
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(fs.writeSync(fd, bytes));
        } catch (error) {
          retry(error);
        }
      }
    },
  };
}

/** Errors of tools arrive as instances of the tool's error class when the program can import it, else as Errors of the same name; with their own fields. */
function toolError(error: unknown): Error {
  const { type, module, message, attributes, traceback } = (error ?? {}) as { type?: unknown; module?: unknown; message?: unknown; attributes?: unknown; traceback?: unknown };
  const name = typeof type === 'string' ? type : 'Error';
  const found = typeof module === 'string' ? types.classOf(module + ':' + name) : undefined;
  const result = (found && found.prototype instanceof Error ? Object.create(found.prototype as object) : new Error()) as Error;
  if (result.name !== name) define(result, 'name', name, false);
  define(result, 'message', typeof message === 'string' ? message : '', false);
  const fields = decodeValue(attributes ?? {}, types);
  if (fields !== null && typeof fields === 'object' && !Array.isArray(fields)) {
    for (const [key, item] of Object.entries(fields)) if (key !== 'name' && key !== 'message' && key !== 'stack') define(result, key, item);
  }
  const here = (new Error().stack ?? '').split('\n').slice(1).join('\n');
  define(result, 'stack', (typeof traceback === 'string' ? traceback : name + ': ' + result.message) + '\n' + here, false);
  return result;
}

function closeChannel(reason: string): void {
  closed ??= reason;
  for (const [id, call] of pending) {
    pending.delete(id);
    call.reject(new Error(closed));
  }
  channel?.port.unref();
}

/** Hands a reply to its call; `direct` when this thread read it from the socket, not the reader. */
function dispatch(message: unknown, direct: boolean): void {
  if (typeof message !== 'string') {
    closeChannel((message as { closed?: string }).closed ?? 'the channel to the tool host closed');
    return;
  }
  let reply: { op?: unknown; id?: unknown; value?: unknown; error?: unknown };
  let outcome: { ok: boolean; value: unknown };
  try {
    reply = JSON.parse(message) as typeof reply;
    outcome = reply.op === 'return' ? { ok: true, value: decodeValue(reply.value, types) } : { ok: false, value: toolError(reply.error) };
  } catch (error) {
    closeChannel('the tool host sent a message the program cannot read: ' + describeError(error));
    return;
  }
  const id = Number(reply.id);
  if (awaited.delete(id) && direct) Atomics.sub(channel!.control, AWAITED, 1);
  const call = pending.get(id);
  if (call) {
    pending.delete(id);
    if (pending.size === 0) channel?.port.unref();
    if (outcome.ok) call.resolve(outcome.value);
    else call.reject(outcome.value);
  } else {
    settled.set(id, outcome);
  }
}

function send(tool: string, args: readonly unknown[], asynchronous: boolean): number {
  if (!channel) throw new Error('tools can be called only while main() runs');
  if (closed !== undefined) throw new Error(closed);
  const trimmed = args.slice();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === undefined) trimmed.pop();
  const id = ++nextId;
  // `op` and `id` come first: the host finds them even in a message it refuses for its size.
  const text = JSON.stringify({ op: 'call', id, tool, args: trimmed.map((arg) => encodeValue(arg, types)), kwargs: {} }) + '\n';
  if (asynchronous) {
    // The reader learns of the call before its reply can arrive, and reads the socket until it has.
    awaited.add(id);
    channel.port.postMessage(id);
    Atomics.add(channel.control, AWAITED, 1);
    if (Atomics.compareExchange(channel.control, ROLE, NOBODY, READER) === NOBODY) Atomics.notify(channel.control, ROLE);
  }
  channel.write(text);
  return id;
}

/** Reads the socket on this thread until the reply of call `id` has arrived and no line is left half read. */
function readDirectly(open: Channel, id: number): void {
  try {
    while (closed === undefined && (!settled.has(id) || open.partial())) {
      const lines = open.read();
      if (lines === null) closeChannel('the tool host closed the channel');
      else for (const line of lines) dispatch(line, true);
    }
  } catch (error) {
    closeChannel('the channel to the tool host failed: ' + describeError(error));
  } finally {
    release(open);
  }
}

/** Gives up the socket this thread took, to the reader when replies of asynchronous calls are owed. */
function release(open: Channel): void {
  Atomics.store(open.control, ROLE, NOBODY);
  if (closed === undefined && Atomics.load(open.control, AWAITED) > 0 && Atomics.compareExchange(open.control, ROLE, NOBODY, READER) === NOBODY) {
    Atomics.notify(open.control, ROLE);
  }
}

/**
 * Calls a tool in the tool host. A synchronous tool's wrapper waits for the reply and returns its value or
 * throws its error; an asynchronous one's gets a promise. Typed `never` so that it fits any wrapper's return type.
 */
export function __codemodeCall(tool: string, args: readonly unknown[], asynchronous: boolean): never {
  if (asynchronous) {
    let id: number;
    try {
      id = send(tool, args, true);
    } catch (error) {
      return Promise.reject(error) as never;
    }
    return new Promise((resolve, reject) => {
      const early = settled.get(id);
      if (early) {
        settled.delete(id);
        if (early.ok) resolve(early.value);
        else reject(early.value);
        return;
      }
      pending.set(id, { resolve, reject });
      channel!.port.ref();
    }) as never;
  }
  const id = send(tool, args, false);
  const open = channel!;
  for (;;) {
    const seen = Atomics.load(open.control, POSTED);
    // What the reader passed on comes first: it was read before anything this thread reads.
    for (let received = open.receive(); received !== undefined; received = open.receive()) dispatch(received.message, false);
    const outcome = settled.get(id);
    if (outcome) {
      settled.delete(id);
      if (outcome.ok) return outcome.value as never;
      throw outcome.value;
    }
    if (closed !== undefined) throw new Error(closed);
    if (Atomics.compareExchange(open.control, ROLE, NOBODY, MAIN) === NOBODY) {
      // The reader may have passed something on just before it gave up the socket.
      for (let received = open.receive(); received !== undefined; received = open.receive()) dispatch(received.message, false);
      if (!settled.has(id)) readDirectly(open, id);
      else release(open);
      continue;
    }
    Atomics.wait(open.control, POSTED, seen);
  }
}

/**
 * Opens the channel, loads the tools module's classes (to rebuild the values tools return), runs main and
 * sends its result to the host, which reports it.
 */
export async function __codemodeRun(main: () => unknown, loadTools?: () => Promise<object>): Promise<void> {
  let message: Record<string, unknown>;
  try {
    channel = await openChannel();
  } catch (error) {
    host.console.error('codemode: cannot reach the tool host: ' + describeError(error));
    host.process.exitCode = 1;
    return;
  }
  if (loadTools) {
    try {
      types = new TypeRegistry(await loadTools());
    } catch (error) {
      host.console.error('codemode: the tools module cannot be imported in the program, so its classes come back as plain objects: ' + describeError(error));
    }
  }
  try {
    message = { op: 'result', ok: true, ...outputValue(await main(), 'output') };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    host.console.error(failure.stack ?? String(failure));
    message = { op: 'result', ok: false, error: { type: failure.name, message: failure.message, traceback: failure.stack ?? String(failure) } };
  }
  try {
    channel.write(JSON.stringify(message) + '\n');
  } catch (error) {
    host.console.error('codemode: cannot send the result to the tool host: ' + describeError(error));
  }
  if (message['ok'] !== true) host.process.exitCode = 1;
}
