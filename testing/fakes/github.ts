/**
 * A loopback fake of the parts of GitHub's REST API the action uses, spoken to by the real Octokit through
 * GITHUB_API_URL: collaborator permissions, issue comments and reactions, the artifacts of workflow runs
 * (their metadata, and the zip behind the redirect GitHub answers a download with), and what opening a pull
 * request takes: the repository, a branch from the default branch's head, a file committed to it, the pull. Every request is recorded, and
 * failures (server errors, rate limits) can be injected for the next matching requests.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { context } from '@actions/github';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface StoredComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface StoredReaction {
  comment_id: number;
  kind: 'issue' | 'review';
  content: string;
}

/** An artifact a workflow run uploaded, as the artifacts REST API serves it. */
export interface RunArtifact {
  id: number;
  name: string;
  run_id: number;
  zip: Buffer;
  expired: boolean;
}

/** A file committed through the contents API. */
export interface CommittedFile {
  branch: string;
  path: string;
  content: string;
  message: string;
}

export interface StoredPull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  html_url: string;
}

export interface Permission {
  permission: 'admin' | 'write' | 'read' | 'none';
  role_name: string;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  remaining: number;
  headers: Record<string, string>;
  message: string;
}

export interface FaultOptions {
  headers?: Record<string, string>;
  message?: string;
}

export interface FakeGitHub {
  /** Base URL for GITHUB_API_URL. */
  url: string;
  /** Repository owner and name the fake serves. */
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  reactions: StoredReaction[];
  artifacts: RunArtifact[];
  /** The workflow of each workflow run, by run id; a run not listed is one of workflow 1. */
  runWorkflows: Map<number, number>;
  /** Branches created, by name, with the commit they point at. */
  branches: Map<string, string>;
  files: CommittedFile[];
  pulls: StoredPull[];
  /** The files of commits, by commit sha and path, which the contents and blobs APIs serve at that commit. */
  commits: Map<string, Record<string, string>>;
  /** Pull requests the pulls API serves, by number, as GitHub's JSON. */
  pullRequests: Map<number, unknown>;
  /** A user's permission; users never set answer 404, as GitHub does for non-collaborators. */
  setPermission(login: string, permission: Permission): void;
  /** Answers the next `count` requests matching method and path with `status` instead of serving them. */
  failNext(method: string, path: RegExp, status: number, count?: number, options?: FaultOptions): void;
  /** A comment already in the thread, as if written before. */
  seedComment(issueNumber: number, body: string, user?: StoredComment['user']): StoredComment;
  /** Recorded requests that change something (everything but GET). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

/** Headers GitHub sends when the primary rate limit is used up, resetting now. */
export function rateLimitHeaders(): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
    'retry-after': '0',
  };
}

export const PERMISSIONS = {
  admin: { permission: 'admin', role_name: 'admin' },
  maintain: { permission: 'write', role_name: 'maintain' },
  write: { permission: 'write', role_name: 'write' },
  triage: { permission: 'read', role_name: 'triage' },
  read: { permission: 'read', role_name: 'read' },
} as const satisfies Record<string, Permission>;

