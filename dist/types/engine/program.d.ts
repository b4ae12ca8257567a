import type { ProgramDrift, RunnerSource } from './types.js';
/** A runner committed to the repository (by convention `.codemode/<name>.py` or `.ts`), run without asking the model. */
export interface SavedProgram {
    /** Path from the repository root, with forward slashes. */
    relative_path: string;
    text: string;
}
/**
 * The saved program to run: given as text, or read from its path, checked to be a readable file inside the
 * repository; either way in the language of the runner the tools need.
 */
export declare function savedProgram(program: string | SavedProgram, repoRoot: string, runnerFileName: string, toolsPath: string): Promise<SavedProgram>;
/**
 * How the saved program's protected regions differ from the ones generated from today's tools module: null when
 * each region, found between its marker lines, is byte-identical. Where they are out of place or repeated, the
 * verification of the program says so instead.
 */
export declare function programDrift(generated: RunnerSource, saved: SavedProgram, toolsPath: string, wrapperPattern: RegExp): ProgramDrift | null;
/** The saved program with today's protected regions in place of its own: where porting it to today's tools starts. */
export declare function portStart(generated: RunnerSource, saved: SavedProgram): string;
/** The one-line error of a drifted program, naming the tools whose signatures differ. */
export declare function driftMessage(programPath: string, toolsPath: string, drift: ProgramDrift): string;
