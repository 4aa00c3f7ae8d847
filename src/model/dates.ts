/**
 * Dates in partnermap are ISO 8601 strings, kept exactly as given so that
 * exports never change them: a year (`2024`), a month (`2024-09`), a day
 * (`2024-09-15`) or a date-time (`2024-09-15T10:30:00Z`). Comparisons use the
 * start of the period, in UTC.
 */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch at the start of the date, or `undefined` when it is not a valid ISO 8601 date. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  if (m[4] === undefined) return Date.UTC(year, month - 1, day);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const ms = Date.parse(m[7] === undefined ? `${text}Z` : text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** True when `text` is a date partnermap accepts. */
export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && parseIsoDate(text) !== undefined;
}

/** The calendar year of an ISO date (its first four digits). */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}

/** Whole days from `from` to `to` (both ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === undefined || b === undefined) return Number.NaN;
  return Math.floor((b - a) / DAY_MS);
}

/** Today's date as `YYYY-MM-DD` (UTC). Only used where a caller gave no `asOf` date. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
