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

/** Reads `--seed` as a non-negative integer (default 1). */
export function parseSeed(value: unknown): number {
  if (value === undefined) return 1;
  const seed = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
    throw new CliUsageError(`--seed must be an integer from 0 to 4294967295; received ${String(value)}.`);
  }
  return seed;
}
