/**
 * Hubs: which partners connect the community, and why. A composite of the
 * centralities (each capturing a different way of being central) plus the
 * introductions a partner made, every component shown, with reasons in plain
 * words. See docs/algorithms/hubs.md for why the composite is built this way.
 */
import { describeValue, fail } from '../../model/errors';
import { isIsoDate, parseIsoDate } from '../../model/dates';
import { isSector, SECTOR_LABELS, SECTORS, type Sector } from '../../model/sectors';
import { getHome } from '../../network/home';
import { nodeKey, partnerId } from '../../network/node-keys';
import { getOwn, isPlainObject } from '../../network/own-properties';
import type { NetworkSnapshot } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { resolveRng, type RandomOptions } from '../../random';
import { betweennessValues } from './betweenness';
import { closenessValues } from './harmonic-closeness';
import { degreeArrays } from './degree-centrality';
import type { CsrArrays } from './kernels/brandes';
import { createHopPathSampler, createWeightedPathSampler, PathRecorder } from './kernels/path-sampling';
import { exactGroupBridging, sampledGroupBridging, type GroupBridging } from './kernels/sector-bridging';
import { eigenvectorKernel, pagerankKernel } from './kernels/spectral';
import { booleanOption, checkOptions, choiceOption, inArcs, numberOption, resolveView, uniformDistances, type CentralityViewOptions } from './options';
import { spectralInput } from './pagerank';

