import { rm } from 'node:fs/promises';

import { portPrompt, type ProgramBrief, repairPrompt, taskPrompt } from '../claude/prompt.js';
import type { ClaudeSessionResult, StartedClaudeSession } from '../claude/session.js';
import type { AttemptRecord, RunnerSource } from '../types.js';
import type { VerificationFailure } from '../verify.js';
import { hashFile } from '../workspace.js';
import { costBudgetStop } from './budgets.js';
import { programBrief } from './program-body.js';
import { failed, type RunOutcome, type SoFar, succeeded } from './result.js';
import type { Run } from './run.js';
import { runSession } from './session.js';
import { type Step, type StepRequest, verifyAndExecute, withEarlyStart } from './step.js';
import { sessionUsage } from './usage.js';
import { closeWarmChecker, startWarmChecker } from './warm-check.js';
import { recordRepairPrompt } from './workspace-files.js';

/** A drifted saved program Claude Code ports to today's tools: its path and how its regions differ. */
export interface PortRequest {
  program: string;
  diff: string;
}

/** Claude Code's path, and the first attempt's session when it was started before the prompt was known. */
export interface ClaudeCodeAtHand {
  path: string;
  firstSession: StartedClaudeSession | null;
}

/**
 * The repair loop: Claude Code writes the program body, a new file each attempt, which joined with the runner's
 * regions is verified and executed; a failure a repair may fix goes back to the same session, until the program
 * ran, the attempts are used up or the run's time is. A port starts from `start` (the saved program with today's
 * regions) and is verified, never run.
 */
export async function attemptUntilDone(
  run: Run,
  claude: ClaudeCodeAtHand,
  start: RunnerSource,
  port: PortRequest | null,
): Promise<RunOutcome> {
  const { config, clock } = run;
  const deadline = clock.elapsedMs() + config.timeout * 1000;
  const toolsHash = await hashFile(run.module.path);
  // A port's runner is not the generated one the checker would load.
  const warmChecker = port ? null : startWarmChecker(run);
  try {
    return await attempts(run, claude, start, port, { toolsHash, deadline, warmChecker });
  } finally {
    await closeWarmChecker(warmChecker);
  }
}

async function attempts(
  run: Run,
  claude: ClaudeCodeAtHand,
  start: RunnerSource,
  port: PortRequest | null,
  { toolsHash, deadline, warmChecker }: Pick<StepRequest, 'toolsHash' | 'deadline' | 'warmChecker'>,
): Promise<RunOutcome> {
  const { config, clock, progress } = run;
  const soFar: SoFar = { attempts: [], sessionId: null, execution: null, code: start.text };
  const brief = programBrief(run, start);
  let feedback: VerificationFailure | null = null;
  for (let number = 1; number <= config.max_attempts; number += 1) {
    const remainingMs = deadline - clock.elapsedMs();
    if (remainingMs <= 0) return failed(soFar, 'claude', `The run exceeded its timeout of ${config.timeout} s`);
    const overBudget = costBudgetStop(config, soFar.attempts);
    if (overBudget) return failed(soFar, 'claude', overBudget);
    progress({
      kind: 'attempt',
      number,
      message:
        number === 1 ? 'Asking Claude Code to implement main()' : `Repair attempt ${number}${feedback ? `: ${feedback.message}` : ''}`,
    });
    const prompt = attemptPrompt(run, brief, number, feedback, port);
    if (feedback) await recordRepairPrompt(run.workspace, number, prompt);
    // Each attempt writes the body anew: a new file needs no Read first.
    await rm(brief.bodyPath, { force: true });
    const executes = run.plan.executes && !port;
    // This attempt's tool host loads the tools, and its check starts, once the model's turn has begun.
    const step = await withEarlyStart(run, executes, async (early, startEarly): Promise<Step> => {
      // The first session may have started before the prompt was known: the phase is the wait for it from here.
      const session = await clock.time(
        'claude',
        runSession(
          run,
          claude.path,
          prompt,
          { api: brief.api, resume: soFar.sessionId, attempts: soFar.attempts, timeoutMs: remainingMs },
          number === 1 ? claude.firstSession : null,
          startEarly,
        ),
      );
      soFar.sessionId = session.session_id ?? soFar.sessionId;
      const attempt = sessionAttempt(number, session);
      soFar.attempts.push(attempt);
      if (session.error) {
        const error = costBudgetStop(config, soFar.attempts) ?? `Claude Code failed: ${session.error}`;
        return { final: true, phase: 'claude', error, execution: null, code: null };
      }
      const { host, check } = early;
      const request = { runner: start, bodyPath: brief.bodyPath, attempt, toolsHash, deadline, executes, warmChecker, host, check };
      return verifyAndExecute(run, request);
    });
    soFar.execution = step.execution ?? soFar.execution;
    soFar.code = step.code ?? soFar.code;
    if (step.final) return step.phase === null ? succeeded(soFar) : failed(soFar, step.phase, step.error ?? '');
    feedback = step.feedback;
  }
  const last = soFar.attempts.at(-1);
  return failed(soFar, last?.failed_phase ?? 'execute', last?.error ?? 'The run failed');
}

/** The task (or the port) first, then the repair of what the last attempt failed at. */
function attemptPrompt(
  run: Run,
  brief: ProgramBrief,
  number: number,
  feedback: VerificationFailure | null,
  port: PortRequest | null,
): string {
  if (feedback) return repairPrompt({ bodyPath: brief.bodyPath, attempt: number, error: feedback.message, details: feedback.details });
  if (port) return portPrompt({ brief, ...port });
  return taskPrompt({ brief, task: run.task });
}

function sessionAttempt(number: number, session: ClaudeSessionResult): AttemptRecord {
  return {
    number,
    failed_phase: null,
    error: null,
    turns: session.turns,
    cost_usd: session.cost_usd,
    claude_ms: session.duration_ms,
    execute_ms: null,
    exit_code: null,
    model_usage: sessionUsage(session),
  };
}
