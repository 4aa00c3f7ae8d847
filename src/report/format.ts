/** Small wording helpers shared by the report's sections. */

/** 3 significant digits, no trailing zeros: 1.5, 0.75, 0.568, 12.3. */
export const num = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))));

/** "1 partner", "3 partners". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** The first `limit` items, and a note of how many more there are ("and 3 more"). */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  const shown = items.slice(0, limit);
  return { shown, more: items.length - shown.length };
}

/** A percentage rounded to a whole number: 0.25 -> "25%". */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Upper-cases the first letter of a sentence. */
export const capitalise = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

/** A sentence ends with one full stop. */
export const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * A reason as a sentence of its own: capitalised and ended with a full stop,
 * unless it starts with a name (a partner called "iRobot Lab", a person
 * "person-3"), which keeps its own case.
 */
export function asSentence(reason: string, names: readonly string[] = []): string {
  const s = sentence(reason);
  return names.some((n) => n !== '' && s.startsWith(n)) ? s : capitalise(s);
}
