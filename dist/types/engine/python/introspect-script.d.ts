/**
 * Python program run as `python -c INTROSPECT_SCRIPT <tools path>`. It imports the tools module and prints
 * one JSON object: `{"ok": true, "tools": [...], "has_deps": bool, "declarations": [...]}` or
 * `{"ok": false, "problem": {...}}`. Annotations and defaults are taken from the source text as written.
 */
export declare const INTROSPECT_SCRIPT: string;
