/**
 * Harmonic closeness: the sum of 1 / distance from every other partner, the
 * measure of how few steps separate a partner from everyone. Unlike classic
 * closeness (1 / average distance) it is defined on networks in pieces: an
 * unreachable partner adds 0 rather than an infinite distance.
 *
 * M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285,
 * 2000; P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics
 * 10, 2014. NetworkX: `harmonic_centrality` (the raw sum; `normalized: false`
 * here). Estimation from sampled sources: D. Eppstein and J. Wang, "Fast
 * approximation of centrality", SODA 2001, with Hoeffding's bound.
 */
import type { AnyNetwork } from '../../network/types';
import type { NetworkSnapshot } from '../../network/snapshot';
import { resolveRng, type RandomOptions, type Rng } from '../../random';
import type { CsrArrays } from './kernels/brandes';
import { harmonicUnweighted, harmonicWeighted } from './kernels/closeness';
import {
  booleanOption,
  checkOptions,
  choiceOption,
  inArcs,
  numberOption,
  resolveView,
  toScoreMap,
  uniformDistances,
  type CentralityViewOptions,
} from './options';

/**
 * Above this many partners x ties, `exact: 'auto'` estimates closeness from
 * sampled sources: exact work grows as partners x ties (10,000 partners with
 * 50,000 ties take about 0.2 s, so 100,000 with 500,000 would take about
 * 20 s), the estimate's does not.
 */
export const EXACT_CLOSENESS_LIMIT = 1e10;

/** Options of {@link harmonicCloseness}. */
export interface HarmonicClosenessOptions extends CentralityViewOptions, RandomOptions {
  /**
   * Weighted distances (distance = 1 / tie strength). When false, every tie is one step.
   * @defaultValue false
   */
  weighted?: boolean;
  /**
   * Divide the sum by n - 1, so that a partner tied directly to everyone
   * scores 1. NetworkX's `harmonic_centrality` is the raw sum (`false`).
   * @defaultValue true
   */
  normalized?: boolean;
  /**
   * `true`: a search from every partner. `false`: from sampled partners.
   * `'auto'`: exact unless partners x ties exceeds {@link EXACT_CLOSENESS_LIMIT}.
   * @defaultValue 'auto'
   */
  exact?: boolean | 'auto';
  /**
   * When sampling: the largest additive error allowed on every normalized score.
   * @defaultValue 0.05
   */
  epsilon?: number;
  /**
   * When sampling: the probability allowed that some score misses by more than `epsilon`.
   * @defaultValue 0.1
   */
  delta?: number;
}

/** Harmonic closeness of every partner, and how it was computed. */
export interface HarmonicClosenessResult {
  /** Harmonic closeness by partner id. */
  scores: Map<string, number>;
  normalized: boolean;
  weighted: boolean;
  /** True when estimated from sampled sources. */
  approximate: boolean;
  /** When approximate: every score is within this of the exact one (on the scale of `scores`) with probability at least 1 - `delta`; 0 when exact. */
  errorBound: number;
  /** Probability that the error bound fails (0 when exact). */
  delta: number;
  /** Sources searched from when approximate (0 when exact). */
  samples: number;
}

/** Options after checking (internal). */
export interface ResolvedCloseness {
  weighted: boolean;
  normalized: boolean;
  exact: boolean | 'auto';
  epsilon: number;
  delta: number;
  rng: Rng;
}

/** Checks closeness options at the door (shared with hubs()). */
export function resolveClosenessOptions(fn: string, opts: HarmonicClosenessOptions): ResolvedCloseness {
  return {
    weighted: booleanOption(fn, 'weighted', opts.weighted, false),
    normalized: booleanOption(fn, 'normalized', opts.normalized, true),
    exact: choiceOption<boolean | 'auto'>(fn, 'exact', opts.exact, 'auto', [true, false, 'auto']),
    epsilon: numberOption(fn, 'epsilon', opts.epsilon, 0.05, { min: 0, max: 1, minOpen: true, maxOpen: true }),
    delta: numberOption(fn, 'delta', opts.delta, 0.1, { min: 0, max: 1, minOpen: true, maxOpen: true }),
    rng: resolveRng(fn, opts),
  };
}

