// The tool host of TypeScript and JavaScript tools (docs/tool-host.md): loads the built tools module, starts the
// program with the channel on its file descriptor 3, serves its calls, keeps the trace and the journal, and writes
// the report once the program has exited. Run as: node _codemode_host.mjs <manifest.json>, the launch spec on standard input.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { decodeValue, describeError, encodeValue, MAX_MESSAGE_BYTES, Previewed, previewValue, traceRow, TypeRegistry, type CallRecord } from './_codemode_runtime.ts';

/** What the build tells the host of the tools: the module to import and each tool's parameters. */
interface Manifest {
  module: string;
  tools: { name: string; object: boolean; mcp?: boolean; method?: { instance: string; method: string }; params: Param[] }[];
}

/** A parameter: its annotation as written and the shape an argument must have (src/engine/typescript/argument-shapes.ts). */
interface Param {
  name: string;
  rest: boolean;
  required: boolean;
  type?: string | null;
  shape?: Shape;
}

type Shape =
  | { kind: 'any' | 'string' | 'number' | 'boolean' | 'bigint' | 'null' | 'undefined' | 'object' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array' | 'record'; of: Shape }
  | { kind: 'tuple' | 'union'; of: Shape[] }
  | { kind: 'fields'; fields: { name: string; optional: boolean; shape: Shape }[] }
  | { kind: 'instance'; of: string };

interface LaunchSpec {
  program: string[];
  program_env: Record<string, string>;
  cwd: string;
  journal?: string | null;
  report: string;
  max_message_bytes?: number;
  mcp_fd?: number | null;
  /** The call names of the MCP tools, which the engine serves (src/engine/mcp/serve.ts). */
  mcp_tools?: string[];
  /** Where the host appends each call as it begins and ends (docs/tool-host.md). */
  call_log?: string | null;
  /** Where the host appends every call that reaches a tool, in order, with its outcome (docs/approvals.md). */
  call_journal?: string | null;
  approval?: { tools: string[]; approved_tools: string[]; approved_call: number | null; replay: string | null };
  /** The calls the program may make; the ones past it are refused (docs/budgets.md). */
  max_tool_calls?: number | null;
  /** How long an asynchronous tool's call may take before it fails with a TimeoutError. */
  tool_timeout_ms?: number | null;
}

interface JournalEntry {
  tool: string;
  args: unknown;
  kwargs: unknown;
  value: unknown;
}

/** Calls may wait in the host while this many are in flight; the channel is not read meanwhile. */
const MAX_IN_FLIGHT = 1000;
/**
 * The trace keeps a call's arguments and result as they are until the report previews them; those whose message is
 * larger than this are previewed at once, so the trace of a long run holds no large values.
 */
const KEEP_BYTES = 64 * 1024;
/** How long the host waits for the rest of the channel's data once the program has exited. */
const DRAIN_MS = 1000;
/** A tool's call name: an identifier, or identifiers joined by dots (an MCP tool's `server.tool`). */
const TOOL_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const MAX_TOOL_NAME = 200;
/** Calls recorded in the trace and the call log; the report counts the rest. */
const MAX_TRACE_ROWS = 10_000;
/** The longest error text a trace row keeps, and the longest preview a line of the call log keeps. */
const ERROR_TEXT = 4000;
const CALL_LOG_TEXT = 160;
/** The trace's size in the report, past which the rows that follow keep no arguments or result. */
const REPORT_TRACE_BYTES = 32 * 1024 * 1024;
/** The tool column of a message that is not a valid call: it is recorded as malformed, never under the name it claims. */
const MALFORMED = '?';
/** The module-level list of the tools (names or globs) whose calls need a person's approval. */
const APPROVE_NAME = 'codemodeApprove';
/** The call journal's size past which the host stops writing it: a run that pauses later cannot be resumed. */
const MAX_CALL_JOURNAL_BYTES = 256 * 1024 * 1024;

class CallError extends TypeError {
  override name = 'TypeError';
}

const [manifestPath] = process.argv.slice(2);
if (!manifestPath) {
  process.stderr.write('usage: _codemode_host.mjs <manifest.json> (the launch spec comes on standard input)\n');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const spec = JSON.parse(readFileSync(0, 'utf8')) as LaunchSpec;
const limit = spec.max_message_bytes ?? MAX_MESSAGE_BYTES;

type Call = CallRecord & { done: boolean; number: number };
const calls: Call[] = [];
let untraced = 0;
let result: { ok: boolean; output: unknown; output_note: string | null; error: unknown } | null = null;
let replayed = 0;
let stopped: string | undefined;
let paused: { call: number; tool: string; args: unknown } | undefined;
/** Calls the program made, those refused past max_tool_calls, and the bytes of the results sent back. */
let callsMade = 0;
let callsRefused = 0;
let resultBytes = 0;

const validToolName = (name: unknown): name is string => typeof name === 'string' && name.length <= MAX_TOOL_NAME && TOOL_NAME.test(name);
const shortened = (text: string, limit: number): string => (text.length <= limit ? text : `${text.slice(0, limit)}... (+${text.length - limit} chars)`);
/** A value as one short text, for the call log. */
const shortPreview = (value: unknown, where: string): string => shortened(JSON.stringify(previewValue(value, where)) ?? 'null', CALL_LOG_TEXT);
/** A failed call's error as its trace row shows it: `Type: message`, bounded. */
const errorText = (error: unknown): string => shortened(typeof error === 'string' ? error : describeError(error), ERROR_TEXT);

/**
 * The calls as they happen, one JSON line when a call begins and one when it ends, so that a host that is killed or
 * dies still leaves which tools ran. At most MAX_TRACE_ROWS calls; each line is short.
 */
const callLogFd = spec.call_log ? openSync(spec.call_log, 'w') : undefined;
function logCall(entry: object): void {
  if (callLogFd !== undefined) writeSync(callLogFd, `${JSON.stringify(entry)}\n`);
}

/** Records a call that begins now: in the trace while it holds fewer than MAX_TRACE_ROWS, else only counted. */
function openCall(tool: string, args: unknown): Call {
  const number = calls.length;
  const call: Call = { tool, args, start: performance.now() - started, end: 0, ok: false, value: undefined, replayed: false, done: false, number };
  if (number >= MAX_TRACE_ROWS) {
    untraced += 1;
    return call;
  }
  calls.push(call);
  logCall({ call: number, tool, start_ms: call.start, args: shortPreview(args, 'args') });
  return call;
}

function closeCall(call: Call, ok: boolean, value: unknown): void {
  call.end = performance.now() - started;
  call.ok = ok;
  call.value = ok ? value : errorText(value);
  if (!ok && !(call.args instanceof Previewed)) call.args = new Previewed(call.args, 'args');
  call.done = true;
  if (call.number >= MAX_TRACE_ROWS) return;
  const shown = ok ? { result: shortPreview(value, 'result') } : { error: shortened(call.value as string, CALL_LOG_TEXT) };
  logCall({ call: call.number, ok, duration_ms: call.end - call.start, replayed: call.replayed, ...shown });
}

/** The trace within REPORT_TRACE_BYTES: once the rows pass it, the rows that follow keep no arguments or result. */
function boundedTrace(trace: Record<string, unknown>[]): Record<string, unknown>[] {
  let size = 0;
  return trace.map((row) => {
    if (size <= REPORT_TRACE_BYTES) size += JSON.stringify(row).length;
    if (size <= REPORT_TRACE_BYTES) return row;
    const shown = '(not kept: the trace is over its limit in the report)';
    return { ...row, args: shown, ...(row['ok'] ? { result: shown } : { error: shown }) };
  });
}

function writeReport(): void {
  const trace = boundedTrace(
    calls.map((call) => {
      if (!call.done) {
        call.end = performance.now() - started;
        call.value = result ? 'the call had not finished when main() ended' : 'the program ended before the call finished';
      }
      return traceRow(call);
    }),
  );
  const report = {
    trace,
    untraced_calls: untraced,
    replayed,
    result,
    stopped: stopped ?? null,
    calls_refused: callsRefused,
    result_bytes: resultBytes,
    ...(paused ? { paused } : {}),
  };
  let text: string;
  try {
    text = JSON.stringify(report);
  } catch (error) {
    // An output the program nested too deeply (or made too large) to write must not cost the trace.
    const reason = `its output could not be written: ${error instanceof Error ? error.message : String(error)}`;
    text = JSON.stringify({ ...report, result: null, stopped: stopped ?? reason });
  }
  writeFileSync(spec.report, text);
}

let toolsModule: Record<string, unknown>;
try {
  toolsModule = (await import(pathToFileURL(manifest.module).href)) as Record<string, unknown>;
} catch (error) {
  process.stderr.write(`codemode: the tool host cannot import the tools module: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  result = {
    ok: false,
    output: null,
    output_note: null,
    error: { type: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error), traceback: error instanceof Error ? (error.stack ?? '') : '' },
  };
  writeReport();
  process.exit(1);
}
const types = new TypeRegistry(toolsModule);
const declaredApprovals = toolsModule[APPROVE_NAME] ?? [];
if (!Array.isArray(declaredApprovals) || !declaredApprovals.every((name) => typeof name === 'string')) {
  const message = `${APPROVE_NAME} must be an array of tool names`;
  process.stderr.write(`codemode: ${message}\n`);
  result = { ok: false, output: null, output_note: null, error: { type: 'TypeError', message, traceback: '' } };
  writeReport();
  process.exit(1);
}
// An MCP tool takes one object of arguments, which the engine passes to its server.
const mcpTools = (spec.mcp_tools ?? []).map((name) => ({ name, object: false, mcp: true, params: [{ name: 'args', rest: false, required: false }] }));
const tools = new Map([...manifest.tools, ...mcpTools].map((tool) => [tool.name, tool]));

// --- MCP tools: the engine calls their servers; the host forwards each call and keeps its trace row --------------

/** An MCP tool's error result (`isError`), raised in the program. */
class McpToolError extends Error {
  override name = 'McpToolError';
}

const mcpPending = new Map<number, { call: Call; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let mcpChannel: Socket | undefined;
let mcpNextId = 0;

function openMcpChannel(fd: number): Socket {
  const socket = new Socket({ fd, readable: true, writable: true });
  socket.on('error', () => {});
  socket.on('close', () => {
    for (const pending of mcpPending.values()) pending.reject(new McpToolError('the engine stopped serving MCP calls'));
    mcpPending.clear();
  });
  createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => {
    const reply = JSON.parse(line) as { id: number; ok: boolean; value?: unknown; error?: string; elicitations?: unknown[] };
    const pending = mcpPending.get(reply.id);
    mcpPending.delete(reply.id);
    if (pending && reply.elicitations) pending.call.elicitations = reply.elicitations;
    if (reply.ok) pending?.resolve(reply.value);
    else pending?.reject(new McpToolError(reply.error ?? 'the MCP tool failed'));
  });
  return socket;
}

function callMcpTool(call: Call, args: unknown): Promise<unknown> {
  if (spec.mcp_fd === undefined || spec.mcp_fd === null) return Promise.reject(new CallError('the run has no MCP servers'));
  mcpChannel ??= openMcpChannel(spec.mcp_fd);
  const channel = mcpChannel;
  const id = mcpNextId++;
  return new Promise((resolve, reject) => {
    mcpPending.set(id, { call, resolve, reject });
    channel.write(`${JSON.stringify({ id, call: call.tool, args: args ?? {} })}\n`);
  });
}

// --- the journal: calls completed in earlier attempts, each answering at most one identical call ----------------

/** JSON with object keys sorted, so equal values have one text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
    .join(',')}}`;
}

const journalKey = (tool: string, args: unknown, kwargs: unknown): string => canonical([tool, args, kwargs ?? {}]);
const journal = new Map<string, unknown[]>();
if (spec.journal && existsSync(spec.journal)) {
  for (const line of readFileSync(spec.journal, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as JournalEntry;
      const key = journalKey(entry.tool, entry.args, entry.kwargs);
      journal.set(key, [...(journal.get(key) ?? []), entry.value]);
    } catch {
      process.stderr.write('codemode: a line of the journal cannot be read; it is skipped\n');
    }
  }
}

let journalFd: number | undefined;
/** Appends a completed call to the journal, one write per entry, so an attempt that is killed keeps every call it completed. */
function remember(entry: JournalEntry): void {
  if (!spec.journal) return;
  journalFd ??= openSync(spec.journal, 'a');
  writeSync(journalFd, `${JSON.stringify(entry)}\n`);
}

// --- approvals: the calls that need a person, the call journal, and the replay of a paused run (docs/approvals.md) ---

/** A glob of tool names (`*` any characters, `?` one) as a regular expression. */
const globPattern = (glob: string): RegExp => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`);
const approval = spec.approval ?? { tools: [], approved_tools: [], approved_call: null, replay: null };
const marked = [...approval.tools, ...(declaredApprovals as string[])].map(globPattern);
const approvedTools = approval.approved_tools.map(globPattern);
const needsApproval = (tool: string): boolean => marked.some((glob) => glob.test(tool)) && !approvedTools.some((glob) => glob.test(tool));

interface ReplayedCall {
  key: string;
  tool: string;
  outcome: 'value' | 'error' | 'pending' | 'unknown';
  value?: unknown;
}

/** The calls of the paused run's journal, in order. */
function readReplay(file: string | null): ReplayedCall[] {
  if (!file) return [];
  const calls: ReplayedCall[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as Record<string, unknown>;
    const number = entry['call'];
    if (typeof entry['tool'] === 'string' && number === calls.length + 1) {
      calls.push({ key: journalKey(entry['tool'], entry['args'], entry['kwargs']), tool: entry['tool'], outcome: 'unknown' });
    } else if (typeof number === 'number' && number > 0 && number <= calls.length) {
      const outcome = (['value', 'error', 'pending'] as const).find((name) => name in entry) ?? 'unknown';
      Object.assign(calls[number - 1]!, { outcome, value: entry[outcome] });
    }
  }
  return calls;
}

const replay = readReplay(approval.replay);
let sequence = 0;
let callJournalFd = spec.call_journal ? openSync(spec.call_journal, 'a') : undefined;
let callJournalBytes = 0;
/** Appends one line to the call journal; past its limit, a last line saying it is incomplete. */
function journalLine(entry: object): void {
  if (callJournalFd === undefined) return;
  const line = `${JSON.stringify(entry)}\n`;
  callJournalBytes += Buffer.byteLength(line);
  writeSync(callJournalFd, callJournalBytes > MAX_CALL_JOURNAL_BYTES ? '{"incomplete":true}\n' : line);
  if (callJournalBytes > MAX_CALL_JOURNAL_BYTES) callJournalFd = undefined;
}

/** What to do with a call: make it, pause before it, answer it with a replayed `value` or `error`, or `stop` (value: why). */
interface Decision {
  number: number;
  what: 'call' | 'pause' | 'value' | 'error' | 'stop';
  value?: unknown;
}

/** What to do with the program's next call; numbers count from 1, in the order the calls reached the host. */
function decide(tool: string, args: unknown, kwargs: unknown): Decision {
  const number = ++sequence;
  const earlier = replay[number - 1];
  if (earlier && earlier.key !== journalKey(tool, args, kwargs)) {
    const what = earlier.tool === tool ? 'other arguments' : `${earlier.tool}()`;
    return { number, what: 'stop', value: `replay diverged at call ${number}: the program called ${tool}() where the journal has ${what}` };
  }
  if (earlier?.outcome === 'unknown') {
    return { number, what: 'stop', value: `call ${number}, ${tool}(), has no outcome in the journal (it was in flight when that run ended): it is neither replayed nor made again` };
  }
  journalLine({ call: number, tool, args, kwargs: kwargs ?? {} });
  if (earlier?.outcome === 'value' || earlier?.outcome === 'error') return { number, what: earlier.outcome, value: earlier.value };
  return { number, what: number === approval.approved_call || !needsApproval(tool) ? 'call' : 'pause' };
}

// --- metering: the number of calls, bounded by max_tool_calls, the time of each, the bytes of the results -------

class ToolTimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Counts a call: the error it fails with instead of running once it is past max_tool_calls, else undefined. */
function budgetRefusal(tool: string): Error | undefined {
  callsMade += 1;
  const max = spec.max_tool_calls;
  if (max === undefined || max === null || callsMade <= max) return undefined;
  callsRefused += 1;
  return new Error(`${tool}() was not called: the run's budget of ${max} tool calls is spent (max_tool_calls)`);
}

/** A tool's promise, failed with a TimeoutError once the call takes longer than the tool_timeout. */
function withinToolTimeout(tool: string, promise: PromiseLike<unknown>): Promise<unknown> {
  const timeoutMs = spec.tool_timeout_ms;
  if (!timeoutMs) return Promise.resolve(promise);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ToolTimeoutError(`${tool}() did not finish within the tool_timeout of ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

// --- the program ------------------------------------------------------------------------------------------------

const [file, ...args] = spec.program;
if (!file) throw new Error('the launch spec names no program');
const started = performance.now();
const program = spawn(file, args, { stdio: ['ignore', 'inherit', 'inherit', 'pipe'], env: spec.program_env, cwd: spec.cwd });
const channel = program.stdio[3] as Socket;
let inFlight = 0;

function send(message: object): void {
  if (!channel.destroyed) channel.write(`${JSON.stringify(message)}\n`);
}

function stop(reason: string): void {
  if (stopped !== undefined) return;
  stopped = reason;
  process.stderr.write(`codemode: the program was stopped: ${reason}\n`);
  channel.destroy();
  program.kill('SIGKILL');
}

/** The arguments by parameter name, as the trace shows them. */
function named(tool: Manifest['tools'][number], values: unknown[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  tool.params.forEach((param, index) => {
    if (param.rest) result[param.name] = values.slice(index);
    else if (index < values.length) result[param.name] = values[index];
  });
  return result;
}

const shapes = new Map<Manifest['tools'][number], { hasRest: boolean; positional: Manifest['tools'][number]['params'] }>();
/** A tool's parameters as bind() checks them, worked out once per tool. */
function shapeOf(tool: Manifest['tools'][number]): { hasRest: boolean; positional: Manifest['tools'][number]['params'] } {
  let shape = shapes.get(tool);
  if (!shape) {
    shape = { hasRest: tool.params.some((param) => param.rest), positional: tool.params.filter((param) => !param.rest) };
    shapes.set(tool, shape);
  }
  return shape;
}

/** Binds the decoded arguments to the tool's parameters, checked in number and, for a tool with a schema, shape. */
function bind(tool: Manifest['tools'][number], values: unknown[], call: Call): () => unknown {
  const { hasRest, positional } = shapeOf(tool);
  if (!hasRest && values.length > positional.length) {
    throw new CallError(`${tool.name}() takes ${positional.length} argument${positional.length === 1 ? '' : 's'} but ${values.length} were given`);
  }
  const missing = values.length >= positional.length ? [] : positional.filter((param, index) => param.required && index >= values.length).map((param) => param.name);
  if (missing.length > 0) throw new CallError(`${tool.name}() is missing the argument${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  if (tool.mcp) return () => callMcpTool(call, values[0]);
  if (tool.method) {
    checkArguments(tool, values);
    const { instance, method } = tool.method;
    const owner = toolsModule[instance] as Record<string, unknown> | undefined;
    const target = owner?.[method];
    if (typeof target !== 'function') throw new CallError(`${instance}.${method} is not a method in the tools module`);
    return () => (target as (...values: unknown[]) => unknown).apply(owner, values);
  }
  const target = toolsModule[tool.name];
  if (!tool.object) {
    checkArguments(tool, values);
    if (typeof target !== 'function') throw new CallError(`${tool.name} is not a function in the tools module`);
    return () => (target as (...values: unknown[]) => unknown)(...values);
  }
  const object = target as { execute?: unknown; inputSchema?: unknown; parameters?: unknown } | undefined;
  if (!object || typeof object.execute !== 'function') throw new CallError(`${tool.name} has no execute() in the tools module`);
  const schema = (object.inputSchema ?? object.parameters) as { safeParse?: unknown } | undefined;
  let input = values[0];
  if (schema && typeof schema.safeParse === 'function') {
    const parsed = (schema.safeParse as (value: unknown) => { success: boolean; data?: unknown; error?: { issues?: { path?: unknown[]; message?: string }[]; message?: string } })
      .call(schema, input);
    if (!parsed.success) {
      const issues = parsed.error?.issues ?? [];
      const text = issues.length > 0 ? issues.map((issue) => `${issue.path && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message ?? ''}`).join('; ') : (parsed.error?.message ?? 'invalid');
      throw new CallError(`${tool.name}() got arguments its schema rejects: ${text}`);
    }
    input = parsed.data;
  }
  return () => (object.execute as (value: unknown) => unknown).call(object, input);
}

/** Refuses a call whose arguments do not have the shapes of the tool's parameters (an omitted optional one aside). */
function checkArguments(tool: Manifest['tools'][number], values: unknown[]): void {
  tool.params.forEach((param, index) => {
    const value = param.rest ? values.slice(index) : values[index];
    if (!param.shape || (value === undefined && !param.required) || fits(param.shape, value)) return;
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new CallError(`${tool.name}() was not called: the argument ${param.name} is not ${param.type ?? 'of its type'}: got ${got}`);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fits(shape: Shape, value: unknown): boolean {
  switch (shape.kind) {
    case 'any':
      return true;
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return typeof value === shape.kind;
    case 'null':
      return value === null;
    case 'object':
      return typeof value === 'object' && value !== null;
    case 'literal':
      return value === shape.value;
    case 'array':
      return Array.isArray(value) && value.every((item) => fits(shape.of, item));
    case 'tuple':
      return Array.isArray(value) && value.length <= shape.of.length && shape.of.every((item, index) => fits(item, value[index]));
    case 'record':
      return isRecord(value) && Object.values(value).every((item) => fits(shape.of, item));
    case 'fields':
      return isRecord(value) && shape.fields.every((field) => (value[field.name] === undefined ? field.optional : fits(field.shape, value[field.name])));
    case 'union':
      return shape.of.some((member) => fits(member, value));
    case 'instance': {
      const builtin = (globalThis as Record<string, unknown>)[shape.of];
      return typeof builtin === 'function' && value instanceof builtin;
    }
  }
}

/** The error's own fields besides its name, message and stack, encoded; none when they cannot be sent. */
function errorAttributes(failure: Error): unknown {
  const own = Object.fromEntries(Object.entries(failure).filter(([key]) => !['name', 'message', 'stack'].includes(key)));
  try {
    return encodeValue(own, types);
  } catch {
    return {};
  }
}

/** Raises the error in the program; a call with a number in the call journal records it there as its outcome. */
function raise(id: number, error: unknown, journalNumber?: number): void {
  const failure = error instanceof Error ? error : undefined;
  const type = failure ? failure.name : 'Error';
  const typeName = failure ? types.typeName(failure) : '';
  const module = typeName.includes(':') ? typeName.slice(0, typeName.indexOf(':')) : '';
  const payload = {
    type,
    module,
    message: failure ? failure.message : String(error),
    ...(failure ? { attributes: errorAttributes(failure) } : {}),
    traceback: failure?.stack ?? String(error),
  };
  if (journalNumber !== undefined) journalLine({ call: journalNumber, error: payload });
  send({ op: 'raise', id, error: payload });
}

/**
 * Answers a call that its tool does not: replayed from the journal of the run this one resumes, paused for a
 * person's approval, or refused because the replay diverged. Undefined when the tool is to be called.
 */
function answerApproval(call: Call, id: number, decision: Decision, finish: (ok: boolean, value: unknown) => void): true | undefined {
  if (decision.what === 'call') return undefined;
  if (decision.what === 'value') {
    call.replayed = true;
    replayed += 1;
    journalLine({ call: decision.number, value: decision.value });
    finish(true, decodeValue(decision.value, types));
    send({ op: 'return', id, value: decision.value });
  } else if (decision.what === 'error') {
    const payload = (decision.value ?? {}) as { type?: unknown; message?: unknown };
    call.replayed = true;
    replayed += 1;
    journalLine({ call: decision.number, error: decision.value });
    finish(false, `${String(payload.type)}: ${String(payload.message)}`);
    send({ op: 'raise', id, error: decision.value });
  } else if (decision.what === 'pause') {
    journalLine({ call: decision.number, pending: true });
    paused = { call: decision.number, tool: call.tool, args: previewValue(call.args, 'args') };
    const waiting = new CallError(`${call.tool}() was not called: it needs approval`);
    finish(false, waiting);
    raise(id, waiting);
    stop(`call ${decision.number}, ${call.tool}(), needs approval`);
  } else {
    finish(false, new Error(String(decision.value)));
    stop(String(decision.value));
  }
  return true;
}

/** Serves a call: at once when the tool returns a value, else once its promise settles (the returned promise). */
function serve(message: { id: number; tool?: unknown; args?: unknown; kwargs?: unknown }, large: boolean): Promise<void> | undefined {
  const { id } = message;
  if (!validToolName(message.tool)) {
    refuse(id, new CallError(`a call names its tool with an identifier of at most ${MAX_TOOL_NAME} characters`));
    return;
  }
  const call = openCall(message.tool, message.args);
  const finish = (ok: boolean, value: unknown): void => {
    closeCall(call, ok, value);
  };
  const refused = budgetRefusal(message.tool);
  if (refused) {
    finish(false, refused);
    raise(id, refused);
    return;
  }
  let invoke: () => unknown;
  try {
    const tool = tools.get(message.tool);
    if (!tool) throw new CallError(`there is no tool named ${JSON.stringify(message.tool)}`);
    if (!Array.isArray(message.args)) throw new CallError('the call has no list of arguments');
    if (message.kwargs !== undefined && (typeof message.kwargs !== 'object' || message.kwargs === null || Object.keys(message.kwargs).length > 0)) {
      throw new CallError(`${tool.name}() takes no keyword arguments`);
    }
    let values: unknown[];
    try {
      values = decodeValue(message.args, types) as unknown[];
    } catch (error) {
      throw new CallError(`the arguments cannot be decoded: ${error instanceof Error ? error.message : String(error)}`);
    }
    call.args = large ? new Previewed(named(tool, values), 'args') : named(tool, values);
    invoke = bind(tool, values, call);
  } catch (error) {
    finish(false, error);
    raise(id, error);
    return;
  }
  const decision = decide(call.tool, message.args, message.kwargs);
  if (answerApproval(call, id, decision, finish)) return;
  const journalNumber = decision.number;

  if (journal.size > 0) {
    const key = journalKey(call.tool, message.args, message.kwargs);
    const earlier = journal.get(key);
    if (earlier && earlier.length > 0) {
      const value = earlier.shift();
      if (earlier.length === 0) journal.delete(key);
      call.replayed = true;
      replayed += 1;
      finish(true, decodeValue(value, types));
      send({ op: 'return', id, value });
      return;
    }
  }

  let value: unknown;
  try {
    value = invoke();
  } catch (error) {
    finish(false, error);
    raise(id, error, journalNumber);
    return;
  }
  const settle = (value: unknown): void => {
    let reply: string;
    try {
      const encoded = encodeValue(value, types);
      reply = JSON.stringify({ op: 'return', id, value: encoded });
      const size = Buffer.byteLength(reply);
      if (size > limit) throw new RangeError(`the result is ${size} bytes encoded, over the channel's limit of ${limit} bytes`);
      remember({ tool: call.tool, args: message.args, kwargs: message.kwargs ?? {}, value: encoded });
      journalLine({ call: journalNumber, value: encoded });
    } catch (error) {
      const failure = new TypeError(`${call.tool}() returned a value that cannot be sent to the program: ${error instanceof Error ? error.message : String(error)}`);
      finish(false, failure);
      raise(id, failure, journalNumber);
      return;
    }
    finish(true, reply.length > KEEP_BYTES ? new Previewed(value, 'result') : value);
    resultBytes += Buffer.byteLength(reply);
    if (!channel.destroyed) channel.write(`${reply}\n`);
  };
  if (!isThenable(value)) {
    settle(value);
    return undefined;
  }
  return withinToolTimeout(call.tool, value).then(settle, (error: unknown) => {
    finish(false, error);
    raise(id, error, journalNumber);
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Records a call whose message the host refused (not valid, or over the limit) as malformed, and fails it. */
function refuse(id: number, error: Error): void {
  closeCall(openCall(MALFORMED, null), false, error);
  raise(id, error);
}

function receive(line: string): void {
  let message: { op?: unknown; id?: unknown; ok?: unknown; output?: unknown; output_note?: unknown; error?: unknown };
  try {
    message = JSON.parse(line) as typeof message;
  } catch {
    const id = callId(line);
    if (id !== undefined) refuse(id, new CallError('the call cannot be decoded: it is not JSON'));
    else stop('it sent a message that is not JSON');
    return;
  }
  if (message === null || typeof message !== 'object') return stop('it sent a message that is not an object');
  if (message.op === 'call') {
    if (!Number.isSafeInteger(message.id)) return stop('it sent a call without a numeric id');
    const served = serve(message as { id: number }, line.length > KEEP_BYTES);
    if (served === undefined) return;
    inFlight += 1;
    if (inFlight >= MAX_IN_FLIGHT) channel.pause();
    void served.finally(() => {
      inFlight -= 1;
      if (inFlight < MAX_IN_FLIGHT && stopped === undefined) channel.resume();
    });
    return;
  }
  if (message.op === 'result') {
    if (result) return;
    const ok = message.ok === true;
    result = {
      ok,
      output: ok ? (message.output ?? null) : null,
      output_note: ok && typeof message.output_note === 'string' ? message.output_note : null,
      error: ok ? null : normaliseError(message.error),
    };
    return;
  }
  stop(`it sent a message the protocol has no place for (op ${JSON.stringify(message.op)})`);
}

function normaliseError(error: unknown): { type: string; message: string; traceback: string } {
  const record = (error ?? {}) as Record<string, unknown>;
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  return {
    type: shortened(text(record['type'], 'Error'), MAX_TOOL_NAME),
    message: shortened(text(record['message'], ''), ERROR_TEXT),
    traceback: shortened(text(record['traceback'], ''), KEEP_BYTES),
  };
}

/** The id of a call, read from the start of its message (the runtime writes it first). */
function callId(text: string): number | undefined {
  const match = /^\s*\{\s*"op"\s*:\s*"call"\s*,\s*"id"\s*:\s*(\d{1,15})/.exec(text);
  return match ? Number(match[1]) : undefined;
}

// Lines are cut at newlines; a line over the limit is not kept: the call it starts is refused, or, when it is not
// a call, the program is stopped. Memory stays bounded either way.
let parts: Buffer[] = [];
let size = 0;
let skipping = false;
channel.on('data', (data: Buffer) => {
  let start = 0;
  while (start < data.length && stopped === undefined) {
    const end = data.indexOf(10, start);
    const piece = data.subarray(start, end < 0 ? data.length : end);
    if (!skipping) {
      parts.push(piece);
      size += piece.length;
      if (size > limit) {
        const id = callId(Buffer.concat(parts).subarray(0, 512).toString('utf8'));
        parts = [];
        size = 0;
        if (id === undefined) {
          stop(`it sent a message over the channel's limit of ${limit} bytes`);
          return;
        }
        skipping = true;
        refuse(id, new RangeError(`the call's message is over the channel's limit of ${limit} bytes`));
      }
    }
    if (end < 0) return;
    if (!skipping) receive(parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts).toString('utf8'));
    parts = [];
    size = 0;
    skipping = false;
    start = end + 1;
  }
});
channel.on('error', () => {});

let finished = false;
function finish(): void {
  if (finished) return;
  finished = true;
  writeReport();
  process.exit(result?.ok === true ? 0 : 1);
}

program.on('error', (error) => {
  process.stderr.write(`codemode: the program cannot be started: ${error.message}\n`);
  finish();
});
program.on('exit', () => {
  // What the program wrote before it exited may still be in the channel.
  if (channel.readableEnded || channel.destroyed) finish();
  else {
    channel.once('close', finish);
    setTimeout(finish, DRAIN_MS).unref();
  }
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stop(`the tool host received ${signal}`);
  });
}
