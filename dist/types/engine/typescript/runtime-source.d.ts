/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export declare const TYPESCRIPT_RUNTIME_FILE = "_codemode_runtime.ts";
/** Entry points of the runtime, imported by the runner under these names, which main() may not rebind. */
export declare const RUNTIME_ENTRY_POINTS: {
    readonly call: "__codemodeCall";
    readonly run: "__codemodeRun";
};
/**
 * The runtime module the runner imports: tracing of tool calls, conversion of results to JSON, and the
 * report written to CODEMODE_RESULT_PATH. It depends on no types package, so it type-checks under any
 * tsconfig.json the runner is checked with.
 */
export declare const RUNTIME_SOURCE: string;
