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
  ACTIONS_BOT
} from "./chunk-S2ZWLRMZ.js";
import {
  ProgramRefusal,
  addEyesReaction,
  artifactSource,
  fetchReportedRun,
  findProgramReports,
  latestReport,
  refusingInThread
} from "./chunk-BNZRH5ZJ.js";
import {
  RUN_FILE_NAMES
} from "./chunk-NYN2ZAZD.js";
import {
  require_path
} from "./chunk-NRPXVH6K.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/action/commands/approve.ts
var import_node_path = __toESM(require_path(), 1);
function approvedReport(reports, hash, command, issue) {
  const { phrase, verb } = command;
  if (hash !== null) {
    const named = reports.filter((report) => report.record.sha256.startsWith(hash));
    return latestReport(
      named,
      `No program with SHA-256 ${hash} to ${verb} in #${issue}: reply ${phrase} ${verb} <hash> with the hash its report shows`
    );
  }
  const programs = new Set(reports.map((report) => report.record.sha256)).size;
  if (programs > 1) {
    throw new ProgramRefusal(
      `#${issue} holds ${programs} programs to ${verb}: reply ${phrase} ${verb} <hash> with the hash the report shows`
    );
  }
  return latestReport(reports, `No generated program to approve in #${issue}: a report of mode: generate must come first`);
}
function checkApprovable(record, trigger, phrase) {
  if (record.state === "approved" && !trigger.again) {
    throw new ProgramRefusal(`This program was already approved and ran: reply ${phrase} approve again to run it again`);
  }
  if (record.state === "paused" && record.call === void 0) throw new ProgramRefusal("The report names no pending call: nothing ran");
  if (trigger.all && record.state !== "paused") {
    throw new ProgramRefusal(`${phrase} approve <hash> all approves the calls of a run that paused: this program did not pause`);
  }
}
async function approveAndRun(step, conversation, trigger) {
  const { inputs, env, secrets, runtime } = step;
  const { octokit, thread } = conversation;
  const phrase = inputs.trigger_phrase;
  const found = await refusingInThread(step, conversation, async () => {
    const self = await addEyesReaction(octokit, conversation.repo, trigger.comment) ?? ACTIONS_BOT.login;
    const reports = await findProgramReports(octokit, thread, ["generated", "approved", "paused"], self);
    const report = approvedReport(reports, trigger.hash, { phrase, verb: "approve" }, thread.issue_number);
    checkApprovable(report.record, trigger, phrase);
    return { report, ...await fetchReportedRun(artifactSource(step, conversation), report.record) };
  });
  if (!found) return;
  const { record, comment_id, html_url } = found.report;
  const approver = trigger.comment.author.login;
  const program = { relative_path: `run-${record.run}/${record.file}`, text: found.code };
  const resume = record.state === "paused" && record.call !== void 0 ? { journal: import_node_path.default.join(found.dir, RUN_FILE_NAMES.callJournal), call: record.call, all: trigger.all } : void 0;
  const task = resume ? `Go on with the program of run ${record.run}, call ${record.call ?? ""} approved${trigger.all ? " with every later call of its tool" : ""} by @${approver}` : `Run the program generated in run ${record.run}, approved by @${approver}`;
  const outcome = await runEngine({ ...inputs, mode: "run" }, task, env, secrets, { program, resume });
  const ran = outcome.result !== null && outcome.result.failed_phase !== "verify";
  const approval = { by: approver, at: (/* @__PURE__ */ new Date()).toISOString() };
  const pending = outcome.result?.pending_call ?? null;
  await publishOutcome(
    { ...step, inputs: { ...inputs, mode: "run" } },
    conversation,
    ran ? { id: comment_id, html_url } : null,
    task,
    outcome,
    (artifact) => {
      if (!ran) return null;
      const here = resume || pending ? artifact && runtime.runId && { run: Number(runtime.runId), artifact: artifact.id } : {};
      if (!here) return null;
      const state = pending ? "paused" : "approved";
      return { record: { ...record, ...here, state, call: pending?.call }, phrase, approval };
    }
  );
}

export {
  approvedReport,
  approveAndRun
};
