/**
 * Claude Code's `--output-format stream-json --verbose` output: one JSON object per line. Only the parts
 * the engine relies on are validated; lines and content blocks of other shapes are skipped.
 */
import path from 'node:path';

import { z } from 'zod';

import { firstLine, formatBytes, formatCost, parseJsonOrUndefined, shorten } from '../../format.js';

const InitLineSchema = z.object({
  type: z.literal('system'),
  subtype: z.literal('init'),
  session_id: z.string(),
  model: z.string().nullable().default(null),
  tools: z.array(z.string()).default([]),
});

const RetryLineSchema = z.object({
  type: z.literal('system'),
  subtype: z.literal('api_retry'),
  attempt: z.number(),
  max_retries: z.number(),
  error_status: z.number().nullable().default(null),
});

const TextBlockSchema = z.object({ type: z.literal('text'), text: z.string() });
const ToolUseBlockSchema = z.object({
  type: z.literal('tool_use'),
  id: z.string(),
  name: z.string(),
  input: z.record(z.string(), z.unknown()),
});
const ToolResultBlockSchema = z.object({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  is_error: z.boolean().default(false),
  content: z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }))]).default(''),
});

const MessageLineSchema = z.object({
  type: z.enum(['assistant', 'user']),
  message: z.object({ id: z.string().optional(), content: z.union([z.string(), z.array(z.unknown())]) }),
});

const tokens = z.number().int().nonnegative().catch(0).default(0);
/** The tokens of the model requests, under Anthropic's names; Claude Code's result counts those of its process only. */
export const TokenUsageSchema = z.object({
  input_tokens: tokens,
  output_tokens: tokens,
  cache_read_input_tokens: tokens,
  cache_creation_input_tokens: tokens,
});
export type TokenUsage = z.infer<typeof TokenUsageSchema>;

export const NO_TOKENS: TokenUsage = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

const ResultLineSchema = z.object({
  type: z.literal('result'),
  subtype: z.string(),
  is_error: z.boolean(),
  num_turns: z.number(),
  total_cost_usd: z.number(),
  session_id: z.string(),
  result: z.string().nullable().default(null),
  /** Set for failures without a model answer, e.g. `Reached maximum number of turns (12)`. */
  errors: z.array(z.string()).default([]),
  api_error_status: z.number().nullable().default(null),
  usage: TokenUsageSchema.catch(NO_TOKENS).default(NO_TOKENS),
  /** Cost and tokens per model of this process only; `total_cost_usd` also counts the runs a resumed session had. */
  model_usage_since_last_result: z
    .record(
      z.string(),
      z.object({
        costUSD: z.number(),
        inputTokens: tokens,
        outputTokens: tokens,
        cacheReadInputTokens: tokens,
        cacheCreationInputTokens: tokens,
      }),
    )
    .optional(),
});

type ResultLine = z.infer<typeof ResultLineSchema>;
export type ClaudeResult = Omit<ResultLine, 'type' | 'model_usage_since_last_result' | 'usage'> & {
  run_cost_usd: number;
  /** The tokens of this process's model requests. */
  run_usage: TokenUsage;
};

export type ClaudeEvent =
  | { type: 'init'; session_id: string; model: string | null; tools: string[] }
  /** A message of the model: one per model request, spread over as many lines as it has content blocks. */
  | { type: 'model_message'; id: string }
  | { type: 'api_retry'; attempt: number; max_retries: number; status: number | null }
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }
  | { type: 'tool_result'; tool_use_id: string; is_error: boolean; text: string }
  | ({ type: 'result' } & ClaudeResult);

function toolResultText(content: z.infer<typeof ToolResultBlockSchema>['content']): string {
  return typeof content === 'string' ? content : content.map((part) => part.text ?? '').join('\n');
}

function blockEvent(block: unknown): ClaudeEvent | null {
  const text = TextBlockSchema.safeParse(block);
  if (text.success) return { type: 'text', text: text.data.text };
  const toolUse = ToolUseBlockSchema.safeParse(block);
  if (toolUse.success) return toolUse.data;
  const toolResult = ToolResultBlockSchema.safeParse(block);
  if (toolResult.success) {
    const { tool_use_id, is_error, content } = toolResult.data;
    return { type: 'tool_result', tool_use_id, is_error, text: toolResultText(content) };
  }
  return null;
}

