import { readFile, writeFile } from 'node:fs/promises';
import type { Duplex } from 'node:stream';

import { type ApprovalSpec, approvalSpec, journalHeader } from '../approvals.js';
import { CodeModeError } from '../errors.js';
import { discardHost, type ExecutionOutcome, type HostStart, startHost } from '../execute.js';
import { hostCommand, type ProgramPlace, type ProgramStart, programStart, programStartLine } from '../host.js';
import type { EarlyCheck, LanguageContext, WarmChecker } from '../language.js';
import { serveMcpCalls } from '../mcp/serve.js';
import type { ProcessTree } from '../process.js';
import { programLimits } from '../sandbox/limits.js';
import { runnerFolders } from '../sandbox/runner.js';
import type { AttemptRecord, FailedPhase, RunnerSource } from '../types.js';
import {
  diagnosticsFailure,
  supportFileChangedFailure,
  toolsModuleChangedFailure,
  type VerificationFailure,
  verifyRunnerEdit,
} from '../verify.js';
import { hashFile } from '../workspace.js';
import { callBudget, callBudgetStop } from './budgets.js';
import { type EarlyHost, type HostFiles, runProgram } from './program.js';
import { bodyDiagnostics, bodyFileName, bodyNotWrittenFailure, joinBody } from './program-body.js';
import type { Run } from './run.js';
import { programUsage } from './usage.js';
import { hostFiles } from './workspace-files.js';

/**
 * What verifying and executing the runner once came to: the run's end, or the failure a repair may fix; with the
 * runner's text as verification read it (null when it could not be read).
 */
export type Step = { code: string | null; execution: ExecutionOutcome | null } & (
  { final: true; phase: FailedPhase | null; error: string | null } | { final: false; feedback: VerificationFailure }
);

/** One verification and execution: the runner the edit is verified against, and what the run allows. */
export interface StepRequest {
  /** The runner the edit started from: the generated one, or a port's start. */
  runner: RunnerSource;
  /** The program body the model wrote, joined with the runner's regions; absent when the runner on disk runs as it is. */
  bodyPath?: string;
  attempt: AttemptRecord;
  /** The tools module's hash when the run started: it must not change. */
  toolsHash: string;
  /** When the run's time is up, on the run's clock. */
  deadline: number;
  executes: boolean;
  /** The type checker started warm when the attempts started, if it was (warm-check.ts). */
  warmChecker?: Promise<WarmChecker | null> | null;
  /** The tool host started before verification (withEarlyStart), which the execution gives its launch spec. */
  host?: EarlyHost | null;
  /** The language's check started before the program was written (withEarlyStart). */
  check?: EarlyCheck | null;
}

/** Verifies the runner as it stands and, unless the run wants it only verified, executes it once. */
export async function verifyAndExecute(run: Run, request: StepRequest): Promise<Step> {
  const { clock, progress } = run;
  const { attempt } = request;
  progress({ kind: 'phase', phase: 'verify', message: `Verifying the ${run.plan.mode === 'saved' ? 'saved' : 'generated'} program` });
  // Waiting for the type checker's install and start is timed apart from Claude Code's install and the check itself.
  const typeChecker = run.typeChecker && (await clock.time('type_checker', run.typeChecker));
  if (typeChecker && 'error' in typeChecker)
    return { final: true, phase: 'install', error: typeChecker.error, execution: null, code: null };
  const warmChecker = (request.warmChecker && (await clock.time('type_checker', request.warmChecker))) ?? undefined;
  // Made while the program is verified, with the repository as it stands once Claude Code has ended; for a language
  // that prepares the runner (a build), once prepared, for the sandbox mounts only the files that exist.
  const start = request.executes && !run.language.prepare ? programStart(programPlace(run)) : undefined;
  start?.catch(() => undefined);
  const checkers = { typeChecker: typeChecker?.checker, warmChecker, earlyCheck: request.check ?? undefined };
  const { code, failure } = await clock.time('verify', verifyRunner(run, request, checkers));
  if (failure) {
    markFailed(attempt, 'verify', failure.message);
    progress({ kind: 'info', message: `Verification failed: ${failure.message}` });
    return failure.fatal
      ? { final: true, phase: 'verify', error: failure.message, execution: null, code }
      : { final: false, feedback: failure, execution: null, code };
  }
  if (!request.executes) return { final: true, phase: null, error: null, execution: null, code };
  progress({ kind: 'phase', phase: 'execute', message: `Running ${request.runner.file_name}` });
  const execution = await clock.time('execute', execute(run, code, request.deadline - clock.elapsedMs(), request.host ?? undefined, start));
  attempt.execute_ms = execution.duration_ms;
  attempt.exit_code = execution.exit_code;
  attempt.tool_usage = programUsage(execution.report);
  if ((await hashFile(run.module.path)) !== request.toolsHash) {
    const changed = `The tools module ${run.module.relative_path} changed while the program ran`;
    markFailed(attempt, 'execute', changed);
    return { final: true, phase: 'execute', error: changed, execution, code };
  }
  const overBudget = callBudgetStop(run.config, execution.report);
  if (overBudget) {
    markFailed(attempt, 'execute', overBudget);
    return { final: true, phase: 'execute', error: overBudget, execution, code };
  }
  if (execution.error === null) return { final: true, phase: null, error: null, execution, code };
  const paused = execution.report?.paused;
  if (paused) {
    const waiting = `Paused before call ${paused.call}, ${paused.tool}(): it needs approval`;
    markFailed(attempt, 'execute', waiting);
    progress({ kind: 'info', message: waiting });
    return { final: true, phase: 'execute', error: waiting, execution, code };
  }
  markFailed(attempt, 'execute', execution.error);
  progress({ kind: 'info', message: `Execution failed: ${execution.error}` });
  return { final: false, feedback: { message: execution.error, details: execution.details }, execution, code };
}

