/**
 * A loopback fake of the Anthropic Messages API, spoken to by the real Claude Code binary through
 * ANTHROPIC_BASE_URL. Each test scripts the model's replies; every request is recorded.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';

export interface ToolUse {
  name: string;
  input: Record<string, unknown>;
}

export type ModelReply = { text?: string; toolUses?: ToolUse[] } | { status: number; body?: unknown } | { hang: true };

interface ContentBlock {
  type: string;
  text?: string;
  content?: unknown;
  [key: string]: unknown;
}
export interface Message {
  role: string;
  content: string | ContentBlock[];
}

export interface MessagesBody {
  model: string;
  system?: string | ContentBlock[];
  messages: Message[];
  tools?: { name: string; [key: string]: unknown }[];
  stream?: boolean;
  [key: string]: unknown;
}

export interface ModelRequest {
  /** Position of this request among all POST /v1/messages requests, from 0. */
  index: number;
  body: MessagesBody;
  /** Text of the newest tool result in the conversation, or null. */
  lastToolResultText(): string | null;
  /** Number of prompts the user typed (the task, then one per repair), ignoring injected reminders. */
  userPromptCount(): number;
  firstUserText(): string | null;
  /** Assistant turns since the newest user prompt. */
  turnsSinceLastPrompt(): number;
}

export type ModelScript = (request: ModelRequest) => ModelReply | Promise<ModelReply>;

export interface RecordedRequest {
  method: string;
  path: string;
  /** Request headers without credentials. */
  headers: Record<string, string | string[] | undefined>;
  body_bytes: number;
  /** The parsed JSON body, or null when the body was empty or not JSON. */
  json: unknown;
}

export interface FakeAnthropic {
  url: string;
  requests: RecordedRequest[];
  /** The recorded POST /v1/messages requests only. */
  messageRequests(): RecordedRequest[];
  close(): Promise<void>;
}

/** Fixed per-turn usage so the CLI reports a deterministic, nonzero cost. */
export const FAKE_USAGE = { input_tokens: 1000, output_tokens: 50 } as const;

const CREDENTIAL_HEADERS = new Set(['x-api-key', 'authorization', 'proxy-authorization', 'cookie']);

const ERROR_TYPES: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  403: { type: 'permission_error', message: 'Permission denied' },
  404: { type: 'not_found_error', message: 'Not found' },
  429: { type: 'rate_limit_error', message: 'Rate limited' },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

/** Anthropic's JSON error body for an HTTP status. */
export function anthropicErrorBody(status: number): unknown {
  const error = ERROR_TYPES[status] ?? { type: 'api_error', message: `HTTP ${status}` };
  return { type: 'error', error };
}

const isReminder = (text: string) => text.trimStart().startsWith('<system-reminder>');

function textsOf(content: Message['content']): string[] {
  if (typeof content === 'string') return [content];
  return content.filter((block) => block.type === 'text' && typeof block.text === 'string').map((block) => block.text!);
}

/** A message with text the user typed; a resumed session's prompt shares the message of the last tool result. */
function isUserPrompt(message: Message): boolean {
  if (message.role !== 'user') return false;
  return textsOf(message.content).some((text) => !isReminder(text));
}

function toolResultText(block: ContentBlock): string {
  const content = block.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return textsOf(content as ContentBlock[]).join('\n');
  return '';
}

export function modelRequest(index: number, body: MessagesBody): ModelRequest {
  const { messages } = body;
  const prompts = messages.filter(isUserPrompt);
  return {
    index,
    body,
    lastToolResultText() {
      for (const message of [...messages].reverse()) {
        if (typeof message.content === 'string') continue;
        const result = [...message.content].reverse().find((block) => block.type === 'tool_result');
        if (result) return toolResultText(result);
      }
      return null;
    },
    userPromptCount: () => prompts.length,
    firstUserText: () =>
      prompts[0]
        ? textsOf(prompts[0].content)
            .filter((text) => !isReminder(text))
            .join('\n')
        : null,
    turnsSinceLastPrompt() {
      const last = messages.lastIndexOf(prompts.at(-1)!);
      return messages.slice(last + 1).filter((message) => message.role === 'assistant').length;
    },
  };
}

