/**
 * Python source shared by the introspection script and the runner runtime, so that both import the tools
 * module the same way. It expects `os`, `sys` and `importlib.util` imported under those names.
 */
export declare const TOOLS_LOADER_SOURCE: string;
