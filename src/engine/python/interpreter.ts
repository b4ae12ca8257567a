import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

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
 * given, is the program's standard input (a stream as it comes). With `firstLine`, the program prints a line before its JSON, which
 * `firstLine` receives as soon as it is printed.
 */
export async function runPythonForJson<Schema extends z.ZodType>(
  context: LanguageContext,
  programPath: string,
  args: string[],
  purpose: string,
  schema: Schema,
  { input, firstLine }: { input?: string | Readable; firstLine?: (line: string) => void } = {},
): Promise<z.output<Schema>> {
  const python = context.toolchain.executable;
  const output = firstLine && outputAfterFirstLine(firstLine);
  const ended = await runProcessTree(python, ['-X', 'utf8', '-B', programPath, ...args], {
    cwd: context.repoRoot,
    env: context.env,
    signal: context.signal,
    input,
    onOutput: output?.read,
  });
  const result = output ? { ...ended, ...(await output.collected) } : ended;
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

/**
 * Reads a process's output as it comes: the first line of its standard output goes to `receive` once it is whole,
 * and the rest of both streams is collected as runProcessTree collects them.
 */
function outputAfterFirstLine(receive: (line: string) => void): {
  read: (stdout: Readable, stderr: Readable) => void;
  collected: Promise<{ stdout: string; stderr: string }>;
} {
  let read: (stdout: Readable, stderr: Readable) => void = () => undefined;
  const collected = new Promise<{ stdout: string; stderr: string }>((resolve) => {
    read = (stdout, stderr) => {
      let firstLine: Buffer | null = Buffer.alloc(0);
      const rest: Buffer[] = [];
      const errors: Buffer[] = [];
      stdout.on('data', (chunk: Buffer) => {
        if (firstLine === null) return void rest.push(chunk);
        firstLine = Buffer.concat([firstLine, chunk]);
        const end = firstLine.indexOf('\n');
        if (end < 0) return;
        receive(firstLine.subarray(0, end).toString('utf8'));
        rest.push(firstLine.subarray(end + 1));
        firstLine = null;
      });
      stderr.on('data', (chunk: Buffer) => errors.push(chunk));
      void Promise.all([stdout, stderr].map((stream) => finished(stream).catch(() => undefined))).then(() => {
        resolve({ stdout: withoutFinalNewline([firstLine ?? Buffer.alloc(0), ...rest]), stderr: withoutFinalNewline(errors) });
      });
    };
  });
  return { read: (stdout, stderr) => read(stdout, stderr), collected };
}

function withoutFinalNewline(chunks: Buffer[]): string {
  return Buffer.concat(chunks).toString('utf8').replace(/\n$/, '');
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

const InstallationSchema = z.object({
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

/**
 * Marks the installation of the interpreter the toolchain names as coming from a process about to start, which
 * prints it as a line (the extraction does, first): whoever asks meanwhile waits for that line, and asks the
 * interpreter itself when the process ends without printing one. `ended` is called once the process has ended.
 */
export function expectInstallation(context: LanguageContext): { receive: (line: string) => void; ended: () => void } {
  const python = context.toolchain.executable;
  if (installations.has(python)) return { receive: () => undefined, ended: () => undefined };
  let settle: (printed: PythonInstallation | null) => void = () => undefined;
  const printed = new Promise<PythonInstallation | null>((resolve) => {
    settle = resolve;
  });
  const found = printed.then((installation) => installation ?? askInstallation(context));
  installations.set(python, found);
  found.catch(() => installations.delete(python));
  return {
    receive: (line) => {
      const parsed = InstallationSchema.safeParse(parseJsonOrUndefined(line));
      settle(parsed.success ? parsed.data : null);
    },
    ended: () => settle(null),
  };
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
