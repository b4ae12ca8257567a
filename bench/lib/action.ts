/**
 * Runs the committed action bundle (`dist/index.js`) as the Actions runner does: Node 24, cwd = a checkout,
 * INPUT_* variables, pointed at loopback fakes of GitHub, the results service and the Anthropic API.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable } from 'node:stream';

import { execa } from 'execa';

import { CLAUDE_CODE_VERSION } from '../../src/engine/config.js';
import { PYRIGHT_VERSION } from '../../src/engine/python/pyright.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import { type FakeAnthropic, type ModelScript, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { type FakeGitHub, PERMISSIONS, readOutputs, runnerEnvironment, startFakeGitHub } from '../../testing/fakes/github.js';
import { artifactEnvironment, type FakeResults, startFakeResults, type StoredArtifact } from '../../testing/fakes/results.js';
import { NODE24_PATH } from '../../testing/node24.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js');
export const CLAUDE_PACKAGE_DIR = path.join(REPO_ROOT, 'node_modules', '@anthropic-ai', 'claude-code-linux-x64');
export const CLAUDE_PATH = path.join(CLAUDE_PACKAGE_DIR, 'claude');
const PYRIGHT_PACKAGE_DIR = path.join(REPO_ROOT, 'node_modules', 'pyright');
export const COMMENTER = 'Codertocat';
/** The inputs as the runner passes them for a workflow that sets only `tools` and the API key (action.yml defaults). */
const ACTION_INPUT_DEFAULTS = {
  anthropic_api_key: 'sk-ant-bench-0123456789abcdef',
  github_token: 'ghs_bench0123456789abcdef',
  use_bedrock: 'false',
  use_vertex: 'false',
  claude_code_version: CLAUDE_CODE_VERSION,
  trigger_phrase: '/codemode',
  permission: 'write',
  allowed_bots: '',
  mode: 'run',
  comment: 'true',
  artifact_name: 'codemode-result',
};
const PEAK_RSS_PRELOAD = path.join(import.meta.dirname, 'peak-rss.mjs');

type Payload = Record<string, any>;
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Payload[];
}[];

let nextCommentId = 700_000;

/** An `issue_comment` `created` payload with `body` and a comment id of its own, from the webhook examples. */
export function issueCommentPayload(body: string): Payload {
  const example = webhooks.find((entry) => entry.name === 'issue_comment')!.examples.find((candidate) => candidate.action === 'created')!;
  const payload = structuredClone(example);
  payload.comment.body = body;
  payload.comment.user.login = COMMENTER;
  payload.comment.id = nextCommentId++;
  return payload;
}

export interface StepOptions {
  payload: Payload;
  tools: string;
  model: ModelScript;
  /** Leave claude_code_path unset and start from an empty tool cache, so the action installs Claude Code. */
  install?: boolean;
  /** Record the action process's own peak RSS (getrusage maxrss) at exit. */
  peakRss?: boolean;
  /** A saved program (path in the checkout) to run instead of asking the model, with no model credentials. */
  program?: string;
  /** Inputs beside `tools` and the defaults, e.g. `{ check: 'off' }`. */
  inputs?: Record<string, string>;
}

export interface StepRun {
  exitCode: number;
  wallMs: number;
  stdout: string;
  /** result.json as the engine wrote it in RUNNER_TEMP. */
  result: CodeModeResult;
  /** Milliseconds from spawn at which each GitHub request arrived. */
  requestTimes: TimedRequest[];
  /** Milliseconds from spawn at which each stdout line was read. */
  lineTimes: { line: string; atMs: number }[];
  modelRequests: number;
  /** Bytes of the requests sent to the model. */
  modelBytes: number;
  artifacts: StoredArtifact[];
  /** Peak resident set of the action process in kB, when asked for. */
  peakRssKb: number | null;
  tempDir: string;
}

export interface ActionStage {
  /** The checkout the action runs in (GITHUB_WORKSPACE). */
  checkout: string;
  run(step: StepOptions): Promise<StepRun>;
  close(): Promise<void>;
}

/** The job's PATH without this repository's node_modules/.bin, which a runner does not have. */
function runnerPath(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => !entry.endsWith(`node_modules${path.sep}.bin`))
    .join(path.delimiter);
}

/** Links `packageDir` into a tool cache's install prefix `prefix` as `node_modules/<name>`, as npm would have put it. */
async function linkIntoPrefix(prefix: string, name: string, packageDir: string): Promise<void> {
  const target = path.join(prefix, 'node_modules', name);
  await mkdir(path.dirname(target), { recursive: true });
  await symlink(packageDir, target);
}

/** A tool cache holding the pinned Claude Code and pyright as an earlier run of the action left them (a cache hit). */
async function warmToolCache(cache: string): Promise<void> {
  const codemode = path.join(cache, 'codemode');
  await linkIntoPrefix(path.join(codemode, 'claude-code', CLAUDE_CODE_VERSION), '@anthropic-ai/claude-code-linux-x64', CLAUDE_PACKAGE_DIR);
  await linkIntoPrefix(path.join(codemode, 'pyright', PYRIGHT_VERSION), 'pyright', PYRIGHT_PACKAGE_DIR);
}