function assistantContent(reply: { text?: string; toolUses?: ToolUse[] }, index: number): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  if (reply.text !== undefined) blocks.push({ type: 'text', text: reply.text });
  (reply.toolUses ?? []).forEach((use, n) =>
    blocks.push({ type: 'tool_use', id: `toolu_fake_${index}_${n}`, name: use.name, input: use.input }),
  );
  return blocks;
}

function sseEvent(type: string, data: Record<string, unknown>): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

function streamedMessage(id: string, model: string, content: ContentBlock[], stopReason: string): string {
  const events = [
    sseEvent('message_start', {
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: FAKE_USAGE.input_tokens, output_tokens: 1 },
      },
    }),
  ];
  content.forEach((block, index) => {
    if (block.type === 'text') {
      events.push(sseEvent('content_block_start', { index, content_block: { type: 'text', text: '' } }));
      events.push(sseEvent('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } }));
    } else {
      events.push(sseEvent('content_block_start', { index, content_block: { ...block, input: {} } }));
      events.push(
        sseEvent('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } }),
      );
    }
    events.push(sseEvent('content_block_stop', { index }));
  });
  events.push(
    sseEvent('message_delta', {
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: { output_tokens: FAKE_USAGE.output_tokens },
    }),
  );
  events.push(sseEvent('message_stop', {}));
  return events.join('');
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseJson(bytes: Buffer): unknown {
  try {
    return bytes.length ? JSON.parse(bytes.toString('utf8')) : null;
  } catch {
    return null;
  }
}

function withoutCredentials(headers: http.IncomingHttpHeaders): RecordedRequest['headers'] {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name)));
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake' });
  response.end(JSON.stringify(body));
}

