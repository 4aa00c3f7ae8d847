/**
 * Eigenvector centrality: a partner is central when its partners are central
 * (the principal eigenvector of the tie-strength matrix), the measure of
 * being tied to the well-connected.
 *
 * P. Bonacich, "Power and centrality: a family of measures", American Journal
 * of Sociology 92(5), 1987. The iteration is NetworkX's
 * `eigenvector_centrality` (power iteration on A + I from the uniform vector,
 * unit Euclidean norm), iterated to a tighter tolerance.
 */
import type { AnyNetwork } from '../../network/types';
import { eigenvectorKernel } from './kernels/spectral';
import { booleanOption, checkOptions, numberOption, resolveView, toScoreMap, type CentralityViewOptions } from './options';
import { spectralInput } from './pagerank';

/** Options of {@link eigenvector}. */
export interface EigenvectorOptions extends CentralityViewOptions {
  /**
   * Use tie strengths as the matrix entries; when false, every tie counts 1
   * (NetworkX's default, `weight=None`).
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * Stop when the L1 change between two iterations falls below this
   * (NetworkX's `tol=t` is `tolerance: n * t`).
   * @defaultValue 1e-10
   */
  tolerance?: number;
  /**
   * Most iterations; the result says whether it converged.
   * @defaultValue 1000
   */
  maxIterations?: number;
}

/** Eigenvector centrality of every partner. */
export interface EigenvectorResult {
  /** Scores by partner id: non-negative, unit Euclidean norm. */
  scores: Map<string, number>;
  weighted: boolean;
  iterations: number;
  /** True when the change fell below the tolerance within maxIterations. */
  converged: boolean;
}

/**
 * Eigenvector centrality of every partner in the analysis view. On a
 * network in pieces it concentrates on the piece with the largest leading
 * eigenvalue (others tend to 0), as NetworkX's power iteration does; in a
 * directed view a partner is central when central partners point to it.
 *
 * @example
 * ```ts
 * const { scores, converged } = eigenvector(network);
 * ```
 */
export function eigenvector(network: AnyNetwork, options?: EigenvectorOptions): EigenvectorResult {
  const fn = 'eigenvector';
  const opts = checkOptions(fn, options);
  const weighted = booleanOption(fn, 'weighted', opts.weighted, true);
  const tolerance = numberOption(fn, 'tolerance', opts.tolerance, 1e-10, { min: 0, minOpen: true });
  const maxIterations = numberOption(fn, 'maxIterations', opts.maxIterations, 1000, { min: 1, integer: true });
  const view = resolveView(fn, network, opts);
  if (view.order === 0) return { scores: new Map(), weighted, iterations: 0, converged: true };
  const result = eigenvectorKernel(spectralInput(view, weighted), tolerance, maxIterations);
  return { scores: toScoreMap(view, result.values), weighted, iterations: result.iterations, converged: result.converged };
}
