import { z } from 'zod';

import { lastLine, parseJsonOrUndefined } from '../../format.js';
import { CodeModeError, usageError } from '../errors.js';
import type { LanguageContext } from '../language.js';
import { runProcessTree } from '../process.js';
import { pythonProgramPath } from './runtime-source.js';

/**
 * Runs one of our Python programs (a file in the runtime folder, or `-c` with the code first in `args`) in the
 * repository root with the program environment and parses the JSON it prints. `-B`: the folder may be read-only, and no bytecode is written
 * for the tools module either. `purpose` completes messages such as "… failed while <purpose>"; `input`, when
 * given, is the program's standard input.
 */
export async function runPythonForJson<Schema extends z.ZodType>(
  context: LanguageContext,
  programPath: string,
  args: string[],
  purpose: string,
  schema: Schema,
  input?: string,
): Promise<z.output<Schema>> {
  const python = context.toolchain.executable;
  const result = await runProcessTree(python, ['-X', 'utf8', '-B', programPath, ...args], {
    cwd: context.repoRoot,
    env: context.env,
    signal: context.signal,
    input,
  });
  if (result.spawnError?.code === 'ENOENT' || result.spawnError?.code === 'EACCES') {
    throw usageError(`Python interpreter not found: ${python} (set config python)`);
  }
  if (result.aborted) throw new CodeModeError(`Cancelled while ${purpose}`);
  if (result.exitCode !== 0) {
    const lastError = lastLine(result.stderr);
    throw new CodeModeError(`${python} failed while ${purpose}: ${lastError || `exit code ${result.exitCode ?? 'unknown'}`}`);
  }
  const parsed = schema.safeParse(parseJsonOrUndefined(result.stdout));
  if (!parsed.success) {
    const shown = result.stdout.trim() ? result.stdout.trim().slice(0, 200) : '(no output)';
    throw new CodeModeError(`Unexpected output from ${python} while ${purpose}: ${shown}`);
  }
  return parsed.data;
}

/** What the program command needs to know of an interpreter: the real executable and the folders it reads. */
export interface PythonInstallation {
  /** `sys.executable` as the interpreter reports it: a binary that starts without a shim (a venv's keeps its venv). */
  interpreter: string;
  /**
   * The binary the program starts: the same with every link resolved, which the sandbox can show without the folders
   * the links pass through; in a virtual environment its own link, without which the environment's packages are not
   * found (the sandbox shows the environment's folder, sys.prefix, and the base interpreter's).
   */
  executable: string;
  /** sys.prefix, sys.base_prefix and the existing folders of sys.path. */
  folders: string[];
}

export const InstallationSchema = z.object({
  interpreter: z.string().min(1),
  executable: z.string().min(1),
  folders: z.array(z.string()),
});

const installations = new Map<string, Promise<PythonInstallation>>();

/**
 * The interpreter the toolchain names, asked once per interpreter string: shims such as pyenv's resolve to
 * the real executable, which runs without the shim's environment.
 */
export function pythonInstallation(context: LanguageContext): Promise<PythonInstallation> {
  const python = context.toolchain.executable;
  let found = installations.get(python);
  if (found === undefined) {
    found = askInstallation(context);
    installations.set(python, found);
    found.catch(() => installations.delete(python));
  }
  return found;
}

/** Keeps what the extraction reported of the interpreter the toolchain names, so that no process asks again. */
export function rememberInstallation(context: LanguageContext, installation: PythonInstallation): void {
  const python = context.toolchain.executable;
  if (!installations.has(python)) installations.set(python, Promise.resolve(installation));
}

/**
 * The context for every Python process after the extraction: the toolchain's executable is the binary the configured interpreter
 * starts, as the extraction reported it, so a shim such as pyenv's (about 300 ms a start) runs once a run.
 */
export async function resolvedPythonContext(context: LanguageContext): Promise<LanguageContext> {
  const found = pythonInstallation(context);
  const { interpreter } = await found;
  if (!installations.has(interpreter)) installations.set(interpreter, found);
  return { ...context, toolchain: { ...context.toolchain, executable: interpreter } };
}

function askInstallation(context: LanguageContext): Promise<PythonInstallation> {
  // Asked without PYTHONPATH, so that only the interpreter's own folders are listed.
  const { PYTHONPATH: _ignored, ...env } = context.env;
  return runPythonForJson(
    { ...context, env },
    pythonProgramPath('_codemode_installation.py'),
    [],
    'locating its executable',
    InstallationSchema,
  );
}
