/**
 * compareNetworks: how a partnership map changed between two versions (two
 * exports a year apart, two imports of the same spreadsheet): partners and
 * relationships added, removed and changed (status, sector, participation
 * level, commitment, strength), hub ranks that moved, how stable the
 * communities stayed (normalised mutual information over the partners in
 * both), new and resolved single points of failure, and a paragraph that
 * says it in words.
 */
import { describeValue, fail } from '../../model/errors';
import { levelRank } from '../../model/participation';
import type { Partner } from '../../model/partner';
import type { Relationship } from '../../model/relationship';
import { SECTOR_LABELS, type Sector } from '../../model/sectors';
import type { PartnerStatus } from '../../model/statuses';
import { assertNetwork } from '../../network/assert-network';
import { listPartners } from '../../network/partners';
import { listRelationships } from '../../network/relationships';
import type { SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { resolveRng, type RandomOptions } from '../../random';
import { hubs } from '../centrality/hubs';
import { detectCommunities } from '../communities/detect-communities';
import { normalizedMutualInformation } from '../communities/nmi';
import { fragility } from '../risk/fragility';
import { matchRelationships, type MatchedRelationship } from './match-relationships';

/** Options of {@link compareNetworks}. */
export interface CompareNetworksOptions extends RandomOptions {
  /**
   * How many top hubs to compare (a partner counts as moved when it is in the
   * top `topHubs` of either version and its rank changed).
   * @defaultValue 10
   */
  topHubs?: number;
  /**
   * Partners counted by the structural comparisons (hubs, communities,
   * fragility), as in those analyses.
   * @defaultValue contacted, active and paused partners
   */
  statuses?: SnapshotOptions['statuses'];
  /**
   * Compare hubs, communities and fragility (the costly part). With false only
   * the partner and relationship lists are compared.
   * @defaultValue true
   */
  structure?: boolean;
}

/** A partner whose recorded fields changed. */
export interface PartnerChange {
  id: string;
  name: string;
  /** Each field that changed, with its two values. */
  changes: FieldChange[];
}

/** One changed field. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A relationship present in both versions whose fields changed. */
export interface RelationshipChange {
  /** The relationship's id in the later version. */
  id: string;
  /** Its id in the earlier version (the same unless ids were regenerated). */
  previousId: string;
  source: string;
  target: string;
  kind: Relationship['kind'];
  changes: FieldChange[];
  /** Up or down the participation ladder, when the level changed between two rungs. */
  ladder?: 'up' | 'down';
}

/** A partner whose hub rank moved. */
export interface HubMove {
  id: string;
  name: string;
  /** Rank before (undefined: not ranked then: new, or not counted). */
  before: number | undefined;
  /** Rank after (undefined: not ranked now). */
  after: number | undefined;
  /** Places gained (positive) or lost; undefined when either rank is missing. */
  change: number | undefined;
}

/** What {@link compareNetworks} returns. */
export interface NetworkComparison {
  partners: {
    /** In the later version only, in its order. */
    added: Partner[];
    /** In the earlier version only, in its order. */
    removed: Partner[];
    changed: PartnerChange[];
    /** Partners whose status changed, as `from -> to` counts ("prospect -> active": 3). */
    statusMoves: { from: PartnerStatus; to: PartnerStatus; count: number }[];
  };
  relationships: {
    added: Relationship[];
    removed: Relationship[];
    changed: RelationshipChange[];
    /** Matched relationships (present in both). */
    kept: number;
  };
  /** Hub comparison (null with `structure: false`). */
  hubs: { before: string[]; after: string[]; moved: HubMove[] } | null;
  /** Community comparison (null with `structure: false`). */
  communities: {
    before: number;
    after: number;
    /** NMI of the two partitions over the partners in both (1: the same grouping). NaN when fewer than two partners are shared. */
    stability: number;
    /** Partners in both partitions. */
    shared: number;
  } | null;
  /** Single points of failure that appeared or went away (null with `structure: false`). */
  fragility: {
    newArticulationPartners: string[];
    resolvedArticulationPartners: string[];
    /** Bridge ties as partner id pairs (sorted within each pair). */
    newBridges: [string, string][];
    resolvedBridges: [string, string][];
  } | null;
  /** One paragraph saying what changed. */
  summary: string;
}

const PARTNER_COMPARED = ['name', 'sector', 'status', 'internal', 'joined'] as const;
const RELATIONSHIP_COMPARED = ['level', 'commitment', 'strength', 'since', 'until'] as const;

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const b = Object.hasOwn(before, field) ? before[field] : undefined;
    const a = Object.hasOwn(after, field) ? after[field] : undefined;
    if (JSON.stringify(b) !== JSON.stringify(a)) out.push({ field, before: b, after: a });
  }
  return out;
}

function relationshipChange(pair: MatchedRelationship): RelationshipChange | undefined {
  const changes = fieldChanges(
    pair.before as unknown as Record<string, unknown>,
    pair.after as unknown as Record<string, unknown>,
    RELATIONSHIP_COMPARED,
  );
  if (changes.length === 0) return undefined;
  const change: RelationshipChange = {
    id: pair.after.id,
    previousId: pair.before.id,
    source: pair.after.source,
    target: pair.after.target,
    kind: pair.after.kind,
    changes,
  };
  const { level: from } = pair.before;
  const { level: to } = pair.after;
  if (from !== undefined && to !== undefined && from !== to) change.ladder = levelRank(to) > levelRank(from) ? 'up' : 'down';
  return change;
}

