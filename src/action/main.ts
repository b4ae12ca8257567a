import * as core from '@actions/core';
import * as github from '@actions/github';

import { errorMessage } from '../engine/errors.js';
import { authorize } from './authorize.js';
import { eventPullRequest, readConfigFromBase } from './base-config.js';
import { type Conversation, openConversation, reply } from './conversation.js';
import { resolveTrigger, type Trigger } from './event.js';
import { createGitHubClient } from './github.js';
import { type ActionInputs, InputError, readInputs } from './inputs.js';
import { jobSecrets } from './redaction.js';
import { renderRefusal, renderUsage } from './report.js';
import { type ActionContext, readRuntime, repoRoot, type Runtime } from './runtime.js';

function triggerKey(trigger: Exclude<Trigger, { kind: 'ignore' }>, runtime: Runtime): string | null {
  if (trigger.comment) return `comment-${trigger.comment.id}`;
  return runtime.runId ? `run-${runtime.runId}` : null;
}

/** What a saved program does, as the report names it when the workflow gives no task. */
function savedProgramTask(inputs: ActionInputs): string | null {
  return inputs.program === null ? null : `Run the saved program ${inputs.program}`;
}

/**
 * On a pull request, the base branch's tools module, MCP configuration and saved program in place of the
 * checkout's unless the pull request's author may push to the repository; the report's sentence saying so.
 */
async function configFromBase(
  inputs: ActionInputs,
  runtime: Runtime,
  conversation: Conversation | null,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  if (inputs.trust_pr_config || !runtime.repo) return null;
  const octokit = conversation?.octokit ?? createGitHubClient({ token: inputs.github_token ?? '', baseUrl: runtime.apiUrl });
  const pull = await eventPullRequest(octokit, runtime.repo, runtime.eventName, runtime.payload);
  return pull && readConfigFromBase(octokit, runtime.repo, pull, inputs, repoRoot(env));
}

/**
 * The commands, which bring the engine: loaded while the checks before them wait on GitHub, which do not need it,
 * and not at all for an event the action ignores.
 */
function loadCommands() {
  const commands = Promise.all([
    import('./commands/approve.js'),
    import('./commands/reject.js'),
    import('./commands/run.js'),
    import('./commands/save.js'),
  ]);
  commands.catch(() => undefined);
  return commands;
}

/** The action: read inputs and event, check who asked, run the command asked for, and set the step's result. */
export async function run(workflow: ActionContext = github.context): Promise<void> {
  try {
    const env = process.env;
    const inputs = readInputs();
    const runtime = readRuntime(workflow);
    const trigger = resolveTrigger(runtime.eventName, runtime.payload, { ...inputs, task: inputs.task ?? savedProgramTask(inputs) });
    if (trigger.kind === 'ignore') {
      core.info(`Nothing to do: ${trigger.reason}`);
      return;
    }
    const commands = loadCommands();
    const conversation = openConversation(inputs, runtime, trigger.target, trigger.comment);
    const key = triggerKey(trigger, runtime);
    if (trigger.comment && conversation) {
      const policy =
        trigger.kind === 'approve' || trigger.kind === 'reject'
          ? { ...inputs, permission: inputs.approve_permission, trigger_phrase: `${inputs.trigger_phrase} ${trigger.kind}` }
          : inputs;
      const authorization = await authorize(conversation.octokit, conversation.repo, trigger.comment.author, policy);
      if (!authorization.allowed) {
        core.warning(authorization.reason);
        await reply(conversation, renderRefusal(authorization.reason, { triggerKey: key }));
        return;
      }
    }
    if (trigger.kind === 'usage') {
      if (!trigger.comment) throw new InputError(trigger.reason);
      core.notice(trigger.reason);
      await reply(conversation, renderUsage({ triggerKey: key, triggerPhrase: inputs.trigger_phrase }));
      return;
    }

    // Saving and rejecting run nothing: the pull request's files cannot reach the job's secrets through them.
    const configOrigin =
      trigger.kind === 'save' || trigger.kind === 'reject' ? null : await configFromBase(inputs, runtime, conversation, env);
    const step = { inputs, runtime, env, secrets: await jobSecrets(inputs, env), key, configOrigin };
    const [{ approveAndRun }, { rejectPaused }, { runTask }, { saveFromThread }] = await commands;
    if (trigger.kind === 'approve') {
      if (!conversation?.thread) throw new InputError('An approval needs the comment input: the report to approve is in the thread.');
      await approveAndRun(step, { ...conversation, thread: conversation.thread }, trigger);
      return;
    }
    if (trigger.kind === 'reject') {
      if (!conversation?.thread) throw new InputError('A rejection needs the comment input: the report to reject is in the thread.');
      await rejectPaused(step, { ...conversation, thread: conversation.thread }, trigger);
      return;
    }
    if (trigger.kind === 'save') {
      if (!conversation?.thread) throw new InputError('Saving a program needs the comment input: the report to save is in the thread.');
      await saveFromThread(step, { ...conversation, thread: conversation.thread }, trigger);
      return;
    }
    await runTask(step, conversation, trigger);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
