/**
 * PageRank and personalised PageRank: where a walker who follows ties in
 * proportion to their strength, and now and then jumps to a fresh start,
 * spends its time. Personalised, the jumps land on chosen partners (the home
 * organisation, say), and the scores become proximity to them.
 *
 * L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation
 * ranking: bringing order to the web", Stanford InfoLab, 1999. Same fixed
 * point as NetworkX's `pagerank` (weights are strengths; dangling partners
 * jump by the personalisation vector), iterated to a tighter tolerance.
 */
import { describeValue, fail } from '../../model/errors';
import type { NetworkSnapshot } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { pagerankKernel, type SpectralInput } from './kernels/spectral';
import { booleanOption, checkOptions, inArcs, numberOption, resolveView, toScoreMap, type CentralityViewOptions } from './options';

/** Options of {@link pagerank}. */
export interface PagerankOptions extends CentralityViewOptions {
  /**
   * Probability of following a tie rather than jumping (the damping factor), in (0, 1).
   * @defaultValue 0.85
   */
  alpha?: number;
  /**
   * Follow ties in proportion to their strength; when false, every tie equally.
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * Where jumps land: a Map from partner id to a non-negative weight (scaled
   * to sum 1), or a list of partner ids (equal weights). Personalised
   * PageRank then measures closeness to these partners.
   * @defaultValue undefined (every partner equally)
   */
  personalization?: ReadonlyMap<string, number> | readonly string[];
  /**
   * Stop when the L1 change between two iterations falls below this
   * (NetworkX's `tol` is per partner: its `tol=t` is `tolerance: n * t`).
   * @defaultValue 1e-10
   */
  tolerance?: number;
  /**
   * Most iterations; the result says whether it converged.
   * @defaultValue 1000
   */
  maxIterations?: number;
}

/** PageRank of every partner. */
export interface PagerankResult {
  /** PageRank by partner id (summing to 1). */
  scores: Map<string, number>;
  alpha: number;
  weighted: boolean;
  /** True when a personalisation vector was given. */
  personalized: boolean;
  iterations: number;
  /** True when the change fell below the tolerance within maxIterations. */
  converged: boolean;
}

/** The arrays the power iterations read (internal; shared with eigenvector). */
export function spectralInput(view: NetworkSnapshot, weighted: boolean): SpectralInput {
  const n = view.order;
  const reverse = inArcs(view);
  // Strengths all 1 are the unweighted case: skip the multiplications.
  let ones = true;
  for (let k = 0; k < view.strengths.length && ones; k += 1) ones = view.strengths[k] === 1;
  const useWeights = weighted && !ones;
  const outStrength = new Float64Array(n);
  for (let u = 0; u < n; u += 1) {
    if (useWeights) {
      let s = 0;
      for (let k = view.offsets[u]; k < view.offsets[u + 1]; k += 1) s += view.strengths[k];
      outStrength[u] = s;
    } else outStrength[u] = view.offsets[u + 1] - view.offsets[u];
  }
  return {
    n,
    inOffsets: reverse.offsets,
    inTargets: reverse.targets,
    inWeights: useWeights ? reverse.strengths : null,
    outStrength,
  };
}

/** The personalisation vector in view order, summing to 1 (internal). */
export function personalizationVector(fn: string, view: NetworkSnapshot, value: PagerankOptions['personalization']): Float64Array {
  const n = view.order;
  const p = new Float64Array(n);
  if (value === undefined) return p.fill(1 / n);
  const entries: [unknown, unknown][] = Array.isArray(value)
    ? (value as unknown[]).map((id) => [id, 1])
    : value instanceof Map
      ? [...(value as Map<unknown, unknown>)]
      : fail(fn, 'invalid-argument', `personalization must be a Map of partner id to weight, or an array of partner ids; received ${describeValue(value)}.`);
  let total = 0;
  for (const [id, weight] of entries) {
    if (typeof id !== 'string') fail(fn, 'invalid-argument', `personalization keys must be partner ids (strings); received ${describeValue(id)}.`);
    const index = view.indexOf.get(id);
    if (index === undefined) {
      fail(fn, 'unknown-partner', `personalization names ${JSON.stringify(id)}, which is not a partner of the analysis (unknown, or left out by the statuses option).`);
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      fail(fn, 'invalid-argument', `personalization weight of ${JSON.stringify(id)} must be a non-negative finite number; received ${describeValue(weight)}.`);
    }
    p[index] += weight;
    total += weight;
  }
  if (!(total > 0)) fail(fn, 'invalid-argument', 'personalization must give some partner a positive weight.');
  for (let i = 0; i < n; i += 1) p[i] /= total;
  return p;
}

/**
 * PageRank of every partner in the analysis view: how much of a random
 * walk's time it receives when walkers follow ties (by strength) with
 * probability `alpha` and otherwise jump, uniformly or to the partners of
 * `personalization`. Undirected ties are walked both ways; in a directed view
 * referrals pass rank from introducer to introduced.
 *
 * @example
 * ```ts
 * // Who is close to the home organisation, in the walk's sense?
 * const { scores } = pagerank(network, { personalization: [getHome(network)!] });
 * ```
 */
export function pagerank(network: AnyNetwork, options?: PagerankOptions): PagerankResult {
  const fn = 'pagerank';
  const opts = checkOptions(fn, options);
  const alpha = numberOption(fn, 'alpha', opts.alpha, 0.85, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const weighted = booleanOption(fn, 'weighted', opts.weighted, true);
  const tolerance = numberOption(fn, 'tolerance', opts.tolerance, 1e-10, { min: 0, minOpen: true });
  const maxIterations = numberOption(fn, 'maxIterations', opts.maxIterations, 1000, { min: 1, integer: true });
  const view = resolveView(fn, network, opts);
  const p = personalizationVector(fn, view, opts.personalization);
  if (view.order === 0) return { scores: new Map(), alpha, weighted, personalized: opts.personalization !== undefined, iterations: 0, converged: true };
  const result = pagerankKernel(spectralInput(view, weighted), alpha, p, tolerance, maxIterations);
  return {
    scores: toScoreMap(view, result.values),
    alpha,
    weighted,
    personalized: opts.personalization !== undefined,
    iterations: result.iterations,
    converged: result.converged,
  };
}
