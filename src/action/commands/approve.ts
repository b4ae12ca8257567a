import { addEyesReaction } from '../comment.js';
import { refusingInThread, type ThreadConversation } from '../conversation.js';
import { runEngine } from '../engine.js';
import { ACTIONS_BOT, type ApproveTrigger } from '../event.js';
import { publishOutcome } from '../publish.js';
import {
  artifactSource,
  fetchReportedProgram,
  findProgramReports,
  latestReport,
  ProgramRefusal,
  type ReportComment,
} from '../reported-program.js';
import type { StepContext } from '../runtime.js';

/**
 * The report an approval names: the latest whose hash starts with the one given, or with none given, the latest
 * when all the thread's reports to approve show the same program.
 */
function approvedReport(reports: readonly ReportComment[], trigger: ApproveTrigger, phrase: string, issue: number): ReportComment {
  if (trigger.hash !== null) {
    const hash = trigger.hash;
    const named = reports.filter((report) => report.record.sha256.startsWith(hash));
    return latestReport(
      named,
      `No program with SHA-256 ${hash} to approve in #${issue}: reply ${phrase} approve <hash> with the hash its report shows`,
    );
  }
  const programs = new Set(reports.map((report) => report.record.sha256)).size;
  if (programs > 1) {
    throw new ProgramRefusal(
      `#${issue} holds ${programs} programs to approve: reply ${phrase} approve <hash> with the hash the report shows`,
    );
  }
  return latestReport(reports, `No generated program to approve in #${issue}: a report of mode: generate must come first`);
}

/**
 * `/codemode approve [<hash>]`: runs exactly the program the thread's generated report shows, fetched from that run's
 * artifact and checked against the hash shown, with no model request, and updates that report in place. Refused
 * in one line, with nothing run, when there is no such report, it already ran (unless `approve again`), the
 * artifact is gone or its program is not the one shown; a program the tools have drifted from fails verification.
 */
export async function approveAndRun(step: StepContext, conversation: ThreadConversation, trigger: ApproveTrigger): Promise<void> {
  const { inputs, env, secrets } = step;
  const { octokit, thread } = conversation;
  const phrase = inputs.trigger_phrase;
  const found = await refusingInThread(step, conversation, async () => {
    const self = (await addEyesReaction(octokit, conversation.repo, trigger.comment)) ?? ACTIONS_BOT.login;
    const reports = await findProgramReports(octokit, thread, ['generated', 'approved'], self);
    const generated = approvedReport(reports, trigger, phrase, thread.issue_number);
    if (generated.record.state === 'approved' && !trigger.again) {
      throw new ProgramRefusal(`This program was already approved and ran: reply ${phrase} approve again to run it again`);
    }
    return { report: generated, code: await fetchReportedProgram(artifactSource(step, conversation), generated.record) };
  });
  if (!found) return;
  const { record, comment_id, html_url } = found.report;
  const approver = trigger.comment.author.login;
  const program = { relative_path: `run-${record.run}/${record.file}`, text: found.code };
  const task = `Run the program generated in run ${record.run}, approved by @${approver}`;
  const outcome = await runEngine({ ...inputs, mode: 'run' }, task, env, secrets, program);
  // A program that did not pass verification (the tools drifted) did not run: the generated report stays as it was.
  const ran = outcome.result !== null && outcome.result.failed_phase !== 'verify';
  const approval = { by: approver, at: new Date().toISOString() };
  await publishOutcome(
    { ...step, inputs: { ...inputs, mode: 'run' } },
    conversation,
    ran ? { id: comment_id, html_url } : null,
    task,
    outcome,
    () => (ran ? { record: { ...record, state: 'approved' }, phrase, approval } : null),
  );
}
