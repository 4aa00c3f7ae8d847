/**
 * Removal that stays correct when graphology's per-node adjacency cannot be
 * trusted (see graphology-hazards.ts): the graph is rebuilt in place, in the
 * same order, without the removed elements. O(n + m), used only when a
 * prototype-named partner id is present; otherwise graphology drops directly.
 */
import { hasPrototypeKeyedNode } from './graphology-hazards';
import type { AnyNetwork } from './types';

interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: object;
  undirected: boolean;
}

/** Removes the given relationships, and the given partner with every relationship touching it. */
export function removeSafely(network: AnyNetwork, remove: { partner?: string; relationships?: ReadonlySet<string> }): void {
  const { partner, relationships = new Set<string>() } = remove;
  if (!hasPrototypeKeyedNode(network)) {
    for (const key of relationships) network.dropEdge(key);
    if (partner !== undefined) network.dropNode(partner);
    return;
  }
  const nodes: [string, object][] = [];
  network.forEachNode((key, attributes) => {
    if (key !== partner) nodes.push([key, attributes]);
  });
  const edges: EdgeEntry[] = [];
  network.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    if (relationships.has(key) || source === partner || target === partner) return;
    edges.push({ key, source, target, attributes, undirected });
  });
  network.clear();
  for (const [key, attributes] of nodes) network.addNode(key, attributes);
  for (const e of edges) {
    if (e.undirected) network.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    else network.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
}