export async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** Starts an HTTP server on a free loopback port; resolves to its base URL and a close function. */
export async function listenOnLoopback(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export async function startFakeGitHub({ owner = 'octo-org', repo = 'octo-repo' } = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = [];
  const reactions: StoredReaction[] = [];
  const artifacts: RunArtifact[] = [];
  const runWorkflows = new Map<number, number>();
  const branches = new Map<string, string>([['main', 'c0ffee0000000000000000000000000000000000']]);
  const files: CommittedFile[] = [];
  const pulls: StoredPull[] = [];
  const commits = new Map<string, Record<string, string>>();
  const pullRequests = new Map<number, unknown>();
  const permissions = new Map<string, Permission>();
  const faults: Fault[] = [];
  let nextId = 1000;

  const htmlUrl = (issueNumber: number, id: number) => `https://github.com/${owner}/${repo}/issues/${issueNumber}#issuecomment-${id}`;
  const addComment = (issueNumber: number, body: string, user: StoredComment['user']) => {
    const id = nextId++;
    const comment = { id, issue_number: issueNumber, body, user, html_url: htmlUrl(issueNumber, id) };
    comments.push(comment);
    return comment;
  };
  const commentJson = (comment: StoredComment) => ({
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: comment.html_url,
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${comment.issue_number}`,
  });

  const takeFault = (method: string, path: string) => {
    const fault = faults.find((candidate) => candidate.remaining > 0 && candidate.method === method && candidate.path.test(path));
    if (fault) fault.remaining -= 1;
    return fault;
  };

  interface Route {
    method: string;
    pattern: RegExp;
    handle: (match: RegExpMatchArray, body: Record<string, unknown>, query: URLSearchParams) => [number, unknown];
  }
  const fileAt = (branch: string, file: string) =>
    files.filter((candidate) => candidate.branch === branch && candidate.path === file).at(-1);
  const blobSha = (content: string) =>
    createHash('sha1')
      .update(`blob ${Buffer.byteLength(content)}\0${content}`)
      .digest('hex');
  const repoPath = `/repos/${owner}/${repo}`;
  /** A file, or a folder's entries, at a commit, as the contents API answers. */
  const contentAt = (tree: Record<string, string>, file: string): [number, unknown] => {
    const content = tree[file];
    if (content !== undefined)
      return [200, { type: 'file', path: file, sha: blobSha(content), content: Buffer.from(content).toString('base64') }];
    const inside = Object.keys(tree).filter((candidate) => candidate.startsWith(`${file}/`));
    if (inside.length === 0) return [404, { message: 'Not Found' }];
    const names = [...new Set(inside.map((candidate) => candidate.slice(file.length + 1).split('/')[0]!))];
    return [
      200,
      names.map((name) => {
        const entry = `${file}/${name}`;
        const isFile = tree[entry] !== undefined;
        return { type: isFile ? 'file' : 'dir', name, path: entry, sha: isFile ? blobSha(tree[entry]!) : blobSha(entry) };
      }),
    ];
  };
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/collaborators/([^/]+)/permission$`),
      handle: ([, login]) => {
        const permission = permissions.get(decodeURIComponent(login!));
        if (!permission) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
        return [200, { ...permission, user: { login: decodeURIComponent(login!), type: 'User' } }];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/issues/(\\d+)/comments$`),
      handle: ([, number]) => [200, comments.filter((comment) => comment.issue_number === Number(number)).map(commentJson)],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repoPath}/issues/(\\d+)/comments$`),
      handle: ([, number], body) => [201, commentJson(addComment(Number(number), String(body.body), BOT))],
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^${repoPath}/issues/comments/(\\d+)$`),
      handle: ([, id], body) => {
        const comment = comments.find((candidate) => candidate.id === Number(id));
        if (!comment) return [404, { message: 'Not Found' }];
        comment.body = String(body.body);
        return [200, commentJson(comment)];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}$`),
      handle: () => [200, { name: repo, full_name: `${owner}/${repo}`, default_branch: 'main' }],
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/git/ref/(.+)$`),
      handle: ([, ref]) => {
        const name = decodeURIComponent(ref!);
        const sha = branches.get(name.replace(/^heads\//, ''));
        return sha ? [200, { ref: `refs/${name}`, object: { type: 'commit', sha } }] : [404, { message: 'Not Found' }];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repoPath}/git/refs$`),
      handle: (_match, body) => {
        const branch = String(body.ref).replace(/^refs\/heads\//, '');
        if (branches.has(branch)) return [422, { message: 'Reference already exists' }];
        branches.set(branch, String(body.sha));
        return [201, { ref: body.ref, object: { type: 'commit', sha: body.sha } }];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/contents/(.+)$`),
      handle: ([, file], _body, query) => {
        const commit = commits.get(query.get('ref') ?? '');
        if (commit) return contentAt(commit, decodeURIComponent(file!));
        const found = fileAt(query.get('ref') ?? 'main', decodeURIComponent(file!));
        if (!found) return [404, { message: 'Not Found' }];
        return [
          200,
          { type: 'file', path: found.path, sha: blobSha(found.content), content: Buffer.from(found.content).toString('base64') },
        ];
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^${repoPath}/contents/(.+)$`),
      handle: ([, file], body) => {
        const branch = String(body.branch);
        if (!branches.has(branch)) return [404, { message: `Branch ${branch} not found` }];
        // A branch starts with what the default branch holds; changing a file that exists needs its blob sha.
        const existing = fileAt(branch, decodeURIComponent(file!)) ?? fileAt('main', decodeURIComponent(file!));
        if (existing && body.sha !== blobSha(existing.content)) return [422, { message: `"sha" wasn't supplied.` }];
        const content = Buffer.from(String(body.content), 'base64').toString('utf8');
        files.push({ branch, path: decodeURIComponent(file!), content, message: String(body.message) });
        const sha = (nextId++).toString(16).padStart(40, '0');
        branches.set(branch, sha);
        return [201, { content: { path: decodeURIComponent(file!) }, commit: { sha } }];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/git/blobs/([0-9a-f]+)$`),
      handle: ([, sha]) => {
        const content = [...commits.values()].flatMap((tree) => Object.values(tree)).find((candidate) => blobSha(candidate) === sha);
        return content === undefined
          ? [404, { message: 'Not Found' }]
          : [200, { sha, encoding: 'base64', content: Buffer.from(content).toString('base64') }];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/pulls/(\\d+)$`),
      handle: ([, number]) => {
        const pull = pullRequests.get(Number(number));
        return pull ? [200, pull] : [404, { message: 'Not Found' }];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repoPath}/pulls$`),
      handle: (_match, body) => {
        const number = nextId++;
        const pull = {
          number,
          title: String(body.title),
          body: String(body.body),
          head: String(body.head),
          base: String(body.base),
          html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
        };
        pulls.push(pull);
        return [201, pull];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/actions/artifacts/(\\d+)$`),
      handle: ([, id]) => {
        const artifact = artifacts.find((candidate) => candidate.id === Number(id));
        if (!artifact) return [404, { message: 'Not Found' }];
        return [200, artifactJson(artifact)];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/actions/runs/(\\d+)$`),
      handle: ([, id]) => [200, { id: Number(id), workflow_id: runWorkflows.get(Number(id)) ?? 1 }],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repoPath}/(issues|pulls)/comments/(\\d+)/reactions$`),
      handle: ([, where, id], body) => {
        reactions.push({ comment_id: Number(id), kind: where === 'issues' ? 'issue' : 'review', content: String(body.content) });
        return [201, { id: nextId++, content: body.content, user: BOT }];
      },
    },
  ];

  const artifactJson = (artifact: RunArtifact) => ({
    id: artifact.id,
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    expired: artifact.expired,
    archive_download_url: `${server.url}${repoPath}/actions/artifacts/${artifact.id}/zip`,
    workflow_run: { id: artifact.run_id },
  });

  /** A download answers 302 to the zip's blob URL, or 410 once the artifact expired, as GitHub does. */
  const serveDownload = (path: string, response: http.ServerResponse): boolean => {
    const download = new RegExp(`^${repoPath}/actions/artifacts/(\\d+)/zip$`).exec(path);
    const blob = /^\/blobs\/artifact-(\d+)\.zip$/.exec(path);
    const artifact = artifacts.find((candidate) => candidate.id === Number((download ?? blob)?.[1]));
    if (!download && !blob) return false;
    if (!artifact) sendJson(response, 404, { message: 'Not Found' });
    else if (download && artifact.expired) sendJson(response, 410, { message: 'Artifact has expired' });
    else if (download) {
      response.writeHead(302, { location: `${server.url}/blobs/artifact-${artifact.id}.zip?sig=fake-signature` });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
      response.end(artifact.zip);
    }
    return true;
  };

  const server = await listenOnLoopback(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = (await readBody(request)).toString('utf8');
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const method = request.method ?? 'GET';
    requests.push({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body: raw ? body : null });
    const fault = takeFault(method, url.pathname);
    if (fault) {
      sendJson(response, fault.status, { message: fault.message }, fault.headers);
      return;
    }
    if (method === 'GET' && serveDownload(url.pathname, response)) return;
    for (const route of routes) {
      const match = route.method === method ? url.pathname.match(route.pattern) : null;
      if (match) {
        const [status, payload] = route.handle(match, body, url.searchParams);
        sendJson(response, status, payload);
        return;
      }
    }
    sendJson(response, 404, { message: 'Not Found' });
  });

  return {
    url: server.url,
    owner,
    repo,
    requests,
    comments,
    reactions,
    artifacts,
    runWorkflows,
    branches,
    files,
    pulls,
    commits,
    pullRequests,
    setPermission: (login, permission) => permissions.set(login, permission),
    failNext: (method, path, status, count = 1, options = {}) =>
      faults.push({
        method,
        path,
        status,
        remaining: count,
        headers: options.headers ?? {},
        message: options.message ?? http.STATUS_CODES[status] ?? 'Error',
      }),
    seedComment: (issueNumber, body, user = BOT) => addComment(issueNumber, body, user),
    writes: () => requests.filter((request) => request.method !== 'GET'),
    close: () => server.close(),
  };
}

