import { access, appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureClaudeCode } from './claude/install.js';
import { portPrompt, repairPrompt, systemPrompt, taskPrompt, toolNotes } from './claude/prompt.js';
import { runClaudeSession, type ClaudeSessionResult } from './claude/session.js';
import { parseConfig, type CodeModeConfig, type CodeModeOptions } from './config.js';
import { claudeEnvironment, programEnvironment } from './env.js';
import { CodeModeError, errorMessage, usageError } from './errors.js';
import { executeRunner, type ExecutionOutcome } from './execute.js';
import { prepareHost } from './host.js';
import { driftMessage, portStart, programDrift, savedProgram, type SavedProgram } from './program.js';
import { probeSandbox } from './sandbox.js';
import { runnerFolders } from './sandbox/runner.js';
import { limitsInForce, programLimits } from './sandbox/limits.js';
import type { LanguageContext, LanguageSupport, TypeChecker } from './language.js';
import type {
  AttemptRecord,
  CodeModeResult,
  FailedPhase,
  Phase,
  PhaseTimings,
  ProgramDrift,
  ProgressListener,
  RunFiles,
  RunnerSource,
  ToolModule,
} from './types.js';
import {
  diagnosticsFailure,
  supportFileChangedFailure,
  toolsModuleChangedFailure,
  verifyRunnerEdit,
  type VerificationFailure,
} from './verify.js';
import { toolsSource } from './tools.js';
import { languageNamed } from './registry.js';
import { loadMcpConfig } from './mcp/config.js';
import type { McpServers } from './mcp/client.js';
import { serveMcpCalls } from './mcp/serve.js';
import type { Duplex } from 'node:stream';
import { hashFile, openWorkspace, removeWorkspace, type Workspace } from './workspace.js';

/** Names of the files a run writes into its workspace beside the runner. */
export const RUN_FILE_NAMES = {
  result: 'result.json',
  log: 'execution.log',
  transcript: 'transcript.jsonl',
  prompt: 'prompt.md',
} as const;

/** The tool host's files: its launch spec, the journal of completed calls across attempts, and its report. */
const HOST_FILES = { spec: 'host-spec.json', journal: 'host-journal.jsonl', report: 'host-report.json' } as const;

/** Measures phases; a phase may run several times (one per attempt) and its times add up. */
class PhaseClock {
  private readonly started = performance.now();
  readonly timings: Omit<PhaseTimings, 'total_ms'> = { extract_ms: 0, install_ms: 0, claude_ms: 0, verify_ms: 0, execute_ms: 0 };

  async time<T>(phase: Phase, work: Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work;
    } finally {
      this.timings[`${phase}_ms`] += performance.now() - start;
    }
  }

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  snapshot(): PhaseTimings {
    return { ...this.timings, total_ms: this.elapsedMs() };
  }
}

interface RunState {
  options: CodeModeOptions;
  config: CodeModeConfig;
  task: string;
  env: NodeJS.ProcessEnv;
  /** Aborted when the caller cancels or the run ends, whichever comes first. */
  signal: AbortSignal;
  /** The runner as it was last read for verification: what ran, and what is reported, whatever the program did to its file. */
  code: string;
  progress: ProgressListener;
  clock: PhaseClock;
  workspace: Workspace;
  language: LanguageSupport;
  context: LanguageContext;
  module: ToolModule;
  runner: RunnerSource;
  runnerPath: string;
  /** The committed runner that runs instead of one the model writes, when the caller named one. */
  saved: SavedProgram | null;
  /** Set while Claude Code ports a drifted saved program: the first prompt asks for the port, and nothing runs. */
  port: { program: string; diff: string } | null;
  /** The language's type checker being installed alongside Claude Code, when it has one and checking is on. */
  typeChecker: Promise<TypeCheckerOutcome> | null;
  /** The run's MCP servers, connected, or null when it has none. */
  mcp: McpServers | null;
}

type TypeCheckerOutcome = { checker: TypeChecker } | { error: string };

