/** Text helpers shared by the engine, the action's reports and the CLI's output. */
/** At most `max` characters, the last one an ellipsis when the text was cut. */
export declare function shorten(text: string, max: number): string;
/**
 * JSON text of a value, or undefined for what JSON cannot hold (undefined, functions, symbols): what
 * JSON.stringify returns at run time, which its declared `string` hides.
 */
export declare function jsonText(value: unknown, indent?: number): string | undefined;
/** A cost in US dollars as reports show it: `$0.0123`. */
export declare function formatCost(usd: number): string;
/** Said wherever a result is shown that ran without the sandbox. */
export declare const NOT_SANDBOXED = "\u26A0 Not sandboxed: the program ran with the job's files, network and processes in reach (sandbox: off).";
/** The first non-empty line, trimmed. */
export declare function firstLine(text: string): string;
/** The last non-empty line, trimmed. */
export declare function lastLine(text: string): string;
/** The JSON value of `text`, or undefined when it is not JSON. */
export declare function parseJsonOrUndefined(text: string): unknown;
