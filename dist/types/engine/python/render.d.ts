import type { RunnerSource } from '../types.js';
import type { PythonModule } from './data.js';
export declare const PYTHON_RUNNER_FILE = "agentRunner.py";
export declare const REGION_MARKERS: import("../markers.js").RegionMarkers;
export declare function renderPythonRunner(module: PythonModule, task: string): RunnerSource;
