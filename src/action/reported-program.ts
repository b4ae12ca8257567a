import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultTempDir } from './artifact.js';
import type { Thread } from './comment.js';
import { httpStatus, type GitHubClient } from './github.js';
import { parseProgramMarker, type ProgramRecord, type ProgramState } from './markers.js';
import type { Step } from './runtime.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The short form of a hash shown in reports. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/** Why a comment's request about a reported program is refused, in one line; nothing ran. */
export class ProgramRefusal extends Error {
  override name = 'ProgramRefusal';
}

export interface ReportComment {
  comment_id: number;
  html_url: string;
  record: ProgramRecord;
}

/**
 * The latest report in the thread whose program is in one of `states`, refused with `none` when there is none.
 * Only a bot's comment counts: the action's own reports are the only ones it trusts.
 */
export async function findProgramReport(
  octokit: GitHubClient,
  thread: Thread,
  states: readonly ProgramState[],
  none: string,
): Promise<ReportComment> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...thread, per_page: 100 });
  const reports = comments.flatMap((comment) => {
    const record = comment.user?.type === 'Bot' ? parseProgramMarker(comment.body ?? '') : null;
    return record && states.includes(record.state) ? [{ comment_id: comment.id, html_url: comment.html_url, record }] : [];
  });
  const latest = reports.at(-1);
  if (!latest) throw new ProgramRefusal(none);
  return latest;
}

export interface ArtifactSource {
  octokit: GitHubClient;
  thread: Thread;
  token: string;
  tempDir: string;
}

/** Where a command of the step fetches a reported program from: the thread's repository, with the step's token. */
export function artifactSource({ inputs, env }: Step, { octokit, thread }: { octokit: GitHubClient; thread: Thread }): ArtifactSource {
  return { octokit, thread, token: inputs.github_token ?? '', tempDir: defaultTempDir(env) };
}

/** The program the report shows, from the artifact of the run that wrote it, refused unless its SHA-256 is the one shown. */
export async function fetchReportedProgram({ octokit, thread, token, tempDir }: ArtifactSource, record: ProgramRecord): Promise<string> {
  const { owner, repo } = thread;
  const where = `artifact ${record.artifact} of run ${record.run}`;
  const artifact = await octokit.rest.actions.getArtifact({ owner, repo, artifact_id: record.artifact }).catch((error: unknown) => {
    if (httpStatus(error) === 404) throw new ProgramRefusal(`The ${where} is missing: nothing ran; generate the program again`);
    throw error;
  });
  if (artifact.data.expired) throw new ProgramRefusal(`The ${where} has expired: nothing ran; generate the program again`);
  const dir = await mkdtemp(path.join(tempDir, 'codemode-reported-'));
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().downloadArtifact(record.artifact, {
    path: dir,
    findBy: { token, workflowRunId: record.run, repositoryOwner: owner, repositoryName: repo },
  });
  const code = await readFile(path.join(dir, record.file), 'utf8').catch(() => {
    throw new ProgramRefusal(`The ${where} holds no ${record.file}: nothing ran`);
  });
  const found = sha256(code);
  if (found !== record.sha256) {
    throw new ProgramRefusal(
      `The ${record.file} in ${where} has SHA-256 ${shortHash(found)}, not ${shortHash(record.sha256)} as the report shows: nothing ran`,
    );
  }
  return code;
}
