import { addEyesReaction } from '../comment.js';
import { refusingInThread, reply, type ThreadConversation } from '../conversation.js';
import { ACTIONS_BOT, type RejectTrigger } from '../event.js';
import { withProgramState } from '../markers.js';
import { renderRejected } from '../report.js';
import { findProgramReports, ProgramRefusal } from '../reported-program.js';
import type { StepContext } from '../runtime.js';
import { approvedReport } from './approve.js';

/**
 * `/codemode reject [<hash>]`: ends the run that paused before a call, without making it: its report is marked
 * rejected, so no approval can go on with it, and a reply says who rejected which call. Nothing runs.
 */
export async function rejectPaused(step: StepContext, conversation: ThreadConversation, trigger: RejectTrigger): Promise<void> {
  const { octokit, thread } = conversation;
  const phrase = step.inputs.trigger_phrase;
  const rejected = await refusingInThread(step, conversation, async () => {
    const self = (await addEyesReaction(octokit, conversation.repo, trigger.comment)) ?? ACTIONS_BOT.login;
    const reports = await findProgramReports(octokit, thread, ['paused'], self);
    if (reports.length === 0) throw new ProgramRefusal(`No paused run to reject in #${thread.issue_number}`);
    const paused = approvedReport(reports, trigger.hash, { phrase, verb: 'reject' }, thread.issue_number);
    const body = withProgramState(paused.body, 'rejected');
    if (body === null) throw new ProgramRefusal(`The report ${paused.html_url} no longer shows its program: nothing was rejected`);
    await octokit.rest.issues.updateComment({ owner: thread.owner, repo: thread.repo, comment_id: paused.comment_id, body });
    return paused;
  });
  if (!rejected) return;
  const by = trigger.comment.author.login;
  await reply(conversation, renderRejected({ report: rejected, by }, { triggerKey: step.key }));
}
