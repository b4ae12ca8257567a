import { writeFile } from 'node:fs/promises';

import type { ExecutionOutcome } from '../execute.js';
import { limitsInForce, programLimits } from '../sandbox/limits.js';
import type { AttemptRecord, CodeModeResult, FailedPhase, ProgramDrift } from '../types.js';
import { modelLines } from '../verify.js';
import { removeWorkspace } from '../workspace.js';
import { budgetThatStopped } from './budgets.js';
import type { Run } from './run.js';
import { runUsage } from './usage.js';
import { RUN_FILE_NAMES, runFiles } from './workspace-files.js';

/** What a mode came to, before it is reported. */
export interface RunOutcome {
  success: boolean;
  error: string | null;
  failed_phase: FailedPhase | null;
  attempts: AttemptRecord[];
  session_id: string | null;
  execution: ExecutionOutcome | null;
  /** The runner as it was last read for verification: what ran, and what is reported, whatever the program did to its file. */
  code: string;
  drift?: ProgramDrift;
  proposal?: string;
}

/** The attempts so far, the session they went through and the last execution, if any. */
export interface SoFar {
  attempts: AttemptRecord[];
  sessionId: string | null;
  execution: ExecutionOutcome | null;
  code: string;
}

export function succeeded({ attempts, sessionId, execution, code }: SoFar): RunOutcome {
  return { success: true, error: null, failed_phase: null, attempts, session_id: sessionId, execution, code };
}

export function failed({ attempts, sessionId, execution, code }: SoFar, phase: FailedPhase, error: string): RunOutcome {
  return { success: false, error, failed_phase: phase, attempts, session_id: sessionId, execution, code };
}

/** Nothing was attempted yet: the run starts from `code`. */
export function nothingYet(code: string): SoFar {
  return { attempts: [], sessionId: null, execution: null, code };
}

/** Reports the outcome: the result, with the runner and the result file kept in the workspace unless it goes. */
export async function finish(run: Run, outcome: RunOutcome): Promise<CodeModeResult> {
  const { workspace, config, runner, module } = run;
  const report = outcome.execution?.report ?? null;
  const result: CodeModeResult = {
    success: outcome.success,
    output: report?.result?.output ?? null,
    output_note: report?.result?.output_note ?? null,
    error: outcome.error,
    failed_phase: outcome.failed_phase,
    execution_log: outcome.execution?.log ?? '',
    code: outcome.code,
    model_lines: modelLines(runner, outcome.code),
    runner_file: runner.file_name,
    language: module.language,
    trace: report?.trace ?? [],
    sandboxed: config.sandbox !== 'off',
    ...(config.sandbox === 'off' ? {} : { limits: limitsInForce(programLimits(config)) }),
    attempts: outcome.attempts,
    session_id: outcome.session_id,
    turns: outcome.attempts.reduce((sum, a) => sum + a.turns, 0),
    cost_usd: outcome.attempts.reduce((sum, a) => sum + a.cost_usd, 0),
    usage: runUsage(outcome.attempts),
    stopped_by_budget: budgetThatStopped(config, outcome),
    timings: run.clock.snapshot(),
    task: run.task,
    tools_module: module.relative_path,
    program: run.saved?.relative_path ?? null,
    drift: outcome.drift ?? null,
    pending_call: report?.paused ?? null,
    proposal: outcome.proposal ?? null,
    workspace_dir: workspace.dir,
    files: {},
  };
  // A run that paused keeps its workspace: the call journal there is what resumes it.
  if (!config.preserve_workspace && workspace.temporary && !result.pending_call) {
    await removeWorkspace(workspace);
    return { ...result, workspace_dir: null };
  }
  await writeFile(run.runnerPath, outcome.code);
  result.files = await runFiles(workspace, runner);
  await writeFile(workspace.file(RUN_FILE_NAMES.result), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
