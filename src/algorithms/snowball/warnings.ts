/**
 * When link-prediction scores mean little, say so. The thresholds come from
 * the evaluation (bench/results/snowball-eval.md, "When the indices stop
 * meaning anything"):
 *
 * - average clustering below 0.2: on the networks where held-out ties were
 *   predicted barely better than chance (Florentine 0.16, Barabási-Albert
 *   0.15, Erdős-Rényi 0.085, a random tree 0), clustering was at most 0.16;
 *   where they were predicted well (karate 0.57, Les Misérables 0.57, planted
 *   communities 0.28), at least 0.28. Average clustering rather than
 *   transitivity because a map drawn around its home partner has one huge hub
 *   whose open triads would swamp transitivity;
 * - fewer than 30 ties or 20 partners: Florentine (15 partners, 20 ties) gave
 *   AUC 0.50 to 0.56 with a standard deviation of 0.15 to 0.19 between splits;
 * - tree-like: fewer independent cycles than a tenth of the ties (a tree has
 *   none; on a random tree every index did worse than chance).
 */
import type { LinkGraph } from './link-graph';
import { graphShape, type GraphShape } from './transitivity';

/** Average clustering below which the indices are close to chance. */
export const LOW_CLUSTERING = 0.2;
/** Fewest ties for the indices to mean anything. */
export const MIN_TIES = 30;
/** Fewest partners for the indices to mean anything. */
export const MIN_PARTNERS = 20;
/** Cycle rank below this share of the ties: tree-like. */
export const TREE_LIKE_CYCLES = 0.1;

/** Something that makes results less trustworthy, as data. */
export interface SnowballWarning {
  /** A stable identifier, e.g. `low-clustering`. */
  code: string;
  /** A sentence a person can act on. */
  message: string;
}

/** Warnings about the shape of the graph the indices run on; also returns the shape measured. */
export function shapeWarnings(graph: LinkGraph): { shape: GraphShape; warnings: SnowballWarning[] } {
  const shape = graphShape(graph);
  const warnings: SnowballWarning[] = [];
  if (shape.ties < MIN_TIES || shape.nodes < MIN_PARTNERS) {
    warnings.push({
      code: 'too-small',
      message:
        `the network has ${shape.nodes} partners and ${shape.ties} ties; below ${MIN_PARTNERS} partners or ${MIN_TIES} ties, ` +
        'link-prediction scores are close to chance (read the suggestions as a list of who knows whom, not as a prediction).',
    });
  }
  if (shape.ties > 0 && shape.cycleRank < TREE_LIKE_CYCLES * shape.ties) {
    warnings.push({
      code: 'tree-like',
      message:
        `the network is tree-like (${shape.cycleRank} independent cycles for ${shape.ties} ties): few organisations share partners, ` +
        'so scores built on shared partners say little. Record the ties partners have with each other.',
    });
  } else if (shape.ties > 0 && shape.averageClustering < LOW_CLUSTERING) {
    warnings.push({
      code: 'low-clustering',
      message:
        `average clustering is ${shape.averageClustering.toFixed(2)} (below ${LOW_CLUSTERING}): partners' partners rarely know each other here, ` +
        'and on such networks the indices predicted held-out ties barely better than chance.',
    });
  }
  return { shape, warnings };
}