interface Outcome {
  success: boolean;
  error: string | null;
  failed_phase: FailedPhase | null;
  attempts: AttemptRecord[];
  session_id: string | null;
  execution: ExecutionOutcome | null;
  drift?: ProgramDrift;
  proposal?: string;
}

/** What verifying and executing the runner once came to: the run's end, or the failure a repair may fix. */
type Step =
  | { final: true; phase: FailedPhase | null; error: string | null; execution: ExecutionOutcome | null }
  | { final: false; feedback: VerificationFailure; execution: ExecutionOutcome | null };

/**
 * Turns a tools module and a task into a verified, executed program: extract the tools, generate the runner,
 * have Claude Code implement main(), verify, execute, repair through the same session, and report.
 * Bad input throws a CodeModeError before anything runs; failures after that are reported in the result.
 */
export async function codemode(options: CodeModeOptions): Promise<CodeModeResult> {
  const config = parseConfig(options.config);
  const task =
    options.program === undefined ? validateTask(options.task ?? '') : options.task?.trim() || `Run ${programName(options.program)}`;
  const mcpServers = options.mcp === undefined ? null : await loadMcpConfig(options.mcp, config.repo_root);
  if (options.tools === undefined && !mcpServers) throw usageError('No tools given: pass a tools module, MCP servers, or both');
  const source = options.tools === undefined ? null : await toolsSource(options.tools, config.repo_root);
  const language = source?.language ?? (await languageNamed(options.language ?? 'typescript'));
  const env = options.env ?? process.env;
  const clock = new PhaseClock();
  const run = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, run.signal]) : run.signal;
  const progress = options.onProgress ?? (() => undefined);
  const install = options.dryRun || options.program !== undefined ? null : startInstall(config, env, clock, signal, progress);
  install?.catch(() => undefined);
  const executes = !options.dryRun && options.execute !== false;
  const sandbox =
    config.sandbox === 'off' || (options.program === undefined ? options.dryRun : !executes) ? null : startSandbox(options, signal);
  sandbox?.catch(() => undefined);
  // A saved program's regions, the tools' types among them, must equal today's, and it passed the check when saved.
  const typeChecker =
    options.dryRun || options.program !== undefined ? null : startTypeCheckerInstall(language, config, env, signal, progress);
  typeChecker?.catch(() => undefined);
  let mcp: McpServers | null = null;
  try {
    const context: LanguageContext = {
      repoRoot: path.resolve(config.repo_root),
      python: config.python,
      node: config.node,
      env: programEnvironment(env, options.withheldVariables),
      signal,
    };
    const mcpTools = mcpServers ? await import('./mcp/index.js') : null;
    if (mcpServers && mcpTools) {
      progress({ kind: 'phase', phase: 'extract', message: `Connecting to ${mcpServers.length} MCP server(s)` });
      mcp = await clock.time('extract', mcpTools.McpServers.connect(mcpServers, env, context.env, context.repoRoot));
    }
    if (source) progress({ kind: 'phase', phase: 'extract', message: `Extracting tools from ${options.tools ?? ''}` });
    const toolsModule = source ? await clock.time('extract', language.extract(source.location, context)) : language.noToolsModule();
    const module = mcp && mcpTools ? await clock.time('extract', mcpTools.withMcpTools(toolsModule, mcp)) : toolsModule;
    const saved =
      options.program === undefined
        ? null
        : await savedProgram(options.program, config.repo_root, language.runnerFileName, module.relative_path);
    const workspace = await openWorkspace(config.workspace_dir);
    const state: RunState = {
      options,
      config,
      task,
      env,
      signal,
      progress,
      clock,
      workspace,
      language,
      context: (await language.resolveContext?.(context)) ?? context,
      module,
      saved,
      port: null,
      typeChecker,
      mcp,
      ...runnerPaths(workspace, language, module, task, saved),
    };
    return await removingWorkspaceOnError(state, async () => {
      await writeRunner(state);
      // An explicit checker is only looked at: a bad path is a usage error before any model request.
      if (config.pyright_path) await typeChecker;
      if (saved) return finish(state, await runSavedProgram(state, saved, sandbox));
      if (!install) return finish(state, succeeded([], null, null));
      const claude = await install;
      if ('error' in claude) return finish(state, failed([], null, null, 'install', claude.error));
      await sandbox;
      return finish(state, await attemptUntilDone(state, claude.path));
    });
  } finally {
    run.abort();
    await Promise.all([
      install?.catch(() => undefined),
      sandbox?.catch(() => undefined),
      typeChecker?.catch(() => undefined),
      mcp?.close(),
    ]);
  }
}