/** Closeness values in view order with metadata (internal). */
export interface ClosenessValues {
  values: Float64Array;
  approximate: boolean;
  errorBound: number;
  delta: number;
  samples: number;
}

/** Whether `exact: 'auto'` computes exactly on this view. */
export function closenessIsExact(view: NetworkSnapshot, exact: boolean | 'auto'): boolean {
  if (exact !== 'auto') return exact;
  const ties = view.directed ? view.targets.length : view.targets.length / 2;
  return view.order * ties <= EXACT_CLOSENESS_LIMIT;
}

/** Computes harmonic closeness on a view (internal). */
export function closenessValues(view: NetworkSnapshot, o: ResolvedCloseness): ClosenessValues {
  const n = view.order;
  const weighted = o.weighted && !uniformDistances(view);
  const g: CsrArrays = { n, offsets: view.offsets, targets: view.targets, distances: view.distances };
  const out = new Float64Array(n);
  let sources: Int32Array;
  let approximate = false;
  let errorBound = 0;
  let t: number;
  if (!closenessIsExact(view, o.exact) && n > 2) {
    // Hoeffding and a union bound over the n partners: each sampled source adds a term in
    // [0, R] (R = 1 for hops, the largest 1 / distance when weighted), so
    // k = R^2 ln(2n / delta) / (2 t^2) sources estimate every mean within t.
    let range = 1;
    if (weighted) for (let a = 0; a < view.distances.length; a += 1) range = Math.max(range, 1 / view.distances[a]);
    t = (o.epsilon * (n - 1)) / n;
    const k = Math.ceil((range * range * Math.log((2 * n) / o.delta)) / (2 * t * t));
    if (k < n) {
      approximate = true;
      errorBound = o.epsilon;
      sources = sampleWithoutReplacement(n, k, o.rng);
    } else sources = allNodes(n);
  } else sources = allNodes(n);
  if (weighted) harmonicWeighted(g, sources, out);
  else harmonicUnweighted(g, inArcs(view), sources, out);
  // Weighted with equal strengths: hop distances times the common arc length.
  const step = o.weighted && !weighted && view.distances.length > 0 ? view.distances[0] : 1;
  // From k sources, n / k times the sampled sum estimates the sum over all n.
  const expand = approximate ? n / sources.length : 1;
  const scale = (expand / step) * (o.normalized ? (n > 1 ? 1 / (n - 1) : 1) : 1);
  if (scale !== 1) for (let v = 0; v < n; v += 1) out[v] *= scale;
  if (!o.normalized && approximate) errorBound = o.epsilon * (n - 1);
  return { values: out, approximate, errorBound, delta: approximate ? o.delta : 0, samples: approximate ? sources.length : 0 };
}

function allNodes(n: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i += 1) all[i] = i;
  return all;
}

/** k distinct nodes drawn uniformly (a partial Fisher-Yates shuffle), in increasing order. */
export function sampleWithoutReplacement(n: number, k: number, rng: Rng): Int32Array {
  const pool = allNodes(n);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}

/**
 * Harmonic closeness of every partner: the sum over the other partners of
 * 1 / (their distance), divided by n - 1 when `normalized`. It measures how
 * quickly news from anyone reaches a partner (in a directed view: distances
 * *to* the partner, as in NetworkX) and stays defined when the network is in
 * pieces.
 *
 * Exact up to {@link EXACT_CLOSENESS_LIMIT} partners x ties (a bit-parallel
 * search from 128 partners at a time), estimated from sampled sources above
 * it with the bound reported in the result.
 *
 * @example
 * ```ts
 * const { scores } = harmonicCloseness(network);
 * scores.get('library'); // 0.52: on average about two steps from everyone
 * ```
 */
export function harmonicCloseness(network: AnyNetwork, options?: HarmonicClosenessOptions): HarmonicClosenessResult {
  const fn = 'harmonicCloseness';
  const opts = checkOptions(fn, options);
  const resolved = resolveClosenessOptions(fn, opts);
  const view = resolveView(fn, network, opts);
  const result = closenessValues(view, resolved);
  return {
    scores: toScoreMap(view, result.values),
    normalized: resolved.normalized,
    weighted: resolved.weighted,
    approximate: result.approximate,
    errorBound: result.errorBound,
    delta: result.delta,
    samples: result.samples,
  };
}
