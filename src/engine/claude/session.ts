import { createWriteStream } from 'node:fs';
import readline from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';

import { lastLine } from '../../format.js';
import { type ProcessOutcome, startProcessTree } from '../process.js';
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
  /** How long the session may take from when it has its whole prompt. */
  timeoutMs: number;
  /** Every raw output line is appended here. */
  transcriptPath: string;
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
  /** Called once the model's turn has begun (Claude Code's init, as it sends its first request). */
  onTurnStart?: () => void;
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
  options: Pick<ClaudeSessionSettings, 'systemPrompt' | 'tools' | 'resumeSessionId' | 'model' | 'maxTurns' | 'maxBudgetUsd'>,
): string[] {
  const tools = options.tools.join(',');
  return [
    // The prompt comes on standard input, as a message: with a large catalog's index it outgrows what one argument
    // may hold, and Claude Code readies the whole session before a message comes, where a plain prompt is only
    // read once its input has ended.
    '-p',
    '--input-format',
    'stream-json',
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
  /** Bytes of the results of the model's own tools (the runner it read). */
  toolResultBytes: number;
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
      return { ...state, toolResultBytes: state.toolResultBytes + Buffer.byteLength(event.text) };
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

/** Everything a session is started with but its prompt and who waits for its turn. */
export type ClaudeSessionSettings = Omit<ClaudeSessionOptions, 'prompt' | 'onTurnStart'>;

/** A session started before its prompt is known: Claude Code readies itself, then waits for the prompt. */
export interface StartedClaudeSession {
  readonly settings: ClaudeSessionSettings;
  /** Gives it its prompt and waits for its result, for at most `timeoutMs` from now; `onTurnStart` as in the options. */
  complete(prompt: string, timeoutMs: number, onTurnStart?: () => void): Promise<ClaudeSessionResult>;
  /** Ends it unused, if it still runs, and waits until its process has gone. */
  discard(): Promise<void>;
  /** Settles once its process has gone, however it ended. */
  readonly closed: Promise<void>;
}

/** Whether a session started with `settings` is the one `wanted` describes: the same arguments in the same folder. */
export function sameSession(settings: ClaudeSessionSettings, wanted: ClaudeSessionSettings): boolean {
  const [started, needed] = [claudeArguments(settings), claudeArguments(wanted)];
  return settings.cwd === wanted.cwd && started.length === needed.length && started.every((argument, n) => argument === needed[n]);
}

/** What a session's process came to: its outcome, what its output said, and the tail of its standard error. */
interface SessionEnding {
  outcome: ProcessOutcome;
  state: StreamState;
  stderr: string;
}

/** The prompt as Claude Code's stream-json input reads it: one user message on one line. */
function promptMessage(prompt: string): string {
  return `${JSON.stringify({ type: 'user', message: { role: 'user', content: prompt } })}\n`;
}

export function startClaudeSession(settings: ClaudeSessionSettings): StartedClaudeSession {
  const input = new PassThrough();
  const discarded = new AbortController();
  const signal = settings.signal ? AbortSignal.any([settings.signal, discarded.signal]) : discarded.signal;
  const { limit, ending, awaitTurn } = startSessionProcess({ ...settings, signal }, input);
  return {
    settings,
    async complete(prompt, timeoutMs, onTurnStart) {
      if (onTurnStart) awaitTurn(onTurnStart);
      limit(timeoutMs);
      input.end(promptMessage(prompt));
      return sessionResult(await ending, { ...settings, timeoutMs }, prompt);
    },
    async discard() {
      discarded.abort();
      if (!input.writableEnded) input.end();
      await ending;
    },
    closed: ending.then(() => undefined),
  };
}

/** Runs one non-interactive Claude Code session restricted to its file tools in `cwd`. */
export function runClaudeSession(options: ClaudeSessionOptions): Promise<ClaudeSessionResult> {
  return startClaudeSession(options).complete(options.prompt, options.timeoutMs, options.onTurnStart);
}

/**
 * Starts the session's process, which has no time limit until `limit` gives it one, and reads what it writes;
 * `awaitTurn` names who is told when its turn begins.
 */
function startSessionProcess(
  settings: ClaudeSessionSettings,
  input: Readable,
): { limit: (timeoutMs: number) => void; ending: Promise<SessionEnding>; awaitTurn: (listener: () => void) => void } {
  const transcript = createWriteStream(settings.transcriptPath, { flags: 'a' });
  let state: StreamState = {
    sessionId: settings.resumeSessionId ?? null,
    result: null,
    modelRequests: 0,
    lastMessageId: null,
    toolResultBytes: 0,
  };
  let turnStarted: (() => void) | null = null;
  const handleLine = (line: string) => {
    transcript.write(`${line}\n`);
    for (const event of parseStreamLine(line)) {
      if (event.type === 'init') {
        turnStarted?.();
        turnStarted = null;
      }
      state = foldEvent(state, event);
      const progress = describeEvent(event);
      if (progress) settings.onProgress?.(progress);
    }
  };
  const tree = startProcessTree(settings.claudePath, claudeArguments(settings), {
    cwd: settings.cwd,
    env: sessionEnvironment(settings.env),
    input,
    signal: settings.signal,
  });
  const stderr = collect(tree.stderr);
  const lines = readline.createInterface({ input: tree.stdout, crlfDelay: Infinity });
  lines.on('line', handleLine);
  const reading = new Promise((resolve) => lines.on('close', resolve));
  const ending = (async (): Promise<SessionEnding> => {
    const outcome = await tree.finished;
    await reading;
    await new Promise((resolve) => transcript.end(resolve));
    return { outcome, state, stderr: await stderr };
  })();
  return {
    limit: (timeoutMs) => tree.limit(timeoutMs),
    ending,
    awaitTurn: (listener) => {
      turnStarted = listener;
    },
  };
}

function sessionResult({ outcome, state, stderr }: SessionEnding, settings: ClaudeSessionSettings, prompt: string): ClaudeSessionResult {
  return {
    session_id: state.sessionId,
    turns: state.result?.num_turns ?? 0,
    cost_usd: state.result?.run_cost_usd ?? 0,
    usage: state.result?.run_usage ?? NO_TOKENS,
    model_requests: state.modelRequests,
    context_bytes: Buffer.byteLength(settings.systemPrompt) + Buffer.byteLength(prompt) + state.toolResultBytes,
    error: outcomeError(outcome, state, stderr, settings.timeoutMs),
    duration_ms: Math.round(outcome.durationMs),
  };
}
