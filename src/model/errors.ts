/**
 * The one error class partnermap throws. Every message starts with the name of
 * the public function that raised it (as graphology's do), every error has a
 * stable `code`, and errors raised by validation carry the issues found.
 */
import { formatIssue, type Issue } from './issues';

/** Stable identifiers of what went wrong. */
export type ErrorCode =
  /** An option or argument is of the wrong type or out of range. */
  | 'invalid-argument'
  /** A partner or relationship record is malformed (wrong field type, unknown sector, bad date, ...). */
  | 'invalid-record'
  /** No partner has the given id. */
  | 'unknown-partner'
  /** No relationship has the given id. */
  | 'unknown-relationship'
  /** A partner with this id already exists. */
  | 'duplicate-partner'
  /** A relationship with this id already exists. */
  | 'duplicate-relationship'
  /** The value given as a network is not a graphology graph, or not one partnermap can use. */
  | 'invalid-network'
  /** An input file could not be parsed, or a strict import found errors. */
  | 'parse-error'
  /** An input was refused for safety (XML entities, DOCTYPE, ...). */
  | 'unsafe-input'
  /** An input or a network is beyond a documented limit. */
  | 'limit-exceeded'
  /** The operation does not apply to this input (e.g. an unsupported format). */
  | 'unsupported';

// A registered symbol, not a class identity check: an error thrown by the CJS
// build must still be recognised by code that imported the ESM build.
const BRAND: unique symbol = Symbol.for('partnermap.error') as never;

/** Options of {@link PartnermapError}. */
export interface PartnermapErrorOptions {
  /** Issues found by validation or parsing, when the error summarises them. */
  issues?: readonly Issue[];
  /** The underlying error, if any. */
  cause?: unknown;
}

/** The error partnermap throws. Recognise it with {@link isPartnermapError}. */
export class PartnermapError extends Error {
  /** What went wrong, as a stable identifier. */
  readonly code: ErrorCode;
  /** The issues behind this error (empty when it has none). */
  readonly issues: readonly Issue[];
  /** @internal */
  readonly [BRAND] = true;

  constructor(code: ErrorCode, message: string, options: PartnermapErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PartnermapError';
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** True for any error partnermap threw, whichever copy of the library (ESM, CJS, bundled) threw it. */
export function isPartnermapError(value: unknown): value is PartnermapError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/** Throws a {@link PartnermapError} whose message is prefixed by the function name. */
export function fail(fn: string, code: ErrorCode, message: string, options?: PartnermapErrorOptions): never {
  throw new PartnermapError(code, `${fn}: ${message}`, options);
}

/**
 * Throws when `issues` holds errors, with the first few in the message and all
 * of them attached.
 */
export function throwIfErrors(fn: string, code: ErrorCode, issues: readonly Issue[]): void {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return;
  const shown = errors
    .slice(0, 3)
    .map((issue) => formatIssue(issue).replace(/\.$/, ''))
    .join('; ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  fail(fn, code, `${shown}${more}`, { issues });
}

/** Describes a received value for an error message: `"museums"`, `NaN`, `an object`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  return 'an object';
}
