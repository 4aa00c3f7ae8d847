/**
 * Common neighbours, Jaccard, Adamic-Adar and resource allocation: indices
 * over the common neighbours z of a pair (x, y), computed from one source x by
 * walking its 2-hop neighbourhood once (Liben-Nowell & Kleinberg 2007; Zhou,
 * Lü & Zhang 2009).
 *
 * Unweighted (k_z = degree, exactly NetworkX's definitions):
 *   CN = |Γx ∩ Γy|                     AA = Σ_z 1 / ln k_z
 *   RA = Σ_z 1 / k_z                   J  = |Γx ∩ Γy| / |Γx ∪ Γy|
 * Weighted (Lü & Zhou 2010, with the mean of the two tie strengths instead of
 * their sum so that unit strengths give back the unweighted values; s_z is the
 * strength of z, the sum of its tie strengths):
 *   WCN = Σ_z (w_xz + w_zy) / 2        WAA = Σ_z (w_xz + w_zy) / 2 / ln(1 + s_z)
 *   WRA = Σ_z (w_xz + w_zy) / 2 / s_z  WJ  = WCN / (s_x + s_y - WCN)
 * (WAA uses ln(1 + s_z) because a strength can be below 1; with unit strengths
 * it is the only one that differs from its unweighted form.)
 */
import { nodeStrengths, type LinkGraph } from '../link-graph';
import type { ScoreBuffer } from './score-buffer';
import type { SourceScorer } from './source-scorer';

/** The indices computed here. */
export type NeighbourhoodIndex = 'common-neighbours' | 'jaccard' | 'adamic-adar' | 'resource-allocation';

/** The per-node factor c_z each common neighbour z contributes. */
export function commonNeighbourFactors(graph: LinkGraph, index: NeighbourhoodIndex, weighted: boolean): Float64Array {
  const s = nodeStrengths(graph, weighted);
  const factor = new Float64Array(graph.order);
  for (let z = 0; z < graph.order; z += 1) {
    const sz = s[z]!;
    if (index === 'resource-allocation') factor[z] = sz > 0 ? 1 / sz : 0;
    else if (index === 'adamic-adar') {
      // A node with one tie is never a common neighbour; keep its factor finite anyway.
      if (weighted) factor[z] = sz > 0 ? 1 / Math.log(1 + sz) : 0;
      else factor[z] = sz > 1 ? 1 / Math.log(sz) : 0;
    } else factor[z] = 1;
  }
  return factor;
}

/** A scorer of every 2-hop neighbour of a source. */
export function neighbourhoodScorer(graph: LinkGraph, index: NeighbourhoodIndex, weighted: boolean): SourceScorer {
  const { offsets, targets, strengths } = graph;
  const s = nodeStrengths(graph, weighted);
  const factor = commonNeighbourFactors(graph, index, weighted);
  const jaccard = index === 'jaccard';
  return {
    scoreFrom(x: number, out: ScoreBuffer, above = -1): void {
      out.reset();
      const end = offsets[x + 1]!;
      for (let k = offsets[x]!; k < end; k += 1) {
        const z = targets[k]!;
        const wxz = strengths[k]!;
        const cz = factor[z]!;
        const zEnd = offsets[z + 1]!;
        // Rows are sorted: start at the first neighbour of z above `above`.
        for (let k2 = above < 0 ? offsets[z]! : firstAbove(targets, offsets[z]!, zEnd, above); k2 < zEnd; k2 += 1) {
          const y = targets[k2]!;
          if (y === x) continue;
          out.add(y, weighted ? (wxz + strengths[k2]!) * 0.5 * cz : cz);
        }
      }
      if (jaccard) {
        const sx = s[x]!;
        const { list, score } = out;
        for (let i = 0; i < out.count; i += 1) {
          const y = list[i]!;
          const shared = score[y]!;
          score[y] = shared / (sx + s[y]! - shared);
        }
      }
    },
  };
}

/** First position in targets[lo..hi) holding a value above `value` (rows are sorted). */
export function firstAbove(targets: Int32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (targets[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