function programName(program: string | SavedProgram): string {
  return typeof program === 'string' ? program : program.relative_path;
}

function runnerPaths(workspace: Workspace, language: LanguageSupport, module: ToolModule, task: string, saved: SavedProgram | null) {
  const runner = language.renderRunner(module, task);
  return { runner, runnerPath: workspace.file(runner.file_name), code: saved?.text ?? runner.text };
}

async function writeRunner(state: RunState): Promise<void> {
  const { workspace, runner, module } = state;
  await clearEarlierRun(workspace);
  await writeFile(state.runnerPath, state.code);
  for (const support of runner.support_files ?? []) await writeFile(workspace.file(support.name), support.text);
  await writeFile(workspace.file(RUN_FILE_NAMES.prompt), promptRecord(state.task, state.runnerPath, module));
  const mcpTools = Object.keys(module.mcp?.routes ?? {}).length;
  const counts = [`${module.tools.length} tool(s)`, ...(mcpTools > 0 ? [`${mcpTools} MCP tool(s)`] : [])];
  state.progress({ kind: 'info', message: `Wrote ${state.runnerPath} with ${counts.join(' and ')}` });
}

/** Makes the sandbox available where the caller knows how (e.g. a CI runner installs bubblewrap), then proves it starts. */
async function startSandbox(options: CodeModeOptions, signal: AbortSignal): Promise<void> {
  await options.sandboxSetup?.(signal);
  await probeSandbox(signal);
}

/** A temporary workspace never outlives a run that throws. */
async function removingWorkspaceOnError<T>(state: RunState, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (state.workspace.temporary && !state.config.preserve_workspace) await removeWorkspace(state.workspace);
    throw error;
  }
}

/** A reused workspace must not lend an earlier run's log, transcript or result to this one. */
async function clearEarlierRun(workspace: Workspace): Promise<void> {
  const names = [...Object.values(RUN_FILE_NAMES), ...Object.values(HOST_FILES)];
  await Promise.all(names.map((name) => rm(workspace.file(name), { force: true })));
}

function validateTask(task: string): string {
  if (!task.trim()) throw usageError('The task is empty: say what the program should do');
  return task.trim();
}

/**
 * Finds or installs Claude Code while the tools are extracted. It settles with the binary's path, or with the
 * one-line reason it cannot be had; a bad `claude_code_path` stays a thrown usage error.
 */
async function startInstall(
  config: CodeModeConfig,
  env: NodeJS.ProcessEnv,
  clock: PhaseClock,
  signal: AbortSignal,
  progress: ProgressListener,
): Promise<{ path: string } | { error: string }> {
  try {
    const install = ensureClaudeCode({
      path: config.claude_code_path,
      version: config.claude_code_version,
      cacheDir: config.cache_dir,
      env,
      signal,
    });
    const found = await clock.time('install', install);
    if (found.installed) {
      progress({ kind: 'info', message: `Installed Claude Code ${found.version} in ${(found.duration_ms / 1000).toFixed(1)} s` });
    }
    return { path: found.path };
  } catch (error) {
    if (error instanceof CodeModeError && error.kind === 'usage') return Promise.reject(error);
    return { error: errorMessage(error) };
  }
}

