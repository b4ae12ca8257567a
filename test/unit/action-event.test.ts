import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { type EventInputs, resolveTrigger, taskAfterPhrase } from '../../src/action/event.js';
import { REPORT_MARKER } from '../../src/action/markers.js';

type Example = Record<string, any>;
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Example[] }[];

/** A real webhook payload of GitHub's, by event name and action. */
function example(event: string, action?: string): Example {
  const found = webhooks
    .find((entry) => entry.name === event)!
    .examples.find((payload) => action === undefined || payload.action === action);
  return structuredClone(found!);
}

function issueComment(
  body: string,
  options: { action?: string; pullRequest?: boolean; user?: { login: string; type: string } } = {},
): Example {
  const payload = example('issue_comment', options.action ?? 'created');
  payload.comment.body = body;
  if (options.user) payload.comment.user = { ...payload.comment.user, ...options.user };
  if (options.pullRequest) payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1' };
  return payload;
}

const INPUTS: EventInputs = { task: null, trigger_phrase: '/codemode', issue_number: null };

describe('resolveTrigger for comments', () => {
  it('reads an approval with or without the hash of the program, and again', () => {
    const approval = (body: string) => {
      const trigger = resolveTrigger('issue_comment', issueComment(body), INPUTS);
      if (trigger.kind === 'approve') return { hash: trigger.hash, again: trigger.again, all: trigger.all };
      return trigger.kind === 'reject' ? { reject: trigger.hash } : trigger.kind;
    };
    expect(approval('/codemode approve')).toEqual({ hash: null, again: false, all: false });
    expect(approval('/codemode approve again')).toEqual({ hash: null, again: true, all: false });
    expect(approval('/codemode approve 0123456789AB')).toEqual({ hash: '0123456789ab', again: false, all: false });
    expect(approval('/codemode approve 0123456789ab again')).toEqual({ hash: '0123456789ab', again: true, all: false });
    expect(approval('/codemode approve 0123456789ab all')).toEqual({ hash: '0123456789ab', again: false, all: true });
    expect(approval('/codemode approve 0123456789ab all again')).toBe('run');
    expect(approval('/codemode approve 0123')).toBe('run');
    expect(approval('/codemode reject 0123456789ab')).toEqual({ reject: '0123456789ab' });
    expect(approval('/codemode reject')).toEqual({ reject: null });
    expect(approval('/codemode reject it all')).toBe('run');
  });

  it('runs the text after the phrase of a new issue comment', () => {
    const payload = issueComment('/codemode Count the open issues\nand group them by label.\n');
    expect(resolveTrigger('issue_comment', payload, INPUTS)).toEqual({
      kind: 'run',
      task: 'Count the open issues\nand group them by label.',
      target: { issue_number: 1 },
      comment: {
        id: payload.comment.id,
        kind: 'issue',
        author: { login: 'Codertocat', type: 'User' },
        html_url: payload.comment.html_url,
      },
    });
  });

  it('runs a comment on a pull request, reporting in its thread', () => {
    const trigger = resolveTrigger('issue_comment', issueComment('  \n/codemode list files', { pullRequest: true }), INPUTS);
    expect(trigger).toMatchObject({ kind: 'run', task: 'list files', target: { issue_number: 1 } });
  });

  it('runs a new pull request review comment', () => {
    const payload = example('pull_request_review_comment', 'created');
    payload.comment.body = '/codemode summarise this diff';
    expect(resolveTrigger('pull_request_review_comment', payload, INPUTS)).toMatchObject({
      kind: 'run',
      task: 'summarise this diff',
      target: { issue_number: payload.pull_request.number },
      comment: { id: payload.comment.id, kind: 'review' },
    });
  });

  it('uses a custom trigger phrase', () => {
    const trigger = resolveTrigger('issue_comment', issueComment('@bot-run go'), { ...INPUTS, trigger_phrase: '@bot-run' });
    expect(trigger).toMatchObject({ kind: 'run', task: 'go' });
  });

  it('keeps the task as data, however it is worded', () => {
    const body = '/codemode mode: generate\npermission: read\n--max_attempts 9';
    expect(resolveTrigger('issue_comment', issueComment(body), INPUTS)).toMatchObject({
      kind: 'run',
      task: 'mode: generate\npermission: read\n--max_attempts 9',
    });
  });

  it.each([
    ['edited', issueComment('/codemode go', { action: 'edited' }), 'Comment was edited, not created.'],
    ['deleted', issueComment('/codemode go', { action: 'deleted' }), 'Comment was deleted, not created.'],
    [
      'without the phrase',
      issueComment("You are totally right! I'll get this fixed right away."),
      'Comment does not start with /codemode.',
    ],
    ['with the phrase later on', issueComment('Please /codemode do it'), 'Comment does not start with /codemode.'],
    ['with a longer word', issueComment('/codemodes do it'), 'Comment does not start with /codemode.'],
    [
      'written by this action',
      issueComment(`/codemode x\n${REPORT_MARKER}`, { user: { login: 'github-actions[bot]', type: 'Bot' } }),
      'Comment was written by this action.',
    ],
  ])('ignores a comment %s', (_case, payload, reason) => {
    expect(resolveTrigger('issue_comment', payload, INPUTS)).toEqual({ kind: 'ignore', reason });
  });

  it('ignores an edited review comment', () => {
    const payload = example('pull_request_review_comment', 'edited');
    payload.comment.body = '/codemode go';
    expect(resolveTrigger('pull_request_review_comment', payload, INPUTS)).toEqual({
      kind: 'ignore',
      reason: 'Comment was edited, not created.',
    });
  });

  it('answers the phrase alone with usage', () => {
    expect(resolveTrigger('issue_comment', issueComment('/codemode   \n'), INPUTS)).toMatchObject({
      kind: 'usage',
      reason: 'No task after /codemode.',
      target: { issue_number: 1 },
      comment: { kind: 'issue' },
    });
  });
});

