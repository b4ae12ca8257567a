import { createWriteStream } from 'node:fs';
import { mkdtemp, open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import * as core from '@actions/core';

import { errorMessage } from '../engine/errors.js';
import { redactingStream } from './redaction.js';

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

/** Writes a redacted copy of `source` to `copy`, streaming so a large log is never held whole; null when `source` does not exist. */
async function redactedCopy(source: string, copy: string, secrets: readonly string[]): Promise<string | null> {
  const handle = await open(source).catch(() => null);
  if (handle === null) return null;
  await pipeline(handle.createReadStream(), redactingStream(secrets), createWriteStream(copy));
  return copy;
}

/** A redacted copy of each existing file in a fresh directory, all written at once. */
async function redactedCopies(files: Record<string, string>, secrets: readonly string[], tempDir: string) {
  const dir = await mkdtemp(path.join(tempDir, 'codemode-artifact-'));
  const copies = await Promise.all(
    Object.entries(files).map(([name, source]) => redactedCopy(source, path.join(dir, path.basename(name)), secrets)),
  );
  return { dir, copies: copies.filter((copy) => copy !== null) };
}

let artifactModule: Promise<typeof import('@actions/artifact')> | null = null;

/**
 * Starts loading the artifact client while the run waits on Claude Code, so that its large module graph is not
 * parsed at start-up (which would delay every run) nor after the program has exited (while the user waits).
 */
export function preloadArtifactClient(): Promise<typeof import('@actions/artifact')> {
  artifactModule ??= import('@actions/artifact');
  artifactModule.catch(() => undefined);
  return artifactModule;
}

async function artifactClient() {
  const { DefaultArtifactClient } = await preloadArtifactClient();
  return new DefaultArtifactClient();
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
    const { id } = await (await artifactClient()).uploadArtifact(request.name, copies, dir, options);
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
