import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export const TYPESCRIPT_RUNTIME_FILE = '_codemode_runtime.ts';

/** The tool host, built from the package's own runtime files (not the copies beside the runner). */
export const TYPESCRIPT_HOST_FILE = '_codemode_host.ts';

/** Entry points of the runtime, imported by the runner under these names, which main() may not rebind. */
export const RUNTIME_ENTRY_POINTS = { call: '__codemodeCall', run: '__codemodeRun' } as const;

/**
 * The runtime the runner imports (the channel to the tool host, the codec of its values, conversion of results to
 * JSON) and the tool host are real files in the runtime folder beside this module (in the bundle, `dist/runtime/`),
 * type-checked with their own tsconfig files: the runtime depends on no types package, so it type-checks under any
 * tsconfig.json the runner is checked with.
 */
const RUNTIME_FOLDER = new URL('./runtime/', import.meta.url);

/** The tools module of a run whose tools all come from MCP servers: an empty module in the runtime folder. */
export const TYPESCRIPT_NO_TOOLS_FILE = fileURLToPath(new URL('_codemode_no_tools.ts', RUNTIME_FOLDER));

let runtimeSource: string | undefined;

/** Text of the runtime module written beside the runner. */
export function typescriptRuntimeSource(): string {
  runtimeSource ??= readFileSync(new URL(TYPESCRIPT_RUNTIME_FILE, RUNTIME_FOLDER), 'utf8');
  return runtimeSource;
}

/** Text of a file of the runtime folder. */
export function typescriptRuntimeFile(name: string): string {
  return readFileSync(new URL(name, RUNTIME_FOLDER), 'utf8');
}
