/**
 * Fails any test that leaves a global built-in changed: graphology pollutes
 * `Object.prototype` when it sees a node keyed `__proto__` in a multi graph,
 * and such a bug must never pass unnoticed again.
 */
import { afterEach, expect } from 'vitest';

function fingerprint(): string[] {
  const out: string[] = [];
  for (const [name, target] of [
    ['Object', Object],
    ['Object.prototype', Object.prototype],
    ['Array.prototype', Array.prototype],
    ['Function.prototype', Function.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(target)) out.push(`${name}.${String(key)}`);
  }
  for (const key of Object.getOwnPropertyNames(Object.prototype)) {
    const member = (Object.prototype as Record<string, unknown>)[key];
    if (typeof member === 'function') for (const k of Reflect.ownKeys(member)) out.push(`Object.prototype.${key}.${String(k)}`);
  }
  return out.sort();
}

const baseline = fingerprint();

afterEach(() => {
  const inherited: string[] = [];
  // eslint-disable-next-line guard-for-in
  for (const key in {}) inherited.push(key);
  expect(inherited, 'Object.prototype gained an enumerable property').toEqual([]);
  expect(fingerprint(), 'a global built-in was changed').toEqual(baseline);
});
