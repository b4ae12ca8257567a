/**
 * An error whose message is meant for the user as is: one line, saying what went wrong and where.
 * `usage` errors are the caller's fault (bad input); the CLI exits 2 for them and 1 otherwise.
 */
export class CodeModeError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'environment' | 'failure' = 'failure',
  ) {
    super(message);
    this.name = 'CodeModeError';
  }
}

export function usageError(message: string): CodeModeError {
  return new CodeModeError(message, 'usage');
}

export function environmentError(message: string): CodeModeError {
  return new CodeModeError(message, 'environment');
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
