import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { codemode, errorMessage, type CodeModeConfigInput, type CodeModeResult, type RunFiles } from '../lib.js';
import { defaultTempDir, uploadResultArtifact, type UploadedArtifact } from './artifact.js';
import { redactDeep } from '../redaction.js';
import { secretValues } from './redaction.js';
import { prepareHostedRunnerSandbox } from './sandbox.js';
import { authorize } from './authorize.js';
import { addEyesReaction, findComment, publishComment, type PostedComment, type Thread } from './comment.js';
import { resolveTrigger, type Target, type Trigger, type TriggerComment } from './event.js';
import { createGitHubClient, type GitHubClient, type Repo } from './github.js';
import { InputError, readInputs, secretInputs, type ActionInputs } from './inputs.js';
import {
  oneLine,
  redact,
  renderErrorReport,
  renderProgress,
  renderRefusal,
  renderReport,
  renderUsage,
  triggerMarker,
  type ReportContext,
} from './report.js';

/** The workflow run as `github.context` of @actions/github reads it from the runner's variables and event file. */
export type ActionContext = typeof github.context;

/** What the runner tells the action about the workflow run, read when the action starts. */
interface Runtime {
  eventName: string;
  payload: unknown;
  repo: Repo | null;
  runUrl: string | null;
  runId: string | null;
  apiUrl: string;
}

/** GITHUB_REPOSITORY, else the repository of the event; null when neither names one. */
function runRepository(context: ActionContext): Repo | null {
  try {
    const { owner, repo } = context.repo;
    return owner && repo ? { owner, repo } : null;
  } catch {
    return null;
  }
}