/**
 * Finds or installs the language's type checker while the tools are extracted and Claude Code works, when the
 * language has one and `check` is not `off`. It settles like `startInstall`.
 */
function startTypeCheckerInstall(
  language: LanguageSupport,
  config: CodeModeConfig,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  progress: ProgressListener,
): Promise<TypeCheckerOutcome> | null {
  if (config.check === 'off' || !language.installTypeChecker) return null;
  const mode = config.check;
  const install = language.installTypeChecker({
    path: config.pyright_path,
    cacheDir: path.dirname(path.resolve(config.cache_dir)),
    env,
    signal,
  });
  return install.then(
    (found) => {
      if (found.installed) {
        progress({ kind: 'info', message: `Installed pyright ${found.version} in ${(found.duration_ms / 1000).toFixed(1)} s` });
      }
      return { checker: { mode, path: found.path } };
    },
    (error: unknown) => {
      if (error instanceof CodeModeError && error.kind === 'usage') return Promise.reject(error);
      return { error: errorMessage(error) };
    },
  );
}

/** The prompts as sent, then the tool notes, so that a reader sees what the model had to guess. */
function promptRecord(task: string, runnerPath: string, module: ToolModule): string {
  const notes = toolNotes(module.tools);
  const record = `# System prompt\n\n${systemPrompt()}\n\n# Task prompt\n\n${taskPrompt({ runnerPath, language: module.language, task })}\n`;
  return notes.length > 0 ? `${record}\n# Tool notes\n\n${notes.join('\n')}\n` : record;
}

async function attemptUntilDone(state: RunState, claudePath: string): Promise<Outcome> {
  const { config, clock, progress } = state;
  const deadline = clock.elapsedMs() + config.timeout * 1000;
  const toolsHash = await hashFile(state.module.path);
  const attempts: AttemptRecord[] = [];
  let sessionId: string | null = null;
  let feedback: VerificationFailure | null = null;
  let execution: ExecutionOutcome | null = null;
  for (let number = 1; number <= config.max_attempts; number += 1) {
    const remainingMs = deadline - clock.elapsedMs();
    if (remainingMs <= 0) {
      return failed(attempts, sessionId, execution, 'claude', `The run exceeded its timeout of ${config.timeout} s`);
    }
    progress({
      kind: 'attempt',
      number,
      message:
        number === 1 ? 'Asking Claude Code to implement main()' : `Repair attempt ${number}${feedback ? `: ${feedback.message}` : ''}`,
    });
    const prompt = feedback
      ? repairPrompt({ runnerPath: state.runnerPath, attempt: number, error: feedback.message, details: feedback.details })
      : state.port
        ? portPrompt({ runnerPath: state.runnerPath, language: state.module.language, ...state.port })
        : taskPrompt({ runnerPath: state.runnerPath, language: state.module.language, task: state.task });
    if (feedback) await appendFile(state.workspace.file(RUN_FILE_NAMES.prompt), `\n# Repair prompt (attempt ${number})\n\n${prompt}\n`);
    const session: ClaudeSessionResult = await clock.time('claude', runSession(state, claudePath, prompt, sessionId, remainingMs));
    sessionId = session.session_id ?? sessionId;
    const attempt: AttemptRecord = {
      number,
      failed_phase: null,
      error: null,
      turns: session.turns,
      cost_usd: session.cost_usd,
      claude_ms: session.duration_ms,
      execute_ms: null,
      exit_code: null,
    };
    attempts.push(attempt);
    if (session.error) {
      return failed(attempts, sessionId, execution, 'claude', `Claude Code failed: ${session.error}`);
    }
    const step = await verifyAndExecute(state, attempt, toolsHash, deadline);
    execution = step.execution ?? execution;
    if (step.final) {
      return step.phase === null
        ? succeeded(attempts, sessionId, execution)
        : failed(attempts, sessionId, execution, step.phase, step.error ?? '');
    }
    feedback = step.feedback;
  }
  const last = attempts.at(-1);
  return failed(attempts, sessionId, execution, last?.failed_phase ?? 'execute', last?.error ?? 'The run failed');
}