function pairKey(pair: readonly [string, string]): string {
  return JSON.stringify([...pair].sort());
}

/**
 * Compares two versions of a partnership network.
 *
 * @param before - the earlier version.
 * @param after - the later version.
 * @example
 * const { network: lastYear } = fromCsv(lastYearTables);
 * const { network: thisYear } = fromCsv(thisYearTables);
 * console.log(compareNetworks(lastYear, thisYear).summary);
 */
export function compareNetworks(before: AnyNetwork, after: AnyNetwork, options: CompareNetworksOptions = {}): NetworkComparison {
  const fn = 'compareNetworks';
  assertNetwork(fn, before);
  assertNetwork(fn, after);
  const { topHubs = 10, structure = true, statuses } = options;
  if (!Number.isInteger(topHubs) || topHubs < 1) {
    fail(fn, 'invalid-argument', `topHubs must be a positive integer; received ${describeValue(topHubs)}.`);
  }
  if (typeof structure !== 'boolean') fail(fn, 'invalid-argument', `structure must be a boolean; received ${describeValue(structure)}.`);
  // Checked here so that a bad seed fails at the door, not inside an analysis.
  resolveRng(fn, options);
  const seed = options.rng === undefined ? options.seed : undefined;

  const beforePartners = listPartners(before);
  const afterPartners = listPartners(after);
  const beforeById = new Map(beforePartners.map((p) => [p.id, p]));
  const afterById = new Map(afterPartners.map((p) => [p.id, p]));
  const nameOf = (id: string): string => afterById.get(id)?.name ?? beforeById.get(id)?.name ?? id;

  const changed: PartnerChange[] = [];
  const statusMoves = new Map<string, { from: PartnerStatus; to: PartnerStatus; count: number }>();
  for (const a of afterPartners) {
    const b = beforeById.get(a.id);
    if (b === undefined) continue;
    const changes = fieldChanges(b as Record<string, unknown>, a as Record<string, unknown>, PARTNER_COMPARED);
    if (changes.length > 0) changed.push({ id: a.id, name: a.name, changes });
    if (a.status !== b.status) {
      const key = `${b.status}>${a.status}`;
      const move = statusMoves.get(key) ?? { from: b.status, to: a.status, count: 0 };
      move.count += 1;
      statusMoves.set(key, move);
    }
  }
  const matching = matchRelationships(listRelationships(before), listRelationships(after));
  const relationshipChanges = matching.matched.map(relationshipChange).filter((c): c is RelationshipChange => c !== undefined);

  const comparison: NetworkComparison = {
    partners: {
      added: afterPartners.filter((p) => !beforeById.has(p.id)),
      removed: beforePartners.filter((p) => !afterById.has(p.id)),
      changed,
      statusMoves: [...statusMoves.values()].sort((x, y) => y.count - x.count || (`${x.from}>${x.to}` < `${y.from}>${y.to}` ? -1 : 1)),
    },
    relationships: {
      added: matching.added,
      removed: matching.removed,
      changed: relationshipChanges,
      kept: matching.matched.length,
    },
    hubs: null,
    communities: null,
    fragility: null,
    summary: '',
  };

  if (structure) {
    const view = statuses === undefined ? {} : { statuses };
    const random = options.rng === undefined ? { seed } : { rng: options.rng };
    const hubsBefore = hubs(before, { ...view, ...random });
    const hubsAfter = hubs(after, { ...view, ...random });
    const rankBefore = new Map(hubsBefore.hubs.map((h) => [h.id, h.rank]));
    const rankAfter = new Map(hubsAfter.hubs.map((h) => [h.id, h.rank]));
    const candidates = new Set([
      ...hubsBefore.hubs.slice(0, topHubs).map((h) => h.id),
      ...hubsAfter.hubs.slice(0, topHubs).map((h) => h.id),
    ]);
    const moved: HubMove[] = [];
    for (const id of candidates) {
      const b = rankBefore.get(id);
      const a = rankAfter.get(id);
      if (a === b) continue;
      moved.push({ id, name: nameOf(id), before: b, after: a, change: a !== undefined && b !== undefined ? b - a : undefined });
    }
    moved.sort((x, y) => (x.after ?? Infinity) - (y.after ?? Infinity) || (x.before ?? Infinity) - (y.before ?? Infinity) || (x.id < y.id ? -1 : 1));
    comparison.hubs = {
      before: hubsBefore.hubs.slice(0, topHubs).map((h) => h.id),
      after: hubsAfter.hubs.slice(0, topHubs).map((h) => h.id),
      moved,
    };

    const communitiesBefore = detectCommunities(before, { ...view, ...random });
    const communitiesAfter = detectCommunities(after, { ...view, ...random });
    const shared = [...communitiesAfter.assignment.keys()].filter((id) => communitiesBefore.assignment.has(id));
    comparison.communities = {
      before: communitiesBefore.communities.length,
      after: communitiesAfter.communities.length,
      stability:
        shared.length < 2
          ? Number.NaN
          : normalizedMutualInformation(
              shared.map((id) => communitiesBefore.assignment.get(id)!),
              shared.map((id) => communitiesAfter.assignment.get(id)!),
            ),
      shared: shared.length,
    };

    const fragilityBefore = fragility(before, { ...view, keyPersons: false });
    const fragilityAfter = fragility(after, { ...view, keyPersons: false });
    const apBefore = new Set(fragilityBefore.articulationPartners.map((p) => p.id));
    const apAfter = new Set(fragilityAfter.articulationPartners.map((p) => p.id));
    const bridgesBefore = new Map(fragilityBefore.bridges.map((b) => [pairKey(b.partners), b.partners]));
    const bridgesAfter = new Map(fragilityAfter.bridges.map((b) => [pairKey(b.partners), b.partners]));
    const sortedPair = (pair: readonly [string, string]): [string, string] => [...pair].sort() as [string, string];
    comparison.fragility = {
      newArticulationPartners: [...apAfter].filter((id) => !apBefore.has(id)),
      resolvedArticulationPartners: [...apBefore].filter((id) => !apAfter.has(id)),
      newBridges: [...bridgesAfter].filter(([key]) => !bridgesBefore.has(key)).map(([, pair]) => sortedPair(pair)),
      resolvedBridges: [...bridgesBefore].filter(([key]) => !bridgesAfter.has(key)).map(([, pair]) => sortedPair(pair)),
    };
  }
  comparison.summary = summarize(comparison, nameOf);
  return comparison;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  const text = shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : text;
}

