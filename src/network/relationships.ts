/**
 * Reading and editing relationships. Referrals are directed (introducer ->
 * introduced); two partners may share several relationships.
 */
import { fail, throwIfErrors } from '../model/errors';
import type { CustomAttributes } from '../model/partner';
import type { Relationship, RelationshipFields, RelationshipInput } from '../model/relationship';
import { assertNetwork, assertPartner } from './assert-network';
import { relationshipIdGenerator } from './build-network';
import { nodeKey, partnerId } from './node-keys';
import { isPlainObject } from './own-properties';
import { readRelationship } from './read-records';
import type { AnyNetwork, PartnerNetwork } from './types';

/** A relationship record built from an edge (a copy); `sourceKey`/`targetKey` are graphology node keys. */
export function relationshipView<R extends object>(
  id: string,
  attributes: object,
  sourceKey: string,
  targetKey: string,
  undirected: boolean,
): Relationship<R> {
  const source = partnerId(sourceKey);
  const target = partnerId(targetKey);
  const view = { id, source, target, directed: !undirected, ...attributes } as Relationship<R>;
  view.id = id;
  view.source = source;
  view.target = target;
  view.directed = !undirected;
  return view;
}

/** True when the network has a relationship with this id. */
export function hasRelationship(network: AnyNetwork, id: string): boolean {
  assertNetwork('hasRelationship', network);
  return typeof id === 'string' && network.hasEdge(id);
}

/** The relationship with this id. @throws PartnermapError `unknown-relationship`. */
export function getRelationship<R extends object = CustomAttributes>(
  network: PartnerNetwork<object, R>,
  id: string,
): Relationship<R> {
  assertNetwork('getRelationship', network);
  assertRelationship('getRelationship', network, id);
  return relationshipView<R>(
    id,
    network.getEdgeAttributes(id),
    network.source(id),
    network.target(id),
    network.isUndirected(id),
  );
}

/** Every relationship, in the order they were added. */
export function listRelationships<R extends object = CustomAttributes>(
  network: PartnerNetwork<object, R>,
): Relationship<R>[] {
  assertNetwork('listRelationships', network);
  const out: Relationship<R>[] = [];
  network.forEachEdge((id, attributes, source, target, _s, _t, undirected) => {
    out.push(relationshipView<R>(id, attributes, source, target, undirected));
  });
  return out;
}

/** Every relationship touching a partner (in either direction). */
export function relationshipsOf<R extends object = CustomAttributes>(
  network: PartnerNetwork<object, R>,
  id: string,
): Relationship<R>[] {
  assertNetwork('relationshipsOf', network);
  assertPartner('relationshipsOf', network, id);
  const out: Relationship<R>[] = [];
  network.forEachEdge(nodeKey(id), (key, attributes, source, target, _s, _t, undirected) => {
    out.push(relationshipView<R>(key, attributes, source, target, undirected));
  });
  return out;
}

function assertRelationship(fn: string, network: AnyNetwork, id: unknown): asserts id is string {
  if (typeof id !== 'string') fail(fn, 'invalid-argument', `id must be a relationship id (a string); received ${typeof id}.`);
  if (!network.hasEdge(id)) fail(fn, 'unknown-relationship', `no relationship has id ${JSON.stringify(id)}.`);
}

/**
 * Adds a relationship between two existing partners. `kind` defaults to
 * `known-tie`; `directed` defaults to true for referrals and funding; the id is
 * generated (`r1`, `r2`, ...) when absent.
 *
 * @returns the stored relationship.
 * @throws PartnermapError `unknown-partner`, `duplicate-relationship` or `invalid-record`.
 */
export function addRelationship<R extends object = CustomAttributes>(
  network: PartnerNetwork<object, R>,
  input: RelationshipInput<R>,
): Relationship<R> {
  assertNetwork('addRelationship', network);
  const { relationship: r, issues } = readRelationship(input, { where: {}, lenient: false });
  throwIfErrors('addRelationship', 'invalid-record', issues);
  if (r === undefined) return fail('addRelationship', 'invalid-record', 'the relationship could not be read.');
  assertPartner('addRelationship', network, r.source, 'source');
  assertPartner('addRelationship', network, r.target, 'target');
  const id = r.id ?? relationshipIdGenerator(new Set(), network.size + 1)();
  if (network.hasEdge(id)) {
    fail('addRelationship', 'duplicate-relationship', `a relationship with id ${JSON.stringify(id)} already exists.`);
  }
  try {
    if (r.directed) network.addDirectedEdgeWithKey(id, nodeKey(r.source), nodeKey(r.target), r.attributes as never);
    else network.addUndirectedEdgeWithKey(id, nodeKey(r.source), nodeKey(r.target), r.attributes as never);
  } catch (error) {
    // A graph not made by partnermap (simple, or of one type) can refuse the edge.
    fail('addRelationship', 'invalid-network', `graphology refused the relationship: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return relationshipView<R>(id, r.attributes, nodeKey(r.source), nodeKey(r.target), !r.directed);
}

/**
 * Changes some of a relationship's attributes; a key set to `undefined`
 * removes it. Endpoints and direction cannot change (remove and add instead).
 */
export function updateRelationship<R extends object = CustomAttributes>(
  network: PartnerNetwork<object, R>,
  id: string,
  changes: Partial<RelationshipFields> & Partial<R>,
): Relationship<R> {
  assertNetwork('updateRelationship', network);
  assertRelationship('updateRelationship', network, id);
  if (!isPlainObject(changes)) fail('updateRelationship', 'invalid-argument', 'changes must be an object.');
  const sourceKey = network.source(id);
  const targetKey = network.target(id);
  const source = partnerId(sourceKey);
  const target = partnerId(targetKey);
  const directed = network.isDirected(id);
  for (const [key, current] of [['id', id], ['source', source], ['target', target], ['directed', directed]] as const) {
    if (Object.hasOwn(changes, key) && (changes as Record<string, unknown>)[key] !== current) {
      fail('updateRelationship', 'invalid-argument', `${key} cannot change; remove the relationship and add a new one.`);
    }
  }
  const merged: Record<string, unknown> = { ...(network.getEdgeAttributes(id) as object) };
  for (const key of Object.keys(changes)) {
    if (key === 'id' || key === 'source' || key === 'target' || key === 'directed') continue;
    const value = (changes as Record<string, unknown>)[key];
    if (value === undefined) {
      if (key === 'kind') fail('updateRelationship', 'invalid-argument', 'kind cannot be removed.');
      delete merged[key];
    } else {
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  const { relationship, issues } = readRelationship(
    { ...merged, id, source, target, directed },
    { where: { relationship: id }, lenient: false },
  );
  throwIfErrors('updateRelationship', 'invalid-record', issues);
  network.replaceEdgeAttributes(id, relationship!.attributes as never);
  return relationshipView<R>(id, relationship!.attributes, sourceKey, targetKey, !directed);
}

/** Removes a relationship. @returns the removed relationship. */
export function removeRelationship<R extends object = CustomAttributes>(
  network: PartnerNetwork<object, R>,
  id: string,
): Relationship<R> {
  assertNetwork('removeRelationship', network);
  assertRelationship('removeRelationship', network, id);
  const removed = getRelationship<R>(network, id);
  network.dropEdge(id);
  return removed;
}
