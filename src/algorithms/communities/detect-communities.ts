/**
 * detectCommunities: clusters of partners that work together, by Leiden
 * (the default; Traag, Waltman & van Eck 2019) or Louvain (Blondel et al.
 * 2008, through graphology-communities-louvain), on the tie strengths of the
 * snapshot, with a summary of each community.
 */
import { describeValue, fail } from '../../model/errors';
import { assertNetwork } from '../../network/assert-network';
import { partnerId } from '../../network/node-keys';
import { snapshot, type NetworkSnapshot, type SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { resolveRng, type RandomOptions } from '../../random';
import { summariseCommunities, type Community } from './community-summary';
import { leiden, renumber, type LeidenObjective } from './leiden';
import { louvainMembership } from './louvain';
import { modularityOf } from './modularity';

/** The community detection algorithms. */
export type CommunityAlgorithm = 'leiden' | 'louvain';

/** The objective Leiden maximises: modularity, or the constant Potts model (CPM). */
export type CommunityObjective = LeidenObjective;

/** Options of {@link detectCommunities}. Snapshot options (statuses, kinds, weighting, asOf) choose the view. */
export interface DetectCommunitiesOptions extends SnapshotOptions, RandomOptions {
  /**
   * `'leiden'` (communities guaranteed connected) or `'louvain'`
   * (graphology-communities-louvain; may return badly connected communities).
   * @defaultValue `'leiden'`
   */
  algorithm?: CommunityAlgorithm;
  /**
   * What Leiden maximises. `'modularity'` compares each community's ties with
   * what chance would give partners of the same strengths; `'cpm'` (constant
   * Potts model) asks each community to have a tie density above
   * `resolution`, which avoids modularity's resolution limit. Louvain supports
   * modularity only.
   * @defaultValue `'modularity'`
   */
  objective?: CommunityObjective;
  /**
   * Resolution gamma (> 0). Modularity: above 1 gives smaller communities,
   * below 1 larger ones. CPM: the tie strength density a community must
   * exceed (for unweighted ties, between 0 and 1).
   * @defaultValue 1
   */
  resolution?: number;
  /**
   * Randomness of Leiden's refinement (>= 0): a node joins a sub-community
   * with probability proportional to exp(gain / theta), gains measured in tie
   * strength. 0 merges greedily. Leiden only.
   * @defaultValue 0.01
   */
  theta?: number;
  /**
   * Most Leiden iterations. Each starts from the previous partition; they stop
   * earlier, as stable, when one raises the quality by no more than
   * `tolerance`. Leiden only.
   * @defaultValue 10
   */
  maxIterations?: number;
  /**
   * Leiden stops when an iteration raises the quality (modularity, or CPM
   * divided by the total tie strength) by no more than this (>= 0; 0 iterates
   * until the partition stops changing or `maxIterations`). Leiden only.
   * @defaultValue 1e-6
   */
  tolerance?: number;
  /**
   * Hubs listed per community.
   * @defaultValue 3
   */
  hubsPerCommunity?: number;
  /** A snapshot to reuse (built with `directed: false`); its options then apply. */
  snapshot?: NetworkSnapshot;
}

/** The communities found by {@link detectCommunities}. */
export interface CommunityDetection {
  algorithm: CommunityAlgorithm;
  objective: CommunityObjective;
  resolution: number;
  /** Communities, largest first (ties by smallest member id); `communities[i].index === i`. */
  communities: Community[];
  /** Community index of every partner of the analysis view. */
  assignment: Map<string, number>;
  /**
   * Partners of the network left out of the analysis view (by default
   * prospects and former partners), in network order: they are in no community.
   */
  unassigned: string[];
  /**
   * Modularity of the partition (resolution 1, tie strengths as weights; the
   * value NetworkX's `modularity` gives). NaN when the view has no ties.
   */
  modularity: number;
  /**
   * Value of the objective at the chosen resolution: modularity with
   * resolution gamma, or for CPM the sum over communities of internal tie
   * strength minus gamma x (size choose 2).
   */
  quality: number;
  /** Leiden iterations run (Louvain: 1). */
  iterations: number;
  /** True when Leiden stopped as stable rather than at `maxIterations` (Louvain: true). */
  converged: boolean;
  /** One sentence: how many communities, among how many partners, and how clear-cut. */
  summary: string;
}

const ALGORITHMS: readonly CommunityAlgorithm[] = ['leiden', 'louvain'];
const OBJECTIVES: readonly CommunityObjective[] = ['modularity', 'cpm'];

function checkNumber(fn: string, name: string, value: unknown, ok: (v: number) => boolean, range: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    fail(fn, 'invalid-argument', `${name} must be ${range}; received ${describeValue(value)}.`);
  }
  return value;
}

