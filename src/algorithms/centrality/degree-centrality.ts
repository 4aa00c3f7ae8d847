/**
 * Degree and strength: how many partners each partner is tied to, and how
 * strong those ties are in sum. NetworkX's `degree_centrality` is the degree
 * divided by n - 1 (the share of the other partners one is tied to).
 */
import type { AnyNetwork } from '../../network/types';
import { type CentralityViewOptions, booleanOption, checkOptions, resolveView, toScoreMap } from './options';

/** Options of {@link degreeCentrality}. */
export interface DegreeCentralityOptions extends CentralityViewOptions {
  /**
   * Divide the degree by n - 1, as NetworkX's `degree_centrality` does, so a
   * partner tied to everyone scores 1.
   * @defaultValue true
   */
  normalized?: boolean;
}

/** Degrees, strengths and degree centrality, keyed by partner id. */
export interface DegreeCentralityResult {
  /** Degree centrality: the degree divided by n - 1 (when `normalized`; 1 for a lone partner), else the degree. */
  scores: Map<string, number>;
  /**
   * Partners each partner is tied to (several relationships with one partner
   * count once). In a directed view, out-degree plus in-degree, as in NetworkX.
   */
  degree: Map<string, number>;
  /** Sum of the partner's tie strengths (in a directed view, out plus in). */
  strength: Map<string, number>;
  /** Whether `scores` are divided by n - 1. */
  normalized: boolean;
}

/** Degree and strength in view order (internal: hubs() reads them without the Maps). */
export function degreeArrays(view: { order: number; directed: boolean; offsets: Int32Array; targets: Int32Array; strengths: Float64Array }): {
  degree: Float64Array;
  strength: Float64Array;
} {
  const n = view.order;
  const degree = new Float64Array(n);
  const strength = new Float64Array(n);
  const { offsets, targets, strengths } = view;
  for (let u = 0; u < n; u += 1) {
    degree[u] = offsets[u + 1] - offsets[u];
    let s = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k += 1) s += strengths[k];
    strength[u] = s;
  }
  if (view.directed) {
    for (let u = 0; u < n; u += 1) {
      for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
        degree[targets[k]] += 1;
        strength[targets[k]] += strengths[k];
      }
    }
  }
  return { degree, strength };
}

/**
 * Degree centrality, degree and strength of every partner in the analysis
 * view (by default: contacted, active and paused partners; every kind of
 * tie; merged relationships).
 *
 * @example
 * ```ts
 * const { scores, degree } = degreeCentrality(network);
 * degree.get('museum'); // 12 partners
 * ```
 */
export function degreeCentrality(network: AnyNetwork, options?: DegreeCentralityOptions): DegreeCentralityResult {
  const fn = 'degreeCentrality';
  const opts = checkOptions(fn, options);
  const normalized = booleanOption(fn, 'normalized', opts.normalized, true);
  const view = resolveView(fn, network, opts);
  const n = view.order;
  const { degree, strength } = degreeArrays(view);
  const scores = new Float64Array(n);
  // NetworkX scores a lone partner 1.
  if (normalized && n === 1) scores[0] = 1;
  else for (let u = 0; u < n; u += 1) scores[u] = normalized ? degree[u] / (n - 1) : degree[u];
  return {
    scores: toScoreMap(view, scores),
    degree: toScoreMap(view, degree),
    strength: toScoreMap(view, strength),
    normalized,
  };
}
