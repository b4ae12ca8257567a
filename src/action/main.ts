import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import {
  codemode,
  errorMessage,
  mcpConfigVariables,
  repositoryCredentials,
  type CodeModeConfigInput,
  type CodeModeResult,
  type RunFiles,
  type SavedProgram,
} from '../lib.js';
import { defaultTempDir, preloadArtifactClient, uploadResultArtifact, type UploadedArtifact } from './artifact.js';
import { redactDeep } from '../redaction.js';
import { secretValues } from './redaction.js';
import { prepareHostedRunnerSandbox } from './sandbox.js';
import { fetchReportedProgram, findProgramReport, ProgramRefusal, sha256 } from './approve.js';
import { authorize } from './authorize.js';
import { openPortPullRequest, openSavePullRequest, programName, savedProgramPath } from './save.js';
import { addEyesReaction, findComment, publishComment, type PostedComment, type Thread } from './comment.js';
import { resolveTrigger, type Target, type Trigger, type TriggerComment } from './event.js';

type ApproveTrigger = Extract<Trigger, { kind: 'approve' }>;
type SaveTrigger = Extract<Trigger, { kind: 'save' }>;
import { createGitHubClient, type GitHubClient, type Repo } from './github.js';
import { InputError, readInputs, secretInputs, type ActionInputs } from './inputs.js';
import {
  oneLine,
  redact,
  renderErrorReport,
  renderProgress,
  renderRefusal,
  renderReport,
  renderSaved,
  renderUsage,
  triggerMarker,
  type ProgramContext,
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

function triggerKey(trigger: Exclude<Trigger, { kind: 'ignore' }>, runtime: Runtime): string | null {
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

function repoRoot(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd();
}

function engineConfig(inputs: ActionInputs, env: NodeJS.ProcessEnv, workspaceDir: string | undefined): CodeModeConfigInput {
  const defined = <T>(value: T | null) => value ?? undefined;
  return {
    repo_root: repoRoot(env),
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
    max_processes: defined(inputs.max_processes),
    tmp_size: defined(inputs.tmp_size),
    max_memory: defined(inputs.max_memory),
    check: inputs.check,
    pyright_path: defined(inputs.pyright_path),
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

async function runEngine(
  inputs: ActionInputs,
  task: string,
  env: NodeJS.ProcessEnv,
  secrets: readonly string[],
  program: string | SavedProgram | undefined = inputs.program ?? undefined,
): Promise<Outcome> {
  const workspaceDir = await stepWorkspace(env);
  return codemode({
    tools: inputs.tools ?? undefined,
    mcp: inputs.mcp_config ?? undefined,
    language: inputs.language ?? undefined,
    task,
    program,
    onDrift: inputs.on_drift,
    config: engineConfig(inputs, env, workspaceDir),
    env: engineEnvironment(inputs, env),
    withheldVariables: RUNNER_CREDENTIALS,
    sandboxSetup: (signal) => prepareHostedRunnerSandbox(env, signal),
    execute: inputs.mode === 'run',
    onProgress: (event) => {
      if (event.kind === 'claude') void preloadArtifactClient();
      core.info(redact(`[codemode] ${event.message}`, secrets));
    },
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
  core.setOutput('pull_request_url', '');
}

/**
 * The values no report may show, in any form: the credential inputs, the job's variables whose names look
 * secret or that the `redact` input names, passwords inside URLs, and the credentials of every Git configuration
 * in the repository (a second checkout's token). The runner masks them in the log too.
 */
async function jobSecrets(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string[]> {
  const secrets = [
    ...new Set([
      ...secretInputs(inputs),
      ...secretValues(env, [...inputs.redact, ...(await mcpVariables(inputs, env))]),
      ...repositoryCredentials(repoRoot(env)),
    ]),
  ];
  for (const secret of secrets) if (secret.length >= 4) core.setSecret(secret);
  return secrets;
}

/** The variables the MCP configuration refers to; a configuration that cannot be read names none here, and the engine says why. */
async function mcpVariables(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (!inputs.mcp_config) return [];
  return mcpConfigVariables(inputs.mcp_config, repoRoot(env)).catch(() => []);
}

/** What every report of the step needs to know. */
interface Step {
  inputs: ActionInputs;
  runtime: Runtime;
  env: NodeJS.ProcessEnv;
  secrets: string[];
  key: string | null;
}

/** Uploads the run's files, then reports in the thread (in `comment` when given), the summary and the outputs, and fails the step when the run failed. */
async function report(
  { inputs, runtime, env, secrets, key }: Step,
  conversation: Conversation | null,
  comment: PostedComment | null,
  task: string,
  outcome: Outcome,
  program: (artifact: UploadedArtifact | null) => ProgramContext | null,
  proposalUrl: string | null = null,
): Promise<void> {
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
    task,
    mode: inputs.mode,
    runUrl: runtime.runUrl,
    artifactUrl: artifact?.url ?? null,
    triggerKey: key,
    program: program(artifact),
    proposalUrl,
  };
  // Redacted before rendering too: a secret cut short or escaped for display would no longer match whole.
  const rendered = outcome.result
    ? renderReport(redactDeep(outcome.result, secrets), context)
    : renderErrorReport(redact(outcome.error, secrets), context);
  const body = redact(rendered, secrets);
  const posted = conversation?.thread ? await publishComment(conversation.octokit, conversation.thread, comment, body) : null;
  setOutputs(outcome, posted ?? comment, artifact, secrets);
  await writeSummary(body, env);
  const failure = failureMessage(outcome);
  if (failure) core.setFailed(redact(proposalUrl ? `${failure}: ${proposalUrl}` : failure, secrets));
}

/** Proposes the port of a drifted saved program in a pull request; its address, or null when there is no port. */
async function proposePort({ inputs, runtime }: Step, conversation: Conversation | null, outcome: Outcome): Promise<string | null> {
  const result = outcome.result;
  if (!result?.proposal || result.program === null || !runtime.repo) return null;
  const octokit = conversation?.octokit ?? createGitHubClient({ token: inputs.github_token ?? '', baseUrl: runtime.apiUrl });
  const port = {
    program: result.program,
    tools: result.tools_module,
    code: result.proposal,
    diff: result.drift?.diff ?? '',
    runUrl: runtime.runUrl,
  };
  try {
    return (await openPortPullRequest(octokit, runtime.repo, port)).html_url;
  } catch (error) {
    core.warning(`Could not propose the port of ${result.program}: ${errorMessage(error)}`);
    return null;
  }
}

/**
 * `/codemode approve`: runs exactly the program the thread's generated report shows, fetched from that run's
 * artifact and checked against the hash shown, with no model request, and updates that report in place. Refused
 * in one line, with nothing run, when there is no such report, it already ran (unless `approve again`), the
 * artifact is gone or its program is not the one shown; a program the tools have drifted from fails verification.
 */
async function approveAndRun(step: Step, conversation: Conversation & { thread: Thread }, trigger: ApproveTrigger): Promise<void> {
  const { inputs, env, secrets } = step;
  const { octokit, thread } = conversation;
  const phrase = inputs.trigger_phrase;
  const found = await refusingInThread(step, conversation, async () => {
    const none = `No generated program to approve in #${thread.issue_number}: a report of mode: generate must come first`;
    const generated = await findProgramReport(octokit, thread, ['generated', 'approved'], none);
    if (generated.record.state === 'approved' && !trigger.again) {
      throw new ProgramRefusal(`This program was already approved and ran: reply ${phrase} approve again to run it again`);
    }
    return { report: generated, code: await fetchReportedProgram(artifactSource(step, conversation), generated.record) };
  });
  if (!found) return;
  const { record, comment_id, html_url } = found.report;
  const approver = trigger.comment.author.login;
  await addEyesReaction(octokit, conversation.repo, trigger.comment);
  const program = { relative_path: `run-${record.run}/${record.file}`, text: found.code };
  const task = `Run the program generated in run ${record.run}, approved by @${approver}`;
  const outcome = await runEngine({ ...inputs, mode: 'run' }, task, env, secrets, program);
  // A program that did not pass verification (the tools drifted) did not run: the generated report stays as it was.
  const ran = outcome.result !== null && outcome.result.failed_phase !== 'verify';
  const approval = { by: approver, at: new Date().toISOString() };
  await report(
    { ...step, inputs: { ...inputs, mode: 'run' } },
    conversation,
    ran ? { id: comment_id, html_url } : null,
    task,
    outcome,
    () => (ran ? { record: { ...record, state: 'approved' }, phrase, approval } : null),
  );
}

function artifactSource({ inputs, env }: Step, { octokit, thread }: Conversation & { thread: Thread }) {
  return { octokit, thread, token: inputs.github_token ?? '', tempDir: defaultTempDir(env) };
}

/** Does `work`; when it refuses, says why in one line in the thread, fails the step, and yields null. */
async function refusingInThread<T>(step: Step, conversation: Conversation, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ProgramRefusal)) throw error;
    await reply(conversation, renderRefusal(error.message, { triggerKey: step.key }));
    core.setFailed(error.message);
    return null;
  }
}

/**
 * `/codemode save <name>`: opens a pull request that adds exactly the program of the thread's latest report that
 * ran (or was approved and ran), from that run's artifact with its hash checked, as `.codemode/<name>.<ext>`, with
 * a scheduled workflow to copy in its body. Needs `contents: write` and `pull-requests: write`.
 */
async function saveFromThread(step: Step, conversation: Conversation & { thread: Thread }, trigger: SaveTrigger): Promise<void> {
  const { inputs } = step;
  const { octokit, thread, repo } = conversation;
  const opened = await refusingInThread(step, conversation, async () => {
    const name = programName(trigger.name, inputs.trigger_phrase);
    const tools = inputs.tools;
    if (!tools)
      throw new ProgramRefusal('Cannot save the program: a saved program runs against a tools module, and the input tools is not set');
    const none = `No program that ran to save in #${thread.issue_number}: a successful or approved report must come first`;
    const ran = await findProgramReport(octokit, thread, ['ran', 'approved'], none);
    const code = await fetchReportedProgram(artifactSource(step, conversation), ran.record);
    await addEyesReaction(octokit, repo, trigger.comment);
    const request = {
      name,
      tools,
      runnerFile: ran.record.file,
      code,
      reportUrl: ran.html_url,
      approver: trigger.comment.author.login,
    };
    return { ...(await openSavePullRequest(octokit, repo, request)), path: savedProgramPath(name, ran.record.file) };
  });
  if (!opened) return;
  core.setOutput('pull_request_url', opened.html_url);
  await reply(conversation, renderSaved(opened, { triggerKey: step.key }));
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
      const policy =
        trigger.kind === 'approve'
          ? { ...inputs, permission: inputs.approve_permission, trigger_phrase: `${inputs.trigger_phrase} approve` }
          : inputs;
      const authorization = await authorize(conversation.octokit, conversation.repo, trigger.comment.author, policy);
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

    const secrets = await jobSecrets(inputs, env);
    if (trigger.kind === 'approve') {
      if (!conversation?.thread) throw new InputError('An approval needs the comment input: the report to approve is in the thread.');
      await approveAndRun({ inputs, runtime, env, secrets, key }, { ...conversation, thread: conversation.thread }, trigger);
      return;
    }
    if (trigger.kind === 'save') {
      if (!conversation?.thread) throw new InputError('Saving a program needs the comment input: the report to save is in the thread.');
      await saveFromThread({ inputs, runtime, env, secrets, key }, { ...conversation, thread: conversation.thread }, trigger);
      return;
    }
    const progress = redact(renderProgress({ task: trigger.task, runUrl: runtime.runUrl, triggerKey: key }), secrets);
    // Authorized: the engine starts while the thread is acknowledged; each acknowledging write only warns on failure.
    const [acknowledgement, outcome] = await Promise.all([
      conversation ? acknowledge(conversation, trigger.comment, key, progress) : null,
      runEngine(inputs, trigger.task, env, secrets),
    ]);
    const offered = (artifact: UploadedArtifact | null): ProgramContext | null =>
      outcome.result?.success && outcome.result.program === null && artifact && runtime.runId && conversation?.thread
        ? {
            record: {
              sha256: sha256(redact(outcome.result.code, secrets)),
              run: Number(runtime.runId),
              artifact: artifact.id,
              file: outcome.result.runner_file,
              state: inputs.mode === 'generate' ? 'generated' : 'ran',
            },
            phrase: inputs.trigger_phrase,
            approval: null,
          }
        : null;
    const step: Step = { inputs, runtime, env, secrets, key };
    const proposalUrl = await proposePort(step, conversation, outcome);
    await report(step, conversation, acknowledgement, trigger.task, outcome, offered, proposalUrl);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