function isSnapshot(value: unknown): value is NetworkSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<NetworkSnapshot>;
  return (
    typeof v.order === 'number' &&
    v.offsets instanceof Int32Array &&
    v.targets instanceof Int32Array &&
    v.strengths instanceof Float64Array &&
    Array.isArray(v.ids) &&
    v.indexOf instanceof Map
  );
}

/**
 * Finds communities: groups of partners with more ties (weighted by tie
 * strength) among themselves than chance would give.
 *
 * By default Leiden maximises modularity; its communities are guaranteed
 * connected. Every partner of the analysis view (contacted, active and paused
 * partners by default) is in exactly one community; an isolated partner is a
 * community of one; partners outside the view are listed in `unassigned`.
 * The same network, options and seed give the same partition, byte for byte.
 *
 * @example
 * ```ts
 * const { communities, modularity } = detectCommunities(network, { seed: 7 });
 * for (const c of communities) console.log(c.label, c.members);
 * ```
 */
export function detectCommunities(network: AnyNetwork, options: DetectCommunitiesOptions = {}): CommunityDetection {
  const fn = 'detectCommunities';
  assertNetwork(fn, network);
  if (typeof options !== 'object' || options === null) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const {
    algorithm = 'leiden',
    objective = 'modularity',
    resolution = 1,
    theta = 0.01,
    maxIterations = 10,
    tolerance = 1e-6,
    hubsPerCommunity = 3,
  } = options;
  if (!ALGORITHMS.includes(algorithm)) {
    fail(fn, 'invalid-argument', `algorithm must be 'leiden' or 'louvain'; received ${describeValue(algorithm)}.`);
  }
  if (!OBJECTIVES.includes(objective)) {
    fail(fn, 'invalid-argument', `objective must be 'modularity' or 'cpm'; received ${describeValue(objective)}.`);
  }
  if (algorithm === 'louvain' && objective !== 'modularity') {
    fail(fn, 'invalid-argument', `objective 'cpm' needs algorithm 'leiden'; Louvain maximises modularity only.`);
  }
  checkNumber(fn, 'resolution', resolution, (v) => v > 0, 'a positive finite number');
  checkNumber(fn, 'theta', theta, (v) => v >= 0, 'a finite number >= 0');
  checkNumber(fn, 'maxIterations', maxIterations, (v) => Number.isInteger(v) && v >= 1, 'an integer >= 1');
  checkNumber(fn, 'tolerance', tolerance, (v) => v >= 0, 'a finite number >= 0');
  checkNumber(fn, 'hubsPerCommunity', hubsPerCommunity, (v) => Number.isInteger(v) && v >= 0, 'an integer >= 0');
  if (options.directed === true) {
    fail(fn, 'invalid-argument', 'directed must be false: communities are found on the undirected view; received true.');
  }
  const rng = resolveRng(fn, options);
  if (options.snapshot !== undefined && !isSnapshot(options.snapshot)) {
    fail(fn, 'invalid-argument', `snapshot must be a snapshot built by snapshot(); received ${describeValue(options.snapshot)}.`);
  }
  const view = options.snapshot ?? snapshot(network, options, fn);
  if (view.directed) fail(fn, 'invalid-argument', 'snapshot must be undirected (built with directed: false); received a directed one.');

  const n = view.order;
  let membership: Int32Array;
  let iterations = 1;
  let converged = true;
  if (algorithm === 'leiden') {
    const outcome = leiden(
      { n, offsets: view.offsets, targets: view.targets, weights: view.strengths },
      { objective, resolution, theta, maxIterations, tolerance, rng },
    );
    membership = outcome.membership;
    iterations = outcome.iterations;
    converged = outcome.converged;
  } else {
    membership = louvainMembership(view, resolution, rng);
  }
  const count = canonicalise(view, membership);

  const communities = summariseCommunities(network, view, membership, count, hubsPerCommunity);
  const assignment = new Map<string, number>();
  for (let i = 0; i < n; i += 1) assignment.set(view.ids[i] as string, membership[i] as number);
  const unassigned: string[] = [];
  if (view.excludedPartners > 0 || options.snapshot !== undefined) {
    network.forEachNode((key) => {
      const id = partnerId(key);
      if (!view.indexOf.has(id)) unassigned.push(id);
    });
  }
  const mod = modularityOf(view, membership, count, 1);
  const quality =
    objective === 'modularity'
      ? resolution === 1
        ? mod
        : modularityOf(view, membership, count, resolution)
      : cpmQuality(communities, resolution);
  return {
    algorithm,
    objective,
    resolution,
    communities,
    assignment,
    unassigned,
    modularity: mod,
    quality,
    iterations,
    converged,
    summary: summarise(communities, n, unassigned.length, mod, algorithm),
  };
}

