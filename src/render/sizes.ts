/**
 * What sizes a partner on the map: its hub score, its number of ties, or
 * nothing. Scores are read per index of the drawn view; radius grows with the
 * square root of the score so that a circle's area, which the eye compares,
 * follows the score.
 */
import { hubs } from '../algorithms/centrality/index';
import { ANALYSIS_STATUSES, type NetworkSnapshot } from '../network/snapshot';
import type { AnyNetwork } from '../network/types';
import type { SizeBy, ResolvedRender } from './options';

/** Number of partners each drawn partner is tied to (in the drawn view). */
export function degrees(view: NetworkSnapshot): Float64Array {
  const out = new Float64Array(view.order);
  for (let u = 0; u < view.order; u += 1) out[u] = (view.offsets[u + 1] as number) - (view.offsets[u] as number);
  return out;
}

/**
 * Hub score of each drawn partner (by view index), from {@link hubs} on the
 * analysis view: contacted, active and paused partners among those drawn,
 * with the map's relationship kinds and seed. Prospects and former partners
 * are not partners of the current network, so they score 0 (smallest); the
 * home partner gets the score hubs() gives it apart.
 */
export function hubScores(network: AnyNetwork, view: NetworkSnapshot, o: ResolvedRender): Float64Array {
  const out = new Float64Array(view.order);
  const drawn = o.layout.statuses;
  const statuses = ANALYSIS_STATUSES.filter((s) => drawn === 'all' || drawn.includes(s));
  if (statuses.length === 0 || view.order === 0) return out;
  const result = hubs(network, { ...o.random, statuses, kinds: o.layout.kinds, explain: 0 });
  for (const hub of result.hubs) {
    const i = view.indexOf.get(hub.id);
    if (i !== undefined) out[i] = hub.hubScore;
  }
  if (result.home !== undefined) {
    const i = view.indexOf.get(result.home.id);
    if (i !== undefined) out[i] = result.home.hubScore;
  }
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
