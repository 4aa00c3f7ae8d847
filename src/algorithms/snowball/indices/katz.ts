/**
 * The Katz index truncated to walks of at most L ties (Katz 1953; Liben-Nowell
 * & Kleinberg 2007):
 *   Katz(x, y) = Σ_{l=1..L} beta^l (W^l)_xy
 * where W is the adjacency matrix (tie strengths when weighted, 1 otherwise),
 * so a walk counts the product of its tie strengths. For pairs not yet tied the
 * l = 1 term is 0. Truncating at L = 3 keeps the work local (3 hops from the
 * source) and drops only terms of order beta^4; no convergence condition on
 * beta is needed.
 */
import type { LinkGraph } from '../link-graph';
import { ScoreBuffer } from './score-buffer';
import { firstAbove } from './neighbourhood-indices';
import type { SourceScorer } from './source-scorer';

/** A truncated-Katz scorer; buffers are allocated once and reused across sources. */
export function katzScorer(graph: LinkGraph, weighted: boolean, beta: number, maxLength: number): SourceScorer {
  const { order: n, offsets, targets, strengths } = graph;
  let current = new ScoreBuffer(n);
  let next = new ScoreBuffer(n);
  return {
    scoreFrom(x: number, out: ScoreBuffer, above = -1): void {
      out.reset();
      current.reset();
      current.add(x, 1);
      let factor = 1;
      for (let l = 1; l <= maxLength; l += 1) {
        factor *= beta;
        const { list, score } = current;
        if (l === maxLength) {
          // The last step only feeds the scores: accumulate straight into `out`, and only above `above`.
          for (let i = 0; i < current.count; i += 1) {
            const u = list[i]!;
            const walks = factor * score[u]!;
            const end = offsets[u + 1]!;
            for (let k = above < 0 ? offsets[u]! : firstAbove(targets, offsets[u]!, end, above); k < end; k += 1) {
              const y = targets[k]!;
              if (y !== x) out.add(y, weighted ? walks * strengths[k]! : walks);
            }
          }
          break;
        }
        next.reset();
        for (let i = 0; i < current.count; i += 1) {
          const u = list[i]!;
          const walks = score[u]!;
          const end = offsets[u + 1]!;
          for (let k = offsets[u]!; k < end; k += 1) next.add(targets[k]!, weighted ? walks * strengths[k]! : walks);
        }
        for (let i = 0; i < next.count; i += 1) {
          const y = next.list[i]!;
          if (y !== x && y > above) out.add(y, factor * next.score[y]!);
        }
        const swap = current;
        current = next;
        next = swap;
      }
    },
  };
}
