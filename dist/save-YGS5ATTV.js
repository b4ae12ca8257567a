import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  openSavePullRequest,
  savedProgramPath
} from "./chunk-ZP4AZ2NO.js";
import {
  ACTIONS_BOT
} from "./chunk-S2ZWLRMZ.js";
import {
  ProgramRefusal,
  addEyesReaction,
  artifactSource,
  fetchReportedProgram,
  findProgramReports,
  latestReport,
  refusingInThread,
  renderSaved,
  reply
} from "./chunk-BNZRH5ZJ.js";
import "./chunk-NYN2ZAZD.js";
import "./chunk-OYV2IMFD.js";
import "./chunk-VZRTSJCR.js";
import "./chunk-6BKRNGNI.js";
import "./chunk-V6M6USSN.js";
import "./chunk-3CPEQSZR.js";
import "./chunk-R2EEI6SO.js";
import {
  setOutput
} from "./chunk-BW5M3YGR.js";
import "./chunk-3IS4VBHN.js";
import "./chunk-H4TOBOUQ.js";
import "./chunk-NRPXVH6K.js";
import "./chunk-N7AWLP4R.js";
import "./chunk-NTVFTWIQ.js";

// src/action/commands/save.ts
var PROGRAM_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
function programName(text, phrase) {
  if (!text) throw new ProgramRefusal(`Missing program name: reply ${phrase} save <name>`);
  if (!PROGRAM_NAME.test(text)) {
    throw new ProgramRefusal(`Invalid program name '${text}': use up to 64 letters, digits, - and _, starting with a letter or digit`);
  }
  return text;
}
async function saveFromThread(step, conversation, trigger) {
  const { inputs } = step;
  const { octokit, thread, repo } = conversation;
  const opened = await refusingInThread(step, conversation, async () => {
    const name = programName(trigger.name, inputs.trigger_phrase);
    const tools = inputs.tools;
    if (!tools)
      throw new ProgramRefusal("Cannot save the program: a saved program runs against a tools module, and the input tools is not set");
    const self = await addEyesReaction(octokit, repo, trigger.comment) ?? ACTIONS_BOT.login;
    const none = `No program that ran to save in #${thread.issue_number}: a successful or approved report must come first`;
    const ran = latestReport(await findProgramReports(octokit, thread, ["ran", "approved"], self), none);
    const code = await fetchReportedProgram(artifactSource(step, conversation), ran.record);
    const request = {
      name,
      tools,
      runnerFile: ran.record.file,
      code,
      reportUrl: ran.html_url,
      approver: trigger.comment.author.login
    };
    return { ...await openSavePullRequest(octokit, repo, request), path: savedProgramPath(name, ran.record.file) };
  });
  if (!opened) return;
  setOutput("pull_request_url", opened.html_url);
  await reply(conversation, renderSaved(opened, { triggerKey: step.key }));
}
export {
  saveFromThread
};
