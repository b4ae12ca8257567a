import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  publishOutcome,
  runEngine
} from "./chunk-JXNLEME2.js";
import {
  openPortPullRequest
} from "./chunk-ZP4AZ2NO.js";
import {
  acknowledge,
  createGitHubClient,
  renderProgress,
  sha256,
  updateComment
} from "./chunk-BNZRH5ZJ.js";
import "./chunk-4J3D2WFJ.js";
import {
  redact
} from "./chunk-NYN2ZAZD.js";
import "./chunk-OYV2IMFD.js";
import "./chunk-XVH7SVSQ.js";
import "./chunk-VZRTSJCR.js";
import "./chunk-6BKRNGNI.js";
import "./chunk-V6M6USSN.js";
import "./chunk-XMAMCYGY.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-3CPEQSZR.js";
import {
  errorMessage
} from "./chunk-R2EEI6SO.js";
import {
  warning
} from "./chunk-BW5M3YGR.js";
import "./chunk-3IS4VBHN.js";
import "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import "./chunk-H4TOBOUQ.js";
import "./chunk-NRPXVH6K.js";
import "./chunk-DEYWGYQH.js";
import "./chunk-N7AWLP4R.js";
import "./chunk-NTVFTWIQ.js";

// src/action/progress-comment.ts
var PROGRESS_INTERVAL_MS = 5e3;
function throttledProgress(write, intervalMs = PROGRESS_INTERVAL_MS) {
  let latest = null;
  let lastWrite = null;
  let timer;
  let writing = Promise.resolve();
  let stopped = false;
  const flush = () => {
    timer = void 0;
    const progress = latest;
    if (stopped || !progress) return;
    latest = null;
    lastWrite = Date.now();
    writing = writing.then(() => write(progress));
  };
  return {
    update: (progress) => {
      if (stopped) return;
      latest = progress;
      lastWrite ??= Date.now();
      timer ??= setTimeout(flush, Math.max(0, lastWrite + intervalMs - Date.now()));
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await writing;
    }
  };
}

// src/action/commands/run.ts
async function proposePort({ inputs, runtime }, conversation, outcome) {
  const result = outcome.result;
  if (!result?.proposal || result.program === null || !runtime.repo) return null;
  const octokit = conversation?.octokit ?? createGitHubClient({ token: inputs.github_token ?? "", baseUrl: runtime.apiUrl });
  const port = {
    program: result.program,
    tools: result.tools_module,
    code: result.proposal,
    diff: result.drift?.diff ?? "",
    runUrl: runtime.runUrl
  };
  try {
    return (await openPortPullRequest(octokit, runtime.repo, port)).html_url;
  } catch (error) {
    warning(`Could not propose the port of ${result.program}: ${errorMessage(error)}`);
    return null;
  }
}
function offeredState(inputs, result) {
  if (result.pending_call) return "paused";
  if (!result.success || result.program !== null) return null;
  return inputs.mode === "generate" ? "generated" : "ran";
}
function offeredProgram({ inputs, runtime, secrets }, conversation, outcome) {
  return (artifact) => {
    const state = outcome.result && offeredState(inputs, outcome.result);
    return outcome.result && state && artifact && runtime.runId && conversation?.thread ? {
      record: {
        sha256: sha256(redact(outcome.result.code, secrets)),
        run: Number(runtime.runId),
        artifact: artifact.id,
        file: outcome.result.runner_file,
        state,
        call: outcome.result.pending_call?.call
      },
      phrase: inputs.trigger_phrase,
      approval: null
    } : null;
  };
}
async function runTask(step, conversation, trigger) {
  const { inputs, runtime, env, secrets, key } = step;
  const context = { task: trigger.task, runUrl: runtime.runUrl, triggerKey: key };
  const acknowledging = conversation ? acknowledge(conversation, trigger.comment, key, redact(renderProgress(context), secrets)) : null;
  const calls = throttledProgress(async (progress) => {
    const comment = await acknowledging;
    if (comment && conversation?.thread) {
      await updateComment(conversation.octokit, conversation.thread, comment, redact(renderProgress(context, progress), secrets));
    }
  });
  const [acknowledgement, outcome] = await Promise.all([
    acknowledging,
    runEngine(inputs, trigger.task, env, secrets, { onCalls: calls.update }).finally(calls.stop)
  ]);
  const proposalUrl = await proposePort(step, conversation, outcome);
  await publishOutcome(
    step,
    conversation,
    acknowledgement,
    trigger.task,
    outcome,
    offeredProgram(step, conversation, outcome),
    proposalUrl
  );
}
export {
  runTask
};
