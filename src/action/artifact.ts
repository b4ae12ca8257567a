import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { errorMessage } from '../engine/errors.js';
import { redact } from './report.js';

export interface UploadedArtifact {
  id: number;
  /** Link to the artifact on the run's page, when the run is known. */
  url: string | null;
}

export interface ArtifactRequest {
  name: string;
  /** Files to keep, by name in the artifact; missing files are skipped. */
  files: Record<string, string>;
  secrets: readonly string[];
  retentionDays: number | null;
  /** Where the redacted copies are written. */
  tempDir: string;
  /** `${GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${runId}`, when known. */
  runUrl: string | null;
}

/** Writes a redacted copy of each existing file into a fresh directory; returns its path and the copies. */
async function redactedCopies(files: Record<string, string>, secrets: readonly string[], tempDir: string) {
  const dir = await mkdtemp(path.join(tempDir, 'codemode-artifact-'));
  const copies: string[] = [];
  for (const [name, source] of Object.entries(files)) {
    const text = await readFile(source, 'utf8').catch(() => null);
    if (text === null) continue;
    const copy = path.join(dir, path.basename(name));
    await writeFile(copy, redact(text, secrets));
    copies.push(copy);
  }
  return { dir, copies };
}

/** Uploads the run's files as a workflow artifact; a failure is a warning and yields null. */
export async function uploadResultArtifact(request: ArtifactRequest): Promise<UploadedArtifact | null> {
  try {
    const { dir, copies } = await redactedCopies(request.files, request.secrets, request.tempDir);
    if (copies.length === 0) {
      core.info('No result files to upload.');
      return null;
    }
    const options = request.retentionDays === null ? {} : { retentionDays: request.retentionDays };
    const { id } = await new DefaultArtifactClient().uploadArtifact(request.name, copies, dir, options);
    if (id === undefined) throw new Error('the results service returned no artifact id');
    return { id, url: request.runUrl && `${request.runUrl}/artifacts/${id}` };
  } catch (error) {
    core.warning(`Could not upload the artifact '${request.name}': ${errorMessage(error)}`);
    return null;
  }
}

export function defaultTempDir(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || os.tmpdir();
}
