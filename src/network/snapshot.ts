/**
 * The compact analysis view every kernel reads: a CSR (compressed sparse row)
 * adjacency over typed arrays, built once per analysis from the graphology
 * graph, which stays the editable source of truth.
 *
 * - Partners are numbered 0..n-1 in the network's order; `ids[i]` is the id.
 * - The arcs of node `u` are `targets[offsets[u] .. offsets[u + 1] - 1]`,
 *   sorted by target index, so adjacency tests can binary-search.
 * - Relationships between the same two partners merge into one tie whose
 *   strength is the sum of theirs (several relationships make a stronger tie);
 *   `multiplicity` keeps how many merged, which bridges need.
 * - Undirected view (the default): every relationship, directed or not, is a
 *   tie both ways. Directed view: a directed relationship is one arc, an
 *   undirected one two.
 * - Self-loops are left out (counted in `selfLoops`).
 *
 * Built in O(n + m): two counting sorts, no comparison sort, and the only Map
 * (id -> index) is used while building, never in a kernel.
 */
import { describeValue, fail } from '../model/errors';
import { isIsoDate, parseIsoDate } from '../model/dates';
import type { RelationshipAttributes } from '../model/relationship';
import { isRelationshipKind, type RelationshipKind } from '../model/relationship-kinds';
import { isPartnerStatus, type PartnerStatus } from '../model/statuses';
import { assertNetwork } from './assert-network';
import { partnerId } from './node-keys';
import { getOwn } from './own-properties';
import { resolveWeighting, type Weighting } from './tie-weighting';
import type { AnyNetwork } from './types';

/** Statuses counted by default in analyses of the current network: prospects and former partners are left out. */
export const ANALYSIS_STATUSES: readonly PartnerStatus[] = ['contacted', 'active', 'paused'];

/** Options of {@link snapshot}; every analysis takes them too. */
export interface SnapshotOptions {
  /**
   * Partners counted, by status. A partner without a status counts as `active`.
   * @defaultValue {@link ANALYSIS_STATUSES} (`contacted`, `active`, `paused`)
   */
  statuses?: readonly PartnerStatus[] | 'all';
  /**
   * Relationship kinds counted.
   * @defaultValue `'all'` (referrals count as ties)
   */
  kinds?: readonly RelationshipKind[] | 'all';
  /**
   * How relationships become tie strengths. See {@link TieWeighting}.
   * @defaultValue strength x level multiplier (0.5 to 1.5), every kind 1
   */
  weighting?: Weighting;
  /**
   * Keep directions: a directed relationship is one arc. When false, every tie
   * goes both ways.
   * @defaultValue false
   */
  directed?: boolean;
  /**
   * Only relationships current on this ISO date: begun on or before it (or no
   * `since`) and not ended before it (or no `until`).
   * @defaultValue undefined (every relationship, whatever its dates)
   */
  asOf?: string;
}

/** The compact view; see the module comment. Treat every array as read-only. */
export interface NetworkSnapshot {
  /** Number of partners in the view (n). */
  readonly order: number;
  /** Partner id of each index. */
  readonly ids: readonly string[];
  /** Index of each partner id in the view (absent: left out by the options). */
  readonly indexOf: ReadonlyMap<string, number>;
  /** True for the directed view. */
  readonly directed: boolean;
  /** Arc ranges: node u's arcs are offsets[u] .. offsets[u+1]-1. Length n + 1. */
  readonly offsets: Int32Array;
  /** Arc heads, sorted by index within each node's range. */
  readonly targets: Int32Array;
  /** Tie strength of each arc (merged relationships summed). */
  readonly strengths: Float64Array;
  /** Distance of each arc: 1 / strength. */
  readonly distances: Float64Array;
  /** Number of relationships merged into each arc. */
  readonly multiplicity: Int32Array;
  /** Relationships counted (self-loops and filtered ones excluded). */
  readonly relationshipCount: number;
  /** Self-loops left out. */
  readonly selfLoops: number;
  /** Partners left out by `statuses`. */
  readonly excludedPartners: number;
}

