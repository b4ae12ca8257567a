import { execa } from 'execa';
import type { z } from 'zod';
import { CodeModeError, usageError } from '../errors.js';
import type { LanguageContext } from '../language.js';
import { lastLine, parseJsonOrUndefined } from '../../format.js';

/**
 * Runs one of our Python programs (a file in the runtime folder) in the repository root with the program
 * environment and parses the JSON it prints. `-B`: the folder may be read-only, and no bytecode is written
 * for the tools module either. `purpose` completes messages such as "… failed while <purpose>".
 */
export async function runPythonForJson<Schema extends z.ZodType>(
  context: LanguageContext,
  programPath: string,
  args: string[],
  purpose: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  const result = await execa(context.python, ['-X', 'utf8', '-B', programPath, ...args], {
    cwd: context.repoRoot,
    env: context.env,
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
    const lastError = lastLine(result.stderr);
    throw new CodeModeError(`${context.python} failed while ${purpose}: ${lastError || `exit code ${result.exitCode ?? 'unknown'}`}`);
  }
  const parsed = schema.safeParse(parseJsonOrUndefined(result.stdout));
  if (!parsed.success) {
    const shown = result.stdout.trim() ? result.stdout.trim().slice(0, 200) : '(no output)';
    throw new CodeModeError(`Unexpected output from ${context.python} while ${purpose}: ${shown}`);
  }
  return parsed.data;
}