/**
 * A saved program, with no model: when its protected regions still match the ones generated from today's tools, it
 * goes through the same verification and execution as a program the model wrote.
 */
async function runSavedProgram(state: RunState, saved: SavedProgram, sandbox: Promise<void> | null): Promise<Outcome> {
  const { module, clock, config, progress } = state;
  progress({ kind: 'phase', phase: 'verify', message: `Checking ${saved.relative_path} against the tools in ${module.relative_path}` });
  const drift = programDrift(state.runner, saved, module.relative_path, state.language.wrapperPattern);
  if (drift) {
    const message = driftMessage(saved.relative_path, module.relative_path, drift);
    if (state.options.onDrift !== 'propose') return { ...failed([], null, null, 'verify', message), drift };
    return proposePort(state, saved, drift, message);
  }
  const attempt: AttemptRecord = {
    number: 1,
    failed_phase: null,
    error: null,
    turns: 0,
    cost_usd: 0,
    claude_ms: 0,
    execute_ms: null,
    exit_code: null,
  };
  await sandbox;
  const step = await verifyAndExecute(state, attempt, await hashFile(module.path), clock.elapsedMs() + config.timeout * 1000);
  if (step.final && step.phase === null) return succeeded([attempt], null, step.execution);
  return failed([attempt], null, step.execution, attempt.failed_phase ?? 'verify', attempt.error ?? 'The saved program failed');
}

/**
 * Has Claude Code port a drifted saved program to today's tools: it starts from the saved program with today's
 * regions, and the port is verified like any program but not run. The run still fails: the saved program did not run.
 */
async function proposePort(state: RunState, saved: SavedProgram, drift: ProgramDrift, message: string): Promise<Outcome> {
  const claude = await startInstall(state.config, state.env, state.clock, state.signal, state.progress);
  if ('error' in claude) return { ...failed([], null, null, 'install', claude.error), drift };
  const start = portStart(state.runner, saved);
  state.runner = { ...state.runner, text: start };
  state.code = start;
  state.port = { program: saved.relative_path, diff: drift.diff };
  await writeFile(state.runnerPath, start);
  state.progress({ kind: 'info', message: `${message}; asking Claude Code to port it` });
  const port = await attemptUntilDone(state, claude.path);
  const error = port.success ? `${message}; proposed a port to today's tools` : `${message}; porting it failed: ${port.error ?? ''}`;
  return { ...port, success: false, failed_phase: 'verify', error, drift, ...(port.success ? { proposal: state.code } : {}) };
}

/** Verifies the runner as it stands and, unless the caller wants it only verified, executes it once. */
async function verifyAndExecute(state: RunState, attempt: AttemptRecord, toolsHash: string, deadline: number): Promise<Step> {
  const { clock, progress } = state;
  progress({ kind: 'phase', phase: 'verify', message: `Verifying the ${state.saved ? 'saved' : 'generated'} program` });
  const typeChecker = state.typeChecker && (await clock.time('install', state.typeChecker));
  if (typeChecker && 'error' in typeChecker) return { final: true, phase: 'install', error: typeChecker.error, execution: null };
  const feedback = await clock.time('verify', verifyRunner(state, toolsHash, typeChecker?.checker));
  if (feedback) {
    markFailed(attempt, 'verify', feedback.message);
    progress({ kind: 'info', message: `Verification failed: ${feedback.message}` });
    return feedback.fatal
      ? { final: true, phase: 'verify', error: feedback.message, execution: null }
      : { final: false, feedback, execution: null };
  }
  if (state.options.execute === false || state.port) return { final: true, phase: null, error: null, execution: null };
  progress({ kind: 'phase', phase: 'execute', message: `Running ${state.runner.file_name}` });
  const execution = await clock.time('execute', runProgram(state, deadline - clock.elapsedMs()));
  attempt.execute_ms = execution.duration_ms;
  attempt.exit_code = execution.exit_code;
  if ((await hashFile(state.module.path)) !== toolsHash) {
    const changed = `The tools module ${state.module.relative_path} changed while the program ran`;
    markFailed(attempt, 'execute', changed);
    return { final: true, phase: 'execute', error: changed, execution };
  }
  if (execution.error === null) return { final: true, phase: null, error: null, execution };
  markFailed(attempt, 'execute', execution.error);
  progress({ kind: 'info', message: `Execution failed: ${execution.error}` });
  return { final: false, feedback: { message: execution.error, details: execution.details }, execution };
}