/** The parts of the hub score. */
export const HUB_COMPONENTS = ['degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'introductions'] as const;

/** One part of the hub score. */
export type HubComponent = (typeof HUB_COMPONENTS)[number];

/** Weight of each component in the hub score. */
export type HubWeights = Record<HubComponent, number>;

/**
 * Default weights: brokerage (betweenness) first, then direct reach (degree),
 * then overall reach (closeness), ties to the well-connected (eigenvector),
 * the snowball role actually observed (introductions), and PageRank last
 * (on undirected ties it mostly repeats degree). See docs/algorithms/hubs.md.
 */
export const DEFAULT_HUB_WEIGHTS: Readonly<HubWeights> = {
  degree: 0.2,
  betweenness: 0.25,
  closeness: 0.15,
  eigenvector: 0.15,
  pagerank: 0.1,
  introductions: 0.15,
};

/**
 * Above this many partners x arcs x sectors, the "between sector A and
 * sector B" reasons are estimated from sampled shortest paths rather than
 * computed exactly (the exact breakdown costs one betweenness per sector).
 */
export const EXACT_BRIDGING_LIMIT = 2e8;

/** Pairs sampled for the sector reasons when betweenness itself was exact but the breakdown is too costly. */
const BRIDGING_SAMPLES = 20_000;

/** Options of {@link hubs}. */
export interface HubsOptions extends CentralityViewOptions, RandomOptions {
  /**
   * Weights of the components (non-negative; scaled to sum 1 over the
   * components that vary). Missing components keep their default.
   * @defaultValue {@link DEFAULT_HUB_WEIGHTS}
   */
  weights?: Partial<HubWeights>;
  /**
   * Weighted shortest paths for betweenness and closeness (distance = 1 / tie
   * strength). PageRank and eigenvector always follow tie strengths.
   * @defaultValue false
   */
  weighted?: boolean;
  /**
   * Exact betweenness and closeness (`true`), estimated (`false`), or exact
   * below their size limits (`'auto'`).
   * @defaultValue 'auto'
   */
  exact?: boolean | 'auto';
  /**
   * Error allowed on estimated betweenness (see {@link betweenness}).
   * @defaultValue 0.01
   */
  epsilon?: number;
  /**
   * Error allowed on estimated harmonic closeness (see {@link harmonicCloseness}).
   * @defaultValue 0.1
   */
  closenessEpsilon?: number;
  /**
   * Probability allowed that an estimate misses its error bound.
   * @defaultValue 0.1
   */
  delta?: number;
  /**
   * Tolerance of the PageRank and eigenvector iterations (L1 change between
   * iterations; see {@link pagerank}). Looser than their own default: a
   * ranking needs less than the last digits.
   * @defaultValue 1e-8
   */
  tolerance?: number;
  /**
   * Rank the home partner (the organisation whose map this is) with the
   * others. A network map is drawn around home, so home is central by
   * construction: by default it is scored (see {@link HubsResult.home}) but
   * neither ranked nor used to scale the others' components. Paths through
   * home count either way.
   * @defaultValue false
   */
  includeHome?: boolean;
  /**
   * Most hubs returned (the best first); every partner is still scored, and
   * `partners` says how many were ranked.
   * @defaultValue Infinity (every partner)
   */
  limit?: number;
  /**
   * How many of the top hubs get the detailed reasons (sector pairs bridged,
   * reach within two steps, ties to the best-connected).
   * @defaultValue 10
   */
  explain?: number;
}

/** A partner's place among the hubs. */
export interface Hub {
  id: string;
  /** Display name, when the partner has one. */
  name?: string;
  sector?: Sector;
  /** 1 for the top hub; 0 for the home partner when it is not ranked. */
  rank: number;
  /** True for the home partner. */
  home?: boolean;
  /** The composite score, from 0 to 1 (1: top on every component). */
  hubScore: number;
  /** Partners tied to it. */
  degree: number;
  /** Sum of its tie strengths. */
  strength: number;
  /** Normalized betweenness (share of shortest paths between other partners through it). */
  betweenness: number;
  /** Normalized harmonic closeness. */
  closeness: number;
  pagerank: number;
  eigenvector: number;
  /** Partners it introduced (referrals it made). */
  introductions: number;
  /** What each component adds to `hubScore` (they sum to it). */
  components: HubWeights;
  /** Sectors among the partners it is tied to. */
  sectorsConnected: number;
  /** Ids of the partners it introduced, sorted (a frozen empty list when none). */
  introduced: readonly string[];
  /** The pair of sectors it bridges most (detailed hubs only). */
  bridges?: SectorBridge;
  /**
   * Why it ranks where it does, in plain words: the concrete reasons (sectors
   * connected, shortest paths bridged, introductions made) first, by what
   * they add to the score, then the context (closeness, ties to the
   * best-connected partners).
   */
  reasons: string[];
}

/** The sector pair a hub bridges most. */
export interface SectorBridge {
  sectors: [Sector, Sector];
  /** Average share of the shortest paths between partners of the two sectors that pass through the hub. */
  share: number;
  /** Pairs of partners (or sampled pairs) the share is averaged over. */
  pairs: number;
  /** True when estimated from sampled shortest paths. */
  estimated: boolean;
}

/** How one estimated component was computed. */
export interface ComponentEstimate {
  approximate: boolean;
  errorBound: number;
  delta: number;
  samples: number;
}

/** The ranking and how it was computed. */
export interface HubsResult {
  /** Every partner of the analysis view but home (unless `includeHome`), best hub first (score, then id); the first `limit`. */
  hubs: Hub[];
  /** Partners ranked (the length of `hubs` without a `limit`). */
  partners: number;
  /**
   * The home partner when it is in the view but not ranked: scored with the
   * same scales, each component capped at its share of the ranked maximum.
   */
  home?: Hub;
  /** Weights used, scaled to sum 1 over the components that vary. */
  weights: HubWeights;
  betweenness: ComponentEstimate & { weighted: boolean };
  closeness: ComponentEstimate & { weighted: boolean };
  pagerank: { iterations: number; converged: boolean };
  eigenvector: { iterations: number; converged: boolean };
  /** Partners left out of the analysis by the `statuses` option (prospects and former partners by default). */
  excludedPartners: number;
}

function resolveWeights(fn: string, value: unknown): HubWeights {
  const weights: HubWeights = { ...DEFAULT_HUB_WEIGHTS };
  if (value === undefined) return weights;
  if (!isPlainObject(value)) fail(fn, 'invalid-argument', `weights must be an object; received ${describeValue(value)}.`);
  for (const [key, w] of Object.entries(value)) {
    if (!(HUB_COMPONENTS as readonly string[]).includes(key)) {
      fail(fn, 'invalid-argument', `weights has an unknown component ${JSON.stringify(key)}; expected one of ${HUB_COMPONENTS.join(', ')}.`);
    }
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      fail(fn, 'invalid-argument', `weights.${key} must be a non-negative finite number; received ${describeValue(w)}.`);
    }
    weights[key as HubComponent] = w;
  }
  if (!(HUB_COMPONENTS.reduce((sum, c) => sum + weights[c], 0) > 0)) fail(fn, 'invalid-argument', 'weights must give some component a positive weight.');
  return weights;
}

