/**
 * Shortest-path betweenness: the share of shortest paths between other
 * partners that pass through a partner, the broker's measure.
 *
 * Exact: Brandes (2001), hop-count or weighted (distance = 1 / tie strength).
 * Approximate: Riondato and Kornaropoulos (2016): sample pairs of partners,
 * one uniform shortest path each, and count the partners inside the paths;
 * with r = (0.5 / eps^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta)) samples,
 * every estimate is within eps of the exact value at once, with probability
 * at least 1 - delta (VD: an upper bound on the nodes of a shortest path).
 * Scores follow NetworkX's `betweenness_centrality` conventions.
 */
import type { AnyNetwork } from '../../network/types';
import type { NetworkSnapshot } from '../../network/snapshot';
import { resolveRng, type RandomOptions, type Rng } from '../../random';
import { brandesUnweighted, brandesWeighted, brandesWorkspace, type CsrArrays } from './kernels/brandes';
import { createHopPathSampler, createWeightedPathSampler, type PathRecorder } from './kernels/path-sampling';
import { riondatoSampleSize, vertexDiameterBound } from './kernels/vertex-diameter';
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
 * Above this many partners x ties, `exact: 'auto'` samples instead of
 * computing every shortest path: exact work grows as partners x ties (10,000
 * partners with 50,000 ties take about 6 s on one core; the limit allows about
 * 14,000 partners with 5 ties each), sampling does not.
 */
export const EXACT_BETWEENNESS_LIMIT = 1e9;

/** Options of {@link betweenness}. */
export interface BetweennessOptions extends CentralityViewOptions, RandomOptions {
  /**
   * Weighted shortest paths, with distance = 1 / tie strength (a strong tie is
   * a short step). When false, every tie is one step, as in NetworkX's default
   * (`weight=None`).
   * @defaultValue false
   */
  weighted?: boolean;
  /**
   * Divide by the number of pairs of other partners, (n - 1)(n - 2) ordered
   * pairs, as NetworkX does; an undirected raw score counts each pair once.
   * @defaultValue true
   */
  normalized?: boolean;
  /**
   * Count a path's endpoints as on the path (NetworkX's `endpoints`).
   * @defaultValue false
   */
  endpoints?: boolean;
  /**
   * `true`: Brandes' exact algorithm. `false`: Riondato-Kornaropoulos
   * sampling. `'auto'`: exact unless partners x ties exceeds
   * {@link EXACT_BETWEENNESS_LIMIT}.
   * @defaultValue 'auto'
   */
  exact?: boolean | 'auto';
  /**
   * When sampling: the largest additive error allowed on every normalized
   * score (a number in (0, 1)).
   * @defaultValue 0.01
   */
  epsilon?: number;
  /**
   * When sampling: the probability allowed that some score misses by more
   * than `epsilon` (a number in (0, 1)).
   * @defaultValue 0.1
   */
  delta?: number;
}

/** Betweenness of every partner, and how it was computed. */
export interface BetweennessResult {
  /** Betweenness by partner id. */
  scores: Map<string, number>;
  normalized: boolean;
  weighted: boolean;
  endpoints: boolean;
  /** True when the scores are estimates from sampled shortest paths. */
  approximate: boolean;
  /**
   * When approximate: each score is within this of the exact value (on the
   * scale of `scores`), all at once, with probability at least 1 - `delta`.
   * 0 when exact.
   */
  errorBound: number;
  /** Probability that the error bound fails (0 when exact). */
  delta: number;
  /** Pairs of partners sampled (0 when exact). */
  samples: number;
  /** Upper bound on the partners of a shortest path used for the sample size (when approximate). */
  vertexDiameterBound?: number;
}

/** Options after checking (internal). */
export interface ResolvedBetweenness {
  weighted: boolean;
  normalized: boolean;
  endpoints: boolean;
  exact: boolean | 'auto';
  epsilon: number;
  delta: number;
  rng: Rng;
}

/** Checks betweenness options at the door (shared with hubs()). */
export function resolveBetweennessOptions(fn: string, opts: BetweennessOptions): ResolvedBetweenness {
  return {
    weighted: booleanOption(fn, 'weighted', opts.weighted, false),
    normalized: booleanOption(fn, 'normalized', opts.normalized, true),
    endpoints: booleanOption(fn, 'endpoints', opts.endpoints, false),
    exact: choiceOption<boolean | 'auto'>(fn, 'exact', opts.exact, 'auto', [true, false, 'auto']),
    epsilon: numberOption(fn, 'epsilon', opts.epsilon, 0.01, { min: 0, max: 1, minOpen: true, maxOpen: true }),
    delta: numberOption(fn, 'delta', opts.delta, 0.1, { min: 0, max: 1, minOpen: true, maxOpen: true }),
    rng: resolveRng(fn, opts),
  };
}

/** Betweenness values in view order, with the result's metadata (internal: hubs() reuses it). */
export interface BetweennessValues {
  values: Float64Array;
  approximate: boolean;
  errorBound: number;
  delta: number;
  samples: number;
  vertexDiameterBound?: number;
  weighted: boolean;
}

/** Whether `exact: 'auto'` computes exactly on this view. */
export function betweennessIsExact(view: NetworkSnapshot, exact: boolean | 'auto'): boolean {
  if (exact !== 'auto') return exact;
  const ties = view.directed ? view.targets.length : view.targets.length / 2;
  return view.order * ties <= EXACT_BETWEENNESS_LIMIT;
}