/** Options after checking, as the builder uses them. */
interface ResolvedOptions {
  statuses: ReadonlySet<string> | null;
  kinds: ReadonlySet<string> | null;
  weight: (attributes: RelationshipAttributes, id: string) => number;
  directed: boolean;
  asOf: number | undefined;
}

function resolveOptions(fn: string, options: SnapshotOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const { statuses = ANALYSIS_STATUSES, kinds = 'all', weighting, directed = false, asOf } = options;
  const list = <T extends string>(name: string, value: unknown, is: (v: unknown) => v is T): ReadonlySet<string> | null => {
    if (value === 'all') return null;
    if (!Array.isArray(value)) fail(fn, 'invalid-argument', `${name} must be an array or 'all'; received ${describeValue(value)}.`);
    for (const item of value) if (!is(item)) fail(fn, 'invalid-argument', `${name} has an unknown value ${describeValue(item)}.`);
    return new Set(value as string[]);
  };
  if (typeof directed !== 'boolean') fail(fn, 'invalid-argument', `directed must be a boolean; received ${describeValue(directed)}.`);
  if (asOf !== undefined && !isIsoDate(asOf)) {
    fail(fn, 'invalid-argument', `asOf must be an ISO 8601 date; received ${describeValue(asOf)}.`);
  }
  return {
    statuses: list('statuses', statuses, isPartnerStatus),
    kinds: list('kinds', kinds, isRelationshipKind),
    weight: resolveWeighting(fn, weighting),
    directed,
    asOf: asOf === undefined ? undefined : parseIsoDate(asOf),
  };
}

function isCurrent(attributes: RelationshipAttributes, asOf: number): boolean {
  const since = getOwn(attributes, 'since');
  const until = getOwn(attributes, 'until');
  const s = typeof since === 'string' ? parseIsoDate(since) : undefined;
  const u = typeof until === 'string' ? parseIsoDate(until) : undefined;
  return (s === undefined || s <= asOf) && (u === undefined || u >= asOf);
}

/**
 * Builds the compact analysis view of a network. Analyses build one
 * themselves; pass it as `options.snapshot` to several analyses to build it
 * once (the options it was built with then apply).
 *
 * @param fn - name of the calling public function, for error messages.
 */
