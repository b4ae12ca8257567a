import { z } from 'zod';

import { hasReportMarker } from './markers.js';

/** The login GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = { login: 'github-actions[bot]' } as const;

export interface Author {
  login: string;
  type: string;
}

export interface TriggerComment {
  id: number;
  kind: 'issue' | 'review';
  author: Author;
  html_url: string;
}

/** The issue or pull request the action reports in. */
export interface Target {
  issue_number: number;
}

export type Trigger =
  | { kind: 'run'; task: string; target: Target | null; comment: TriggerComment | null }
  | { kind: 'ignore'; reason: string }
  /** The trigger is meant for us but says nothing to do: tell the author how to use it. */
  | { kind: 'usage'; reason: string; target: Target | null; comment: TriggerComment | null }
  /**
   * `approve [<hash>] [again | all]` after the phrase: run the program the thread's generated report shows, or go on
   * with the run that paused before a call (`all`: and approve every later call of that tool), the one whose SHA-256
   * starts with `hash` when given (the first 12 hex digits, as reports show it).
   */
  | { kind: 'approve'; hash: string | null; again: boolean; all: boolean; target: Target; comment: TriggerComment }
  /** `reject [<hash>]` after the phrase: end the run that paused before a call, without making it. */
  | { kind: 'reject'; hash: string | null; target: Target; comment: TriggerComment }
  /** `save <name>` after the phrase: open a pull request that adds the program of the thread's report that ran. */
  | { kind: 'save'; name: string; target: Target; comment: TriggerComment };

export type RunTrigger = Extract<Trigger, { kind: 'run' }>;
export type ApproveTrigger = Extract<Trigger, { kind: 'approve' }>;
export type RejectTrigger = Extract<Trigger, { kind: 'reject' }>;
export type SaveTrigger = Extract<Trigger, { kind: 'save' }>;

export interface EventInputs {
  task: string | null;
  trigger_phrase: string;
  issue_number: number | null;
}

const UserSchema = z.object({ login: z.string(), type: z.string() });
const CommentSchema = z.object({ id: z.number(), body: z.string().nullable(), user: UserSchema, html_url: z.string() });

const IssueCommentEvent = z.object({
  action: z.string(),
  comment: CommentSchema,
  issue: z.object({ number: z.number() }),
});

const ReviewCommentEvent = z.object({
  action: z.string(),
  comment: CommentSchema,
  pull_request: z.object({ number: z.number() }),
});

const PullRequestEvent = z.object({ pull_request: z.object({ number: z.number() }) });

const RepositoryDispatchEvent = z.object({ client_payload: z.object({ task: z.string().optional() }).loose().nullish() });

/** Decides whether and what to run from the event alone; makes no requests. */
export function resolveTrigger(eventName: string, payload: unknown, inputs: EventInputs, self: { login: string } = ACTIONS_BOT): Trigger {
  switch (eventName) {
    case 'issue_comment': {
      const event = IssueCommentEvent.parse(payload);
      const target = { issue_number: event.issue.number };
      return commentTrigger(event.action, event.comment, 'issue', target, inputs, self);
    }
    case 'pull_request_review_comment': {
      const event = ReviewCommentEvent.parse(payload);
      const target = { issue_number: event.pull_request.number };
      return commentTrigger(event.action, event.comment, 'review', target, inputs, self);
    }
    case 'pull_request':
    case 'pull_request_target': {
      const event = PullRequestEvent.parse(payload);
      return inputTrigger(eventName, inputs.task, { issue_number: event.pull_request.number });
    }
    case 'repository_dispatch': {
      const task = RepositoryDispatchEvent.parse(payload).client_payload?.task?.trim();
      if (task) return { kind: 'run', task, target: inputTarget(inputs), comment: null };
      return inputTrigger(eventName, inputs.task, inputTarget(inputs));
    }
    default:
      return inputTrigger(eventName, inputs.task, inputTarget(inputs));
  }
}

function commentTrigger(
  action: string,
  comment: z.infer<typeof CommentSchema>,
  kind: TriggerComment['kind'],
  target: Target,
  inputs: EventInputs,
  self: { login: string },
): Trigger {
  const body = comment.body ?? '';
  if (action !== 'created') return { kind: 'ignore', reason: `Comment was ${action}, not created.` };
  if (hasReportMarker(body) && (comment.user.login === self.login || comment.user.type === 'Bot')) {
    return { kind: 'ignore', reason: 'Comment was written by this action.' };
  }
  const task = taskAfterPhrase(body, inputs.trigger_phrase);
  if (task === null) return { kind: 'ignore', reason: `Comment does not start with ${inputs.trigger_phrase}.` };
  const triggerComment: TriggerComment = { id: comment.id, kind, author: comment.user, html_url: comment.html_url };
  if (!task) return { kind: 'usage', reason: `No task after ${inputs.trigger_phrase}.`, target, comment: triggerComment };
  const approval = /^approve(?:\s+([0-9a-f]{12}))?(?:\s+(again|all))?$/i.exec(task);
  if (approval) {
    const hash = approval[1]?.toLowerCase() ?? null;
    const word = approval[2]?.toLowerCase();
    return { kind: 'approve', hash, again: word === 'again', all: word === 'all', target, comment: triggerComment };
  }
  const rejection = /^reject(?:\s+([0-9a-f]{12}))?$/i.exec(task);
  if (rejection) return { kind: 'reject', hash: rejection[1]?.toLowerCase() ?? null, target, comment: triggerComment };
  const save = /^save(?:\s+(.*))?$/is.exec(task);
  if (save) return { kind: 'save', name: save[1]?.trim() ?? '', target, comment: triggerComment };
  return { kind: 'run', task, target, comment: triggerComment };
}

/** The text after the phrase when the body starts with it as a whole word, else null. */
export function taskAfterPhrase(body: string, phrase: string): string | null {
  const text = body.trimStart();
  if (!text.startsWith(phrase)) return null;
  const rest = text.slice(phrase.length);
  if (rest !== '' && !/^\s/.test(rest)) return null;
  return rest.trim();
}

function inputTarget(inputs: EventInputs): Target | null {
  return inputs.issue_number === null ? null : { issue_number: inputs.issue_number };
}

function inputTrigger(eventName: string, task: string | null, target: Target | null): Trigger {
  if (!task)
    return { kind: 'usage', reason: `Input required and not supplied: task (needed for ${eventName} events).`, target, comment: null };
  return { kind: 'run', task, target, comment: null };
}
