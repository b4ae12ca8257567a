/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export declare const PYTHON_RUNTIME_MODULE = "_codemode_runtime";
export declare const PYTHON_RUNTIME_FILE = "_codemode_runtime.py";
/** The values of the channel and the report's conversions, shared by the runtime and the tool host. */
export declare const PYTHON_CODEC_FILE = "_codemode_codec.py";
/** The tools module of a run whose tools all come from MCP servers: an empty module the tool host imports. */
export declare const PYTHON_NO_TOOLS_FILE: string;
export type PythonProgram = 'introspect.py' | 'check.py' | 'host.py' | '_codemode_installation.py';
/** Path of one of the programs run from the runtime folder. */
export declare function pythonProgramPath(name: PythonProgram): string;
/** Text of the runtime module written beside the runner. */
export declare function pythonRuntimeSource(): string;
/** The runtime's stub, which the type check puts beside its copy of the runner in place of the runtime modules. */
export declare function pythonRuntimeStub(): {
    name: string;
    text: string;
};
/** The modules written beside the runner, which it imports. */
export declare function pythonSupportFiles(): {
    name: string;
    text: string;
}[];
