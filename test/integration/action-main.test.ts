import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { run } from '../../src/action/main.js';
import { REPORT_MARKER } from '../../src/action/markers.js';
import {
  actionContext,
  type FakeGitHub,
  PERMISSIONS,
  readOutputs,
  recordWorkflowCommands,
  runnerEnvironment,
  startFakeGitHub,
  type WorkflowCommand,
} from '../../testing/fakes/github.js';

type Example = Record<string, any>;
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Example[] }[];

let commentId = 9000;

function issueComment(body: string, login: string): Example {
  const payload = structuredClone(
    webhooks.find((entry) => entry.name === 'issue_comment')!.examples.find((example) => example.action === 'created')!,
  );
  payload.comment.body = body;
  payload.comment.user.login = login;
  payload.comment.id = commentId++;
  payload.issue.number = 21;
  return payload;
}

const API_KEY = 'sk-ant-api-key-for-tests';

interface ActionRun {
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  failed: boolean;
}

describe('run() as the runner starts it', () => {
  let github: FakeGitHub;
  let dir: string;
  /** The toolkit keeps the summary path of its first write for the life of the process, as one step would. */
  let summaryFile: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    summaryFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'codemode-summary-')), 'summary.md');
    github = await startFakeGitHub();
    github.setPermission('alice', PERMISSIONS.write);
    github.setPermission('bob', PERMISSIONS.read);
  });
  afterAll(async () => {
    await github.close();
    await rm(path.dirname(summaryFile), { recursive: true, force: true });
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-main-test-'));
  });
  afterEach(async () => {
    process.env = { ...saved };
    process.exitCode = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  async function runAction(event: string, payload: unknown, inputs: Record<string, string>): Promise<ActionRun> {
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    const { env, files } = await runnerEnvironment({
      github,
      dir,
      event,
      payload,
      summaryFile,
      inputs: { tools: 'tools.py', anthropic_api_key: API_KEY, github_token: 'ghs_token_for_tests', ...inputs },
    });
    Object.assign(process.env, env);
    const recorder = recordWorkflowCommands();
    await run(actionContext()).finally(() => recorder.stop());
    return {
      commands: recorder.commands.filter((command) => command.command !== 'debug'),
      outputs: await readOutputs(files.output),
      summary: await readFile(files.summary, 'utf8'),
      failed: process.exitCode === 1,
    };
  }

  const messages = (action: ActionRun, command: string) =>
    action.commands.filter((entry) => entry.command === command).map((entry) => entry.message);

  it('ignores a comment without the trigger phrase, without a single request', async () => {
    const before = github.requests.length;
    const action = await runAction('issue_comment', issueComment('Looks good to me', 'alice'), {});
    expect(action.failed).toBe(false);
    expect(github.requests.length).toBe(before);
    expect(action.outputs).toEqual({});
  });

  it('fails the step with the input at fault for a bad input', async () => {
    const action = await runAction('issue_comment', issueComment('/codemode go', 'alice'), { permission: 'writer' });
    expect(action.failed).toBe(true);
    expect(messages(action, 'error')).toEqual([
      "Invalid input 'permission': 'writer'. Expected one of read, triage, write, maintain, admin.",
    ]);
  });

  it('fails the step when a dispatch has no task', async () => {
    const action = await runAction('workflow_dispatch', { inputs: {} }, {});
    expect(messages(action, 'error')).toEqual(['Input required and not supplied: task (needed for workflow_dispatch events).']);
  });

  it('refuses a commenter without permission in a reply, and does not fail the step', async () => {
    const before = github.requests.length;
    const action = await runAction('issue_comment', issueComment('/codemode delete everything', 'bob'), {});
    expect(action.failed).toBe(false);
    const reason = '@bob needs write permission on octo-org/octo-repo to run /codemode (has read).';
    expect(messages(action, 'warning')).toEqual([reason]);
    const requests = github.requests.slice(before).map((request) => `${request.method} ${request.path}`);
    expect(requests).toEqual([
      'GET /repos/octo-org/octo-repo/collaborators/bob/permission',
      'POST /repos/octo-org/octo-repo/issues/21/comments',
    ]);
    const reply = github.comments.at(-1)!;
    expect(reply.body).toContain(REPORT_MARKER);
    expect(reply.body).toContain(`🚫 ${reason}`);
    expect(github.reactions).toEqual([]);
  });

  it('answers the phrase alone with usage', async () => {
    const action = await runAction('issue_comment', issueComment('/codemode', 'alice'), {});
    expect(action.failed).toBe(false);
    expect(messages(action, 'notice')).toEqual(['No task after /codemode.']);
    expect(github.comments.at(-1)!.body).toContain('Say what the program should do after `/codemode`');
  });

  it('reports an engine refusal in the thread, the summary and the outputs, and fails the step', async () => {
    const before = github.requests.length;
    const action = await runAction('issue_comment', issueComment(`/codemode Use ${API_KEY} to list issues`, 'alice'), {
      tools: 'missing.py',
    });
    const requests = github.requests.slice(before).map((request) => `${request.method} ${request.path}`);
    const comment = github.comments.at(-1)!;
    // The reaction and the search for an earlier comment go out together, in either order.
    expect(requests[0]).toBe('GET /repos/octo-org/octo-repo/collaborators/alice/permission');
    expect(requests.slice(1, 3).sort()).toEqual([
      'GET /repos/octo-org/octo-repo/issues/21/comments',
      expect.stringMatching(/^POST \/repos\/octo-org\/octo-repo\/issues\/comments\/\d+\/reactions$/),
    ]);
    expect(requests.slice(3)).toEqual([
      'POST /repos/octo-org/octo-repo/issues/21/comments',
      `PATCH /repos/octo-org/octo-repo/issues/comments/${comment.id}`,
    ]);
    expect(github.reactions.at(-1)?.content).toBe('eyes');
    expect(comment.body).toContain('### ❌ Code Mode failed\n\n```text\nTools module not found: missing.py\n```');
    expect(comment.body).toContain('> Use *** to list issues');
    expect(comment.body).not.toContain(API_KEY);
    expect(comment.body).toContain('[Workflow run](https://github.com/octo-org/octo-repo/actions/runs/555)');
    expect(action.summary).toContain('Tools module not found: missing.py');
    expect(action.summary).not.toContain(API_KEY);
    expect(action.outputs).toEqual({
      success: 'false',
      result: '',
      error: 'Tools module not found: missing.py',
      comment_url: comment.html_url,
      artifact_id: '',
      artifact_url: '',
      code_path: '',
      cost_usd: '0',
      turns: '0',
      input_tokens: '0',
      output_tokens: '0',
      tool_calls: '0',
      pull_request_url: '',
    });
    expect(action.failed).toBe(true);
    expect(messages(action, 'error')).toEqual(['Code Mode could not start: Tools module not found: missing.py']);
  });

  it('updates the comment of an earlier try of the same trigger instead of writing another', async () => {
    const payload = issueComment('/codemode again', 'alice');
    await runAction('issue_comment', payload, { tools: 'missing.py' });
    const count = github.comments.length;
    await runAction('issue_comment', payload, { tools: 'missing.py' });
    expect(github.comments.length).toBe(count);
  });

  it('still writes the summary and outputs when GitHub refuses the comments', async () => {
    github.failNext('POST', /\/issues\/21\/comments$/, 403, 2, { message: 'Resource not accessible by integration' });
    const before = github.comments.length;
    const action = await runAction('issue_comment', issueComment('/codemode count', 'alice'), { tools: 'missing.py' });
    expect(github.comments.length).toBe(before);
    expect(messages(action, 'warning')).toEqual([
      'Could not comment on #21: Resource not accessible by integration',
      'Could not comment on #21: Resource not accessible by integration',
    ]);
    expect(action.summary).toContain('### ❌ Code Mode failed\n\n```text\nTools module not found: missing.py\n```');
    expect(action.outputs).toMatchObject({ success: 'false', comment_url: '', error: 'Tools module not found: missing.py' });
    expect(messages(action, 'error')).toEqual(['Code Mode could not start: Tools module not found: missing.py']);
  });
});
