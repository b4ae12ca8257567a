import { execa } from 'execa';
import type { z } from 'zod';
import { CodeModeError, usageError } from '../errors.js';
import type { LanguageContext } from '../language.js';

/**
 * Runs one of our Python programs (`python -c`) in the repository root with the program environment and
 * parses the JSON it prints. `purpose` completes messages such as "… failed while <purpose>".
 */
export async function runPythonForJson<Schema extends z.ZodType>(
  context: LanguageContext,
  program: string,
  args: string[],
  purpose: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  const result = await execa(context.python, ['-X', 'utf8', '-c', program, ...args], {
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
    const lastLine = result.stderr.trim().split('\n').at(-1) ?? '';
    throw new CodeModeError(`${context.python} failed while ${purpose}: ${lastLine || `exit code ${result.exitCode ?? 'unknown'}`}`);
  }
  const parsed = schema.safeParse(parseJson(result.stdout));
  if (!parsed.success) {
    const shown = result.stdout.trim() ? result.stdout.trim().slice(0, 200) : '(no output)';
    throw new CodeModeError(`Unexpected output from ${context.python} while ${purpose}: ${shown}`);
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