function sectorMix(partners: readonly Partner[]): string {
  const counts = new Map<string, number>();
  for (const p of partners) {
    const label = p.sector === undefined ? 'unrecorded sector' : SECTOR_LABELS[p.sector as Sector];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  return top.map(([label, n]) => `${n} ${label}`).join(', ');
}

function summarize(c: NetworkComparison, nameOf: (id: string) => string): string {
  const sentences: string[] = [];
  const { added, removed, statusMoves } = c.partners;
  const joined = added.length > 0 ? `${plural(added.length, 'partner')} joined the map (${sectorMix(added)})` : 'no partner joined the map';
  sentences.push(`${joined}${removed.length > 0 ? ` and ${plural(removed.length, 'partner')} left it (${listNames(removed.map((p) => p.name))})` : ''}.`);
  const activated = statusMoves.filter((m) => m.to === 'active' && m.from !== 'active').reduce((s, m) => s + m.count, 0);
  if (activated > 0) sentences.push(`${plural(activated, 'partner')} became active.`);
  const r = c.relationships;
  const up = r.changed.filter((x) => x.ladder === 'up').length;
  const down = r.changed.filter((x) => x.ladder === 'down').length;
  let rel = `${plural(r.added.length, 'relationship')} ${r.added.length === 1 ? 'was' : 'were'} added and ${r.removed.length} ended`;
  if (up + down > 0) rel += `; ${plural(up, 'partnership')} moved up the participation ladder${down > 0 ? ` and ${down} down` : ''}`;
  sentences.push(`${rel}.`);
  if (c.hubs !== null) {
    const [topBefore] = c.hubs.before;
    const [topAfter] = c.hubs.after;
    if (topAfter !== undefined) {
      sentences.push(
        topAfter === topBefore
          ? `${nameOf(topAfter)} is still the top hub.`
          : `${nameOf(topAfter)} is now the top hub${topBefore === undefined ? '' : `, ahead of ${nameOf(topBefore)}`}.`,
      );
    }
    const risers = c.hubs.moved.filter((m) => m.change !== undefined && m.change >= 3).slice(0, 2);
    for (const m of risers) sentences.push(`${m.name} rose from ${ordinal(m.before!)} to ${ordinal(m.after!)}.`);
    const newcomers = c.hubs.moved.filter((m) => m.before === undefined && m.after !== undefined && m.after <= 5).slice(0, 2);
    for (const m of newcomers) sentences.push(`${m.name}, new to the analysis, ranks ${ordinal(m.after!)}.`);
  }
  if (c.communities !== null && !Number.isNaN(c.communities.stability)) {
    const s = c.communities.stability;
    const word = s >= 0.8 ? 'stayed largely the same' : s >= 0.5 ? 'shifted somewhat' : 'changed substantially';
    sentences.push(
      `The clusters ${word} (${c.communities.before} before, ${c.communities.after} now; stability ${s.toFixed(2)} on a 0-1 scale).`,
    );
  }
  if (c.fragility !== null) {
    const { newArticulationPartners: fresh, resolvedArticulationPartners: resolved } = c.fragility;
    if (fresh.length > 0) sentences.push(`New single points of failure: ${listNames(fresh.map(nameOf))}.`);
    if (resolved.length > 0) sentences.push(`No longer single points of failure: ${listNames(resolved.map(nameOf))}.`);
  }
  const first = sentences[0]!;
  sentences[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return sentences.join(' ');
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
