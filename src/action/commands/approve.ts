import path from 'node:path';

import { RUN_FILE_NAMES } from '../../lib.js';
import { addEyesReaction } from '../comment.js';
import { refusingInThread, type ThreadConversation } from '../conversation.js';
import { runEngine } from '../engine.js';
import { ACTIONS_BOT, type ApproveTrigger } from '../event.js';
import type { ProgramRecord } from '../markers.js';
import { publishOutcome } from '../publish.js';
import {
  artifactSource,
  fetchReportedRun,
  findProgramReports,
  latestReport,
  ProgramRefusal,
  type ReportComment,
} from '../reported-program.js';
import type { StepContext } from '../runtime.js';

/**
 * The report an approval (or a rejection) names: the latest whose hash starts with the one given, or with none
 * given, the latest when all the thread's reports to approve show the same program.
 */
export function approvedReport(
  reports: readonly ReportComment[],
  hash: string | null,
  command: { phrase: string; verb: 'approve' | 'reject' },
  issue: number,
): ReportComment {
  const { phrase, verb } = command;
  if (hash !== null) {
    const named = reports.filter((report) => report.record.sha256.startsWith(hash));
    return latestReport(
      named,
      `No program with SHA-256 ${hash} to ${verb} in #${issue}: reply ${phrase} ${verb} <hash> with the hash its report shows`,
    );
  }
  const programs = new Set(reports.map((report) => report.record.sha256)).size;
  if (programs > 1) {
    throw new ProgramRefusal(
      `#${issue} holds ${programs} programs to ${verb}: reply ${phrase} ${verb} <hash> with the hash the report shows`,
    );
  }
  return latestReport(reports, `No generated program to approve in #${issue}: a report of mode: generate must come first`);
}

/** The refusals of an approval the report's state does not allow; nothing ran. */
function checkApprovable(record: ProgramRecord, trigger: ApproveTrigger, phrase: string): void {
  if (record.state === 'approved' && !trigger.again) {
    throw new ProgramRefusal(`This program was already approved and ran: reply ${phrase} approve again to run it again`);
  }
  if (record.state === 'paused' && record.call === undefined) throw new ProgramRefusal('The report names no pending call: nothing ran');
  if (trigger.all && record.state !== 'paused') {
    throw new ProgramRefusal(`${phrase} approve <hash> all approves the calls of a run that paused: this program did not pause`);
  }
}

/**
 * `/codemode approve [<hash>] [again | all]`: runs exactly the program the thread's report shows, fetched from that
 * run's artifact and checked against the hash shown, with no model request, and updates that report in place. A
 * report of a run that paused before a call goes on from there: the calls of its journal (from the same artifact)
 * are answered from it, the pending call is made, and `all` approves every later call of that tool. Refused in one
 * line, with nothing run, when there is no such report, it already ran (unless `approve again`), the artifact is
 * gone or its program is not the one shown; a program the tools have drifted from fails verification.
 */
export async function approveAndRun(step: StepContext, conversation: ThreadConversation, trigger: ApproveTrigger): Promise<void> {
  const { inputs, env, secrets, runtime } = step;
  const { octokit, thread } = conversation;
  const phrase = inputs.trigger_phrase;
  const found = await refusingInThread(step, conversation, async () => {
    const self = (await addEyesReaction(octokit, conversation.repo, trigger.comment)) ?? ACTIONS_BOT.login;
    const reports = await findProgramReports(octokit, thread, ['generated', 'approved', 'paused'], self);
    const report = approvedReport(reports, trigger.hash, { phrase, verb: 'approve' }, thread.issue_number);
    checkApprovable(report.record, trigger, phrase);
    return { report, ...(await fetchReportedRun(artifactSource(step, conversation), report.record)) };
  });
  if (!found) return;
  const { record, comment_id, html_url } = found.report;
  const approver = trigger.comment.author.login;
  const program = { relative_path: `run-${record.run}/${record.file}`, text: found.code };
  const resume =
    record.state === 'paused' && record.call !== undefined
      ? { journal: path.join(found.dir, RUN_FILE_NAMES.callJournal), call: record.call, all: trigger.all }
      : undefined;
  const task = resume
    ? `Go on with the program of run ${record.run}, call ${record.call ?? ''} approved${trigger.all ? ' with every later call of its tool' : ''} by @${approver}`
    : `Run the program generated in run ${record.run}, approved by @${approver}`;
  const outcome = await runEngine({ ...inputs, mode: 'run' }, task, env, secrets, { program, resume });
  // A program that did not pass verification (the tools drifted) did not run: the report stays as it was.
  const ran = outcome.result !== null && outcome.result.failed_phase !== 'verify';
  const approval = { by: approver, at: new Date().toISOString() };
  const pending = outcome.result?.pending_call ?? null;
  await publishOutcome(
    { ...step, inputs: { ...inputs, mode: 'run' } },
    conversation,
    ran ? { id: comment_id, html_url } : null,
    task,
    outcome,
    (artifact) => {
      if (!ran) return null;
      // A run that goes on keeps its journal in this run's artifact, which the next approval resumes from.
      const here = resume || pending ? artifact && runtime.runId && { run: Number(runtime.runId), artifact: artifact.id } : {};
      if (!here) return null;
      const state = pending ? ('paused' as const) : ('approved' as const);
      return { record: { ...record, ...here, state, call: pending?.call }, phrase, approval };
    },
  );
}
