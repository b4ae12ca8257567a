import { attemptUntilDone } from './attempts.js';
import type { StartedWork } from './plan.js';
import { failed, nothingYet, type RunOutcome, succeeded } from './result.js';
import type { Run } from './run.js';

/**
 * Claude Code writes the program, once it is found and the sandbox is ready, in the first attempt's session already
 * started; a dry run stops before, with the runner and the prompt written.
 */
export async function generateProgram(run: Run, { claude, firstSession, sandbox }: StartedWork): Promise<RunOutcome> {
  if (!claude) return succeeded(nothingYet(run.runner.text));
  const found = await claude;
  if ('error' in found) return failed(nothingYet(run.runner.text), 'install', found.error);
  const session = (await firstSession) ?? null;
  try {
    await sandbox;
    return await attemptUntilDone(run, { path: found.path, firstSession: session }, run.runner, null);
  } finally {
    // It is still waiting when the run stopped before its first attempt.
    await session?.discard();
  }
}
