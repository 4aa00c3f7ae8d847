/**
 * Key-person risk: "the strength of the partnership rests with a single key
 * individual; when that person leaves, the partnership can be lost"
 * (Partnership Working guide). Relationships record the people who carry
 * them (`contacts`, keys of `Contact`s on either side). From that:
 *
 * - relationships carried by exactly one person;
 * - people ranked by the relationships they carry, each with what the
 *   network would lose if they left: the relationships only they carry, the
 *   ties (partner pairs) left with no relationship, and the partners who
 *   would lose their path to home once those ties are gone (recounted
 *   exactly, see reachability.ts);
 * - partners whose every relationship runs through one and the same person.
 *
 * A relationship with no recorded carrier is counted apart: nobody is known
 * to carry it, so it is neither at risk from a person nor safe.
 */
import type { RelationshipAttributes } from '../../model/relationship';
import { nodeKey } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import { arcIndex, type NetworkSnapshot } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { CutOffCounter } from './reachability';
import { compareIds, plural, type ViewRelationships } from './view-relationships';

/** A relationship that rests on one person. */
export interface SingleCarrierRelationship {
  /** Relationship id. */
  id: string;
  /** Partner ids at its ends (as stored: source, target). */
  source: string;
  target: string;
  /** Key of the one person who carries it. */
  contact: string;
  /** The person's name (the key when no partner lists the person). */
  contactName: string;
  /** Plain-language explanation. */
  reason: string;
}

/** One person and what the network would lose without them. */
export interface ContactRisk {
  /** The contact key (`Contact.id`, or the name when the contact has no id). */
  key: string;
  /** The person's name (the key when no partner lists the person). */
  name: string;
  /** Partners that list this person among their contacts, by id. */
  organisations: string[];
  /** Relationships this person carries (alone or with others), by id. */
  relationships: string[];
  /** Relationships only this person carries: lost if they leave. */
  soleCarrierOf: string[];
  /** Partner pairs that would be left with no relationship at all. */
  tiesLost: number;
  /** Partners that would lose every path to home (or to the reference partner), by id. */
  cutOff: string[];
  /** Plain-language explanation. */
  reason: string;
}

/** A partner all of whose relationships run through one person. */
export interface DependentPartner {
  /** Partner id. */
  id: string;
  /** Partner name. */
  name: string;
  /** Key of the person every one of its relationships depends on. */
  contact: string;
  /** The person's name. */
  contactName: string;
  /** The partner's relationships (all carried by that person alone), by id. */
  relationships: string[];
  /** Plain-language explanation. */
  reason: string;
}

/** Key-person risk of a network. */
export interface KeyPersonRiskResult {
  /** Relationships counted (those of the analysis view). */
  relationshipsCounted: number;
  /** Relationships with no recorded carrier. */
  unrecordedCarriers: number;
  /** Relationships carried by exactly one person, by contact key then relationship id. */
  singleCarrier: SingleCarrierRelationship[];
  /**
   * Every person who carries at least one relationship, ranked by
   * relationships carried, then partners cut off, then relationships only
   * they carry, then key.
   */
  contacts: ContactRisk[];
  /** Partners whose every relationship depends on one person, by partner id. */
  dependentPartners: DependentPartner[];
}

/** What {@link keyPersonRiskOf} needs, prepared once by the caller. */
export interface KeyPersonContext {
  network: AnyNetwork;
  /** The undirected view. */
  view: NetworkSnapshot;
  relationships: ViewRelationships;
  names: readonly string[];
  /** Reference node (home) or -1. */
  reference: number;
  /** Label of the reference for reasons ("home (Valley STEM Hub)"). */
  referenceLabel: string;
  component: Int32Array;
  componentSize: Int32Array;
}

/** The carriers of a relationship: distinct non-empty contact keys. */
function carriersOf(attributes: RelationshipAttributes): string[] {
  const raw = getOwn(attributes as Record<string, unknown>, 'contacts');
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const key of raw) if (typeof key === 'string' && key.trim() !== '' && !out.includes(key)) out.push(key);
  return out;
}

/** Names and organisations of people, from the partners' `contacts` lists. */
function directory(network: AnyNetwork, view: NetworkSnapshot): Map<string, { name: string; organisations: Set<string> }> {
  const people = new Map<string, { name: string; organisations: Set<string> }>();
  for (const id of view.ids) {
    const contacts = getOwn(network.getNodeAttributes(nodeKey(id)) as Record<string, unknown>, 'contacts');
    if (!Array.isArray(contacts)) continue;
    for (const contact of contacts as unknown[]) {
      if (typeof contact !== 'object' || contact === null) continue;
      const name = getOwn(contact as Record<string, unknown>, 'name');
      const cid = getOwn(contact as Record<string, unknown>, 'id');
      const key = typeof cid === 'string' ? cid : typeof name === 'string' ? name : undefined;
      if (key === undefined) continue;
      let entry = people.get(key);
      if (entry === undefined) {
        entry = { name: typeof name === 'string' && name !== '' ? name : key, organisations: new Set() };
        people.set(key, entry);
      }
      entry.organisations.add(id);
    }
  }
  return people;
}

