/**
 * Text width without a DOM: an estimate of the advance width of a string in
 * a proportional sans-serif face, used to place labels and size the legend.
 * The classes are calibrated on DejaVu Sans (what `system-ui` and
 * `sans-serif` resolve to on most Linux machines, and wider than Arial,
 * Helvetica, Segoe UI or Roboto), measured in headless Chromium, so that the
 * estimated boxes contain the real text in every common face.
 */

// Advance widths in em, grouped (DejaVu Sans, rounded up).
const NARROW = new Set(Array.from("iljtfrI.,:;'!|() []"));
const WIDE = new Set(Array.from('mwMWOQGCDHNU@%&'));
const DIGITS = new Set(Array.from('0123456789'));

/** Estimated width, in the units of `fontSize`, of `text` set in a sans-serif face. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (NARROW.has(ch)) em += 0.33;
    else if (WIDE.has(ch)) em += 0.9;
    else if (DIGITS.has(ch)) em += 0.64;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (code < 0x80) em += 0.62;
    // CJK, emoji and other wide scripts take about a full em.
    else if (code >= 0x1100) em += 1;
    else em += 0.6;
  }
  return em * fontSize;
}
