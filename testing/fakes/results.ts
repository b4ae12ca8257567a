/**
 * A loopback fake of the Actions results service for the real @actions/artifact client: the Twirp JSON
 * ArtifactService (CreateArtifact, FinalizeArtifact) and the Azure Blob endpoint its signed upload URL points
 * at (Put Block, Put Block List, or a single Put Blob). Uploaded zips are kept for the test to open.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { listenOnLoopback, readBody, sendJson } from './github.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The request's `expires_at`, when a retention period was asked for. */
  expires_at: string | null;
  zip: Buffer;
  finalized: boolean;
}

export interface FakeResults {
  /** Value for ACTIONS_RESULTS_URL. */
  url: string;
  artifacts(): StoredArtifact[];
  /** Answers every CreateArtifact with `status` from now on. */
  failCreate(status?: number): void;
  close(): Promise<void>;
}

/** An unsigned runtime token carrying the run and job ids in its `scp` claim, as the artifact client expects. */
export function runtimeToken(runBackendId = 'run-backend-1', jobBackendId = 'job-backend-1'): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    encode({ alg: 'none', typ: 'JWT' }),
    encode({ scp: `Actions.GenericRead:0 Actions.Results:${runBackendId}:${jobBackendId}` }),
    '',
  ].join('.');
}

/** The environment the artifact client needs to talk to this fake. */
export function artifactEnvironment(results: FakeResults): Record<string, string> {
  return { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${results.url}/`, GITHUB_SERVER_URL: 'https://github.com' };
}

export async function startFakeResults(): Promise<FakeResults> {
  const artifacts = new Map<number, StoredArtifact>();
  const blocks = new Map<number, Map<string, Buffer>>();
  let createStatus: number | null = null;
  let nextId = 4000;

  // The artifact of that name uploaded last: each run uploads its own, under the same name.
  const byName = (name: unknown) => [...artifacts.values()].reverse().find((artifact) => artifact.name === name);

  const server = await listenOnLoopback(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    if (request.method === 'POST' && url.pathname === `${SERVICE}/CreateArtifact`) {
      if (createStatus !== null) {
        sendJson(response, createStatus, { code: 'internal', msg: 'injected failure' });
        return;
      }
      const { name, expires_at } = JSON.parse(body.toString('utf8')) as { name: string; expires_at?: string };
      const id = nextId++;
      artifacts.set(id, { id, name, expires_at: expires_at ?? null, zip: Buffer.alloc(0), finalized: false });
      sendJson(response, 200, { ok: true, signed_upload_url: `${server.url}/blobs/${id}?sig=fake-signature` });
      return;
    }
    if (request.method === 'POST' && url.pathname === `${SERVICE}/FinalizeArtifact`) {
      const artifact = byName((JSON.parse(body.toString('utf8')) as { name: string }).name);
      if (!artifact) {
        sendJson(response, 404, { code: 'not_found', msg: 'no such artifact' });
        return;
      }
      artifact.finalized = true;
      sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
      return;
    }
    const blob = /^\/blobs\/(\d+)$/.exec(url.pathname);
    const artifact = blob ? artifacts.get(Number(blob[1])) : undefined;
    if (request.method === 'PUT' && artifact) {
      const staged = blocks.get(artifact.id) ?? new Map<string, Buffer>();
      blocks.set(artifact.id, staged);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') staged.set(url.searchParams.get('blockid') ?? '', body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1]!);
        artifact.zip = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
      } else artifact.zip = body;
      response.writeHead(201, { etag: `"${artifact.id}-${artifact.zip.length}"`, 'last-modified': new Date().toUTCString() });
      return response.end();
    }
    sendJson(response, 404, { code: 'not_found', msg: `${request.method ?? 'GET'} ${url.pathname}` });
  });

  return {
    url: server.url,
    artifacts: () => [...artifacts.values()],
    failCreate: (status = 500) => {
      createStatus = status;
    },
    close: () => server.close(),
  };
}

/** The files of a zip archive by name, read with the system's unzip. */
export async function unzipText(zip: Buffer): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-zip-'));
  try {
    const file = path.join(dir, 'artifact.zip');
    await writeFile(file, zip);
    const names = (await execa('unzip', ['-Z1', file])).stdout.split('\n').filter(Boolean);
    const files: Record<string, string> = {};
    for (const name of names) files[name] = (await execa('unzip', ['-p', file, name], { stripFinalNewline: false })).stdout;
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
