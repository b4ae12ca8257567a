import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export const PYTHON_RUNTIME_MODULE = '_codemode_runtime';
export const PYTHON_RUNTIME_FILE = `${PYTHON_RUNTIME_MODULE}.py`;

/**
 * The Python programs of the engine, real files in the runtime folder beside this module (in the bundle,
 * `dist/runtime/`): the runtime the runner imports (loading of the tools module, tracing of tool calls,
 * conversion of results to JSON, the report written to CODEMODE_RESULT_PATH), and the introspection and
 * check programs, which run from there.
 */
const RUNTIME_FOLDER = new URL('./runtime/', import.meta.url);

export type PythonProgram = 'introspect.py' | 'check.py';

/** Path of one of the programs run from the runtime folder. */
export function pythonProgramPath(name: PythonProgram): string {
  return fileURLToPath(new URL(name, RUNTIME_FOLDER));
}

let runtimeSource: string | undefined;

/** Text of the runtime module written beside the runner. */
export function pythonRuntimeSource(): string {
  runtimeSource ??= readFileSync(new URL(PYTHON_RUNTIME_FILE, RUNTIME_FOLDER), 'utf8');
  return runtimeSource;
}
