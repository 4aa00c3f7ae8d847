/**
 * Number formatting for SVG output: fixed decimals, no exponent, no `-0`, no
 * trailing zeros, so the same drawing is the same string on every engine.
 */

/** `value` rounded to `digits` decimals, as short as possible ("12", "3.5", "-0.25"). */
export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '0';
  const text = value.toFixed(digits);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}
