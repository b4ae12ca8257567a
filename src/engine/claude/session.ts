import { createWriteStream } from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';

import { lastLine } from '../../format.js';
import { type ProcessOutcome, runProcessTree } from '../process.js';
import { type ClaudeEvent, describeEvent, NO_TOKENS, parseStreamLine, resultError, type TokenUsage } from './stream.js';

export interface ClaudeSessionOptions {
  claudePath: string;
  cwd: string;
  prompt: string;
  systemPrompt: string;
  /** The built-in tools the model gets (e.g. Write); none that runs code. */
  tools: string[];
  resumeSessionId?: string;
  model?: string;
  maxTurns: number;
  /** What the session may spend, in US dollars; Claude Code stops it once it has spent more. */
  maxBudgetUsd?: number;
  env: Record<string, string>;
  timeoutMs: number;
  /** Every raw output line is appended here. */
  transcriptPath: string;
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
}

export interface ClaudeSessionResult {
  session_id: string | null;
  /** Turns and cost of this run only, also when it resumed an earlier session. */
  turns: number;
  cost_usd: number;
  /** The tokens of this run's model requests. */
  usage: TokenUsage;
  model_requests: number;
  /** Bytes of what this run gave the model: the system prompt, the prompt and the results of its tools (the runner it read). */
  context_bytes: number;
  /** Why the session failed (API error, turn limit, timeout), or null. */
  error: string | null;
  duration_ms: number;
}

/**
 * The session ends as soon as the model's Write succeeded: the program is written, and a closing reply would be
 * one more request carrying the whole conversation.
 */
const STOP_AFTER_WRITE = JSON.stringify({
  hooks: {
    PostToolUse: [
      { matcher: 'Write', hooks: [{ type: 'command', command: `echo '{"continue":false,"stopReason":"The program is written."}'` }] },
    ],
  },
});

/** Retries of a failing API call; Claude Code's own default (10) can take minutes. */
const DEFAULT_MAX_RETRIES = '2';

function claudeArguments(
  options: Pick<ClaudeSessionOptions, 'systemPrompt' | 'tools' | 'resumeSessionId' | 'model' | 'maxTurns' | 'maxBudgetUsd'>,
): string[] {
  const tools = options.tools.join(',');
  return [
    // The prompt comes on standard input: with a large catalog's index it outgrows what one argument may hold.
    '-p',
    '--output-format',
    'stream-json',
    '--verbose',
    '--tools',
    tools,
    '--allowedTools',
    tools,
    '--permission-mode',
    'acceptEdits',
    // No user, project or local settings: hooks, CLAUDE.md and permission rules of the repository stay out.
    '--setting-sources',
    '',
    // Drops every code-running tool and confines the file tools to cwd, the runner's directory.
    '--restricted',
    '--strict-mcp-config',
    '--disable-slash-commands',
    '--no-chrome',
    '--settings',
    STOP_AFTER_WRITE,
    '--max-turns',
    String(options.maxTurns),
    '--system-prompt',
    options.systemPrompt,
    ...(options.model ? ['--model', options.model] : []),
    ...(options.maxBudgetUsd === undefined ? [] : ['--max-budget-usd', String(options.maxBudgetUsd)]),
    ...(options.resumeSessionId ? ['--resume', options.resumeSessionId] : []),
  ];
}

/**
 * Tool search off: the session has no MCP or deferred tools to search, and with it on every request carries a
 * placeholder tool definition that only keeps deferred loading active.
 */
const NO_TOOL_SEARCH = { ENABLE_TOOL_SEARCH: 'false' };

function sessionEnvironment(env: Record<string, string>): Record<string, string> {
  return { CLAUDE_CODE_MAX_RETRIES: DEFAULT_MAX_RETRIES, ...env, ...NO_TOOL_SEARCH };
}

interface StreamState {
  sessionId: string | null;
  result: Extract<ClaudeEvent, { type: 'result' }> | null;
  /** The model's messages so far, each one request, and the last one's id (its blocks come on lines in a row). */
  modelRequests: number;
  lastMessageId: string | null;
  contextBytes: number;
}

function foldEvent(state: StreamState, event: ClaudeEvent): StreamState {
  switch (event.type) {
    case 'init':
      return { ...state, sessionId: event.session_id };
    case 'result':
      return { ...state, sessionId: event.session_id, result: event };
    case 'model_message':
      if (event.id === state.lastMessageId) return state;
      return { ...state, modelRequests: state.modelRequests + 1, lastMessageId: event.id };
    case 'tool_result':
      return { ...state, contextBytes: state.contextBytes + Buffer.byteLength(event.text) };
    default:
      return state;
  }
}

function collect(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => stream.on('close', () => resolve(Buffer.concat(chunks).toString('utf8'))));
}

function outcomeError(outcome: ProcessOutcome, state: StreamState, stderr: string, timeoutMs: number): string | null {
  if (outcome.timedOut) return `Claude Code timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (outcome.aborted) return 'Claude Code was cancelled';
  if (outcome.spawnError) return `Claude Code could not be started: ${outcome.spawnError.message}`;
  if (state.result) return resultError(state.result);
  const detail = lastLine(stderr);
  if (outcome.exitCode !== 0) {
    const how = outcome.exitCode === null ? `was killed by ${outcome.signal ?? 'a signal'}` : `exited with code ${outcome.exitCode}`;
    return `Claude Code ${how}${detail ? `: ${detail}` : ' without a result'}`;
  }
  return `Claude Code ended without a result${detail ? `: ${detail}` : ''}`;
}

/** Runs one non-interactive Claude Code session restricted to its file tools in `cwd`. */
export async function runClaudeSession(options: ClaudeSessionOptions): Promise<ClaudeSessionResult> {
  const transcript = createWriteStream(options.transcriptPath, { flags: 'a' });
  let state: StreamState = {
    sessionId: options.resumeSessionId ?? null,
    result: null,
    modelRequests: 0,
    lastMessageId: null,
    contextBytes: Buffer.byteLength(options.systemPrompt) + Buffer.byteLength(options.prompt),
  };
  let reading: Promise<void> = Promise.resolve();
  let stderr: Promise<string> = Promise.resolve('');
  const handleLine = (line: string) => {
    transcript.write(`${line}\n`);
    for (const event of parseStreamLine(line)) {
      state = foldEvent(state, event);
      const progress = describeEvent(event);
      if (progress) options.onProgress?.(progress);
    }
  };
  const outcome = await runProcessTree(options.claudePath, claudeArguments(options), {
    cwd: options.cwd,
    env: sessionEnvironment(options.env),
    input: options.prompt,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    onOutput: (stdout, stderrStream) => {
      stderr = collect(stderrStream);
      const lines = readline.createInterface({ input: stdout, crlfDelay: Infinity });
      lines.on('line', handleLine);
      reading = new Promise((resolve) => lines.on('close', resolve));
    },
  });
  await reading;
  const error = outcomeError(outcome, state, await stderr, options.timeoutMs);
  await new Promise((resolve) => transcript.end(resolve));
  return {
    session_id: state.sessionId,
    turns: state.result?.num_turns ?? 0,
    cost_usd: state.result?.run_cost_usd ?? 0,
    usage: state.result?.run_usage ?? NO_TOKENS,
    model_requests: state.modelRequests,
    context_bytes: state.contextBytes,
    error,
    duration_ms: Math.round(outcome.durationMs),
  };
}
