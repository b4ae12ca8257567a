/**
 * An error whose message is meant for the user as is: one line, saying what went wrong and where.
 * `usage` errors are the caller's fault (bad input); the CLI exits 2 for them and 1 otherwise.
 */
export declare class CodeModeError extends Error {
    readonly kind: 'usage' | 'environment' | 'failure';
    constructor(message: string, kind?: 'usage' | 'environment' | 'failure');
}
export declare function usageError(message: string): CodeModeError;
export declare function environmentError(message: string): CodeModeError;
export declare function errorMessage(error: unknown): string;
