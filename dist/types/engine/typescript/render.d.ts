import type { RunnerSource, ToolSpec } from '../types.js';
import type { TypeScriptModule } from './data.js';
export declare const RUNNER_FILE_NAME = "agentRunner.ts";
export declare const REGION_MARKERS: import("../markers.js").RegionMarkers;
/** How the runner imports the runtime beside it. */
export declare const RUNTIME_SPECIFIER = "./_codemode_runtime.ts";
/** The runner: typed wrappers around the tools, an empty `main` for the model to write, and the harness. */
export declare function renderTypeScriptRunner(module: TypeScriptModule, task: string): RunnerSource;
/** A wrapper as `wrapper` writes it: its documentation comment, if any, through the closing brace. */
export declare const TYPESCRIPT_WRAPPER_PATTERN: RegExp;
/** The tool's documentation as a JSDoc comment that opens on its first line and closes on its last. */
export declare function docComment(tool: Pick<ToolSpec, 'doc' | 'params' | 'note'>): string[];
/** A double-quoted literal that survives any text, including line and paragraph separators. */
export declare function stringLiteral(text: string): string;
