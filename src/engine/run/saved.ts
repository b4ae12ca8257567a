import { writeFile } from 'node:fs/promises';

import { checkDrift, driftMessage, portStart, type SavedProgram } from '../program.js';
import type { AttemptRecord, ProgramDrift } from '../types.js';
import { hashFile } from '../workspace.js';
import { attemptUntilDone } from './attempts.js';
import { findClaudeCode } from './plan.js';
import { failed, nothingYet, type RunOutcome, succeeded } from './result.js';
import type { Run } from './run.js';
import { verifyAndExecute, withEarlyStart } from './step.js';

/**
 * A saved program, with no model: when its protected regions still match the ones generated from today's tools, it
 * goes through the same verification and execution as a program the model wrote. When they do not, it fails with
 * the drift, or Claude Code proposes a port when the caller asks for one.
 */
export async function runSavedProgram(run: Run, saved: SavedProgram, sandbox: Promise<void> | null): Promise<RunOutcome> {
  const { module, clock, config, progress } = run;
  progress({ kind: 'phase', phase: 'verify', message: `Checking ${saved.relative_path} against the tools in ${module.relative_path}` });
  const drift = checkDrift(run.runner, saved, module.relative_path, run.language.wrapperPattern);
  if (drift) {
    const message = driftMessage(saved.relative_path, module.relative_path, drift);
    if (run.options.onDrift !== 'propose') return { ...failed(nothingYet(saved.text), 'verify', message), drift };
    return proposePort(run, saved, drift, message);
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
  const toolsHash = await hashFile(module.path);
  const deadline = clock.elapsedMs() + config.timeout * 1000;
  const { executes } = run.plan;
  // The host loads the tools while the program is verified.
  const step = await withEarlyStart(run, executes, (early, startEarly) => {
    startEarly();
    return verifyAndExecute(run, { runner: run.runner, attempt, toolsHash, deadline, executes, host: early.host, check: early.check });
  });
  const soFar = { attempts: [attempt], sessionId: null, execution: step.execution, code: step.code ?? saved.text };
  if (step.final && step.phase === null) return succeeded(soFar);
  return failed(soFar, attempt.failed_phase ?? 'verify', attempt.error ?? 'The saved program failed');
}

/**
 * Has Claude Code port a drifted saved program to today's tools: it starts from the saved program with today's
 * regions, and the port is verified like any program but not run. The run still fails: the saved program did not run.
 */
async function proposePort(run: Run, saved: SavedProgram, drift: ProgramDrift, message: string): Promise<RunOutcome> {
  const claude = await findClaudeCode(run);
  if ('error' in claude) return { ...failed(nothingYet(saved.text), 'install', claude.error), drift };
  const portRunner = { ...run.runner, text: portStart(run.runner, saved) };
  await writeFile(run.runnerPath, portRunner.text);
  run.progress({ kind: 'info', message: `${message}; asking Claude Code to port it` });
  const port = await attemptUntilDone(run, { path: claude.path, firstSession: null }, portRunner, {
    program: saved.relative_path,
    diff: drift.diff,
  });
  const error = port.success ? `${message}; proposed a port to today's tools` : `${message}; porting it failed: ${port.error ?? ''}`;
  return { ...port, success: false, failed_phase: 'verify', error, drift, ...(port.success ? { proposal: port.code } : {}) };
}