function markFailed(attempt: AttemptRecord, phase: FailedPhase, error: string): void {
  attempt.failed_phase = phase;
  attempt.error = error;
}

/** The runner's text as verification read it, and why it must not run; a runner that may run was read. */
type Verified = { code: string; failure: null } | { code: string | null; failure: VerificationFailure };

/** The type checker installed for the run, the one kept warm and the check started early, when there are. */
type Checkers = Pick<LanguageContext, 'typeChecker' | 'warmChecker' | 'earlyCheck'>;

/** The verify stage: the runner as read or joined (null when it was neither), and why it must not run, or null when it may. */
async function verifyRunner(run: Run, request: StepRequest, checkers: Checkers): Promise<Verified> {
  const { runner, toolsHash } = request;
  if ((await hashFile(run.module.path)) !== toolsHash) return { code: null, failure: toolsModuleChangedFailure(run.module.relative_path) };
  if (request.bodyPath !== undefined) return verifyBody(run, runner, request.bodyPath, checkers);
  const code = await readFile(run.runnerPath, 'utf8').catch(() => null);
  if (code === null) {
    const failure = {
      message: `${runner.file_name} was deleted during the session`,
      details: `Recreate ${runner.file_name} as generated and implement main().`,
    };
    return { code, failure };
  }
  return withFailure(code, await verifyText(run, runner, code, checkers));
}

/** The body the model wrote, joined with the runner's regions into the runner file that is checked and run. */
async function verifyBody(run: Run, runner: RunnerSource, bodyPath: string, checkers: Checkers): Promise<Verified> {
  const body = await readFile(bodyPath, 'utf8').catch(() => null);
  if (body === null) return { code: null, failure: bodyNotWrittenFailure(runner) };
  const code = joinBody(runner, body);
  await writeFile(run.runnerPath, code);
  return withFailure(code, await verifyText(run, runner, code, checkers, body));
}

function withFailure(code: string, failure: VerificationFailure | null): Verified {
  return failure ? { code, failure } : { code, failure: null };
}

/**
 * The edit's protected regions and support files, then the language's check (compile, type check, bypasses),
 * whose diagnostics name the lines of the body when the model wrote one.
 */
async function verifyText(
  run: Run,
  runner: RunnerSource,
  code: string,
  checkers: Checkers,
  body: string | null = null,
): Promise<VerificationFailure | null> {
  const verified = verifyRunnerEdit(runner, code);
  if ('failure' in verified) return verified.failure;
  const supportProblem = await verifySupportFiles(run, runner);
  if (supportProblem) return supportProblem;
  const context = { ...run.context, ...checkers };
  const diagnostics = await run.language.check(run.runnerPath, run.module, context, verified.regions).catch((error: unknown) => {
    if (error instanceof CodeModeError && error.kind === 'environment') return error;
    throw error;
  });
  if (diagnostics instanceof CodeModeError) return { message: diagnostics.message, details: diagnostics.message, fatal: true };
  if (diagnostics.length === 0) return null;
  if (body === null) return diagnosticsFailure(runner.file_name, diagnostics);
  return diagnosticsFailure(bodyFileName(runner), bodyDiagnostics(runner, body, diagnostics));
}

async function verifySupportFiles({ workspace }: Run, runner: RunnerSource): Promise<VerificationFailure | null> {
  for (const support of runner.support_files ?? []) {
    const current = await readFile(workspace.file(support.name), 'utf8').catch(() => null);
    if (current !== support.text) return supportFileChangedFailure(support.name);
  }
  return null;
}

/** What a step starts before its program is written or verified; null where it has not started (yet). */
export interface EarlyStart {
  readonly host: EarlyHost | null;
  readonly check: EarlyCheck | null;
}

