/**
 * Classic closeness: the inverse of the average distance to the partners one
 * can reach, scaled by the share of the network reached (Wasserman and
 * Faust's correction for networks in pieces), as NetworkX's
 * `closeness_centrality` with its default `wf_improved=True`.
 *
 * A. Bavelas, "Communication patterns in task-oriented groups", JASA 22,
 * 1950; S. Wasserman and K. Faust, "Social Network Analysis", 1994,
 * section 5.3. {@link harmonicCloseness} is the variant hubs() uses: it
 * needs no correction and can be estimated from samples on large networks.
 */
import type { AnyNetwork } from '../../network/types';
import type { CsrArrays } from './kernels/brandes';
import { harmonicUnweighted, harmonicWeighted } from './kernels/closeness';
import { booleanOption, checkOptions, inArcs, resolveView, toScoreMap, uniformDistances, type CentralityViewOptions } from './options';

/** Options of {@link closeness}. */
export interface ClosenessOptions extends CentralityViewOptions {
  /**
   * Weighted distances (distance = 1 / tie strength). When false, every tie is one step.
   * @defaultValue false
   */
  weighted?: boolean;
  /**
   * Scale by the share of the other partners that can reach the partner
   * (NetworkX's `wf_improved`), so that a partner in a small piece does not
   * look central.
   * @defaultValue true
   */
  wassermanFaust?: boolean;
}

/** Closeness of every partner. */
export interface ClosenessResult {
  /** Closeness by partner id (0 for a partner nobody reaches). */
  scores: Map<string, number>;
  weighted: boolean;
  wassermanFaust: boolean;
}

/**
 * Classic closeness of every partner: (r / total distance) x (r / (n - 1)),
 * r being the number of partners that reach it (in a directed view, distances
 * are *to* the partner, as in NetworkX). Always exact: one search per partner,
 * 128 at a time with bit-parallel frontiers when unweighted.
 *
 * @example
 * ```ts
 * const { scores } = closeness(network);
 * ```
 */
export function closeness(network: AnyNetwork, options?: ClosenessOptions): ClosenessResult {
  const fn = 'closeness';
  const opts = checkOptions(fn, options);
  const weighted = booleanOption(fn, 'weighted', opts.weighted, false);
  const wassermanFaust = booleanOption(fn, 'wassermanFaust', opts.wassermanFaust, true);
  const view = resolveView(fn, network, opts);
  const n = view.order;
  const g: CsrArrays = { n, offsets: view.offsets, targets: view.targets, distances: view.distances };
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i += 1) sources[i] = i;
  const harmonic = new Float64Array(n);
  const distSum = new Float64Array(n);
  const reach = new Float64Array(n);
  if (weighted && !uniformDistances(view)) harmonicWeighted(g, sources, harmonic, distSum, reach);
  else {
    harmonicUnweighted(g, inArcs(view), sources, harmonic, distSum, reach);
    // Equal strengths: every step has the same length.
    if (weighted && view.distances.length > 0) for (let v = 0; v < n; v += 1) distSum[v] *= view.distances[0];
  }
  const scores = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    if (distSum[v] > 0 && n > 1) {
      scores[v] = reach[v] / distSum[v];
      if (wassermanFaust) scores[v] *= reach[v] / (n - 1);
    }
  }
  return { scores: toScoreMap(view, scores), weighted, wassermanFaust };
}
