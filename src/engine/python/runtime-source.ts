import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export const PYTHON_RUNTIME_MODULE = '_codemode_runtime';
const PYTHON_RUNTIME_FILE = `${PYTHON_RUNTIME_MODULE}.py`;
/** The values of the channel and the report's conversions, shared by the runtime and the tool host. */
const PYTHON_CODEC_FILE = '_codemode_codec.py';

/**
 * The Python programs of the engine, real files in the runtime folder beside this module (in the bundle,
 * `dist/runtime/`): the runtime and codec the runner imports (its end of the channel to the tool host, the values
 * sent over it, the conversion of main()'s result to JSON), the tool host (docs/tool-host.md), and the
 * introspection and check programs and the interpreter lookup, which run from there.
 */
const RUNTIME_FOLDER = new URL('./runtime/', import.meta.url);
const runtimePath = (name: string) => fileURLToPath(new URL(name, RUNTIME_FOLDER));

/** The tools module of a run whose tools all come from MCP servers: an empty module the tool host imports. */
export const PYTHON_NO_TOOLS_FILE = runtimePath('_codemode_no_tools.py');

export type PythonProgram = 'introspect.py' | 'check.py' | 'host.py' | '_codemode_installation.py' | '_codemode_start.py';

/** Path of one of the programs run from the runtime folder. */
export function pythonProgramPath(name: PythonProgram): string {
  return runtimePath(name);
}

const sources = new Map<string, string>();

function runtimeFile(name: string): string {
  let text = sources.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(name, RUNTIME_FOLDER), 'utf8');
    sources.set(name, text);
  }
  return text;
}

/** The runtime's stub, which the type check puts beside its copy of the runner in place of the runtime modules. */
export function pythonRuntimeStub(): { name: string; text: string } {
  const name = `${PYTHON_RUNTIME_MODULE}.pyi`;
  return { name, text: runtimeFile(name) };
}

/** The modules written beside the runner, which it imports. */
export function pythonSupportFiles(): { name: string; text: string }[] {
  return [PYTHON_RUNTIME_FILE, PYTHON_CODEC_FILE].map((name) => ({ name, text: runtimeFile(name) }));
}

/** The files the program's start (`_codemode_start.py`) reads: itself, and the engine's copies of the support files. */
export function pythonStartFiles(): string[] {
  return [pythonProgramPath('_codemode_start.py'), runtimePath(PYTHON_RUNTIME_FILE), runtimePath(PYTHON_CODEC_FILE)];
}
