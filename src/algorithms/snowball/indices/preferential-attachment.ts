/**
 * Preferential attachment, s_x x s_y (k_x x k_y unweighted; Barabási & Albert
 * 1999, Newman 2001). Not selectable for suggestions: it ranks every pair of
 * hubs first whether or not anything connects them, and the evaluation
 * (bench/results/snowball-eval.md) keeps it as the contrast it is in the
 * literature. It scores a pair directly; there is no local candidate set.
 */
import { nodeStrengths, type LinkGraph } from '../link-graph';

/** Pair scorer for preferential attachment. */
export function preferentialAttachment(graph: LinkGraph, weighted: boolean): (x: number, y: number) => number {
  const s = nodeStrengths(graph, weighted);
  return (x, y) => s[x]! * s[y]!;
}
