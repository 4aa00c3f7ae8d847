/**
 * Helpers shared by the ordered vocabularies (sectors, statuses, the
 * participation ladder, ...): membership tests that never consult
 * `Object.prototype`, so a value such as `"constructor"` is simply unknown.
 */

/** Builds a type guard for the members of an `as const` tuple. */
export function memberOf<const T extends readonly string[]>(values: T): (value: unknown) => value is T[number] {
  const set = new Set<string>(values);
  return (value: unknown): value is T[number] => typeof value === 'string' && set.has(value);
}

/** Formats the allowed values of a vocabulary for an error message. */
export function listValues(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