/** Computes betweenness on a view (internal); `recorder` receives the sampled paths when sampling. */
export function betweennessValues(view: NetworkSnapshot, o: ResolvedBetweenness, recorder?: PathRecorder): BetweennessValues {
  const n = view.order;
  // With equal tie strengths, weighted shortest paths are the hop-count ones: use the faster search.
  const weighted = o.weighted && !uniformDistances(view);
  const g: CsrArrays = { n, offsets: view.offsets, targets: view.targets, distances: view.distances };
  const reverse = inArcs(view);
  const raw = new Float64Array(n);
  let meta: Omit<BetweennessValues, 'values' | 'weighted'>;
  if (betweennessIsExact(view, o.exact) || n <= 2) {
    const sources = new Int32Array(n);
    for (let i = 0; i < n; i += 1) sources[i] = i;
    if (weighted) brandesWeighted(g, sources, 0, n, raw, o.endpoints, brandesWorkspace(n, g.targets.length, true));
    else brandesUnweighted(g, sources, 0, n, raw, o.endpoints, brandesWorkspace(n, g.targets.length, false), reverse);
    meta = { approximate: false, errorBound: 0, delta: 0, samples: 0 };
    scaleExact(raw, n, view.directed, o.normalized, o.endpoints);
  } else {
    meta = sampleBetweenness(g, reverse, view.directed, weighted, o, raw, recorder);
  }
  return { values: raw, weighted: o.weighted, ...meta };
}

/** NetworkX's rescaling of the sums over ordered pairs. */
function scaleExact(values: Float64Array, n: number, directed: boolean, normalized: boolean, endpoints: boolean): void {
  let scale: number | null;
  if (normalized) {
    if (endpoints) scale = n < 2 ? null : 1 / (n * (n - 1));
    else scale = n <= 2 ? null : 1 / ((n - 1) * (n - 2));
  } else {
    scale = directed ? null : 0.5;
  }
  if (scale !== null) for (let i = 0; i < n; i += 1) values[i] *= scale;
}

/**
 * Riondato-Kornaropoulos: `out[v]` becomes the share of r sampled paths that
 * contain v, rescaled to the requested scale.
 */
function sampleBetweenness(
  g: CsrArrays,
  reverse: Pick<NetworkSnapshot, 'offsets' | 'targets' | 'distances'>,
  directed: boolean,
  weighted: boolean,
  o: ResolvedBetweenness,
  out: Float64Array,
  recorder: PathRecorder | undefined,
): Omit<BetweennessValues, 'values' | 'weighted'> {
  const n = g.n;
  const vd = vertexDiameterBound(g, directed, weighted, reverse);
  // The sampled quantity is a share of the n(n - 1) ordered pairs; NetworkX's
  // normalized score divides by (n - 1)(n - 2) instead, n / (n - 2) times more.
  const toNormalized = o.endpoints ? 1 : n / (n - 2);
  const pairsScale = o.endpoints ? 1 : (n - 1) * (n - 2);
  const rawScale = directed ? pairsScale : pairsScale / 2;
  const outScale = toNormalized * (o.normalized ? 1 : rawScale);
  // Without endpoints, a path needs three partners to have an inside: every
  // score is then exactly 0, and so with endpoints when no two partners are tied.
  if (vd < (o.endpoints ? 2 : 3)) return { approximate: false, errorBound: 0, delta: 0, samples: 0 };
  const epsilon = o.epsilon / toNormalized;
  const samples = riondatoSampleSize(epsilon, o.delta, Math.max(vd, 3));
  const sampler = weighted ? createWeightedPathSampler(g, reverse) : createHopPathSampler(g, reverse);
  const interior = sampler.interior;
  const rng = o.rng;
  for (let i = 0; i < samples; i += 1) {
    const s = Math.floor(rng() * n);
    let t = Math.floor(rng() * (n - 1));
    if (t >= s) t += 1;
    const length = sampler.sample(s, t, rng);
    if (length < 0) continue;
    if (recorder !== undefined) recorder.push(s, t, interior, length);
    for (let j = 0; j < length; j += 1) out[interior[j]] += 1;
    if (o.endpoints) {
      out[s] += 1;
      out[t] += 1;
    }
  }
  const scale = outScale / samples;
  for (let v = 0; v < n; v += 1) out[v] *= scale;
  return { approximate: true, errorBound: o.epsilon * (o.normalized ? 1 : rawScale), delta: o.delta, samples, vertexDiameterBound: vd };
}

/**
 * Betweenness centrality of every partner: the share of shortest paths
 * between other partners that pass through it, the measure of brokers who
 * connect groups that would otherwise be far apart.
 *
 * Exact (Brandes) up to {@link EXACT_BETWEENNESS_LIMIT} partners x ties,
 * estimated above it (Riondato-Kornaropoulos, with an (epsilon, delta)
 * guarantee reported in the result); `exact` forces either. Path counts are
 * floating-point, so they never overflow. Normalization, endpoints and
 * weights follow NetworkX's `betweenness_centrality`; weighted paths use
 * distance = 1 / tie strength.
 *
 * @example
 * ```ts
 * const { scores, approximate } = betweenness(network);
 * [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5); // the top brokers
 * ```
 */
export function betweenness(network: AnyNetwork, options?: BetweennessOptions): BetweennessResult {
  const fn = 'betweenness';
  const opts = checkOptions(fn, options);
  const resolved = resolveBetweennessOptions(fn, opts);
  const view = resolveView(fn, network, opts);
  const result = betweennessValues(view, resolved);
  return {
    scores: toScoreMap(view, result.values),
    normalized: resolved.normalized,
    weighted: resolved.weighted,
    endpoints: resolved.endpoints,
    approximate: result.approximate,
    errorBound: result.errorBound,
    delta: result.delta,
    samples: result.samples,
    ...(result.vertexDiameterBound === undefined ? {} : { vertexDiameterBound: result.vertexDiameterBound }),
  };
}
