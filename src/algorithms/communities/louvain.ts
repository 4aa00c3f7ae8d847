/**
 * Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008) through
 * graphology-communities-louvain, run on a projection of the snapshot.
 *
 * The projection is a simple undirected graphology graph keyed by snapshot
 * index ("0".."n-1"), one edge per tie weighted by its strength. Partner ids
 * therefore never become graphology keys here (see network/node-keys.ts), and
 * the result maps straight back to indices. The library's random traversal
 * draws from our seeded generator, so a seed fixes the partition.
 *
 * Louvain guarantees nothing about the connectivity of its communities (the
 * problem Leiden fixes; Traag et al. 2019 found up to a quarter of Louvain's
 * communities badly connected); this adapter reports what Louvain finds
 * unchanged.
 */
import { UndirectedGraph } from 'graphology';
import louvainLibrary from 'graphology-communities-louvain';
import type { Rng } from '../../random';
import type { NetworkSnapshot } from '../../network/snapshot';

/** Membership of each snapshot index found by graphology's Louvain (labels as the library numbers them). */
export function louvainMembership(
  view: Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets' | 'strengths'>,
  resolution: number,
  rng: Rng,
): Int32Array {
  const n = view.order;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  const keys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i += 1) {
    keys[i] = String(i);
    graph.addNode(keys[i] as string);
  }
  for (let u = 0; u < n; u += 1) {
    for (let a = view.offsets[u]; a < view.offsets[u + 1]; a += 1) {
      const v = view.targets[a];
      if (u < v) graph.addEdge(keys[u] as string, keys[v] as string, { weight: view.strengths[a] });
    }
  }
  const communities = louvainLibrary(graph, { getEdgeWeight: 'weight', resolution, rng });
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i += 1) membership[i] = communities[keys[i] as string] as number;
  return membership;
}
