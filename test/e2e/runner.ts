/**
 * Runs the built action (`dist/index.js`) the way the Actions runner does: Node 24, cwd = the checkout, a
 * small environment of runner variables and INPUT_* values (every input, defaults included), pointed at
 * loopback fakes of GitHub, the results service and the Anthropic API.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { test as base } from 'vitest';

import { type FakeAnthropic, type ModelScript, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import {
  type FakeGitHub,
  parseWorkflowCommands,
  readOutputs,
  type RecordedRequest,
  runnerEnvironment,
  type RunnerFiles,
  startFakeGitHub,
  type WorkflowCommand,
} from '../../testing/fakes/github.js';
import { artifactEnvironment, type FakeResults, startFakeResults, type StoredArtifact, unzipText } from '../../testing/fakes/results.js';
import { NODE24_PATH } from '../../testing/node24.js';
import { readActionYml } from '../helpers/action-yml.js';
import { CLAUDE_PATH, PYRIGHT_PATH } from '../helpers/claude.js';
import { REPOSITORY_NAME } from './events.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js');
export { CLAUDE_PATH };

/** Secret values the step receives; none may appear in anything the action writes. */
export const SECRETS = {
  anthropic_api_key: 'sk-ant-api03-e2eSecretKeyValue-0123456789',
  github_token: 'ghs_e2eSecretTokenValue0123456789abcdef',
} as const;

export const RUN_ID = '8675309';

/** Directories of the repository copied into every checkout. */
const CHECKOUT_CONTENT = ['examples', 'test/fixtures/e2e'];

const STEP_TIMEOUT_MS = 240_000;

/** Every input of action.yml with its default ('' when none), as the runner passes them; `${{ github.token }}` evaluates to the job's token. */
export function actionInputDefaults(githubToken: string): Record<string, string> {
  const { inputs } = readActionYml();
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => [name, input.default === '${{ github.token }}' ? githubToken : (input.default ?? '')]),
  );
}

export function actionOutputNames(): string[] {
  return Object.keys(readActionYml().outputs);
}

/** The job's PATH without this repository's node_modules/.bin, which a runner does not have. */
function runnerPath(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => !entry.endsWith(`node_modules${path.sep}.bin`))
    .join(path.delimiter);
}

/**
 * A job PATH of one folder holding only `programs`, linked to the host's: python3 as the real interpreter
 * (not a shim), so the job has exactly these programs and no others (no npm, no bwrap unless named).
 */
export async function pathWithOnly(dir: string, programs: ('python3' | 'bwrap' | 'node')[]): Promise<string> {
  for (const program of programs) {
    const target =
      program === 'python3'
        ? (await execa('python3', ['-c', 'import sys; print(sys.executable)'])).stdout.trim()
        : (await execa('which', [program])).stdout.trim();
    await symlink(target, path.join(dir, program));
  }
  return dir;
}

export interface StepOptions {
  event: string;
  payload: unknown;
  /** Inputs set in the workflow's `with:`, over the defaults. INPUT_CLAUDE_CODE_PATH and INPUT_PYRIGHT_PATH are the repository's unless given. */
  inputs?: Record<string, string>;
  /** What the model does in this step; a step that should not reach the model can leave it out. */
  model?: ModelScript;
  /** Leave claude_code_path and pyright_path unset, so the action installs Claude Code and pyright itself. */
  installClaudeCode?: boolean;
  /** The job's PATH, instead of the host's. */
  path?: string;
  /** Variables of the job over the runner's (a proxy, another GITHUB_API_URL...). */
  env?: Record<string, string>;
  /** The workflow run's id (GITHUB_RUN_ID), RUN_ID unless given: steps of different runs need their own. */
  runId?: string;
}

export interface StepRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  /** GitHub API requests made by this step. */
  githubRequests: RecordedRequest[];
  /** Model requests (POST /v1/messages) made by this step. */
  modelRequests: number;
  /** Artifacts this step created. */
  artifacts: StoredArtifact[];
  files: RunnerFiles;
  /** Messages of the workflow commands named `command` (warning, error, notice...). */
  messages(command: string): string[];
  /** `METHOD path` of every GitHub request that changed something. */
  writes(): string[];
}

export interface Stage {
  github: FakeGitHub;
  results: FakeResults;
  model: FakeAnthropic;
  /** The checkout: GITHUB_WORKSPACE and the step's cwd. */
  workspace: string;
  /** RUNNER_TOOL_CACHE. */
  toolCache: string;
  /** RUNNER_TEMP, shared by the job's steps. */
  runnerTemp: string;
  run(step: StepOptions): Promise<StepRun>;
  close(): Promise<void>;
}

