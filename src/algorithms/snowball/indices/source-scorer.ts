/**
 * One interface for every index: score all candidates of one source into a
 * {@link ScoreBuffer}. Candidates are the nodes the index can reach (2 hops
 * for the neighbourhood indices, the push's reach for personalised PageRank,
 * `katzMaxLength` hops for Katz); tied nodes are included and left to the
 * caller to filter; the source itself never is.
 */
import type { LinkGraph } from '../link-graph';
import { katzScorer } from './katz';
import type { ResolvedLinkIndex } from './link-index';
import { neighbourhoodScorer } from './neighbourhood-indices';
import { personalizedPageRankScorer } from './personalized-pagerank';
import type { ScoreBuffer } from './score-buffer';

/** Scores every candidate of a source. */
export interface SourceScorer {
  /**
   * Resets `out` and fills it with the score of every candidate y of x (y != x).
   * With `above`, candidates y <= above may be left out (a caller scoring every
   * pair from its lower end passes x, halving the work); scorers that cannot
   * save anything that way ignore it.
   */
  scoreFrom(x: number, out: ScoreBuffer, above?: number): void;
}

/** The scorer of an index on a graph (one per analysis; it owns its work buffers). */
export function createSourceScorer(graph: LinkGraph, spec: ResolvedLinkIndex): SourceScorer {
  switch (spec.index) {
    case 'personalized-pagerank':
      return personalizedPageRankScorer(graph, spec.weighted, spec.restart, spec.tolerance);
    case 'katz':
      return katzScorer(graph, spec.weighted, spec.katzBeta, spec.katzMaxLength);
    default:
      return neighbourhoodScorer(graph, spec.index, spec.weighted);
  }
}
