import * as core from '@actions/core';
import * as github from '@actions/github';

import { errorMessage } from '../lib.js';
import { authorize } from './authorize.js';
import { approveAndRun } from './commands/approve.js';
import { runTask } from './commands/run.js';
import { saveFromThread } from './commands/save.js';
import { openConversation, reply } from './conversation.js';
import { resolveTrigger, type Trigger } from './event.js';
import { type ActionInputs, InputError, readInputs } from './inputs.js';
import { jobSecrets } from './redaction.js';
import { renderRefusal, renderUsage } from './report.js';
import { type ActionContext, readRuntime, type Runtime } from './runtime.js';

function triggerKey(trigger: Exclude<Trigger, { kind: 'ignore' }>, runtime: Runtime): string | null {
  if (trigger.comment) return `comment-${trigger.comment.id}`;
  return runtime.runId ? `run-${runtime.runId}` : null;
}

/** What a saved program does, as the report names it when the workflow gives no task. */
function savedProgramTask(inputs: ActionInputs): string | null {
  return inputs.program === null ? null : `Run the saved program ${inputs.program}`;
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
    const conversation = openConversation(inputs, runtime, trigger.target, trigger.comment);
    const key = triggerKey(trigger, runtime);
    if (trigger.comment && conversation) {
      const policy =
        trigger.kind === 'approve'
          ? { ...inputs, permission: inputs.approve_permission, trigger_phrase: `${inputs.trigger_phrase} approve` }
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

    const step = { inputs, runtime, env, secrets: await jobSecrets(inputs, env), key };
    if (trigger.kind === 'approve') {
      if (!conversation?.thread) throw new InputError('An approval needs the comment input: the report to approve is in the thread.');
      await approveAndRun(step, { ...conversation, thread: conversation.thread }, trigger);
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