function messageEvents(line: z.infer<typeof MessageLineSchema>): ClaudeEvent[] {
  const { content, id } = line.message;
  const blocks = typeof content === 'string' ? [{ type: 'text', text: content }] : content;
  const events = blocks.map(blockEvent).filter((event): event is ClaudeEvent => event !== null);
  return line.type === 'assistant' && id !== undefined ? [{ type: 'model_message', id }, ...events] : events;
}

/** The events one output line carries; none for blank, malformed or unrecognised lines. */
export function parseStreamLine(line: string): ClaudeEvent[] {
  const value = parseJsonOrUndefined(line);
  if (value === undefined) return [];
  const init = InitLineSchema.safeParse(value);
  if (init.success) return [{ ...init.data, type: 'init' }];
  const retry = RetryLineSchema.safeParse(value);
  if (retry.success) {
    const { attempt, max_retries, error_status } = retry.data;
    return [{ type: 'api_retry', attempt, max_retries, status: error_status }];
  }
  const message = MessageLineSchema.safeParse(value);
  if (message.success) return messageEvents(message.data);
  const result = ResultLineSchema.safeParse(value);
  if (result.success) return [resultEvent(result.data)];
  return [];
}

function resultEvent({ model_usage_since_last_result: perModel, usage, ...line }: ResultLine): ClaudeEvent {
  if (!perModel) return { ...line, run_cost_usd: line.total_cost_usd, run_usage: usage };
  const models = Object.values(perModel);
  const sum = (count: (model: (typeof models)[number]) => number) => models.reduce((total, model) => total + count(model), 0);
  // The result's own `usage` leaves out the last request of a session stopped at its budget; the per-model counts do not.
  const runUsage = {
    input_tokens: sum((model) => model.inputTokens),
    output_tokens: sum((model) => model.outputTokens),
    cache_read_input_tokens: sum((model) => model.cacheReadInputTokens),
    cache_creation_input_tokens: sum((model) => model.cacheCreationInputTokens),
  };
  return { ...line, run_cost_usd: sum((model) => model.costUSD), run_usage: runUsage };
}

/** The one-line reason a result counts as failed, or null when it succeeded. */
export function resultError(result: ClaudeResult): string | null {
  if (!result.is_error && result.subtype === 'success') return null;
  const reason = result.errors[0] ?? result.result ?? `Claude Code ended with ${result.subtype}`;
  return firstLine(reason) || `Claude Code ended with ${result.subtype}`;
}

function describeToolUse(name: string, input: Record<string, unknown>): string {
  const filePath = typeof input.file_path === 'string' ? path.basename(input.file_path) : null;
  if (!filePath) return `claude: ${name}`;
  const content = typeof input.content === 'string' ? ` (${formatBytes(Buffer.byteLength(input.content))})` : '';
  return `claude: ${name} ${filePath}${name === 'Write' ? content : ''}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A short progress line for a person watching the run, or null for events not worth showing. */
export function describeEvent(event: ClaudeEvent): string | null {
  switch (event.type) {
    case 'init':
      return `claude: session started${event.model ? ` (${event.model})` : ''}`;
    case 'model_message':
      return null;
    case 'api_retry':
      return `claude: API error${event.status ? ` ${event.status}` : ''}, retry ${event.attempt}/${event.max_retries}`;
    case 'text': {
      const line = firstLine(event.text);
      return line ? `claude: ${shorten(line, 120)}` : null;
    }
    case 'tool_use':
      return describeToolUse(event.name, event.input);
    case 'tool_result':
      return event.is_error ? `claude: tool error: ${shorten(firstLine(event.text.replace(/<\/?tool_use_error>/g, '')), 120)}` : null;
    case 'result': {
      const error = resultError(event);
      const spent = `${plural(event.num_turns, 'turn')}, ${formatCost(event.run_cost_usd)}`;
      return error ? `claude: failed after ${spent}: ${shorten(error, 120)}` : `claude: done in ${spent}`;
    }
  }
}
