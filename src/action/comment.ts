import * as core from '@actions/core';

import { errorMessage } from '../engine/errors.js';
import type { TriggerComment } from './event.js';
import type { GitHubClient, Repo } from './github.js';

export interface PostedComment {
  id: number;
  html_url: string;
}

export interface Thread extends Repo {
  issue_number: number;
}

const posted = ({ id, html_url }: PostedComment): PostedComment => ({ id, html_url });

/** Runs a GitHub write whose failure must not end the run: a failure becomes a warning and null. */
async function bestEffort<T>(what: string, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    core.warning(`Could not ${what}: ${errorMessage(error)}`);
    return null;
  }
}

/** Acknowledges a triggering comment with 👀; the login that reacted (the token's), or null when GitHub refused. */
export async function addEyesReaction(octokit: GitHubClient, repo: Repo, comment: TriggerComment): Promise<string | null> {
  const reaction = await bestEffort(`add a reaction to comment ${comment.id}`, () =>
    comment.kind === 'issue'
      ? octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'eyes' })
      : octokit.rest.reactions.createForPullRequestReviewComment({ ...repo, comment_id: comment.id, content: 'eyes' }),
  );
  return reaction?.data.user?.login ?? null;
}

/** The comment of the thread whose body carries `marker` (written by an earlier try of the same trigger), if any. */
export async function findComment(octokit: GitHubClient, thread: Thread, marker: string): Promise<PostedComment | null> {
  const found = await bestEffort(`list the comments of #${thread.issue_number}`, async () => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...thread, per_page: 100 });
    return comments.find((comment) => comment.body?.includes(marker)) ?? null;
  });
  return found ? posted(found) : null;
}

/**
 * Writes `body` into the thread: in place when a comment exists, else (or when that fails) as a new one.
 * Returns the comment written, or null when GitHub refused; the caller still has the report for the job summary.
 */
export async function publishComment(
  octokit: GitHubClient,
  thread: Thread,
  existing: PostedComment | null,
  body: string,
): Promise<PostedComment | null> {
  const updated = existing && (await updateComment(octokit, thread, existing, body));
  if (updated) return updated;
  return bestEffort(`comment on #${thread.issue_number}`, async () =>
    posted((await octokit.rest.issues.createComment({ ...thread, body })).data),
  );
}

/** Writes `body` into the comment in place; the comment, or null when GitHub refused. */
export async function updateComment(
  octokit: GitHubClient,
  { owner, repo, issue_number }: Thread,
  comment: PostedComment,
  body: string,
): Promise<PostedComment | null> {
  return bestEffort(`update comment ${comment.id} on #${issue_number}`, async () =>
    posted((await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body })).data),
  );
}
