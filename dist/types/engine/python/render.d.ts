import type { RunnerSource, ToolModule } from '../types.js';
export declare const PYTHON_RUNNER_FILE = "agentRunner.py";
export declare const PYTHON_TODO_MARKER = "codemode:todo";
export declare const REGION_MARKERS: {
    readonly tools: {
        readonly begin: "# codemode:begin tools (generated, do not edit)";
        readonly end: "# codemode:end tools";
    };
    readonly harness: {
        readonly begin: "# codemode:begin harness (generated, do not edit)";
        readonly end: "# codemode:end harness";
    };
};
export declare function renderPythonRunner(module: ToolModule, task: string): RunnerSource;
