import { z } from 'zod';
import type { LanguageContext } from '../language.js';
/**
 * Runs one of our Python programs (a file in the runtime folder, or `-c` with the code first in `args`) in the
 * repository root with the program environment and parses the JSON it prints. `-B`: the folder may be read-only, and no bytecode is written
 * for the tools module either. `purpose` completes messages such as "… failed while <purpose>".
 */
export declare function runPythonForJson<Schema extends z.ZodType>(context: LanguageContext, programPath: string, args: string[], purpose: string, schema: Schema): Promise<z.output<Schema>>;
/** What the program command needs to know of an interpreter: the real executable and the folders it reads. */
export interface PythonInstallation {
    /** `sys.executable` as the interpreter reports it: a binary that starts without a shim (a venv's keeps its venv). */
    interpreter: string;
    /** The same with every link resolved, which the sandbox can show without the folders the links pass through. */
    executable: string;
    /** sys.prefix, sys.base_prefix and the existing folders of sys.path. */
    folders: string[];
}
export declare const InstallationSchema: z.ZodObject<{
    interpreter: z.ZodString;
    executable: z.ZodString;
    folders: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
/**
 * The interpreter `context.python` names, asked once per interpreter string: shims such as pyenv's resolve to
 * the real executable, which runs without the shim's environment.
 */
export declare function pythonInstallation(context: LanguageContext): Promise<PythonInstallation>;
/** Keeps what the extraction reported of the interpreter `context.python` names, so that no process asks again. */
export declare function rememberInstallation(context: LanguageContext, installation: PythonInstallation): void;
/**
 * The context for every Python process after the extraction: `python` is the binary the configured interpreter
 * starts, as the extraction reported it, so a shim such as pyenv's (about 300 ms a start) runs once a run.
 */
export declare function resolvedPythonContext(context: LanguageContext): Promise<LanguageContext>;
