/**
 * Event payloads as GitHub delivers them to a workflow (GITHUB_EVENT_PATH), built from the examples of
 * @octokit/webhooks-examples with only the fields a scenario is about changed.
 */
import { createRequire } from 'node:module';

type Payload = Record<string, any>;
interface WebhookExamples {
  name: string;
  examples: Payload[];
}

const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];

function example(event: string, action?: string): Payload {
  const examples = webhooks.find((entry) => entry.name === event)?.examples ?? [];
  const found = action === undefined ? examples[0] : examples.find((candidate) => candidate.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? ` ${action}` : ''} example`);
  return structuredClone(found);
}

/** The repository every payload is about (the issue_comment examples' own). */
export const REPOSITORY: Payload = example('issue_comment', 'created').repository;
export const REPOSITORY_NAME: string = REPOSITORY.full_name;

const inRepository = (payload: Payload): Payload => ({ ...payload, repository: structuredClone(REPOSITORY) });

export interface CommentOptions {
  login?: string;
  type?: 'User' | 'Bot';
  action?: 'created' | 'edited' | 'deleted';
  /** The comment is on a pull request's conversation rather than an issue. */
  onPullRequest?: boolean;
  id?: number;
}

function withComment(payload: Payload, body: string, options: CommentOptions): Payload {
  payload.comment.body = body;
  if (options.login) payload.comment.user.login = options.login;
  if (options.type) payload.comment.user.type = options.type;
  if (options.id) payload.comment.id = options.id;
  return inRepository(payload);
}

export function issueComment(body: string, options: CommentOptions = {}): Payload {
  const payload = withComment(example('issue_comment', options.action ?? 'created'), body, options);
  if (options.onPullRequest) {
    const { url, html_url } = payload.issue;
    payload.issue.pull_request = {
      url: url.replace(/\/issues\/(\d+)$/, '/pulls/$1'),
      html_url: html_url.replace(/\/issues\/(\d+)$/, '/pull/$1'),
      diff_url: html_url.replace(/\/issues\/(\d+)$/, '/pull/$1.diff'),
      patch_url: html_url.replace(/\/issues\/(\d+)$/, '/pull/$1.patch'),
      merged_at: null,
    };
  }
  return payload;
}

export function reviewComment(body: string, options: CommentOptions = {}): Payload {
  return withComment(example('pull_request_review_comment', options.action ?? 'created'), body, options);
}

export function pullRequestOpened(): Payload {
  return inRepository(example('pull_request', 'opened'));
}

export function workflowDispatch(inputs: Record<string, string> = {}): Payload {
  return { ...inRepository(example('workflow_dispatch')), inputs };
}

export function repositoryDispatch(clientPayload: Record<string, unknown>): Payload {
  return { ...inRepository(example('repository_dispatch')), client_payload: clientPayload };
}

/** The examples have no schedule payload; GitHub sends the cron line and the workflow beside the repository. */
export function schedule(): Payload {
  const { sender } = example('workflow_dispatch');
  return inRepository({ schedule: '30 5 * * 1', workflow: '.github/workflows/codemode-schedule.yml', sender });
}
