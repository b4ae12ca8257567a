import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  approvedReport
} from "./chunk-WQAW6HXM.js";
import "./chunk-JXNLEME2.js";
import {
  ACTIONS_BOT
} from "./chunk-S2ZWLRMZ.js";
import {
  ProgramRefusal,
  addEyesReaction,
  findProgramReports,
  refusingInThread,
  renderRejected,
  reply,
  withProgramState
} from "./chunk-BNZRH5ZJ.js";
import "./chunk-4J3D2WFJ.js";
import "./chunk-NYN2ZAZD.js";
import "./chunk-OYV2IMFD.js";
import "./chunk-XVH7SVSQ.js";
import "./chunk-VZRTSJCR.js";
import "./chunk-6BKRNGNI.js";
import "./chunk-V6M6USSN.js";
import "./chunk-XMAMCYGY.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-3CPEQSZR.js";
import "./chunk-R2EEI6SO.js";
import "./chunk-BW5M3YGR.js";
import "./chunk-3IS4VBHN.js";
import "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import "./chunk-H4TOBOUQ.js";
import "./chunk-NRPXVH6K.js";
import "./chunk-DEYWGYQH.js";
import "./chunk-N7AWLP4R.js";
import "./chunk-NTVFTWIQ.js";

// src/action/commands/reject.ts
async function rejectPaused(step, conversation, trigger) {
  const { octokit, thread } = conversation;
  const phrase = step.inputs.trigger_phrase;
  const rejected = await refusingInThread(step, conversation, async () => {
    const self = await addEyesReaction(octokit, conversation.repo, trigger.comment) ?? ACTIONS_BOT.login;
    const reports = await findProgramReports(octokit, thread, ["paused"], self);
    if (reports.length === 0) throw new ProgramRefusal(`No paused run to reject in #${thread.issue_number}`);
    const paused = approvedReport(reports, trigger.hash, { phrase, verb: "reject" }, thread.issue_number);
    const body = withProgramState(paused.body, "rejected");
    if (body === null) throw new ProgramRefusal(`The report ${paused.html_url} no longer shows its program: nothing was rejected`);
    await octokit.rest.issues.updateComment({ owner: thread.owner, repo: thread.repo, comment_id: paused.comment_id, body });
    return paused;
  });
  if (!rejected) return;
  const by = trigger.comment.author.login;
  await reply(conversation, renderRejected({ report: rejected, by }, { triggerKey: step.key }));
}
export {
  rejectPaused
};
