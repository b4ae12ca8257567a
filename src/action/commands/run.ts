import * as core from '@actions/core';

import { type CodeModeResult, errorMessage } from '../../lib.js';
import { redact } from '../../redaction.js';
import type { UploadedArtifact } from '../artifact.js';
import { updateComment } from '../comment.js';
import { acknowledge, type Conversation } from '../conversation.js';
import { type EngineOutcome, runEngine } from '../engine.js';
import type { RunTrigger } from '../event.js';
import { createGitHubClient } from '../github.js';
import type { ProgramState } from '../markers.js';
import { throttledProgress } from '../progress-comment.js';
import { publishOutcome } from '../publish.js';
import { openPortPullRequest } from '../pull-requests.js';
import { type ProgramContext, renderProgress } from '../report.js';
import { sha256 } from '../reported-program.js';
import type { StepContext } from '../runtime.js';

/** Proposes the port of a drifted saved program in a pull request; its address, or null when there is no port. */
async function proposePort(
  { inputs, runtime }: StepContext,
  conversation: Conversation | null,
  outcome: EngineOutcome,
): Promise<string | null> {
  const result = outcome.result;
  if (!result?.proposal || result.program === null || !runtime.repo) return null;
  const octokit = conversation?.octokit ?? createGitHubClient({ token: inputs.github_token ?? '', baseUrl: runtime.apiUrl });
  const port = {
    program: result.program,
    tools: result.tools_module,
    code: result.proposal,
    diff: result.drift?.diff ?? '',
    runUrl: runtime.runUrl,
  };
  try {
    return (await openPortPullRequest(octokit, runtime.repo, port)).html_url;
  } catch (error) {
    core.warning(`Could not propose the port of ${result.program}: ${errorMessage(error)}`);
    return null;
  }
}

/** A report offers its program to approve (generated), to save (ran), or to go on with (paused before a call). */
function offeredState(inputs: StepContext['inputs'], result: CodeModeResult): ProgramState | null {
  if (result.pending_call) return 'paused';
  if (!result.success || result.program !== null) return null;
  return inputs.mode === 'generate' ? 'generated' : 'ran';
}

/**
 * The program a report offers: a new program that succeeded, or any that paused before a call, in a thread, with
 * its artifact.
 */
function offeredProgram({ inputs, runtime, secrets }: StepContext, conversation: Conversation | null, outcome: EngineOutcome) {
  return (artifact: UploadedArtifact | null): ProgramContext | null => {
    const state = outcome.result && offeredState(inputs, outcome.result);
    return outcome.result && state && artifact && runtime.runId && conversation?.thread
      ? {
          record: {
            sha256: sha256(redact(outcome.result.code, secrets)),
            run: Number(runtime.runId),
            artifact: artifact.id,
            file: outcome.result.runner_file,
            state,
            call: outcome.result.pending_call?.call,
          },
          phrase: inputs.trigger_phrase,
          approval: null,
        }
      : null;
  };
}

/**
 * The task of the workflow or the comment: the engine writes (or takes the saved) program, verifies it and, in
 * mode run, runs it, while the thread shows progress; then the report, the outputs and the step's result.
 */
export async function runTask(step: StepContext, conversation: Conversation | null, trigger: RunTrigger): Promise<void> {
  const { inputs, runtime, env, secrets, key } = step;
  const context = { task: trigger.task, runUrl: runtime.runUrl, triggerKey: key };
  // Authorized: the engine starts while the thread is acknowledged; each acknowledging write only warns on failure.
  const acknowledging = conversation ? acknowledge(conversation, trigger.comment, key, redact(renderProgress(context), secrets)) : null;
  const calls = throttledProgress(async (progress) => {
    const comment = await acknowledging;
    if (comment && conversation?.thread) {
      await updateComment(conversation.octokit, conversation.thread, comment, redact(renderProgress(context, progress), secrets));
    }
  });
  const [acknowledgement, outcome] = await Promise.all([
    acknowledging,
    runEngine(inputs, trigger.task, env, secrets, { onCalls: calls.update }).finally(calls.stop),
  ]);
  const proposalUrl = await proposePort(step, conversation, outcome);
  await publishOutcome(
    step,
    conversation,
    acknowledgement,
    trigger.task,
    outcome,
    offeredProgram(step, conversation, outcome),
    proposalUrl,
  );
}