function markFailed(attempt: AttemptRecord, phase: FailedPhase, error: string): void {
  attempt.failed_phase = phase;
  attempt.error = error;
}

function succeeded(attempts: AttemptRecord[], sessionId: string | null, execution: ExecutionOutcome | null): Outcome {
  return { success: true, error: null, failed_phase: null, attempts, session_id: sessionId, execution };
}

function failed(
  attempts: AttemptRecord[],
  sessionId: string | null,
  execution: ExecutionOutcome | null,
  phase: FailedPhase,
  error: string,
): Outcome {
  return { success: false, error, failed_phase: phase, attempts, session_id: sessionId, execution };
}

function runSession(
  state: RunState,
  claudePath: string,
  prompt: string,
  resume: string | null,
  remainingMs: number,
): Promise<ClaudeSessionResult> {
  const { config, workspace, progress } = state;
  return runClaudeSession({
    claudePath,
    cwd: workspace.dir,
    prompt,
    systemPrompt: systemPrompt(),
    resumeSessionId: resume ?? undefined,
    model: config.model,
    maxTurns: config.max_turns,
    env: claudeEnvironment(state.env, workspace.file('.claude-config')),
    timeoutMs: remainingMs,
    transcriptPath: workspace.file(RUN_FILE_NAMES.transcript),
    signal: state.signal,
    onProgress: config.verbose ? (message) => progress({ kind: 'claude', message }) : undefined,
  });
}

async function verifyRunner(state: RunState, toolsHash: string, typeChecker: TypeChecker | undefined): Promise<VerificationFailure | null> {
  if ((await hashFile(state.module.path)) !== toolsHash) {
    return toolsModuleChangedFailure(state.module.relative_path);
  }
  const edited = await readFile(state.runnerPath, 'utf8').catch(() => null);
  if (edited === null) {
    return {
      message: `${state.runner.file_name} was deleted during the session`,
      details: `Recreate ${state.runner.file_name} as generated and implement main().`,
    };
  }
  state.code = edited;
  const verified = verifyRunnerEdit(state.runner, edited);
  if ('failure' in verified) return verified.failure;
  const supportProblem = await checkSupportFiles(state);
  if (supportProblem) return supportProblem;
  const context = { ...state.context, typeChecker };
  const diagnostics = await state.language.check(state.runnerPath, state.module, context, verified.regions).catch((error: unknown) => {
    if (error instanceof CodeModeError && error.kind === 'environment') return error;
    throw error;
  });
  if (diagnostics instanceof CodeModeError) return { message: diagnostics.message, details: diagnostics.message, fatal: true };
  return diagnostics.length ? diagnosticsFailure(state.runner.file_name, diagnostics) : null;
}

async function checkSupportFiles(state: RunState): Promise<VerificationFailure | null> {
  for (const support of state.runner.support_files ?? []) {
    const current = await readFile(state.workspace.file(support.name), 'utf8').catch(() => null);
    if (current !== support.text) return supportFileChangedFailure(support.name);
  }
  return null;
}