export interface TimedRequest {
  method: string;
  path: string;
  atMs: number;
}

/** Records when each request reaches the fake GitHub, relative to `origin()`. */
function recordRequestTimes(github: FakeGitHub, origin: () => number): TimedRequest[] {
  const times: TimedRequest[] = [];
  const push = github.requests.push.bind(github.requests);
  github.requests.push = (...requests) => {
    for (const request of requests) times.push({ method: request.method, path: request.path, atMs: performance.now() - origin() });
    return push(...requests);
  };
  return times;
}

/** Timestamps each line the process prints, relative to `origin`. */
function timeLines(stdout: Readable, origin: number): { line: string; atMs: number }[] {
  const lines: { line: string; atMs: number }[] = [];
  readline
    .createInterface({ input: stdout, crlfDelay: Infinity })
    .on('line', (line) => lines.push({ line, atMs: performance.now() - origin }));
  return lines;
}

export async function openActionStage(): Promise<ActionStage> {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} does not exist: run npm run build first`);
  const payload = issueCommentPayload('');
  const [owner, repo] = (payload.repository.full_name as string).split('/') as [string, string];
  const root = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-action-'));
  const checkout = path.join(root, 'checkout');
  await cp(path.join(REPO_ROOT, 'examples'), path.join(checkout, 'examples'), { recursive: true });
  let script: ModelScript = () => ({ text: 'done' });
  const [github, results, model]: [FakeGitHub, FakeResults, FakeAnthropic] = await Promise.all([
    startFakeGitHub({ owner, repo }),
    startFakeResults(),
    startFakeAnthropic((request) => script(request)),
  ]);
  github.setPermission(COMMENTER, PERMISSIONS.write);
  let spawnedAt = 0;
  const requestTimes = recordRequestTimes(github, () => spawnedAt);
  let steps = 0;

  async function run(step: StepOptions): Promise<StepRun> {
    script = step.model;
    const temp = path.join(root, `runner-temp-${steps}`);
    const cache = path.join(root, `tool-cache-${steps}`);
    steps += 1;
    await mkdir(temp);
    await mkdir(cache);
    if (!step.install) await warmToolCache(cache);
    const { env, files } = await runnerEnvironment({
      github,
      dir: temp,
      workspace: checkout,
      event: 'issue_comment',
      payload: step.payload,
      inputs: {
        ...ACTION_INPUT_DEFAULTS,
        tools: step.tools,
        ...step.inputs,
        ...(step.program ? { program: step.program, anthropic_api_key: '' } : {}),
      },
      runId: String(9000 + steps),
    });
    const rssFile = path.join(temp, 'peak-rss.txt');
    const before = {
      requests: requestTimes.length,
      model: model.messageRequests().length,
      modelPosts: model.requests.length,
      artifacts: results.artifacts().length,
    };
    spawnedAt = performance.now();
    const subprocess = execa(NODE24_PATH, [...(step.peakRss ? ['--import', PEAK_RSS_PRELOAD] : []), ACTION_ENTRY], {
      cwd: checkout,
      env: {
        PATH: runnerPath(),
        HOME: os.homedir(),
        // The machine's own trust settings, as a runner's job environment has them (npm needs them to install).
        ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {}),
        ...env,
        RUNNER_TOOL_CACHE: cache,
        ...artifactEnvironment(results),
        ANTHROPIC_BASE_URL: model.url,
        CLAUDE_CODE_MAX_RETRIES: '0',
        ...(step.peakRss ? { CODEMODE_BENCH_RSS_FILE: rssFile } : {}),
      },
      extendEnv: false,
      stdin: 'ignore',
      reject: false,
      timeout: 600_000,
    });
    const lineTimes = timeLines(subprocess.stdout, spawnedAt);
    const child = await subprocess;
    const wallMs = performance.now() - spawnedAt;
    const codePath = (await readOutputs(files.output)).code_path;
    const resultPath = codePath ? path.join(path.dirname(codePath), 'result.json') : '';
    if (!codePath || !existsSync(resultPath))
      throw new Error(
        `the action wrote no result.json (${child.timedOut ? 'stopped after 600 s' : `exit ${child.exitCode ?? 'unknown'}`}):\n${child.stdout}\n${child.stderr}`,
      );
    const result = JSON.parse(await readFile(resultPath, 'utf8')) as CodeModeResult;
    if (!result.success) throw new Error(`the action's run failed: ${result.error ?? 'no error given'}`);
    return {
      exitCode: child.exitCode ?? -1,
      wallMs,
      stdout: child.stdout,
      result,
      requestTimes: requestTimes.slice(before.requests),
      lineTimes,
      modelRequests: model.messageRequests().length - before.model,
      modelBytes: model.requests
        .slice(before.modelPosts)
        .filter((request) => request.method === 'POST')
        .reduce((total, request) => total + request.body_bytes, 0),
      artifacts: results.artifacts().slice(before.artifacts),
      peakRssKb: step.peakRss ? Number(await readFile(rssFile, 'utf8')) : null,
      tempDir: temp,
    };
  }

  return {
    checkout,
    run,
    close: async () => {
      await Promise.all([github.close(), results.close(), model.close()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}
