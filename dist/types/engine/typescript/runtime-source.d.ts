/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export declare const TYPESCRIPT_RUNTIME_FILE = "_codemode_runtime.ts";
/** The tool host, built from the package's own runtime files (not the copies beside the runner). */
export declare const TYPESCRIPT_HOST_FILE = "_codemode_host.ts";
/** Entry points of the runtime, imported by the runner under these names, which main() may not rebind. */
export declare const RUNTIME_ENTRY_POINTS: {
    readonly call: "__codemodeCall";
    readonly run: "__codemodeRun";
};
/** The tools module of a run whose tools all come from MCP servers: an empty module in the runtime folder. */
export declare const NO_TOOLS_FILE: string;
/** Text of the runtime module written beside the runner. */
export declare function typescriptRuntimeSource(): string;
/** Text of a file of the runtime folder. */
export declare function typescriptRuntimeFile(name: string): string;
