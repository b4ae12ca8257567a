/** Text helpers shared by the engine, the action's reports and the CLI's output. */
import type { CodeModeResult, SandboxLimits } from './engine/types.js';

/** At most `max` characters, the last one an ellipsis when the text was cut. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * JSON text of a value, or undefined for what JSON cannot hold (undefined, functions, symbols): what
 * JSON.stringify returns at run time, which its declared `string` hides.
 */
export function jsonText(value: unknown, indent?: number): string | undefined {
  const text: string | undefined = JSON.stringify(value, null, indent);
  return text;
}

/** A cost in US dollars as reports show it: `$0.0123`. */
export function formatCost(usd: number): string {
  return `$${usd.toFixed(4)}`;
}

/** A size as reports show it: `512 B`, `1.5 KB`, `2.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A count as reports show it, its thousands separated by commas: `12,345`. Written out rather than with
 * `toLocaleString`, whose first call loads the number formats of the locale (about 25 ms, after the program ran).
 */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}

const counted = (count: number, word: string) => `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;

/**
 * What a run used, on one line: model requests, tokens, cost, tool calls, and the bytes of tool results that stayed
 * out of the model's context beside the bytes the model was given.
 */
export function usageLine({ usage, cost_usd }: Pick<CodeModeResult, 'usage' | 'cost_usd'>): string {
  const tokens = [
    `${formatCount(usage.input_tokens)} in`,
    `${formatCount(usage.output_tokens)} out`,
    `${formatCount(usage.cache_read_input_tokens)} cache read`,
    `${formatCount(usage.cache_creation_input_tokens)} cache write`,
  ];
  return [
    counted(usage.model_requests, 'model request'),
    `tokens ${tokens.join(', ')}`,
    formatCost(cost_usd),
    counted(usage.tool_calls, 'tool call'),
    `${formatBytes(usage.tool_result_bytes)} of tool results kept out of the model's context (${formatBytes(usage.model_context_bytes)} given to the model)`,
  ].join(' · ');
}

/** Said wherever a result is shown that a budget stopped; null when none did. */
export function budgetNote({ stopped_by_budget: budget }: Pick<CodeModeResult, 'stopped_by_budget'>): string | null {
  return budget && `⛔ Stopped by the budget ${budget}: raise ${budget} to let such a run go further.`;
}

/** Said wherever a result is shown that ran without the sandbox. */
export const NOT_SANDBOXED = "⚠ Not sandboxed: the program ran with the job's files, network and processes in reach (sandbox: off).";

/** Said wherever a result is shown whose sandbox could not enforce each of its limits; null when it did. */
export function unenforcedLimits({ limits }: CodeModeResult): string | null {
  if (!limits) return null;
  const unenforced = LIMIT_NAMES.filter((name) => !limits[name].enforced);
  if (unenforced.length === 0) return null;
  return `⚠ Not enforced here: ${unenforced.map((name) => `${LIMIT_SETTINGS[name]} (${limits[name].how})`).join('; ')}.`;
}

/** The setting that raises each limit. */
const LIMIT_SETTINGS: Record<keyof SandboxLimits, string> = { processes: 'max_processes', tmp_size: 'tmp_size', memory: 'max_memory' };
const LIMIT_NAMES = Object.keys(LIMIT_SETTINGS) as (keyof SandboxLimits)[];

/** The first non-empty line, trimmed. */
export function firstLine(text: string): string {
  const [first = ''] = text.trim().split('\n', 1);
  return first.trim();
}

/** The last non-empty line, trimmed. */
export function lastLine(text: string): string {
  return (text.trim().split('\n').at(-1) ?? '').trim();
}

/** The JSON value of `text`, or undefined when it is not JSON. */
/** How many lines two texts share at their start, and then, of the rest, at their end. */
export function sameEnds(before: readonly string[], after: readonly string[]): { head: number; tail: number } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before.at(-1 - tail) === after.at(-1 - tail)) tail += 1;
  return { head, tail };
}

export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
