import { attemptUntilDone } from './attempts.js';
import type { StartedWork } from './plan.js';
import { failed, nothingYet, type RunOutcome, succeeded } from './result.js';
import type { Run } from './run.js';

/**
 * Claude Code writes the program, once it is found and the sandbox is ready; a dry run stops before, with the
 * runner and the prompt written.
 */
export async function generateProgram(run: Run, { claude, sandbox }: StartedWork): Promise<RunOutcome> {
  if (!claude) return succeeded(nothingYet(run.runner.text));
  const found = await claude;
  if ('error' in found) return failed(nothingYet(run.runner.text), 'install', found.error);
  await sandbox;
  return attemptUntilDone(run, found.path, run.runner, null);
}
