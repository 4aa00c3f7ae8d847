/**
 * Modularity of a partition (Newman & Girvan 2004; the resolution form of
 * Reichardt & Bornholdt 2006), on the undirected weighted snapshot:
 *
 *     Q = sum over communities c of [ L_c / m  -  gamma (d_c / 2m)^2 ]
 *
 * where m is the total tie strength, L_c the strength of the ties inside c and
 * d_c the summed strength of c's members. This is NetworkX's
 * `networkx.algorithms.community.modularity(G, communities, weight, resolution)`
 * for a weighted undirected graph without self-loops (the snapshot leaves
 * self-loops out), and igraph's `modularity` likewise.
 */
import { describeValue, fail } from '../../model/errors';
import { assertNetwork } from '../../network/assert-network';
import { snapshot, type NetworkSnapshot, type SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';

/** Modularity of `membership` (community label per snapshot index, labels in 0..count-1) on the undirected view. */
export function modularityOf(
  view: Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets' | 'strengths'>,
  membership: Int32Array,
  count: number,
  resolution = 1,
): number {
  const { order, offsets, targets, strengths } = view;
  const degree = new Float64Array(count);
  let inside = 0;
  let total = 0;
  for (let u = 0; u < order; u += 1) {
    const c = membership[u];
    let k = 0;
    for (let a = offsets[u]; a < offsets[u + 1]; a += 1) {
      const w = strengths[a];
      k += w;
      if (membership[targets[a]] === c) inside += w;
    }
    degree[c] += k;
    total += k;
  }
  // Undefined without ties (NetworkX divides by zero; igraph returns NaN).
  if (total === 0) return Number.NaN;
  let expected = 0;
  for (let c = 0; c < count; c += 1) expected += (degree[c] / total) * (degree[c] / total);
  // `inside` and `total` count every tie twice, so inside / total = sum L_c / m.
  return inside / total - resolution * expected;
}

/** Options of {@link modularity}. */
export interface ModularityOptions extends SnapshotOptions {
  /**
   * Resolution gamma: above 1 favours smaller communities, below 1 larger ones.
   * @defaultValue 1
   */
  resolution?: number;
  /** A snapshot to reuse (its options then apply). */
  snapshot?: NetworkSnapshot;
}

/** A partition: partner id -> community label, or a list of communities (lists of partner ids). */
export type CommunityPartition = ReadonlyMap<string, number | string> | readonly (readonly string[])[];

/**
 * The modularity of a partition of the network's partners, with tie
 * strengths as weights (the same value as NetworkX's `modularity` for the
 * same weighted graph and communities).
 *
 * Every partner of the analysis view (by default: contacted, active and paused
 * partners) must be in exactly one community; partners outside the view are
 * ignored. Returns NaN when the view has no ties (modularity is undefined).
 *
 * @example
 * ```ts
 * const { assignment } = detectCommunities(network);
 * modularity(network, assignment); // the same as result.modularity
 * ```
 */
export function modularity(network: AnyNetwork, partition: CommunityPartition, options: ModularityOptions = {}): number {
  const fn = 'modularity';
  assertNetwork(fn, network);
  if (typeof options !== 'object' || options === null) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const { resolution = 1 } = options;
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution <= 0) {
    fail(fn, 'invalid-argument', `resolution must be a positive finite number; received ${describeValue(resolution)}.`);
  }
  const view = options.snapshot ?? snapshot(network, options, fn);
  if (view.directed) fail(fn, 'invalid-argument', 'modularity needs an undirected snapshot; received a directed one.');
  const { membership, count } = membershipOf(fn, view, partition);
  return modularityOf(view, membership, count, resolution);
}

/**
 * Turns a partition into compact labels over the view's indices; fails when a
 * partner of the view is missing or listed twice. Partners outside the view
 * are ignored.
 */
export function membershipOf(fn: string, view: NetworkSnapshot, partition: CommunityPartition): { membership: Int32Array; count: number } {
  const n = view.order;
  const membership = new Int32Array(n).fill(-1);
  let count = 0;
  if (partition instanceof Map) {
    const labels = new Map<number | string, number>();
    for (const [id, label] of partition as ReadonlyMap<string, number | string>) {
      const i = view.indexOf.get(id);
      if (i === undefined) continue;
      let c = labels.get(label);
      if (c === undefined) {
        c = count;
        count += 1;
        labels.set(label, c);
      }
      membership[i] = c;
    }
  } else if (Array.isArray(partition)) {
    for (const community of partition as readonly (readonly string[])[]) {
      if (!Array.isArray(community)) {
        fail(fn, 'invalid-argument', `partition must be a Map or an array of arrays of partner ids; received a community ${describeValue(community)}.`);
      }
      let used = false;
      for (const id of community as readonly unknown[]) {
        const i = typeof id === 'string' ? view.indexOf.get(id) : undefined;
        if (i === undefined) continue;
        if (membership[i] !== -1) fail(fn, 'invalid-argument', `partner ${JSON.stringify(id)} is in two communities.`);
        membership[i] = count;
        used = true;
      }
      if (used) count += 1;
    }
  } else {
    fail(fn, 'invalid-argument', `partition must be a Map or an array of arrays of partner ids; received ${describeValue(partition)}.`);
  }
  for (let i = 0; i < n; i += 1) {
    if (membership[i] === -1) fail(fn, 'invalid-argument', `partner ${JSON.stringify(view.ids[i])} is in no community of the partition.`);
  }
  return { membership, count };
}