function readRuntime(context: ActionContext): Runtime {
  const repo = runRepository(context);
  const runId = Number.isInteger(context.runId) ? String(context.runId) : null;
  return {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed string, but read from GITHUB_EVENT_NAME, which may be unset
    eventName: context.eventName ?? '',
    payload: context.payload,
    repo,
    runId,
    runUrl: repo && runId ? `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : null,
    apiUrl: context.apiUrl,
  };
}

/** Where the conversation happens: the issue or pull request, when comments are wanted and the repository is known. */
interface Conversation {
  octokit: GitHubClient;
  repo: Repo;
  thread: Thread | null;
}

function openConversation(
  inputs: ActionInputs,
  runtime: Runtime,
  target: Target | null,
  comment: TriggerComment | null,
): Conversation | null {
  const needed = comment !== null || (inputs.comment && target !== null);
  if (!needed) return null;
  if (!runtime.repo) throw new InputError('GITHUB_REPOSITORY is not set: cannot reach the repository on GitHub.');
  if (!inputs.github_token) throw new InputError('Input required and not supplied: github_token');
  const octokit = createGitHubClient({ token: inputs.github_token, baseUrl: runtime.apiUrl });
  const thread = inputs.comment && target ? { ...runtime.repo, issue_number: target.issue_number } : null;
  return { octokit, repo: runtime.repo, thread };
}

function triggerKey(trigger: Extract<Trigger, { kind: 'run' | 'usage' }>, runtime: Runtime): string | null {
  if (trigger.comment) return `comment-${trigger.comment.id}`;
  return runtime.runId ? `run-${runtime.runId}` : null;
}

async function reply(conversation: Conversation | null, body: string): Promise<PostedComment | null> {
  if (!conversation?.thread) return null;
  return publishComment(conversation.octokit, conversation.thread, null, body);
}

/** Reacts to the triggering comment and shows progress in the thread, reusing the comment of an earlier try. */
async function acknowledge(
  conversation: Conversation,
  trigger: TriggerComment | null,
  key: string | null,
  progress: string,
): Promise<PostedComment | null> {
  const { octokit, repo, thread } = conversation;
  if (!thread) return null;
  const [, earlier] = await Promise.all([
    trigger ? addEyesReaction(octokit, repo, trigger) : null,
    key ? findComment(octokit, thread, triggerMarker(key)) : null,
  ]);
  return publishComment(octokit, thread, earlier, progress);
}

/** What a saved program does, as the report names it when the workflow gives no task. */
function savedProgramTask(inputs: ActionInputs): string | null {
  return inputs.program === null ? null : `Run the saved program ${inputs.program}`;
}

/** A fresh directory for this step's files: RUNNER_TEMP is shared by every step of the job. */
async function stepWorkspace(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return env.RUNNER_TEMP ? mkdtemp(path.join(env.RUNNER_TEMP, 'codemode-')) : undefined;
}

function engineConfig(inputs: ActionInputs, env: NodeJS.ProcessEnv, workspaceDir: string | undefined): CodeModeConfigInput {
  const defined = <T>(value: T | null) => value ?? undefined;
  return {
    repo_root: env.GITHUB_WORKSPACE || process.cwd(),
    workspace_dir: workspaceDir,
    cache_dir: env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'codemode', 'claude-code') : undefined,
    preserve_workspace: true,
    verbose: true,
    claude_code_version: inputs.claude_code_version,
    claude_code_path: defined(inputs.claude_code_path),
    model: defined(inputs.model),
    max_turns: defined(inputs.max_turns),
    max_attempts: defined(inputs.max_attempts),
    timeout: defined(inputs.timeout),
    execution_timeout: defined(inputs.execution_timeout),
    sandbox: inputs.sandbox,
  };
}

/** The environment the engine reads credentials from: the job's, plus the credential inputs. */
function engineEnvironment(inputs: ActionInputs, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    ...(inputs.anthropic_api_key ? { ANTHROPIC_API_KEY: inputs.anthropic_api_key } : {}),
    ...(inputs.claude_code_oauth_token ? { CLAUDE_CODE_OAUTH_TOKEN: inputs.claude_code_oauth_token } : {}),
    ...(inputs.use_bedrock ? { CLAUDE_CODE_USE_BEDROCK: '1' } : {}),
    ...(inputs.use_vertex ? { CLAUDE_CODE_USE_VERTEX: '1' } : {}),
  };
}

/** The job's tokens and the action's inputs: neither the tools nor the generated program may see them. */
const RUNNER_CREDENTIALS = [
  /^INPUT_/,
  /^GITHUB_TOKEN$/,
  /^GH_TOKEN$/,
  /^GH_ENTERPRISE_TOKEN$/,
  /^GITHUB_ENTERPRISE_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
];

type Outcome = { result: CodeModeResult; error: null } | { result: null; error: string };

async function runEngine(inputs: ActionInputs, task: string, env: NodeJS.ProcessEnv, secrets: readonly string[]): Promise<Outcome> {
  const workspaceDir = await stepWorkspace(env);
  return codemode({
    tools: inputs.tools,
    task,
    program: inputs.program ?? undefined,
    config: engineConfig(inputs, env, workspaceDir),
    env: engineEnvironment(inputs, env),
    withheldVariables: RUNNER_CREDENTIALS,
    sandboxSetup: (signal) => prepareHostedRunnerSandbox(env, signal),
    execute: inputs.mode === 'run',
    onProgress: (event) => core.info(redact(`[codemode] ${event.message}`, secrets)),
  }).then(
    (result): Outcome => ({ result, error: null }),
    (error: unknown): Outcome => ({ result: null, error: errorMessage(error) }),
  );
}

/** The run's files by their names in the artifact. */
function artifactFiles(files: RunFiles): Record<string, string> {
  const paths = [files.runner, ...(files.support ?? []), files.result, files.log, files.transcript, files.prompt];
  return Object.fromEntries(paths.filter((file) => file !== undefined).map((file) => [path.basename(file), file]));
}

function failureMessage(outcome: Outcome): string | null {
  if (!outcome.result) return `Code Mode could not start: ${oneLine(outcome.error)}`;
  if (outcome.result.success) return null;
  const phase = outcome.result.failed_phase ? ` in ${outcome.result.failed_phase}` : '';
  return `Code Mode failed${phase}: ${oneLine(outcome.result.error ?? 'unknown error')}`;
}

async function writeSummary(report: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addRaw(report)
    .write()
    .catch((error: unknown) => core.warning(`Could not write the job summary: ${errorMessage(error)}`));
}

function setOutputs(outcome: Outcome, comment: PostedComment | null, artifact: UploadedArtifact | null, secrets: string[]): void {
  const { result } = outcome;
  const error = result ? result.error : outcome.error;
  core.setOutput('success', String(result?.success ?? false));
  core.setOutput('result', result ? redact(JSON.stringify(result.output ?? null), secrets) : '');
  core.setOutput('error', error ? redact(error, secrets) : '');
  core.setOutput('comment_url', comment?.html_url ?? '');
  core.setOutput('artifact_id', artifact ? String(artifact.id) : '');
  core.setOutput('artifact_url', artifact?.url ?? '');
  core.setOutput('code_path', result?.files.runner ?? '');
  core.setOutput('cost_usd', result ? String(result.cost_usd) : '0');
  core.setOutput('turns', result ? String(result.turns) : '0');
}

/**
 * The values no report may show, in any form: the credential inputs, the job's variables whose names look
 * secret or that the `redact` input names, and passwords inside URLs. The runner masks them in the log too.
 */
function jobSecrets(inputs: ActionInputs, env: NodeJS.ProcessEnv): string[] {
  const secrets = [...new Set([...secretInputs(inputs), ...secretValues(env, inputs.redact)])];
  for (const secret of secrets) if (secret.length >= 4) core.setSecret(secret);
  return secrets;
}

/** The action: read inputs and event, check who asked, run Code Mode, and report in the thread, the summary and outputs. */
export async function run(workflow: ActionContext = github.context): Promise<void> {
  try {
    const env = process.env;
    const inputs = readInputs();
    const runtime = readRuntime(workflow);
    const trigger = resolveTrigger(runtime.eventName, runtime.payload, { ...inputs, task: inputs.task ?? savedProgramTask(inputs) });
    if (trigger.kind === 'ignore') {
      core.info(`Nothing to do: ${trigger.reason}`);
      return;
    }
    const conversation = openConversation(inputs, runtime, trigger.target, trigger.comment);
    const key = triggerKey(trigger, runtime);
    if (trigger.comment && conversation) {
      const authorization = await authorize(conversation.octokit, conversation.repo, trigger.comment.author, inputs);
      if (!authorization.allowed) {
        core.warning(authorization.reason);
        await reply(conversation, renderRefusal(authorization.reason, { triggerKey: key }));
        return;
      }
    }
    if (trigger.kind === 'usage') {
      if (!trigger.comment) throw new InputError(trigger.reason);
      core.notice(trigger.reason);
      await reply(conversation, renderUsage({ triggerKey: key, triggerPhrase: inputs.trigger_phrase }));
      return;
    }

    const secrets = jobSecrets(inputs, env);
    const progress = redact(renderProgress({ task: trigger.task, runUrl: runtime.runUrl, triggerKey: key }), secrets);
    // Authorized: the engine starts while the thread is acknowledged; each acknowledging write only warns on failure.
    const [acknowledgement, outcome] = await Promise.all([
      conversation ? acknowledge(conversation, trigger.comment, key, progress) : null,
      runEngine(inputs, trigger.task, env, secrets),
    ]);
    let comment = acknowledgement;
    const artifact = outcome.result
      ? await uploadResultArtifact({
          name: inputs.artifact_name,
          files: artifactFiles(outcome.result.files),
          secrets,
          retentionDays: inputs.retention_days,
          tempDir: defaultTempDir(env),
          runUrl: runtime.runUrl,
        })
      : null;
    const context: ReportContext = {
      task: trigger.task,
      mode: inputs.mode,
      runUrl: runtime.runUrl,
      artifactUrl: artifact?.url ?? null,
      triggerKey: key,
    };
    // Redacted before rendering too: a secret cut short or escaped for display would no longer match whole.
    const rendered = outcome.result
      ? renderReport(redactDeep(outcome.result, secrets), context)
      : renderErrorReport(redact(outcome.error, secrets), context);
    const report = redact(rendered, secrets);
    if (conversation?.thread) comment = (await publishComment(conversation.octokit, conversation.thread, comment, report)) ?? comment;
    setOutputs(outcome, comment, artifact, secrets);
    await writeSummary(report, env);
    const failure = failureMessage(outcome);
    if (failure) core.setFailed(redact(failure, secrets));
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
