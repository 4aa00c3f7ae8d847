/**
 * The check every public function makes on its `network` argument, so that a
 * wrong value fails at the door with the function's name rather than deep
 * inside graphology.
 */
import { fail } from '../model/errors';
import { nodeKey } from './node-keys';
import type { AnyNetwork } from './types';

/** Throws `invalid-network` unless `value` is a graphology graph. */
export function assertNetwork(fn: string, value: unknown): asserts value is AnyNetwork {
  const graph = value as Partial<AnyNetwork> | null;
  if (
    typeof graph !== 'object' ||
    graph === null ||
    typeof graph.forEachNode !== 'function' ||
    typeof graph.forEachEdge !== 'function' ||
    typeof graph.hasNode !== 'function' ||
    typeof graph.getAttribute !== 'function'
  ) {
    fail(fn, 'invalid-network', 'the given network is not a graphology graph (create one with createNetwork or an importer).');
  }
}

/** Throws `unknown-partner` unless the network has a partner with this id. */
export function assertPartner(fn: string, network: AnyNetwork, id: unknown, field = 'id'): asserts id is string {
  if (typeof id !== 'string') fail(fn, 'invalid-argument', `${field} must be a partner id (a string); received ${typeof id}.`);
  if (!network.hasNode(nodeKey(id))) fail(fn, 'unknown-partner', `no partner has ${field} ${JSON.stringify(id)}.`);
}
