import { describe, expect } from 'vitest';

import { REPORT_MARKER } from '../../src/action/markers.js';
import { editRunnerScript, type MessagesBody, modelRequest, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { E2E_MAINS, WEATHER_OUTPUT, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import {
  issueComment,
  pullRequestOpened,
  REPOSITORY_NAME,
  repositoryDispatch,
  reviewComment,
  schedule,
  workflowDispatch,
} from './events.js';
import { artifactFiles, RUN_ID, test } from './runner.js';

const API = `/repos/${REPOSITORY_NAME}`;
const DISPATCH_TASK = 'Compare weather between London and Paris';

interface TriggerCase {
  event: string;
  payload: Record<string, any>;
  inputs?: Record<string, string>;
  /** The task the model must be given. */
  task: string;
  /** Issue or pull request the report goes to, or null for none. */
  thread: number | null;
  /** Path of the 👀 reaction request, for comment triggers. */
  reaction: string | null;
  triggerKey: string;
}

function commentCase(event: string, payload: Record<string, any>, reactionsPath: string, thread: number): TriggerCase {
  return {
    event,
    payload,
    task: WEATHER_TASK,
    thread,
    reaction: `${API}/${reactionsPath}/comments/${String(payload.comment.id)}/reactions`,
    triggerKey: `comment-${String(payload.comment.id)}`,
  };
}

function inputCase(
  event: string,
  payload: Record<string, any>,
  inputs: Record<string, string>,
  thread: number | null,
  task = inputs.task!,
): TriggerCase {
  return { event, payload, inputs, task, thread, reaction: null, triggerKey: `run-${RUN_ID}` };
}

const CASES: [string, TriggerCase][] = [
  ['issue_comment on an issue', commentCase('issue_comment', issueComment(`/codemode ${WEATHER_TASK}`), 'issues', 1)],
  [
    'issue_comment on a pull request',
    commentCase('issue_comment', issueComment(`/codemode ${WEATHER_TASK}`, { onPullRequest: true }), 'issues', 1),
  ],
  ['pull_request_review_comment', commentCase('pull_request_review_comment', reviewComment(`/codemode ${WEATHER_TASK}`), 'pulls', 2)],
  ['pull_request, reporting on the pull request', inputCase('pull_request', pullRequestOpened(), { task: WEATHER_TASK }, 2)],
  [
    'workflow_dispatch without issue_number, reporting nowhere but the run',
    inputCase('workflow_dispatch', workflowDispatch(), { task: WEATHER_TASK }, null),
  ],
  [
    'workflow_dispatch with issue_number, reporting there',
    inputCase('workflow_dispatch', workflowDispatch({ issue: '7' }), { task: WEATHER_TASK, issue_number: '7' }, 7),
  ],
  ['schedule', inputCase('schedule', schedule(), { task: WEATHER_TASK }, null)],
  [
    'repository_dispatch, whose client_payload.task wins over the task input',
    inputCase('repository_dispatch', repositoryDispatch({ task: DISPATCH_TASK }), { task: WEATHER_TASK }, null, DISPATCH_TASK),
  ],
];

describe('every trigger of the built action', () => {
  test.for(CASES)('%s', async ([, trigger], { stage }) => {
    stage.github.setPermission('Codertocat', PERMISSIONS.write);
    // The comments of the issue_comment examples are in the conversation of #1.
    stage.github.pullRequests.set(1, pullRequestOpened().pull_request);
    const step = await stage.run({
      event: trigger.event,
      payload: trigger.payload,
      inputs: { tools: 'examples/weather/tools.py', ...trigger.inputs },
      model: editRunnerScript([replaceMain(E2E_MAINS.weather)]),
    });

    expect(step.exitCode).toBe(0);
    expect(step.messages('error')).toEqual([]);
    expect(step.messages('warning')).toEqual([]);
    expect(step.modelRequests).toBe(1);
    const prompt = modelRequest(0, stage.model.messageRequests()[0]!.json as MessagesBody).firstUserText();
    expect(prompt).toContain(trigger.task);
    expect(step.outputs).toMatchObject({ success: 'true', result: JSON.stringify(WEATHER_OUTPUT), error: '', turns: '2' });
    expect(step.summary).toContain('### ✅ Code Mode succeeded');
    expect(step.summary).toContain(`**Task**\n\n> ${trigger.task}\n`);
    const [artifact] = step.artifacts;
    expect(step.outputs.artifact_id).toBe(String(artifact!.id));
    expect((await artifactFiles(artifact!))['prompt.md']).toContain(trigger.task);

    if (trigger.thread === null) {
      expect(step.githubRequests).toEqual([]);
      expect(step.outputs.comment_url).toBe('');
      return;
    }
    expect(stage.github.comments).toHaveLength(1);
    const comment = stage.github.comments[0]!;
    expect(comment.issue_number).toBe(trigger.thread);
    expect(step.summary.startsWith(`${comment.body}\n\n#### Usage\n\n`)).toBe(true);
    expect(comment.body.startsWith(`${REPORT_MARKER}\n<!-- codemode-action:trigger=${trigger.triggerKey} -->\n`)).toBe(true);
    expect(step.outputs.comment_url).toBe(comment.html_url);
    expect(step.writes()).toEqual([
      ...(trigger.reaction ? [`POST ${trigger.reaction}`] : []),
      `POST ${API}/issues/${trigger.thread}/comments`,
      `PATCH ${API}/issues/comments/${comment.id}`,
    ]);
    const permissionChecks = step.githubRequests.filter((request) => request.path.endsWith('/permission'));
    // A pull request's author is asked about too: without write access, the configuration comes from the base branch.
    const onPullRequest = 'pull_request' in trigger.payload || trigger.payload.issue?.pull_request !== undefined;
    expect(permissionChecks).toHaveLength((trigger.reaction ? 1 : 0) + (onPullRequest ? 1 : 0));
  });
});
