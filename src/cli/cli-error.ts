/**
 * A mistake in how the CLI was called (unknown flag, missing argument): exit
 * code 2 and a one-line message, never a stack trace.
 */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