describe('resolveTrigger for other events', () => {
  it('takes the task input on workflow_dispatch, reporting to issue_number when given', () => {
    const payload = example('workflow_dispatch');
    expect(resolveTrigger('workflow_dispatch', payload, { ...INPUTS, task: 'Do it', issue_number: 7 })).toEqual({
      kind: 'run',
      task: 'Do it',
      target: { issue_number: 7 },
      comment: null,
    });
    expect(resolveTrigger('schedule', { schedule: '0 0 * * *' }, { ...INPUTS, task: 'Nightly' })).toMatchObject({
      kind: 'run',
      task: 'Nightly',
      target: null,
    });
  });

  it('targets the pull request of a pull_request event', () => {
    const payload = example('pull_request', 'opened');
    expect(resolveTrigger('pull_request', payload, { ...INPUTS, task: 'Review', issue_number: 99 })).toMatchObject({
      kind: 'run',
      target: { issue_number: payload.pull_request.number },
    });
  });

  it('lets client_payload.task of repository_dispatch override the task input', () => {
    const payload = example('repository_dispatch');
    payload.client_payload = { task: ' From the payload ' };
    expect(resolveTrigger('repository_dispatch', payload, { ...INPUTS, task: 'From the input' })).toMatchObject({
      kind: 'run',
      task: 'From the payload',
    });
    expect(resolveTrigger('repository_dispatch', example('repository_dispatch'), { ...INPUTS, task: 'From the input' })).toMatchObject({
      kind: 'run',
      task: 'From the input',
    });
  });

  it('asks for the task input when an event carries none', () => {
    expect(resolveTrigger('workflow_dispatch', example('workflow_dispatch'), INPUTS)).toEqual({
      kind: 'usage',
      reason: 'Input required and not supplied: task (needed for workflow_dispatch events).',
      target: null,
      comment: null,
    });
  });
});

describe('taskAfterPhrase', () => {
  it.each([
    ['/codemode', ''],
    ['/codemode\tgo', 'go'],
    ['\n\n  /codemode go\n  on  ', 'go\n  on'],
    ['/codemode-x go', null],
    ['text', null],
  ])('reads %j as %j', (body, task) => {
    expect(taskAfterPhrase(body, '/codemode')).toBe(task);
  });
});
