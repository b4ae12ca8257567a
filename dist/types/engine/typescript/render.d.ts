import type { RunnerSource } from '../types.js';
import type { TypeScriptModule } from './data.js';
export declare const RUNNER_FILE_NAME = "agentRunner.ts";
export declare const REGION_MARKERS: import("../markers.js").RegionMarkers;
/** How the runner imports the runtime beside it. */
export declare const RUNTIME_SPECIFIER = "./_codemode_runtime.ts";
/** The runner: typed wrappers around the tools, an empty `main` for the model to write, and the harness. */
export declare function renderTypeScriptRunner(module: TypeScriptModule, task: string): RunnerSource;
