/**
 * Builds a network from plain records, collecting every problem as an issue
 * and never throwing: the common path of `createNetwork` (which then throws on
 * errors) and of every importer (which return the issues, or throw in strict
 * mode). No record is dropped without an issue that names it.
 */
import Graph from 'graphology';
import { atField, type Issue, type IssueLocation } from '../model/issues';
import { contactKey, type CustomAttributes } from '../model/partner';
import { nodeKey, partnerId } from './node-keys';
import { isPlainObject, setOwn } from './own-properties';
import { readPartner, readRelationship, type ReadRelationship } from './read-records';
import type { NetworkAttributes, PartnerNetwork } from './types';

/** The options every partnermap network is created with. */
export const GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;

/** An empty partnership network. */
export function emptyNetwork<P extends object = CustomAttributes, R extends object = CustomAttributes>(): PartnerNetwork<
  P,
  R
> {
  return new Graph(GRAPH_OPTIONS) as PartnerNetwork<P, R>;
}

/** Records to build a network from, each with where it came from. */
export interface RawNetworkData {
  /** Graph-level attributes (name, home, description, custom). */
  attributes?: unknown;
  /** Any iterable: importers may stream records rather than hold them all. */
  partners: Iterable<RawRecord>;
  relationships: Iterable<RawRecord>;
}

/** One input record and its location (a JSON path, a CSV line, an XML element). */
export interface RawRecord {
  value: unknown;
  where: IssueLocation;
}

/** How to build. */
export interface BuildOptions {
  /** Accept spreadsheet spellings (importers) rather than only canonical values. */
  lenient: boolean;
  /**
   * Create a partner for a relationship endpoint that no partner record names
   * (an edge-list file). When false, such relationships are reported as errors
   * and left out.
   */
  createMissingPartners: boolean;
}

/** What a build produced. */
export interface BuildResult {
  network: PartnerNetwork;
  issues: Issue[];
}

/** Builds a network from records; see the module comment. */
export function buildNetwork(data: RawNetworkData, options: BuildOptions): BuildResult {
  const network = emptyNetwork();
  const issues: Issue[] = [];
  readGraphAttributes(network, data.attributes, issues);

  const firstSeen = new Map<string, IssueLocation>();
  for (const record of data.partners) {
    const { partner, issues: found } = readPartner(record.value, { where: record.where, lenient: options.lenient });
    issues.push(...found);
    if (partner === undefined) continue;
    const earlier = firstSeen.get(partner.id);
    if (earlier !== undefined) {
      issues.push({
        severity: 'error',
        code: 'duplicate-partner',
        message: `partner id ${JSON.stringify(partner.id)} appears twice; this record was left out and the first kept.`,
        where: { ...atField(record.where, 'id'), partner: partner.id },
      });
      continue;
    }
    firstSeen.set(partner.id, record.where);
    network.addNode(nodeKey(partner.id), partner.attributes);
  }

  const read: { relationship: ReadRelationship; where: IssueLocation }[] = [];
  for (const record of data.relationships) {
    const { relationship, issues: found } = readRelationship(record.value, {
      where: record.where,
      lenient: options.lenient,
    });
    issues.push(...found);
    if (relationship !== undefined) read.push({ relationship, where: record.where });
  }
  // Explicit ids are reserved first so that a generated `r2` never takes the
  // id a later record asks for.
  const taken = new Set<string>();
  for (const { relationship } of read) if (relationship.id !== undefined) taken.add(relationship.id);
  const nextId = relationshipIdGenerator(taken);
  const created: string[] = [];
  for (const { relationship: r, where } of read) {
    const missing = [r.source, r.target].filter((id) => !network.hasNode(nodeKey(id)));
    if (missing.length > 0) {
      if (!options.createMissingPartners) {
        issues.push({
          severity: 'error',
          code: 'dangling-relationship',
          message: `no partner has id ${missing.map((id) => JSON.stringify(id)).join(' or ')}; the relationship was left out.`,
          where: atField(where, network.hasNode(nodeKey(r.source)) ? 'target' : 'source'),
        });
        continue;
      }
      for (const id of new Set(missing)) {
        network.addNode(nodeKey(id), { name: id, status: 'active' });
        created.push(id);
      }
    }
    const id = r.id ?? nextId();
    if (network.hasEdge(id)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-relationship',
        message: `relationship id ${JSON.stringify(id)} appears twice; this record was left out and the first kept.`,
        where: { ...atField(where, 'id'), relationship: id },
      });
      continue;
    }
    if (r.directed) network.addDirectedEdgeWithKey(id, nodeKey(r.source), nodeKey(r.target), r.attributes);
    else network.addUndirectedEdgeWithKey(id, nodeKey(r.source), nodeKey(r.target), r.attributes);
  }
  if (created.length > 0) {
    issues.push({
      severity: 'info',
      code: 'created-partners',
      message: `created ${created.length} partner(s) from relationship endpoints (status active, no sector): ${preview(created)}.`,
      where: {},
    });
  }
  issues.push(...checkReferences(network));
  return { network, issues };
}

function preview(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id));
  return ids.length > 5 ? `${shown.join(', ')} and ${ids.length - 5} more` : shown.join(', ');
}

function readGraphAttributes(network: PartnerNetwork, raw: unknown, issues: Issue[]): void {
  if (raw === undefined) return;
  if (!isPlainObject(raw)) {
    issues.push({
      severity: 'error',
      code: 'invalid-record',
      message: 'network attributes must be an object.',
      where: { path: 'network' },
    });
    return;
  }
  const attributes: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if ((key === 'name' || key === 'home' || key === 'description') && value !== undefined && typeof value !== 'string') {
      issues.push({
        severity: 'error',
        code: 'invalid-type',
        message: `network ${key} must be a string.`,
        where: { path: `network.${key}`, field: key },
      });
      continue;
    }
    setOwn(attributes, key, value);
  }
  network.replaceAttributes(attributes as NetworkAttributes);
}

/**
 * Checks references between records: the home partner exists, and each
 * partner's point of contact is one of its contacts.
 */
export function checkReferences(network: PartnerNetwork): Issue[] {
  const issues: Issue[] = [];
  const home = network.getAttribute('home');
  if (home !== undefined && !network.hasNode(nodeKey(home))) {
    issues.push({
      severity: 'error',
      code: 'unknown-home',
      message: `home ${JSON.stringify(home)} is not a partner id.`,
      where: { field: 'home' },
    });
  }
  network.forEachNode((key, attributes) => {
    const poc = attributes.pointOfContact;
    if (typeof poc !== 'string') return;
    const contacts = Array.isArray(attributes.contacts) ? attributes.contacts : [];
    if (!contacts.some((c) => isPlainObject(c) && contactKey(c) === poc)) {
      issues.push({
        severity: 'warning',
        code: 'unknown-point-of-contact',
        message: `pointOfContact ${JSON.stringify(poc)} is not one of the partner's contacts.`,
        where: { partner: partnerId(key), field: 'pointOfContact' },
      });
    }
  });
  return issues;
}

/**
 * Generates relationship ids `r1`, `r2`, ... skipping the ones in `taken`
 * (and, via the caller's check, the ones already in the network).
 */
export function relationshipIdGenerator(taken: ReadonlySet<string>, start = 1): () => string {
  let n = start;
  return () => {
    while (taken.has(`r${n}`)) n += 1;
    const id = `r${n}`;
    n += 1;
    return id;
  };
}
