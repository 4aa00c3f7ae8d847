/**
 * What sizes a partner on the map: its hub score, its number of ties, or
 * nothing. Scores are read per index of the drawn view; radius grows with the
 * square root of the score so that a circle's area, which the eye compares,
 * follows the score.
 */
import type { NetworkSnapshot } from '../network/snapshot';
import type { SizeBy } from './options';

/** Number of partners each drawn partner is tied to (in the drawn view). */
export function degrees(view: NetworkSnapshot): Float64Array {
  const out = new Float64Array(view.order);
  for (let u = 0; u < view.order; u += 1) out[u] = (view.offsets[u + 1] as number) - (view.offsets[u] as number);
  return out;
}

/** Radius of each score: `rMin` for the lowest (or zero), `rMax` for the highest, by square root. */
export function radii(scores: Float64Array, rMin: number, rMax: number): Float64Array {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i += 1) {
    const s = scores[i] as number;
    out[i] = max > 0 && s > 0 ? rMin + (rMax - rMin) * Math.sqrt(s / max) : rMin;
  }
  return out;
}

/** Words for the caption: "sized by hub score". */
export function sizeWords(sizeBy: SizeBy): string {
  return sizeBy === 'hub' ? 'sized by hub score' : sizeBy === 'degree' ? 'sized by number of ties' : '';
}
