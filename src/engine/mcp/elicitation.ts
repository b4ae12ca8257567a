/**
 * Elicitation in an unattended run: nobody can answer a server's `elicitation/create`, so a stated policy does.
 * `defaults` accepts with the requested schema's defaults (SEP-1034: every field that has a default is filled)
 * when every required field has one, and declines otherwise; `decline` declines every request. A URL-mode request
 * (a page for a person to open) is always declined.
 */
import type { ElicitRequest, ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

import { shorten } from '../../format.js';

export const ELICITATION_POLICIES = ['defaults', 'decline'] as const;
export type ElicitationPolicy = (typeof ELICITATION_POLICIES)[number];

/** Elicitations one call's trace row keeps; a request past them is declined. */
export const MAX_ELICITATIONS_PER_CALL = 10;

/** An elicitation and the answer it got, as the trace of the call that caused it shows them. */
export const ElicitationRecordSchema = z.object({
  /** The server's message, shortened. */
  message: z.string(),
  action: z.enum(['accept', 'decline', 'cancel']),
  /** The values sent with `accept`. */
  content: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
  /** Why the request was declined. */
  reason: z.string().optional(),
});
export type ElicitationRecord = z.infer<typeof ElicitationRecordSchema>;
const MESSAGE_CHARS = 500;
const VALUE_CHARS = 200;
const LIST_ITEMS = 20;
const FIELDS = 50;

type ElicitParams = ElicitRequest['params'];

/** The answer the policy gives to one request. */
export function answerElicitation(policy: ElicitationPolicy, params: ElicitParams): ElicitResult & { reason?: string } {
  if (policy === 'decline') return { action: 'decline', reason: 'the policy declines every elicitation' };
  if (params.mode === 'url') return { action: 'decline', reason: 'a URL elicitation needs a person' };
  const { properties, required = [] } = params.requestedSchema;
  const missing = required.filter((name) => properties[name]?.default === undefined);
  if (missing.length > 0) return { action: 'decline', reason: `no default for the required field(s) ${missing.join(', ')}` };
  const content = Object.fromEntries(
    Object.entries(properties).flatMap(([name, property]) => (property.default === undefined ? [] : [[name, property.default] as const])),
  );
  return { action: 'accept', content };
}

/** What the trace keeps of a request and its answer; the server's message is bounded. */
export function elicitationRecord(params: ElicitParams, answer: ElicitResult & { reason?: string }): ElicitationRecord {
  return {
    message: shorten(params.message, MESSAGE_CHARS),
    action: answer.action,
    ...(answer.content ? { content: boundedContent(answer.content) } : {}),
    ...(answer.reason ? { reason: answer.reason } : {}),
  };
}

/** The values as the trace shows them: the server chose the defaults, so each text and list is bounded. */
function boundedContent(content: NonNullable<ElicitResult['content']>): NonNullable<ElicitResult['content']> {
  const bounded = (value: string | number | boolean | string[]) => {
    if (typeof value === 'string') return shorten(value, VALUE_CHARS);
    return Array.isArray(value) ? value.slice(0, LIST_ITEMS).map((item) => shorten(item, VALUE_CHARS)) : value;
  };
  return Object.fromEntries(
    Object.entries(content)
      .slice(0, FIELDS)
      .map(([name, value]) => [name, bounded(value)]),
  );
}