export function snapshot(network: AnyNetwork, options: SnapshotOptions = {}, fn = 'snapshot'): NetworkSnapshot {
  assertNetwork(fn, network);
  const opts = resolveOptions(fn, options);

  const ids: string[] = [];
  // Keyed by graphology node key; equal to partner ids except for escaped ones (node-keys.ts).
  const keyIndex = new Map<string, number>();
  let escaped = false;
  let excludedPartners = 0;
  network.forEachNode((key, attributes) => {
    // A plain read is safe: `status` is not an Object.prototype member.
    const { status } = attributes as { status?: unknown };
    if (opts.statuses !== null && !opts.statuses.has(typeof status === 'string' ? status : 'active')) {
      excludedPartners += 1;
      return;
    }
    const id = partnerId(key);
    if (id !== key) escaped = true;
    keyIndex.set(key, ids.length);
    ids.push(id);
  });
  const indexOf = escaped ? new Map(ids.map((id, i) => [id, i])) : keyIndex;
  const n = ids.length;

  // Arc list before sorting: at most two arcs per relationship.
  const capacity = 2 * network.size;
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  let weight = new Float64Array(capacity);
  let arcs = 0;
  let relationshipCount = 0;
  let selfLoops = 0;
  network.forEachEdge((id, attributes, source, target, _sa, _ta, undirected) => {
    const u = keyIndex.get(source);
    const v = keyIndex.get(target);
    if (u === undefined || v === undefined) return;
    if (opts.kinds !== null) {
      const { kind } = attributes as { kind?: unknown };
      if (!opts.kinds.has(typeof kind === 'string' ? kind : 'known-tie')) return;
    }
    if (opts.asOf !== undefined && !isCurrent(attributes, opts.asOf)) return;
    if (u === v) {
      selfLoops += 1;
      return;
    }
    const w = opts.weight(attributes, id);
    relationshipCount += 1;
    from[arcs] = u;
    to[arcs] = v;
    weight[arcs] = w;
    arcs += 1;
    if (!opts.directed || undirected) {
      from[arcs] = v;
      to[arcs] = u;
      weight[arcs] = w;
      arcs += 1;
    }
  });

  // Sort arcs by (from, to): a counting sort on `to`, then a stable one on `from`.
  const byTo = countingOrder(to, arcs, n, null);
  const order = countingOrder(from, arcs, n, byTo);

  // Merge runs of equal (from, to) and lay out the CSR arrays.
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(arcs);
  const strengths = new Float64Array(arcs);
  const multiplicity = new Int32Array(arcs);
  let m = 0;
  let lastFrom = -1;
  let lastTo = -1;
  for (let k = 0; k < arcs; k += 1) {
    const a = order[k];
    const u = from[a];
    const v = to[a];
    if (u === lastFrom && v === lastTo) {
      strengths[m - 1] = strengths[m - 1] + weight[a];
      multiplicity[m - 1] = multiplicity[m - 1] + 1;
      continue;
    }
    targets[m] = v;
    strengths[m] = weight[a];
    multiplicity[m] = 1;
    offsets[u + 1] = offsets[u + 1] + 1;
    m += 1;
    lastFrom = u;
    lastTo = v;
  }
  for (let u = 0; u < n; u += 1) offsets[u + 1] = offsets[u + 1] + offsets[u];
  // Let the unsorted arc list go before allocating the distances.
  from = to = new Int32Array(0);
  weight = new Float64Array(0);
  const distances = new Float64Array(m);
  for (let k = 0; k < m; k += 1) distances[k] = 1 / strengths[k];

  return {
    order: n,
    ids,
    indexOf,
    directed: opts.directed,
    offsets,
    targets: targets.subarray(0, m),
    strengths: strengths.subarray(0, m),
    distances,
    multiplicity: multiplicity.subarray(0, m),
    relationshipCount,
    selfLoops,
    excludedPartners,
  };
}

/**
 * Stable counting sort of arc indices by `keys` (values in 0..n-1), visiting
 * arcs in `within` order (or 0..count-1).
 */
function countingOrder(keys: Int32Array, count: number, n: number, within: Int32Array | null): Int32Array {
  const start = new Int32Array(n + 1);
  for (let a = 0; a < count; a += 1) start[keys[a] + 1] = start[keys[a] + 1] + 1;
  for (let i = 0; i < n; i += 1) start[i + 1] = start[i + 1] + start[i];
  const out = new Int32Array(count);
  for (let k = 0; k < count; k += 1) {
    const a = within === null ? k : within[k];
    const key = keys[a];
    out[start[key]] = a;
    start[key] = start[key] + 1;
  }
  return out;
}

/** The reverse view of a directed snapshot (in-arcs as CSR), for kernels that walk arcs backwards. */
export function transpose(view: NetworkSnapshot): Pick<NetworkSnapshot, 'offsets' | 'targets' | 'strengths' | 'distances' | 'multiplicity'> {
  const n = view.order;
  const m = view.targets.length;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k += 1) offsets[view.targets[k] + 1] += 1;
  for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i + 1] + offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const strengths = new Float64Array(m);
  const distances = new Float64Array(m);
  const multiplicity = new Int32Array(m);
  // Walking sources in increasing order keeps each reversed row sorted.
  for (let u = 0; u < n; u += 1) {
    for (let k = view.offsets[u]; k < view.offsets[u + 1]; k += 1) {
      const v = view.targets[k];
      const slot = fill[v];
      fill[v] = slot + 1;
      targets[slot] = u;
      strengths[slot] = view.strengths[k];
      distances[slot] = view.distances[k];
      multiplicity[slot] = view.multiplicity[k];
    }
  }
  return { offsets, targets, strengths, distances, multiplicity };
}

/** Index of the arc u -> v, or -1 (binary search in u's sorted row). */
export function arcIndex(view: Pick<NetworkSnapshot, 'offsets' | 'targets'>, u: number, v: number): number {
  let lo = view.offsets[u];
  let hi = view.offsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = view.targets[mid];
    if (t === v) return mid;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
