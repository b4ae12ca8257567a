/** Text helpers shared by the engine, the action's reports and the CLI's output. */
/** At most `max` characters, the last one an ellipsis when the text was cut. */
export declare function shorten(text: string, max: number): string;
/** A cost in US dollars as reports show it: `$0.0123`. */
export declare function formatCost(usd: number): string;
/** The first non-empty line, trimmed. */
export declare function firstLine(text: string): string;
/** The last non-empty line, trimmed. */
export declare function lastLine(text: string): string;
/** The JSON value of `text`, or undefined when it is not JSON. */
export declare function parseJsonOrUndefined(text: string): unknown;