export interface StageOptions {
  /** The repository, `owner/name`, of GITHUB_REPOSITORY and of the fake GitHub. */
  repository: string;
  /** A tool cache shared with other stages, instead of a fresh one. */
  toolCache?: string;
}

const noModelExpected: ModelScript = () => {
  throw new Error('this step was not expected to reach the model');
};

/** Unzips an artifact's files by name. */
export async function artifactFiles(artifact: StoredArtifact): Promise<Record<string, string>> {
  return unzipText(artifact.zip);
}

/** Fakes, a fresh checkout and the runner directories of one job, whose steps share RUNNER_TEMP and the tool cache. */
export async function openStage({ repository, toolCache }: StageOptions): Promise<Stage> {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} does not exist: run npm run build first`);
  const [owner, repo] = repository.split('/') as [string, string];
  const root = await mkdtemp(path.join(os.tmpdir(), 'codemode-e2e-'));
  const workspace = path.join(root, 'checkout');
  for (const dir of CHECKOUT_CONTENT) await cp(path.join(REPO_ROOT, dir), path.join(workspace, dir), { recursive: true });
  const cache = toolCache ?? path.join(root, 'tool-cache');
  await mkdir(cache, { recursive: true });
  const runnerTemp = path.join(root, 'runner-temp');
  await mkdir(runnerTemp);

  let script = noModelExpected;
  const [github, results, model] = await Promise.all([
    startFakeGitHub({ owner, repo }),
    startFakeResults(),
    startFakeAnthropic((request) => script(request)),
  ]);
  let steps = 0;

  async function run(step: StepOptions): Promise<StepRun> {
    script = step.model ?? noModelExpected;
    const stepFiles = path.join(root, `step-${steps++}`);
    await mkdir(stepFiles);
    const inputs = {
      ...actionInputDefaults(SECRETS.github_token),
      anthropic_api_key: SECRETS.anthropic_api_key,
      ...(step.installClaudeCode ? {} : { claude_code_path: CLAUDE_PATH, pyright_path: PYRIGHT_PATH }),
      ...step.inputs,
    };
    const { env, files } = await runnerEnvironment({
      github,
      dir: stepFiles,
      workspace,
      runnerTemp,
      event: step.event,
      payload: step.payload,
      inputs,
      runId: step.runId ?? RUN_ID,
    });
    const before = { github: github.requests.length, model: model.messageRequests().length, artifacts: results.artifacts().length };
    const result = await execa(NODE24_PATH, [ACTION_ENTRY], {
      cwd: workspace,
      env: {
        PATH: step.path ?? runnerPath(),
        HOME: os.homedir(),
        // Extra CA certificates of the host, which npm and Claude Code may need to reach the registry through its network.
        ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {}),
        ...env,
        RUNNER_TOOL_CACHE: cache,
        ...artifactEnvironment(results),
        ANTHROPIC_BASE_URL: model.url,
        CLAUDE_CODE_MAX_RETRIES: '0',
        ...step.env,
      },
      extendEnv: false,
      stdin: 'ignore',
      reject: false,
      timeout: STEP_TIMEOUT_MS,
    });
    const commands = parseWorkflowCommands(result.stdout);
    const githubRequests = github.requests.slice(before.github);
    const artifacts = results.artifacts().slice(before.artifacts);
    // What the run uploaded to the results service, GitHub then lists among the run's artifacts.
    github.artifacts.push(
      ...artifacts.map(({ id, name, zip }) => ({ id, name, zip, run_id: Number(step.runId ?? RUN_ID), expired: false })),
    );
    return {
      exitCode: result.exitCode ?? -1,
      stdout: result.stdout,
      stderr: result.stderr,
      commands,
      outputs: await readOutputs(files.output),
      summary: await readFile(files.summary, 'utf8'),
      githubRequests,
      modelRequests: model.messageRequests().length - before.model,
      artifacts,
      files,
      messages: (command) => commands.filter((entry) => entry.command === command).map((entry) => entry.message),
      writes: () => githubRequests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`),
    };
  }

  return {
    github,
    results,
    model,
    workspace,
    toolCache: cache,
    runnerTemp,
    run,
    close: async () => {
      await Promise.all([github.close(), results.close(), model.close()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A test with its own stage (fakes, checkout, runner directories) for the repository of the example payloads. */
export const test = base.extend<{ stage: Stage }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern; the stage has none
  stage: async ({}, use) => {
    const stage = await openStage({ repository: REPOSITORY_NAME });
    await use(stage);
    await stage.close();
  },
});
