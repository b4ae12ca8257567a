/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
export declare const PYTHON_RUNTIME_MODULE = "_codemode_runtime";
export declare const PYTHON_RUNTIME_FILE = "_codemode_runtime.py";
/**
 * The runtime module the runner imports: loading of the tools module, tracing of tool calls, conversion of
 * results to JSON, and the report written to CODEMODE_RESULT_PATH. The runner binds its entry points under
 * their `_codemode_` names, which code outside the protected regions may not use or rebind.
 */
export declare const RUNTIME_SOURCE: string;