/** Introductions made: referral relationships, introducer -> introduced, counted once per introduced partner. */
function introductionsOf(
  network: AnyNetwork,
  view: NetworkSnapshot,
  asOf: number | undefined,
): { count: Float64Array; introduced: (readonly string[])[] } {
  const n = view.order;
  // Most partners introduced nobody: they share one frozen empty list.
  const introduced: (readonly string[])[] = new Array<readonly string[]>(n).fill(NONE);
  const seen = new Set<string>();
  network.forEachEdge((_id, attributes, source, target) => {
    if (getOwn(attributes, 'kind') !== 'referral') return;
    if (asOf !== undefined) {
      const since = getOwn(attributes, 'since');
      const date = typeof since === 'string' && isIsoDate(since) ? parseIsoDate(since) : undefined;
      if (date !== undefined && date > asOf) return;
    }
    const from = view.indexOf.get(partnerId(source));
    if (from === undefined || source === target) return;
    const to = partnerId(target);
    // A pair key that cannot collide: lengths prefix the ids.
    const key = `${from}:${to.length}:${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (introduced[from] === NONE) introduced[from] = [];
    (introduced[from] as string[]).push(to);
  });
  const count = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    if (introduced[i] === NONE) continue;
    (introduced[i] as string[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    count[i] = introduced[i]!.length;
  }
  return { count, introduced };
}

const NONE: readonly string[] = Object.freeze([]);

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Ranks the partners of the analysis view as hubs for connection with the
 * community, by a documented composite of degree (direct reach), betweenness
 * (brokerage between groups), harmonic closeness (reach across the network),
 * eigenvector and PageRank (ties to the well-connected) and introductions
 * made (referrals), each divided by its maximum over the network and weighted
 * by {@link DEFAULT_HUB_WEIGHTS}. Every component is returned with the
 * reasons in plain words ("connects 4 sectors through 12 partners", "on 38%
 * of shortest paths between school or district and STEM company partners",
 * "introduced 6 partners").
 *
 * Prospects and former partners are left out by default (the `statuses`
 * snapshot option); referrals count as ties and as introductions.
 * Betweenness and closeness are exact on networks up to their size limits
 * and estimated above them, as the result reports.
 *
 * @example
 * ```ts
 * const { hubs: ranking } = hubs(network);
 * for (const hub of ranking.slice(0, 5)) console.log(hub.id, hub.hubScore.toFixed(2), hub.reasons.join('; '));
 * ```
 */
export function hubs(network: AnyNetwork, options?: HubsOptions): HubsResult {
  const fn = 'hubs';
  const opts = checkOptions(fn, options);
  const weights = resolveWeights(fn, opts.weights);
  const weighted = booleanOption(fn, 'weighted', opts.weighted, false);
  const exact = choiceOption<boolean | 'auto'>(fn, 'exact', opts.exact, 'auto', [true, false, 'auto']);
  const epsilon = numberOption(fn, 'epsilon', opts.epsilon, 0.01, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const closenessEpsilon = numberOption(fn, 'closenessEpsilon', opts.closenessEpsilon, 0.1, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const delta = numberOption(fn, 'delta', opts.delta, 0.1, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const explain = numberOption(fn, 'explain', opts.explain, 10, { min: 0, integer: true });
  const includeHome = booleanOption(fn, 'includeHome', opts.includeHome, false);
  const limit = opts.limit === Infinity ? Infinity : numberOption(fn, 'limit', opts.limit, Infinity, { min: 0, integer: true });
  const tolerance = numberOption(fn, 'tolerance', opts.tolerance, 1e-8, { min: 0, minOpen: true });
  const rng = resolveRng(fn, opts);
  const view = resolveView(fn, network, opts);
  const n = view.order;
  const asOf = typeof opts.asOf === 'string' && isIsoDate(opts.asOf) ? parseIsoDate(opts.asOf) : undefined;

  // The components, in view order.
  const { degree, strength } = degreeArrays(view);
  const recorder = new PathRecorder();
  const between = betweennessValues(view, { weighted, normalized: true, endpoints: false, exact, epsilon, delta, rng }, recorder);
  const close = closenessValues(view, { weighted, normalized: true, exact, epsilon: closenessEpsilon, delta, rng });
  const spectral = spectralInput(view, true);
  const uniform = new Float64Array(n).fill(1 / n);
  const rank = n > 0 ? pagerankKernel(spectral, 0.85, uniform, tolerance, 1000) : { values: new Float64Array(0), iterations: 0, converged: true };
  const eigen = n > 0 ? eigenvectorKernel(spectral, tolerance, 1000) : { values: new Float64Array(0), iterations: 0, converged: true };
  const intro = introductionsOf(network, view, asOf);
  const values: Record<HubComponent, Float64Array> = {
    degree,
    betweenness: between.values,
    closeness: close.values,
    eigenvector: eigen.values,
    pagerank: rank.values,
    introductions: intro.count,
  };

  // The home partner, unless ranked, neither ranks nor sets the scales.
  const homeId = getHome(network);
  const homeIndex = includeHome || homeId === undefined ? -1 : (view.indexOf.get(homeId) ?? -1);

  // Each component divided by its maximum; components that never vary (all 0) drop out of the weights.
  const scale = {} as HubWeights;
  let totalWeight = 0;
  for (const c of HUB_COMPONENTS) {
    let max = 0;
    for (let i = 0; i < n; i += 1) if (values[c][i] > max && i !== homeIndex) max = values[c][i];
    scale[c] = max > 0 ? 1 / max : 0;
    if (max > 0) totalWeight += weights[c];
  }
  const used = {} as HubWeights;
  for (const c of HUB_COMPONENTS) used[c] = scale[c] > 0 && totalWeight > 0 ? weights[c] / totalWeight : 0;
  // What each component adds to each partner's score: its weight times the value over the maximum
  // (capped at 1, which only the unranked home partner can exceed).
  const part = {} as Record<HubComponent, Float64Array>;
  const score = new Float64Array(n);
  for (const c of HUB_COMPONENTS) {
    const column = new Float64Array(n);
    const w = used[c];
    const f = scale[c];
    const v = values[c];
    if (w > 0) {
      for (let i = 0; i < n; i += 1) {
        const x = w * Math.min(1, f * v[i]);
        column[i] = x;
        score[i] += x;
      }
    }
    part[c] = column;
  }
  const ids = view.ids;
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => i !== homeIndex)
    .sort((a, b) => score[b] - score[a] || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));

  // Partner facts: sector and name.
  const group = new Int32Array(n).fill(-1);
  const names: (string | undefined)[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const attributes = network.getNodeAttributes(nodeKey(ids[i]!)) as Record<string, unknown>;
    const sector = getOwn(attributes, 'sector');
    if (isSector(sector)) group[i] = SECTORS.indexOf(sector);
    const name = getOwn(attributes, 'name');
    if (typeof name === 'string' && name !== ids[i]) names[i] = name;
  }
  const sectorsConnected = sectorsAround(view, group);

  // Detailed reasons for the top hubs.
  const detailed = Int32Array.from(order.slice(0, Math.min(explain, n)));
  const bridging = detailed.length > 0 ? sectorBridging(view, weighted, group, detailed, between.approximate ? recorder : null, rng) : null;
  const best = bestConnected(view, degree, 11);
  const mark = new Uint8Array(n);

  const describe = (i: number, r: number): Hub => {
    const components: HubWeights = {
      degree: part.degree[i],
      betweenness: part.betweenness[i],
      closeness: part.closeness[i],
      eigenvector: part.eigenvector[i],
      pagerank: part.pagerank[i],
      introductions: part.introductions[i],
    };
    const hub: Hub = {
      id: ids[i]!,
      rank: r + 1,
      hubScore: score[i],
      // Counts as small integers (no boxed number per field on 100,000 records).
      degree: degree[i] | 0,
      strength: strength[i],
      betweenness: between.values[i],
      closeness: close.values[i],
      pagerank: rank.values[i],
      eigenvector: eigen.values[i],
      introductions: intro.count[i] | 0,
      components,
      sectorsConnected: sectorsConnected[i] | 0,
      introduced: intro.introduced[i]!,
      reasons: [],
    };
    if (names[i] !== undefined) hub.name = names[i];
    if (group[i] >= 0) hub.sector = SECTORS[group[i]];
    if (ids[i] === homeId) hub.home = true;
    // Reasons with what they add to the score; concrete ones (sectors tied, paths bridged,
    // introductions) first, then the context (closeness, ties to the best-connected), which varies
    // less between hubs. Most partners have one to three: kept in two small arrays, sorted by insertion.
    const texts: string[] = [];
    const weights: number[] = [];
    let concrete = 0;
    const add = (text: string, weight: number, context: boolean): void => {
      let at = context ? texts.length : concrete;
      const floor = context ? concrete : 0;
      while (at > floor && weights[at - 1]! < weight) at -= 1;
      texts.splice(at, 0, text);
      weights.splice(at, 0, weight);
      if (!context) concrete += 1;
    };
    if (degree[i] > 0) {
      const partners = plural(degree[i], 'partner');
      add(sectorsConnected[i] >= 2 ? `connects ${sectorsConnected[i]} sectors through ${partners}` : `tied to ${partners}`, components.degree, false);
    }
    if (intro.count[i] > 0) add(`introduced ${plural(intro.count[i], 'partner')}`, components.introductions, false);
    const slot = r >= 0 && r < detailed.length ? r : -1;
    const bridge = slot >= 0 && bridging !== null ? bestBridge(bridging, slot, group, i) : undefined;
    if (bridge !== undefined) {
      hub.bridges = bridge;
      const [a, b] = bridge.sectors;
      add(`on ${bridge.estimated ? 'about ' : ''}${percent(bridge.share)} of shortest paths between ${SECTOR_LABELS[a]} and ${SECTOR_LABELS[b]} partners`, components.betweenness, false);
    } else if (between.values[i] >= 0.005) {
      add(`on ${between.approximate ? 'about ' : ''}${percent(between.values[i])} of shortest paths between other partners`, components.betweenness, false);
    }
    if (ids[i] === homeId) add('the home organisation: the map is drawn around it', components.degree, false);
    if ((slot >= 0 || r < 0) && n > 1) {
      // Harmonic closeness is the inverse of the harmonic mean distance to the others.
      if (close.values[i] > 0) {
        const mean = (1 / close.values[i]).toFixed(1);
        add(weighted ? `at a harmonic mean distance of ${mean} from the other partners` : `on average ${mean} steps from the other partners`, components.closeness, true);
      }
      const ties = tiesToBest(view, i, best, mark);
      if (ties > 0) add(`tied to ${ties} of the ${Math.min(10, n - 1)} best-connected partners`, components.eigenvector, true);
    }
    hub.reasons = texts;
    return hub;
  };
  const result = (limit < order.length ? order.slice(0, limit) : order).map((i, r) => describe(i, r));
  const home = homeIndex >= 0 ? describe(homeIndex, -1) : undefined;

  return {
    hubs: result,
    partners: order.length,
    ...(home === undefined ? {} : { home }),
    weights: used,
    betweenness: {
      approximate: between.approximate,
      errorBound: between.errorBound,
      delta: between.delta,
      samples: between.samples,
      weighted,
    },
    closeness: { approximate: close.approximate, errorBound: close.errorBound, delta: close.delta, samples: close.samples, weighted },
    pagerank: { iterations: rank.iterations, converged: rank.converged },
    eigenvector: { iterations: eigen.iterations, converged: eigen.converged },
    excludedPartners: view.excludedPartners,
  };
}

/** Number of distinct sectors among each node's neighbours (both directions). */
function sectorsAround(view: NetworkSnapshot, group: Int32Array): Float64Array {
  const n = view.order;
  const masks = new Int32Array(n);
  const { offsets, targets } = view;
  for (let u = 0; u < n; u += 1) {
    for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
      const v = targets[k];
      if (group[v] >= 0) masks[u] |= 1 << group[v];
      if (view.directed && group[u] >= 0) masks[v] |= 1 << group[u];
    }
  }
  const out = new Float64Array(n);
  for (let u = 0; u < n; u += 1) {
    let m = masks[u];
    let c = 0;
    while (m !== 0) {
      m &= m - 1;
      c += 1;
    }
    out[u] = c;
  }
  return out;
}

/** The sector breakdown of betweenness for the detailed hubs: exact when affordable, else from sampled paths. */
function sectorBridging(
  view: NetworkSnapshot,
  weighted: boolean,
  group: Int32Array,
  detailed: Int32Array,
  recorder: PathRecorder | null,
  rng: () => number,
): GroupBridging & { estimated: boolean } {
  const n = view.order;
  const G = SECTORS.length;
  const pathWeighted = weighted && !uniformDistances(view);
  const g: CsrArrays = { n, offsets: view.offsets, targets: view.targets, distances: view.distances };
  const reverse = inArcs(view);
  if (recorder === null && n * Math.max(1, view.targets.length) * G <= EXACT_BRIDGING_LIMIT) {
    return { ...exactGroupBridging(g, reverse, pathWeighted, group, G, detailed), estimated: false };
  }
  let paths = recorder;
  if (paths === null) {
    paths = new PathRecorder();
    const sampler = pathWeighted ? createWeightedPathSampler(g, reverse) : createHopPathSampler(g, reverse);
    for (let i = 0; i < BRIDGING_SAMPLES && n > 1; i += 1) {
      const s = Math.floor(rng() * n);
      let t = Math.floor(rng() * (n - 1));
      if (t >= s) t += 1;
      const length = sampler.sample(s, t, rng);
      if (length >= 0) paths.push(s, t, sampler.interior, length);
    }
  }
  return { ...sampledGroupBridging(paths.finish(), group, G, detailed), estimated: true };
}

/** The sector pair (two different sectors with two or more partners each besides the hub) whose paths run through the hub most. */
function bestBridge(bridging: GroupBridging & { estimated: boolean }, slot: number, group: Int32Array, hub: number): SectorBridge | undefined {
  const G = bridging.groups;
  const members = new Float64Array(G);
  for (let v = 0; v < group.length; v += 1) if (group[v] >= 0 && v !== hub) members[group[v]] += 1;
  const through = bridging.through[slot]!;
  const pairs = bridging.pairs[slot]!;
  // Sampled shares need enough samples to mean something.
  const minPairs = bridging.estimated ? 30 : 1;
  let best: SectorBridge | undefined;
  for (let a = 0; a < G; a += 1) {
    if (members[a] < 2) continue;
    for (let b = a + 1; b < G; b += 1) {
      if (members[b] < 2) continue;
      const count = pairs[a * G + b] + pairs[b * G + a];
      if (count < minPairs) continue;
      const share = (through[a * G + b] + through[b * G + a]) / count;
      if (share < 0.05) continue;
      if (best === undefined || share > best.share || (share === best.share && count > best.pairs)) {
        best = { sectors: [SECTORS[a]!, SECTORS[b]!], share, pairs: bridging.estimated ? count : count / 2, estimated: bridging.estimated };
      }
    }
  }
  return best;
}

/** The `count` partners of highest degree, best first (ties by id). */
function bestConnected(view: NetworkSnapshot, degree: Float64Array, count: number): number[] {
  const ids = view.ids;
  return Array.from({ length: view.order }, (_, i) => i)
    .sort((a, b) => degree[b] - degree[a] || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0))
    .slice(0, count);
}

/** Neighbours of the hub among the ten best-connected other partners; `mark` is a scratch array of n zeros, left as found. */
function tiesToBest(view: NetworkSnapshot, hub: number, best: readonly number[], mark: Uint8Array): number {
  const others = best.filter((v) => v !== hub).slice(0, 10);
  for (const v of others) mark[v] = 1;
  let ties = 0;
  for (let k = view.offsets[hub]; k < view.offsets[hub + 1]; k += 1) ties += mark[view.targets[k]];
  for (const v of others) mark[v] = 0;
  return ties;
}
