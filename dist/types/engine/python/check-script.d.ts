/**
 * Python program run as `python -c CHECK_SCRIPT <runner path> <config json>`, where the config is
 * `{"tools": [names], "module": "<tools module name>", "regions": [[name, begin marker, end marker], ...]}`.
 * It compiles the runner and then checks that code outside the protected regions neither rebinds a tool
 * or runner-internal name nor imports the tools module or the runner runtime (any `_codemode*` module).
 * Prints a JSON list of `{line, message}`.
 */
export declare const CHECK_SCRIPT: string;