async function runProgram(state: RunState, remainingMs: number): Promise<ExecutionOutcome> {
  const { config, workspace, language, module, runnerPath, context } = state;
  await language.prepare?.(runnerPath, module, context);
  const command = await prepareHost({
    language,
    module,
    runnerPath,
    context,
    sandbox:
      config.sandbox === 'off'
        ? null
        : { repoRoot: context.repoRoot, hidden: hiddenFolders(state.env), workspace: workspace.dir, limits: programLimits(config) },
    supportFiles: (state.runner.support_files ?? []).map((file) => workspace.file(file.name)),
    specPath: workspace.file(HOST_FILES.spec),
    journalPath: workspace.file(HOST_FILES.journal),
    reportPath: workspace.file(HOST_FILES.report),
  });
  return executeRunner({
    command,
    cwd: context.repoRoot,
    env: context.env,
    timeoutMs: Math.max(1, Math.min(config.execution_timeout * 1000, remainingMs)),
    reportPath: workspace.file(HOST_FILES.report),
    logPath: workspace.file(RUN_FILE_NAMES.log),
    logCapBytes: config.log_cap_bytes,
    signal: state.signal,
    channel: mcpChannel(state),
  });
}

/** Serves the host's MCP calls, each bounded by the execution timeout. */
function mcpChannel({ mcp, module, config }: RunState): ((socket: Duplex) => void) | undefined {
  if (!mcp || !module.mcp) return undefined;
  const routes = module.mcp.routes;
  return (socket) => {
    serveMcpCalls(socket, mcp, routes, config.execution_timeout * 1000);
  };
}

/** Where the caller's private files are: its home, the CI runner's temporary folder and a self-hosted runner's own folder. */
function hiddenFolders(env: NodeJS.ProcessEnv): string[] {
  return [env.HOME, env.RUNNER_TEMP, ...runnerFolders(env)].filter((folder): folder is string => Boolean(folder));
}

async function finish(state: RunState, outcome: Outcome): Promise<CodeModeResult> {
  const { workspace, config, runner, module } = state;
  const report = outcome.execution?.report ?? null;
  const result: CodeModeResult = {
    success: outcome.success,
    output: report?.output ?? null,
    output_note: report?.output_note ?? null,
    error: outcome.error,
    failed_phase: outcome.failed_phase,
    execution_log: outcome.execution?.log ?? '',
    code: state.code,
    runner_file: runner.file_name,
    language: module.language,
    trace: report?.trace ?? [],
    sandboxed: config.sandbox !== 'off',
    ...(config.sandbox === 'off' ? {} : { limits: limitsInForce(programLimits(config)) }),
    attempts: outcome.attempts,
    session_id: outcome.session_id,
    turns: outcome.attempts.reduce((sum, a) => sum + a.turns, 0),
    cost_usd: outcome.attempts.reduce((sum, a) => sum + a.cost_usd, 0),
    timings: state.clock.snapshot(),
    task: state.task,
    tools_module: module.relative_path,
    program: state.saved?.relative_path ?? null,
    drift: outcome.drift ?? null,
    proposal: outcome.proposal ?? null,
    workspace_dir: workspace.dir,
    files: {},
  };
  if (!config.preserve_workspace && workspace.temporary) {
    await removeWorkspace(workspace);
    return { ...result, workspace_dir: null };
  }
  await writeFile(state.runnerPath, state.code);
  result.files = await runFiles(state);
  await writeFile(workspace.file(RUN_FILE_NAMES.result), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** The run's files by role, each only when it was written (the result file is written right after). */
async function runFiles({ workspace, runner }: RunState): Promise<RunFiles> {
  const existing = async (name: string) => {
    const file = workspace.file(name);
    return (await access(file).then(
      () => true,
      () => false,
    ))
      ? file
      : undefined;
  };
  const support = await Promise.all((runner.support_files ?? []).map((file) => existing(file.name)));
  return {
    runner: await existing(runner.file_name),
    support: support.filter((file) => file !== undefined),
    result: workspace.file(RUN_FILE_NAMES.result),
    log: await existing(RUN_FILE_NAMES.log),
    transcript: await existing(RUN_FILE_NAMES.transcript),
    prompt: await existing(RUN_FILE_NAMES.prompt),
  };
}
