/**
 * Reading and editing partners. Every edit validates its input and fails with
 * a `PartnermapError` naming the field and the value; ids such as `__proto__`
 * are ordinary ids.
 */
import { fail, throwIfErrors } from '../model/errors';
import type { CustomAttributes, Partner, PartnerFields, PartnerInput } from '../model/partner';
import type { Relationship } from '../model/relationship';
import { assertNetwork, assertPartner } from './assert-network';
import { nodeKey, partnerId } from './node-keys';
import { isPlainObject } from './own-properties';
import { readPartner } from './read-records';
import { relationshipsOf } from './relationships';
import type { AnyNetwork, PartnerNetwork } from './types';

/** A partner's stored attributes as a `Partner` record (a copy: editing it does not edit the network). */
export function partnerView<P extends object>(id: string, attributes: object): Partner<P> {
  const partner = { id, ...attributes } as Partner<P>;
  partner.id = id;
  return partner;
}

/** True when the network has a partner with this id. */
export function hasPartner(network: AnyNetwork, id: string): boolean {
  assertNetwork('hasPartner', network);
  return typeof id === 'string' && network.hasNode(nodeKey(id));
}

/** The partner with this id. @throws PartnermapError `unknown-partner`. */
export function getPartner<P extends object = CustomAttributes>(network: PartnerNetwork<P, object>, id: string): Partner<P> {
  assertNetwork('getPartner', network);
  assertPartner('getPartner', network, id);
  return partnerView<P>(id, network.getNodeAttributes(nodeKey(id)));
}

/** Every partner, in the order they were added. */
export function listPartners<P extends object = CustomAttributes>(network: PartnerNetwork<P, object>): Partner<P>[] {
  assertNetwork('listPartners', network);
  const out: Partner<P>[] = [];
  network.forEachNode((key, attributes) => out.push(partnerView<P>(partnerId(key), attributes)));
  return out;
}

/**
 * Adds a partner. `status` defaults to `active` and `name` to the id; any key
 * partnermap does not know is kept as a custom attribute.
 *
 * @returns the stored partner.
 * @throws PartnermapError `duplicate-partner` when the id exists, `invalid-record` for a bad field.
 */
export function addPartner<P extends object = CustomAttributes>(
  network: PartnerNetwork<P, object>,
  input: PartnerInput<P>,
): Partner<P> {
  assertNetwork('addPartner', network);
  const { partner, issues } = readPartner(input, { where: {}, lenient: false });
  throwIfErrors('addPartner', 'invalid-record', issues);
  if (partner === undefined) return fail('addPartner', 'invalid-record', 'the partner could not be read.');
  if (network.hasNode(nodeKey(partner.id))) {
    fail('addPartner', 'duplicate-partner', `a partner with id ${JSON.stringify(partner.id)} already exists.`);
  }
  network.addNode(nodeKey(partner.id), partner.attributes as never);
  return partnerView<P>(partner.id, partner.attributes);
}

/**
 * Changes some of a partner's attributes. A key set to `undefined` removes that
 * attribute (`name` and `status` cannot be removed). The id cannot change.
 *
 * @returns the partner as stored after the change.
 */
export function updatePartner<P extends object = CustomAttributes>(
  network: PartnerNetwork<P, object>,
  id: string,
  changes: Partial<PartnerFields> & Partial<P>,
): Partner<P> {
  assertNetwork('updatePartner', network);
  assertPartner('updatePartner', network, id);
  if (!isPlainObject(changes)) fail('updatePartner', 'invalid-argument', 'changes must be an object.');
  if (Object.hasOwn(changes, 'id') && (changes as { id?: unknown }).id !== id) {
    fail('updatePartner', 'invalid-argument', 'a partner id cannot change; remove the partner and add it again.');
  }
  const merged: Record<string, unknown> = { ...(network.getNodeAttributes(nodeKey(id)) as object) };
  for (const key of Object.keys(changes)) {
    const value = (changes as Record<string, unknown>)[key];
    if (value === undefined) {
      if (key === 'name' || key === 'status') {
        fail('updatePartner', 'invalid-argument', `${key} cannot be removed.`);
      }
      delete merged[key];
    } else {
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  const { partner, issues } = readPartner(
    { id, ...merged },
    { where: { partner: id }, lenient: false },
  );
  throwIfErrors('updatePartner', 'invalid-record', issues);
  network.replaceNodeAttributes(nodeKey(id), partner!.attributes as never);
  return partnerView<P>(id, partner!.attributes);
}

/** What {@link removePartner} removed, so a caller can undo it. */
export interface RemovedPartner<P extends object = CustomAttributes, R extends object = CustomAttributes> {
  partner: Partner<P>;
  relationships: Relationship<R>[];
}

/**
 * Removes a partner and every relationship touching it. If it was home, the
 * network no longer has a home.
 */
export function removePartner<P extends object = CustomAttributes, R extends object = CustomAttributes>(
  network: PartnerNetwork<P, R>,
  id: string,
): RemovedPartner<P, R> {
  assertNetwork('removePartner', network);
  assertPartner('removePartner', network, id);
  const partner = partnerView<P>(id, network.getNodeAttributes(nodeKey(id)));
  const relationships = relationshipsOf<R>(network, id);
  network.dropNode(nodeKey(id));
  if (network.getAttribute('home') === id) network.removeAttribute('home');
  return { partner, relationships };
}
