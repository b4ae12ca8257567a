import * as core from '@actions/core';

import { addEyesReaction } from '../comment.js';
import { refusingInThread, reply, type ThreadConversation } from '../conversation.js';
import { ACTIONS_BOT, type SaveTrigger } from '../event.js';
import { openSavePullRequest, savedProgramPath } from '../pull-requests.js';
import { renderSaved } from '../report.js';
import { artifactSource, fetchReportedProgram, findProgramReports, latestReport, ProgramRefusal } from '../reported-program.js';
import type { StepContext } from '../runtime.js';

const PROGRAM_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The name a `save` comment gives, checked to make a plain file name. */
function programName(text: string, phrase: string): string {
  if (!text) throw new ProgramRefusal(`Missing program name: reply ${phrase} save <name>`);
  if (!PROGRAM_NAME.test(text)) {
    throw new ProgramRefusal(`Invalid program name '${text}': use up to 64 letters, digits, - and _, starting with a letter or digit`);
  }
  return text;
}

/**
 * `/codemode save <name>`: opens a pull request that adds exactly the program of the thread's latest report that
 * ran (or was approved and ran), from that run's artifact with its hash checked, as `.codemode/<name>.<ext>`, with
 * a scheduled workflow to copy in its body. Needs `contents: write` and `pull-requests: write`.
 */
export async function saveFromThread(step: StepContext, conversation: ThreadConversation, trigger: SaveTrigger): Promise<void> {
  const { inputs } = step;
  const { octokit, thread, repo } = conversation;
  const opened = await refusingInThread(step, conversation, async () => {
    const name = programName(trigger.name, inputs.trigger_phrase);
    const tools = inputs.tools;
    if (!tools)
      throw new ProgramRefusal('Cannot save the program: a saved program runs against a tools module, and the input tools is not set');
    const self = (await addEyesReaction(octokit, repo, trigger.comment)) ?? ACTIONS_BOT.login;
    const none = `No program that ran to save in #${thread.issue_number}: a successful or approved report must come first`;
    const ran = latestReport(await findProgramReports(octokit, thread, ['ran', 'approved'], self), none);
    const code = await fetchReportedProgram(artifactSource(step, conversation), ran.record);
    const request = {
      name,
      tools,
      runnerFile: ran.record.file,
      code,
      reportUrl: ran.html_url,
      approver: trigger.comment.author.login,
    };
    return { ...(await openSavePullRequest(octokit, repo, request)), path: savedProgramPath(name, ran.record.file) };
  });
  if (!opened) return;
  core.setOutput('pull_request_url', opened.html_url);
  await reply(conversation, renderSaved(opened, { triggerKey: step.key }));
}
