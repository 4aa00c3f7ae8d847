/**
 * Finds values that JSON cannot carry (NaN, Infinity, dates, functions, maps,
 * cycles, ...). Custom attributes are kept as given, so exports must check them
 * rather than let `JSON.stringify` change or drop them without a word.
 */
import { isPlainObject } from './own-properties';

/** Nesting beyond this depth is reported rather than walked. */
const MAX_DEPTH = 200;

/**
 * Describes the first value under `value` that JSON would not carry unchanged,
 * as `path: what`, or returns undefined when all of it is JSON. `undefined`
 * properties are accepted (JSON omits them; reading back gives the same record).
 */
export function findNonJsonValue(value: unknown, path: string): string | undefined {
  const ancestors = new Set<object>();
  const walk = (v: unknown, at: string, depth: number): string | undefined => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return undefined;
    if (typeof v === 'number') return Number.isFinite(v) ? undefined : `${at} is ${String(v)}`;
    if (typeof v !== 'object') return `${at} is a ${typeof v}`;
    if (depth > MAX_DEPTH) return `${at} is nested deeper than ${MAX_DEPTH} levels`;
    if (ancestors.has(v)) return `${at} refers back to itself (a cycle)`;
    if (Array.isArray(v)) {
      ancestors.add(v);
      for (let i = 0; i < v.length; i += 1) {
        if (v[i] === undefined) return `${at}[${i}] is undefined`;
        const found = walk(v[i], `${at}[${i}]`, depth + 1);
        if (found !== undefined) return found;
      }
      ancestors.delete(v);
      return undefined;
    }
    if (!isPlainObject(v)) return `${at} is a ${(v as object).constructor?.name ?? 'non-plain'} object`;
    ancestors.add(v);
    for (const key of Object.keys(v)) {
      const item = v[key];
      if (item === undefined) continue;
      const found = walk(item, `${at}.${key}`, depth + 1);
      if (found !== undefined) return found;
    }
    ancestors.delete(v);
    return undefined;
  };
  return walk(value, path, 0);
}