async function answerMessages(response: http.ServerResponse, script: ModelScript, index: number, body: MessagesBody): Promise<void> {
  const reply = await script(modelRequest(index, body));
  if ('hang' in reply) return;
  if ('status' in reply) {
    sendJson(response, reply.status, reply.body ?? anthropicErrorBody(reply.status));
    return;
  }
  const content = assistantContent(reply, index);
  const stopReason = reply.toolUses?.length ? 'tool_use' : 'end_turn';
  const id = `msg_fake_${index}`;
  if (!body.stream) {
    sendJson(response, 200, {
      id,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: FAKE_USAGE,
    });
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': 'req_fake' });
  response.end(streamedMessage(id, body.model, content, stopReason));
}

export interface FakeAnthropicOptions {
  /** Milliseconds to wait before answering a Messages request of `bodyBytes` bytes: a model of a real API's latency. */
  answerDelayMs?: (bodyBytes: number) => number;
}

export function startFakeAnthropic(script: ModelScript, options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  let messageCount = 0;
  const server = http.createServer(async (request, response) => {
    const bytes = await readBody(request);
    const json = parseJson(bytes);
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, headers: withoutCredentials(request.headers), body_bytes: bytes.length, json });
    const route = path.split('?')[0];
    try {
      if (request.method === 'POST' && route === '/v1/messages') {
        const delay = options.answerDelayMs?.(bytes.length) ?? 0;
        if (delay > 0) await setTimeout(delay);
        await answerMessages(response, script, messageCount++, json as MessagesBody);
      } else if (request.method === 'POST' && route === '/v1/messages/count_tokens') {
        sendJson(response, 200, { input_tokens: Math.ceil(bytes.length / 4) });
      } else {
        sendJson(response, 404, anthropicErrorBody(404));
      }
    } catch (error) {
      sendJson(response, 500, { type: 'error', error: { type: 'api_error', message: String(error) } });
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        messageRequests: () => requests.filter((r) => r.method === 'POST' && r.path.split('?')[0] === '/v1/messages'),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The environment that points Claude Code at the fake. */
export function fakeAnthropicEnvironment(url: string): Record<string, string> {
  return {
    ANTHROPIC_BASE_URL: url,
    ANTHROPIC_API_KEY: 'test-key',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
  };
}

const RUNNER_PATH = /\S*agentRunner\.(py|ts)/;
const BODY_PATH = /(?:\/[^\s/]+)*\/main\.(py|ts)\b/;

function pathIn(prompt: string | null, pattern: RegExp, what: string): string {
  const match = prompt?.match(pattern);
  if (!match) throw new Error(`the prompt names no ${what}`);
  return match[0].replace(/[`'".,;:)]+$/, '');
}

/** The runner's absolute path as named in a prompt. */
export function runnerPathIn(prompt: string | null): string {
  return pathIn(prompt, RUNNER_PATH, 'agentRunner.py or agentRunner.ts');
}

/** The absolute path of the program body the task prompt asks the model to write. */
export function bodyPathIn(prompt: string | null): string {
  return pathIn(prompt, BODY_PATH, 'main.py or main.ts to write');
}

/** The runner beside the program body: the file the engine joins the body into. */
function runnerBeside(bodyPath: string): string {
  return path.join(path.dirname(bodyPath), `agentRunner${path.extname(bodyPath)}`);
}

const HARNESS_BEGIN = 'codemode:begin harness';
const TOOLS_END = 'codemode:end tools';
const MAIN_START = /^(?:async def main\b|def main\b|export async function main\b|export function main\b|async function main\b)/m;

/**
 * An edit that replaces the generated `main` (from its definition line to just before the line holding
 * the harness begin marker) with `newMainSource`.
 */
export function replaceMain(newMainSource: string): (runnerText: string) => string {
  return (runnerText) => {
    const start = runnerText.search(MAIN_START);
    const markerIndex = runnerText.indexOf(HARNESS_BEGIN);
    if (start < 0 || markerIndex < 0) throw new Error('the runner has no main definition or no harness begin marker');
    const end = runnerText.lastIndexOf('\n', markerIndex) + 1;
    const source = newMainSource.endsWith('\n') ? newMainSource : `${newMainSource}\n`;
    return `${runnerText.slice(0, start)}${source}\n${runnerText.slice(end)}`;
  };
}

/**
 * The program body of a runner as the model writes it: the lines after the tools region's end marker and before the
 * (last) harness begin marker.
 */
export function programBody(runnerText: string): string {
  const lines = runnerText.split('\n');
  const first = lines.findIndex((line) => line.includes(TOOLS_END));
  const last = lines.map((line) => line.includes(HARNESS_BEGIN)).lastIndexOf(true);
  if (first < 0 || last < first) throw new Error('the runner has no tools region end or harness begin marker');
  return `${lines
    .slice(first + 1, last)
    .join('\n')
    .trim()}\n`;
}

/** The Read calls of the tools a body calls, at the lines the prompt's API index gives, when the API is not in the prompt. */
function apiReads(prompt: string, runnerPath: string, body: string): ToolUse[] {
  const entries = [...prompt.matchAll(/^(\w+)\(.* (\d+)-(\d+): /gm)];
  return entries
    .filter(([, name]) => new RegExp(`\\b${name ?? ''}\\(`).test(body))
    .map(([, , first, last]) => ({
      name: 'Read',
      input: { file_path: runnerPath, offset: Number(first), limit: Number(last) - Number(first) + 1 },
    }));
}

/**
 * Per attempt (the number of user prompts): Write the program body that the attempt's edit of the generated
 * runner holds (the session ends once it is written). With `readsApi`, when the prompt shows an index instead of
 * the API, the model first Reads the lines of the tools it calls. Later attempts reuse the last edit.
 */
export function editRunnerScript(edits: ((runnerText: string) => string)[], { readsApi = false } = {}): ModelScript {
  if (edits.length === 0) throw new Error('editRunnerScript needs at least one edit');
  return (request) => {
    if (!request.body.tools?.length) return { text: 'Done.' };
    const prompt = request.firstUserText() ?? '';
    const bodyPath = bodyPathIn(prompt);
    const runnerPath = runnerBeside(bodyPath);
    const edit = edits[Math.min(Math.max(request.userPromptCount(), 1), edits.length) - 1]!;
    const body = programBody(edit(fs.readFileSync(runnerPath, 'utf8')));
    const reads = readsApi && prompt.includes('<api-index>') && request.userPromptCount() === 1 ? apiReads(prompt, runnerPath, body) : [];
    const turn = request.turnsSinceLastPrompt();
    if (turn === 0 && reads.length > 0) return { toolUses: reads };
    if (turn === (reads.length > 0 ? 1 : 0)) return { toolUses: [{ name: 'Write', input: { file_path: bodyPath, content: body } }] };
    return { text: 'Done.' };
  };
}

export function neverEditsScript(text = 'I looked at the file and have nothing to change.'): ModelScript {
  return () => ({ text });
}

export function errorScript(status: number): ModelScript {
  return () => ({ status });
}

export function hangingScript(): ModelScript {
  return () => ({ hang: true });
}
