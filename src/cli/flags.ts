/**
 * Reading flag values. Every command reads numbers and lists the same way and
 * says the same thing when one is wrong.
 */
import { CliUsageError } from './cli-error';

/** An integer flag from `min` to `max`, or `fallback` when absent. */
export function integerFlag(flag: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliUsageError(`${flag} must be an integer from ${min} to ${max}; received ${String(value)}.`);
  }
  return n;
}

/** `--seed` as an integer from 0 to 2^32 - 1 (default 1). */
export function parseSeed(value: unknown): number {
  return integerFlag('--seed', value, 1, 0, 4294967295);
}

/** A repeatable, comma-separated list flag (`--sector school,library --sector museum`). */
export function listFlag(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