export interface WorkflowCommand {
  command: string;
  message: string;
}

/** The workflow commands in a step's stdout, as the runner reads them: one per `::name ...::message` line. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    return match ? [{ command: match[1]!, message: match[2]! }] : [];
  });
}

/**
 * Records the workflow commands (`::warning::`, `::notice::`, `::error::`, ...) the toolkit prints, as the
 * runner would read them, until `stop()`; other output passes through.
 */
export function recordWorkflowCommands(): { commands: WorkflowCommand[]; stop(): void } {
  const commands: WorkflowCommand[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    commands.push(...parseWorkflowCommands(chunk.toString()));
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  };
  return {
    commands,
    stop: () => {
      process.stdout.write = write;
    },
  };
}

export interface RunnerFiles {
  event: string;
  output: string;
  summary: string;
}

export interface RunnerEnvironmentOptions {
  github: FakeGitHub;
  /** Where the event, output and summary files are written; also RUNNER_TEMP and GITHUB_WORKSPACE unless given. */
  dir: string;
  /** The checkout the step runs in (GITHUB_WORKSPACE), when it is not `dir`. */
  workspace?: string;
  /** The job's temp directory (RUNNER_TEMP), shared by its steps, when it is not `dir`. */
  runnerTemp?: string;
  event: string;
  payload: unknown;
  /** Action inputs by name, as the runner passes them (INPUT_<NAME>). */
  inputs: Record<string, string>;
  runId?: string;
  /** Summary file to use instead of one in `dir`. */
  summaryFile?: string;
}

/**
 * The variables the Actions runner gives a step, pointed at the fake GitHub: for `run()` in process, or as
 * the environment of `node dist/index.js` in a child process. Add `artifactEnvironment(results)` for uploads.
 */
export async function runnerEnvironment(options: RunnerEnvironmentOptions): Promise<{ env: Record<string, string>; files: RunnerFiles }> {
  const { github, dir } = options;
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'github-output.txt'),
    summary: options.summaryFile ?? path.join(dir, 'step-summary.md'),
  };
  await writeFile(files.event, JSON.stringify(options.payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const inputs = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_RUN_ID: options.runId ?? '555',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: options.workspace ?? dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: options.runnerTemp ?? dir,
    ...inputs,
  };
  return { env, files };
}

/** The outputs a step set, read from its GITHUB_OUTPUT file (name<<delimiter blocks). */
export async function readOutputs(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8');
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^(\w+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/**
 * `github.context` read afresh from process.env and the event file, as the action reads it when it starts in
 * a process of its own; tests that run several steps in one process need one per step. @actions/github does
 * not export the class, so it is taken from its instance.
 */
export function actionContext(): typeof context {
  const Context = context.constructor as new () => typeof context;
  return new Context();
}