/** Computes key-person risk on a prepared context. */
export function keyPersonRiskOf(ctx: KeyPersonContext): KeyPersonRiskResult {
  const { network, view, relationships: rels, names, reference } = ctx;
  const people = directory(network, view);
  const nameOf = (key: string): string => people.get(key)?.name ?? key;

  const carried = new Map<string, number[]>();
  const sole = new Map<string, number[]>();
  const singleCarrier: SingleCarrierRelationship[] = [];
  let unrecorded = 0;
  // Per partner: the one person all its relationships rest on so far, or a
  // marker that there is none.
  const NONE = '\u0000none';
  const dependsOn = new Array<string | undefined>(view.order);
  const partnerRels: number[][] = Array.from({ length: view.order }, () => []);

  for (let r = 0; r < rels.count; r += 1) {
    const carriers = carriersOf(rels.attributes[r]);
    const u = rels.source[r];
    const v = rels.target[r];
    partnerRels[u].push(r);
    partnerRels[v].push(r);
    const only = carriers.length === 1 ? carriers[0] : NONE;
    for (const x of [u, v]) {
      const current = dependsOn[x];
      dependsOn[x] = current === undefined || current === only ? only : NONE;
    }
    if (carriers.length === 0) {
      unrecorded += 1;
      continue;
    }
    for (const key of carriers) {
      let list = carried.get(key);
      if (list === undefined) carried.set(key, (list = []));
      list.push(r);
    }
    if (carriers.length === 1) {
      const key = carriers[0];
      let list = sole.get(key);
      if (list === undefined) sole.set(key, (list = []));
      list.push(r);
      singleCarrier.push({
        id: rels.ids[r],
        source: view.ids[u],
        target: view.ids[v],
        contact: key,
        contactName: nameOf(key),
        reason: `the relationship between ${names[u]} and ${names[v]} rests on ${nameOf(key)} alone.`,
      });
    }
  }
  singleCarrier.sort((a, b) => compareIds(a.contact, b.contact) || compareIds(a.id, b.id));

  // What each person's departure removes.
  const m = view.targets.length;
  const removed = new Int32Array(m);
  const gone = new Uint8Array(m);
  const refSize = reference >= 0 ? ctx.componentSize[ctx.component[reference]] : 0;
  const counter = new CutOffCounter(view, reference, ctx.component, refSize);
  // One arc stands for the tie, whichever way a relationship was recorded: the
  // arc from the lower index to the higher.
  const tieArc = (r: number): number => {
    const u = rels.source[r];
    const v = rels.target[r];
    return u < v ? arcIndex(view, u, v) : arcIndex(view, v, u);
  };
  const contacts: ContactRisk[] = [];
  for (const [key, list] of carried) {
    const soleList = sole.get(key) ?? [];
    const touched: number[] = [];
    for (const r of soleList) {
      const k = tieArc(r);
      if (k < 0) continue;
      if (removed[k] === 0) touched.push(r);
      removed[k] += 1;
    }
    const ends: number[] = [];
    const goneArcs: number[] = [];
    let tiesLost = 0;
    for (const r of touched) {
      const u = rels.source[r];
      const v = rels.target[r];
      const k = tieArc(r);
      if (removed[k] >= view.multiplicity[k]) {
        const back = u < v ? arcIndex(view, v, u) : arcIndex(view, u, v);
        gone[k] = 1;
        gone[back] = 1;
        goneArcs.push(k, back);
        ends.push(u, v);
        tiesLost += 1;
      }
    }
    const cut = tiesLost > 0 ? counter.cutOff(gone, ends) : [];
    for (const r of touched) removed[tieArc(r)] = 0;
    for (const k of goneArcs) gone[k] = 0;

    const cutIds = cut.map((x) => view.ids[x]).sort(compareIds);
    const name = nameOf(key);
    const parts = [`carries ${plural(list.length, 'relationship')}`];
    if (soleList.length > 0) parts.push(`${soleList.length} of them alone`);
    let reason = `${name} ${parts.join(', ')}`;
    if (soleList.length === 0) reason += '; others carry each of them too, so nothing rests on this person alone.';
    else if (cutIds.length > 0) {
      reason += `; if ${name} left, ${plural(cutIds.length, 'partner')} would lose ${cutIds.length === 1 ? 'its' : 'their'} path to ${ctx.referenceLabel}.`;
    } else if (tiesLost > 0) {
      reason += `; if ${name} left, ${plural(tiesLost, 'partner pair')} would lose every relationship, though everyone keeps a path to ${ctx.referenceLabel}.`;
    } else {
      reason += `; if ${name} left, those relationships would go but every tie keeps another relationship.`;
    }
    contacts.push({
      key,
      name,
      organisations: [...(people.get(key)?.organisations ?? [])].sort(compareIds),
      relationships: list.map((r) => rels.ids[r]).sort(compareIds),
      soleCarrierOf: soleList.map((r) => rels.ids[r]).sort(compareIds),
      tiesLost,
      cutOff: cutIds,
      reason,
    });
  }
  contacts.sort(
    (a, b) =>
      b.relationships.length - a.relationships.length ||
      b.cutOff.length - a.cutOff.length ||
      b.soleCarrierOf.length - a.soleCarrierOf.length ||
      compareIds(a.key, b.key),
  );

  const dependentPartners: DependentPartner[] = [];
  for (let x = 0; x < view.order; x += 1) {
    const key = dependsOn[x];
    if (key === undefined || key === NONE) continue;
    const relIds = partnerRels[x].map((r) => rels.ids[r]).sort(compareIds);
    const contactName = nameOf(key);
    dependentPartners.push({
      id: view.ids[x],
      name: names[x],
      contact: key,
      contactName,
      relationships: relIds,
      reason:
        relIds.length === 1
          ? `${names[x]}'s only relationship rests on ${contactName} alone.`
          : `all ${relIds.length} of ${names[x]}'s relationships rest on ${contactName} alone.`,
    });
  }
  dependentPartners.sort((a, b) => compareIds(a.id, b.id));

  return {
    relationshipsCounted: rels.count,
    unrecordedCarriers: unrecorded,
    singleCarrier,
    contacts,
    dependentPartners,
  };
}