/**
 * Runs `work` with what the step can start before its program is verified, started when `work` calls `start` (for a
 * generated program, once the model's turn has begun: the starts would otherwise share the CPU with Claude Code's
 * own while it sends its request). A tool host, when the step will execute and the language's host can start before
 * the program is verified: it loads the tools while the model answers or the program is verified, and when the
 * language's program starts early, it starts the program, which gets ready and waits for its text. The language's
 * check, when it starts one early. Unless the step used them, they are then discarded: the host and the program are
 * killed, and nothing they did is reported.
 */
export async function withEarlyStart<T>(
  run: Run,
  executes: boolean,
  work: (early: EarlyStart, start: () => void) => Promise<T>,
): Promise<T> {
  const early: { host: EarlyHost | null; check: EarlyCheck | null; started: boolean; ended: boolean } = {
    host: null,
    check: null,
    started: false,
    ended: false,
  };
  const start = () => {
    if (early.started || early.ended) return;
    early.started = true;
    early.host = executes && run.language.hostStartsEarly ? startEarlyHost(run) : null;
    early.check = run.language.startCheck?.(run.runnerPath, run.context) ?? null;
  };
  try {
    return await work(early, start);
  } finally {
    // What has not started by now never will.
    early.ended = true;
    await Promise.all([early.host && discardHost(early.host.process), early.check?.discard()]);
  }
}

function startEarlyHost(run: Run): EarlyHost {
  const process = startHost(hostStart(run));
  // Unsandboxed, the program would see the runner's folder, where Claude Code writes: it starts once verified.
  const early = run.language.programStartsEarly && run.config.sandbox !== 'off';
  return { process, programStart: early ? giveProgramStart(run, process) : Promise.resolve(null) };
}

/** Makes the program's start and gives it to the early host; null when it cannot be made now (the execute stage will). */
async function giveProgramStart(run: Run, host: ProcessTree): Promise<string | null> {
  const start = await programStart(programPlace(run)).catch(() => null);
  const line = start && programStartLine(start);
  if (line) host.stdin?.write(line);
  return line;
}

/** How the run's host starts, early or at the execute stage: runProgram computes the same command. */
function hostStart(run: Run): HostStart {
  const { language, module, runnerPath, context, config } = run;
  return {
    command: hostCommand({ language, module, runnerPath, context }, config.sandbox !== 'off'),
    cwd: context.repoRoot,
    env: context.env,
    signal: run.signal,
    channel: mcpChannel(run),
  };
}

/** The run's program and where it runs, early or at the execute stage. */
function programPlace(run: Run): ProgramPlace {
  const { config, workspace, context } = run;
  return {
    language: run.language,
    module: run.module,
    runnerPath: run.runnerPath,
    context,
    sandbox:
      config.sandbox === 'off'
        ? null
        : { repoRoot: context.repoRoot, hidden: hiddenFolders(run.env), workspace: workspace.dir, limits: programLimits(config) },
    supportFiles: (run.runner.support_files ?? []).map((file) => workspace.file(file.name)),
  };
}

/** The execute stage, through the engine's one way to run a program: `code` is the runner's text as verified. */
async function execute(
  run: Run,
  code: string,
  remainingMs: number,
  host: EarlyHost | undefined,
  start: Promise<ProgramStart> | undefined,
): Promise<ExecutionOutcome> {
  const { config, workspace } = run;
  const files = hostFiles(workspace);
  return runProgram({
    ...programPlace(run),
    programText: code,
    start,
    files,
    approval: await startCallJournal(run, files),
    timeoutMs: Math.max(1, Math.min(config.execution_timeout * 1000, remainingMs)),
    logCapBytes: config.log_cap_bytes,
    budget: callBudget(config),
    signal: run.signal,
    onCalls: ({ calls, tool }) => {
      run.progress({ kind: 'calls', calls, tool, message: `${calls} tool call${calls === 1 ? '' : 's'} so far, the last to ${tool}` });
    },
    channel: mcpChannel(run),
    host,
  });
}

/** Starts the call journal with its header (and, resuming, writes the journal replayed): the approvals of the execution. */
async function startCallJournal({ config, mcp, module, resume, runnerPath }: Run, files: HostFiles): Promise<ApprovalSpec> {
  await writeFile(files.callJournal, journalHeader(await hashFile(runnerPath), resume?.approvedTools ?? []));
  if (resume) await writeFile(files.replay, resume.text);
  return approvalSpec(config, mcp, module.mcp, resume, files.replay);
}

/** Serves the host's MCP calls, each bounded by the execution timeout. */
function mcpChannel({ mcp, module, config }: Run): ((socket: Duplex) => void) | undefined {
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
