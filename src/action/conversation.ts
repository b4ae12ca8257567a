import * as core from '@actions/core';

import { addEyesReaction, findComment, type PostedComment, publishComment, type Thread } from './comment.js';
import type { Target, TriggerComment } from './event.js';
import { createGitHubClient, type GitHubClient, type Repo } from './github.js';
import { type ActionInputs, InputError } from './inputs.js';
import { triggerMarker } from './markers.js';
import { renderRefusal } from './report.js';
import { ProgramRefusal } from './reported-program.js';
import type { Runtime, StepContext } from './runtime.js';

/** Where the conversation happens: the issue or pull request, when comments are wanted and the repository is known. */
export interface Conversation {
  octokit: GitHubClient;
  repo: Repo;
  thread: Thread | null;
}

/** A conversation in a thread: where approvals and saves find their report. */
export type ThreadConversation = Conversation & { thread: Thread };

export function openConversation(
  inputs: ActionInputs,
  runtime: Runtime,
  target: Target | null,
  comment: TriggerComment | null,
): Conversation | null {
  const needed = comment !== null || (inputs.comment && target !== null);
  if (!needed) return null;
  if (!runtime.repo) throw new InputError('GITHUB_REPOSITORY is not set: cannot reach the repository on GitHub.');
  if (!inputs.github_token) throw new InputError('Input required and not supplied: github_token');
  const octokit = createGitHubClient({ token: inputs.github_token, baseUrl: runtime.apiUrl });
  const thread = inputs.comment && target ? { ...runtime.repo, issue_number: target.issue_number } : null;
  return { octokit, repo: runtime.repo, thread };
}

export async function reply(conversation: Conversation | null, body: string): Promise<PostedComment | null> {
  if (!conversation?.thread) return null;
  return publishComment(conversation.octokit, conversation.thread, null, body);
}

/** Reacts to the triggering comment and shows progress in the thread, reusing the comment of an earlier try. */
export async function acknowledge(
  conversation: Conversation,
  trigger: TriggerComment | null,
  key: string | null,
  progress: string,
): Promise<PostedComment | null> {
  const { octokit, repo, thread } = conversation;
  if (!thread) return null;
  const [, earlier] = await Promise.all([
    trigger ? addEyesReaction(octokit, repo, trigger) : null,
    key ? findComment(octokit, thread, triggerMarker(key)) : null,
  ]);
  return publishComment(octokit, thread, earlier, progress);
}

/** Does `work`; when it refuses, says why in one line in the thread, fails the step, and yields null. */
export async function refusingInThread<T>(step: StepContext, conversation: Conversation, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ProgramRefusal)) throw error;
    await reply(conversation, renderRefusal(error.message, { triggerKey: step.key }));
    core.setFailed(error.message);
    return null;
  }
}
