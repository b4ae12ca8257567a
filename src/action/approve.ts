import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Thread } from './comment.js';
import { httpStatus, type GitHubClient } from './github.js';

/** What a report of a generated program records, hidden in it, so that an approval runs exactly that program. */
export const ProgramRecordSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  run: z.coerce.number().int().positive(),
  artifact: z.coerce.number().int().positive(),
  file: z.string().regex(/^[\w.-]+$/),
  approved: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
export type ProgramRecord = z.output<typeof ProgramRecordSchema>;

const RECORD_PATTERN = /<!-- codemode-action:program ((?:\w+=[\w.-]+ ?)+) -->/;

export function programMarker(record: ProgramRecord): string {
  const fields = `sha256=${record.sha256} run=${record.run} artifact=${record.artifact} file=${record.file} approved=${String(record.approved)}`;
  return `<!-- codemode-action:program ${fields} -->`;
}

export function parseProgramMarker(body: string): ProgramRecord | null {
  const fields = RECORD_PATTERN.exec(body)?.[1];
  if (!fields) return null;
  const parsed = ProgramRecordSchema.safeParse(
    Object.fromEntries(
      fields
        .trim()
        .split(' ')
        .map((field) => field.split('=')),
    ),
  );
  return parsed.success ? parsed.data : null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The short form of a hash shown in reports. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

export class ApprovalRefusal extends Error {
  override name = 'ApprovalRefusal';
}

export interface GeneratedReport {
  comment_id: number;
  html_url: string;
  record: ProgramRecord;
}

/** The latest report of a generated program that this action wrote in the thread: only a bot's comment counts. */
export async function findGeneratedReport(octokit: GitHubClient, thread: Thread): Promise<GeneratedReport> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...thread, per_page: 100 });
  const reports = comments.flatMap((comment) => {
    const record = comment.user?.type === 'Bot' ? parseProgramMarker(comment.body ?? '') : null;
    return record ? [{ comment_id: comment.id, html_url: comment.html_url, record }] : [];
  });
  const latest = reports.at(-1);
  if (!latest)
    throw new ApprovalRefusal(`No generated program to approve in #${thread.issue_number}: a report of mode: generate must come first`);
  return latest;
}

export interface ArtifactSource {
  octokit: GitHubClient;
  thread: Thread;
  token: string;
  tempDir: string;
}

/** The program the report shows, from the generating run's artifact, refused unless its SHA-256 is the one shown. */
export async function fetchApprovedProgram({ octokit, thread, token, tempDir }: ArtifactSource, record: ProgramRecord): Promise<string> {
  const { owner, repo } = thread;
  const where = `artifact ${record.artifact} of run ${record.run}`;
  const artifact = await octokit.rest.actions.getArtifact({ owner, repo, artifact_id: record.artifact }).catch((error: unknown) => {
    if (httpStatus(error) === 404) throw new ApprovalRefusal(`The ${where} is missing: nothing ran; generate the program again`);
    throw error;
  });
  if (artifact.data.expired) throw new ApprovalRefusal(`The ${where} has expired: nothing ran; generate the program again`);
  const dir = await mkdtemp(path.join(tempDir, 'codemode-approved-'));
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().downloadArtifact(record.artifact, {
    path: dir,
    findBy: { token, workflowRunId: record.run, repositoryOwner: owner, repositoryName: repo },
  });
  const code = await readFile(path.join(dir, record.file), 'utf8').catch(() => {
    throw new ApprovalRefusal(`The ${where} holds no ${record.file}: nothing ran`);
  });
  const found = sha256(code);
  if (found !== record.sha256) {
    throw new ApprovalRefusal(
      `The ${record.file} in ${where} has SHA-256 ${shortHash(found)}, not ${shortHash(record.sha256)} as the report shows: nothing ran`,
    );
  }
  return code;
}
