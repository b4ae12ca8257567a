import type { RunnerSource, ToolModule } from '../types.js';
export declare const RUNNER_FILE_NAME = "agentRunner.ts";
export declare const TODO_MARKER = "codemode:todo";
export declare const REGION_MARKERS: {
    readonly tools: {
        readonly begin: "// codemode:begin tools (generated, do not edit)";
        readonly end: "// codemode:end tools";
    };
    readonly harness: {
        readonly begin: "// codemode:begin harness (generated, do not edit)";
        readonly end: "// codemode:end harness";
    };
};
/** How the runner imports the runtime beside it. */
export declare const RUNTIME_SPECIFIER = "./_codemode_runtime.ts";
/** The runner: typed wrappers around the tools, an empty `main` for the model to write, and the harness. */
export declare function renderTypeScriptRunner(module: ToolModule, task: string): RunnerSource;