/**
 * Renumbers `membership` in place so communities run by size (largest first),
 * then by smallest member id (code units); returns the community count.
 */
function canonicalise(view: NetworkSnapshot, membership: Int32Array): number {
  const n = view.order;
  const count = renumber(membership, Math.max(n, maxLabel(membership) + 1));
  const size = new Int32Array(count);
  const smallest: (string | undefined)[] = new Array<string | undefined>(count);
  for (let i = 0; i < n; i += 1) {
    const c = membership[i] as number;
    size[c] += 1;
    const id = view.ids[i] as string;
    const s = smallest[c];
    if (s === undefined || id < s) smallest[c] = id;
  }
  const order = Array.from({ length: count }, (_, c) => c).sort((a, b) => {
    const d = (size[b] as number) - (size[a] as number);
    if (d !== 0) return d;
    const x = smallest[a] as string;
    const y = smallest[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rank = new Int32Array(count);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  for (let i = 0; i < n; i += 1) membership[i] = rank[membership[i] as number] as number;
  return count;
}

function maxLabel(labels: Int32Array): number {
  let max = -1;
  for (let i = 0; i < labels.length; i += 1) if ((labels[i] as number) > max) max = labels[i] as number;
  return max;
}

function cpmQuality(communities: readonly Community[], resolution: number): number {
  let h = 0;
  for (const c of communities) h += c.internalStrength - (resolution * c.size * (c.size - 1)) / 2;
  return h;
}

function summarise(communities: readonly Community[], partners: number, unassigned: number, mod: number, algorithm: CommunityAlgorithm): string {
  const name = algorithm === 'leiden' ? 'Leiden' : 'Louvain';
  const alone = communities.filter((c) => c.size === 1).length;
  const groups = communities.length - alone;
  const parts = [
    `${groups} ${groups === 1 ? 'community' : 'communities'} of two or more among ${partners} ${partners === 1 ? 'partner' : 'partners'}`,
  ];
  if (alone > 0) parts.push(`${alone} ${alone === 1 ? 'partner on its own' : 'partners on their own'}`);
  if (unassigned > 0) parts.push(`${unassigned} left out by status`);
  const strength = Number.isNaN(mod)
    ? 'no ties, so no modularity'
    : `modularity ${mod.toFixed(3)}, ${mod >= 0.3 ? 'a clear community structure' : mod >= 0.1 ? 'a weak community structure' : 'little community structure'}`;
  return `${parts.join('; ')} (${name}; ${strength}).`;
}
