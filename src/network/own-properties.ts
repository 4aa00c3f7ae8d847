/**
 * Property access that is safe for keys users choose. Partner ids and custom
 * attribute names come from spreadsheets, so `__proto__`, `constructor` or
 * `toString` are ordinary data here: never assigned with `obj[key] = v` (which
 * would set a prototype) and never read without an own-property check (which
 * would find `Object.prototype`'s members).
 */

/** Sets `key` as an own, enumerable data property, even when `key` is `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads an own property, or undefined: inherited members are never returned. */
export function getOwn(source: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

/** True for a plain record (an object that is not an array, not null, and not a class instance such as Date or Map). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
