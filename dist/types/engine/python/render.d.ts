import type { RunnerSource } from '../types.js';
import type { PythonModule } from './data.js';
export declare const PYTHON_RUNNER_FILE = "agentRunner.py";
export declare const REGION_MARKERS: import("../markers.js").RegionMarkers;
/** A wrapper as renderWrapper writes it: from its `def` line to the line that forwards the call. */
export declare const PYTHON_WRAPPER_PATTERN: RegExp;
export declare function renderPythonRunner(module: PythonModule, task: string): RunnerSource;
