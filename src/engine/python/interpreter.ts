import { execa } from 'execa';
import { programEnvironment } from '../env.js';
import { CodeModeError, usageError } from '../errors.js';
import type { ExtractContext } from '../language.js';

/**
 * Runs one of our Python programs (`python -c`) in the repository root with the program environment
 * and returns its stdout. `purpose` completes "… failed while <purpose>" for unexpected crashes.
 */
export async function runPythonProgram(
  context: ExtractContext,
  program: string,
  args: string[],
  purpose: string,
): Promise<string> {
  const result = await execa(context.python, ['-X', 'utf8', '-c', program, ...args], {
    cwd: context.repoRoot,
    env: programEnvironment(process.env),
    extendEnv: false,
    stdin: 'ignore',
    reject: false,
    cancelSignal: context.signal,
  });
  if (result.code === 'ENOENT' || result.code === 'EACCES') {
    throw usageError(`Python interpreter not found: ${context.python} (set config python)`);
  }
  if (result.isCanceled) throw new CodeModeError(`Cancelled while ${purpose}`);
  if (result.exitCode !== 0) {
    const lastLine = result.stderr.trim().split('\n').at(-1) ?? '';
    throw new CodeModeError(`${context.python} failed while ${purpose}: ${lastLine || `exit code ${result.exitCode}`}`);
  }
  return result.stdout;
}
