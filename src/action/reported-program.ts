import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';

import { defaultTempDir } from './artifact.js';
import type { Thread } from './comment.js';
import { type GitHubClient, httpStatus } from './github.js';
import { type ProgramRecord, type ProgramState, readCommentMarkers } from './markers.js';
import type { StepContext } from './runtime.js';

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
  body: string;
  record: ProgramRecord;
}

/**
 * The reports in the thread whose program is in one of `states`, oldest first. Only the action's own comments
 * count (those of `self`, the login its token writes as), and in them only the markers where it writes them.
 */
export async function findProgramReports(
  octokit: GitHubClient,
  thread: Thread,
  states: readonly ProgramState[],
  self: string,
): Promise<ReportComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...thread, per_page: 100 });
  return comments.flatMap((comment) => {
    const record = comment.user?.login === self ? readCommentMarkers(comment.body ?? '')?.program : null;
    return record && states.includes(record.state)
      ? [{ comment_id: comment.id, html_url: comment.html_url, body: comment.body ?? '', record }]
      : [];
  });
}

/** The latest of `reports`, refused with `none` when there is none. */
export function latestReport(reports: readonly ReportComment[], none: string): ReportComment {
  const latest = reports.at(-1);
  if (!latest) throw new ProgramRefusal(none);
  return latest;
}

export interface ArtifactSource {
  octokit: GitHubClient;
  thread: Thread;
  token: string;
  tempDir: string;
  /** The name the action gives its artifact: a run's other artifacts hold no program of its. */
  artifactName: string;
  /** This workflow run: a program comes only from a run of the same workflow. */
  runId: string | null;
}

/** Where a command of the step fetches a reported program from: the thread's repository, with the step's token. */
export function artifactSource(
  { inputs, env, runtime }: StepContext,
  { octokit, thread }: { octokit: GitHubClient; thread: Thread },
): ArtifactSource {
  return {
    octokit,
    thread,
    token: inputs.github_token ?? '',
    tempDir: defaultTempDir(env),
    artifactName: inputs.artifact_name,
    runId: runtime.runId,
  };
}

/** The workflow of a run of the repository, or null when the repository has no such run. */
async function runWorkflow(octokit: GitHubClient, thread: Thread, runId: number): Promise<number | null> {
  const { owner, repo } = thread;
  return octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId }).then(
    ({ data }) => data.workflow_id,
    (error: unknown) => {
      if (httpStatus(error) === 404) return null;
      throw error;
    },
  );
}

/** Refused unless the artifact is the action's own of the run the record names, and that run one of this repository's workflow. */
async function checkArtifactOrigin(source: ArtifactSource, record: ProgramRecord, artifact: { name: string; run: number | undefined }) {
  const where = `artifact ${record.artifact}`;
  if (artifact.run !== record.run) throw new ProgramRefusal(`The ${where} is not from run ${record.run}: nothing ran`);
  if (artifact.name !== source.artifactName) {
    throw new ProgramRefusal(`The ${where} of run ${record.run} is not named ${source.artifactName}: nothing ran`);
  }
  const [reported, current] = await Promise.all([
    runWorkflow(source.octokit, source.thread, record.run),
    source.runId ? runWorkflow(source.octokit, source.thread, Number(source.runId)) : null,
  ]);
  if (reported === null || reported !== current) {
    throw new ProgramRefusal(`The run ${record.run} is not a run of this workflow in this repository: nothing ran`);
  }
}

/**
 * The program the report shows, from the artifact of the run that wrote it, refused unless that artifact is the
 * action's own of that run, the run one of this workflow, and the program's SHA-256 the one shown.
 */
export async function fetchReportedProgram(source: ArtifactSource, record: ProgramRecord): Promise<string> {
  return (await fetchReportedRun(source, record)).code;
}

/** The reported program, as `fetchReportedProgram` checks it, and the folder its artifact was downloaded to. */
export async function fetchReportedRun(source: ArtifactSource, record: ProgramRecord): Promise<{ code: string; dir: string }> {
  const { octokit, thread, token, tempDir } = source;
  const { owner, repo } = thread;
  const where = `artifact ${record.artifact} of run ${record.run}`;
  const artifact = await octokit.rest.actions.getArtifact({ owner, repo, artifact_id: record.artifact }).catch((error: unknown) => {
    if (httpStatus(error) === 404) throw new ProgramRefusal(`The ${where} is missing: nothing ran; generate the program again`);
    throw error;
  });
  await checkArtifactOrigin(source, record, { name: artifact.data.name, run: artifact.data.workflow_run?.id });
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
  return { code, dir };
}
