import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addEyesReaction, findComment, publishComment, type Thread } from '../../src/action/comment.js';
import { createGitHubClient, type GitHubClient } from '../../src/action/github.js';
import { triggerMarker } from '../../src/action/markers.js';
import { type FakeGitHub, recordWorkflowCommands, startFakeGitHub } from '../../testing/fakes/github.js';

describe('comments on the fake GitHub API', () => {
  let github: FakeGitHub;
  let octokit: GitHubClient;
  let thread: Thread;
  const repo = () => ({ owner: github.owner, repo: github.repo });

  beforeAll(async () => {
    github = await startFakeGitHub();
    octokit = createGitHubClient({ token: 'ghs_test_token', baseUrl: github.url, retryBaseMs: 1 });
    thread = { ...repo(), issue_number: 12 };
  });
  afterAll(async () => {
    await github.close();
  });

  it('reacts with eyes on issue comments and review comments', async () => {
    await addEyesReaction(octokit, repo(), { id: 501, kind: 'issue', author: { login: 'alice', type: 'User' }, html_url: '' });
    await addEyesReaction(octokit, repo(), { id: 502, kind: 'review', author: { login: 'alice', type: 'User' }, html_url: '' });
    expect(github.reactions).toEqual([
      { comment_id: 501, kind: 'issue', content: 'eyes' },
      { comment_id: 502, kind: 'review', content: 'eyes' },
    ]);
  });

  it('creates a comment after a 502, then updates the same comment in place', async () => {
    github.failNext('POST', /\/issues\/12\/comments$/, 502);
    const created = await publishComment(octokit, thread, null, 'progress');
    expect(created).toEqual({ id: expect.any(Number), html_url: expect.stringContaining('/issues/12#issuecomment-') });
    const updated = await publishComment(octokit, thread, created, 'final report');
    expect(updated).toEqual(created);
    expect(github.comments.filter((comment) => comment.issue_number === 12).map((comment) => comment.body)).toEqual(['final report']);
    const writes = github.writes().map((request) => `${request.method} ${request.path}`);
    expect(writes.slice(-3)).toEqual([
      `POST /repos/${github.owner}/${github.repo}/issues/12/comments`,
      `POST /repos/${github.owner}/${github.repo}/issues/12/comments`,
      `PATCH /repos/${github.owner}/${github.repo}/issues/comments/${created!.id}`,
    ]);
  });

  it('finds the comment of an earlier try of the same trigger by its marker', async () => {
    github.seedComment(13, 'unrelated');
    const earlier = github.seedComment(13, `<!-- codemode-action:report -->\n${triggerMarker('comment-77')}\n⏳ Working on it…`);
    const issue13 = { ...thread, issue_number: 13 };
    expect(await findComment(octokit, issue13, triggerMarker('comment-77'))).toEqual({ id: earlier.id, html_url: earlier.html_url });
    expect(await findComment(octokit, issue13, triggerMarker('comment-78'))).toBeNull();
  });

  it('writes a new comment when the one to update is gone', async () => {
    const recorder = recordWorkflowCommands();
    const written = await publishComment(octokit, thread, { id: 999_999, html_url: 'https://github.com/gone' }, 'report').finally(() =>
      recorder.stop(),
    );
    expect(github.comments.find((comment) => comment.id === written?.id)?.body).toBe('report');
    expect(recorder.commands.filter((command) => command.command === 'warning').map((command) => command.message)).toEqual([
      'Could not update comment 999999 on #12: Not Found',
    ]);
  });

  it('warns and returns null when GitHub keeps failing', async () => {
    const recorder = recordWorkflowCommands();
    github.failNext('POST', /\/issues\/14\/comments$/, 502, 10);
    const written = await publishComment(octokit, { ...thread, issue_number: 14 }, null, 'report').finally(() => recorder.stop());
    expect(written).toBeNull();
    expect(github.comments.filter((comment) => comment.issue_number === 14)).toEqual([]);
    expect(recorder.commands.filter((command) => command.command === 'warning').map((command) => command.message)).toEqual([
      'Could not comment on #14: Bad Gateway',
    ]);
  });
});
