/**
 * graphology 0.26 keeps each node's adjacency in plain objects keyed by
 * neighbour id. When any node is named like an `Object.prototype` member
 * (`__proto__`, `constructor`, `toString`, ...), those objects go wrong: the
 * per-node methods (`neighbors`, `edges(node)`, `hasEdge(u, v)`, `dropNode`,
 * even `dropEdge`) miss edges or throw a TypeError, in multi graphs too.
 * graphology's global structures (the node and edge maps behind `forEachNode`,
 * `forEachEdge()`, `export`) stay correct.
 *
 * partnermap therefore reads networks only through global iteration, runs
 * graphology-* libraries on index-keyed projections, and uses the per-node
 * methods only when {@link hasPrototypeKeyedNode} says they are safe.
 */
import type { AnyNetwork } from './types';

/** Every name an adjacency object inherits: the ids that break graphology's per-node methods. */
export const PROTOTYPE_KEYS: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** True when some partner id is an `Object.prototype` member (12 constant-time lookups). */
export function hasPrototypeKeyedNode(network: AnyNetwork): boolean {
  return PROTOTYPE_KEYS.some((key) => network.hasNode(key));
}
