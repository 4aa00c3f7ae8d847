/**
 * The partner attributes the snowball analyses read (status, sector, name,
 * dates), laid out by snapshot index so that the per-candidate work reads
 * arrays, not graphology. Built once per call in O(n).
 */
import { isParticipationLevel, levelRank, type ParticipationLevel } from '../../model/participation';
import { parseIsoDate } from '../../model/dates';
import { isRelationshipKind, type RelationshipKind } from '../../model/relationship-kinds';
import { isSector, type Sector } from '../../model/sectors';
import { isPartnerStatus, type PartnerStatus } from '../../model/statuses';
import type { RelationshipAttributes } from '../../model/relationship';
import { nodeKey, partnerId } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import type { NetworkSnapshot, SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';

/** Partner attributes by snapshot index. */
export interface PartnerTable {
  readonly name: readonly string[];
  readonly status: readonly PartnerStatus[];
  readonly sector: readonly (Sector | undefined)[];
  readonly joined: readonly (string | undefined)[];
}

/** Reads name, status (absent: active), sector and join date of every partner in the view. */
export function partnerTable(network: AnyNetwork, view: NetworkSnapshot): PartnerTable {
  const n = view.order;
  const name = new Array<string>(n);
  const status = new Array<PartnerStatus>(n);
  const sector = new Array<Sector | undefined>(n);
  const joined = new Array<string | undefined>(n);
  network.forEachNode((key, attributes) => {
    const i = view.indexOf.get(partnerId(key));
    if (i === undefined) return;
    const a = attributes as Record<string, unknown>;
    const nm = getOwn(a, 'name');
    const st = getOwn(a, 'status');
    const se = getOwn(a, 'sector');
    const jo = getOwn(a, 'joined');
    name[i] = typeof nm === 'string' && nm !== '' ? nm : view.ids[i]!;
    status[i] = isPartnerStatus(st) ? st : 'active';
    sector[i] = isSector(se) ? se : undefined;
    joined[i] = typeof jo === 'string' && parseIsoDate(jo) !== undefined ? jo : undefined;
  });
  return { name, status, sector, joined };
}

/** What a person wants to know about a tie: how strong, at what level, of which kinds. */
export interface TieSummary {
  /** Tie strength in the analysis (relationships merged, weighting applied). */
  strength: number;
  /** Highest participation level among the relationships, if any has one. */
  level?: ParticipationLevel;
  /** Kinds of the relationships, sorted. */
  kinds: RelationshipKind[];
}

/** The relationship filter of a snapshot (kinds and asOf), applied when reading relationships directly. */
export function relationshipFilter(options: Pick<SnapshotOptions, 'kinds' | 'asOf'>): (a: RelationshipAttributes) => boolean {
  const kinds = options.kinds === undefined || options.kinds === 'all' ? null : new Set<string>(options.kinds);
  const asOf = options.asOf === undefined ? undefined : parseIsoDate(options.asOf);
  return (attributes) => {
    const kind = getOwn(attributes, 'kind');
    if (kinds !== null && !kinds.has(typeof kind === 'string' ? kind : 'known-tie')) return false;
    if (asOf !== undefined) {
      const since = getOwn(attributes, 'since');
      const until = getOwn(attributes, 'until');
      const s = typeof since === 'string' ? parseIsoDate(since) : undefined;
      const u = typeof until === 'string' ? parseIsoDate(until) : undefined;
      if ((s !== undefined && s > asOf) || (u !== undefined && u < asOf)) return false;
    }
    return true;
  };
}

/**
 * Level and kinds of every relationship of `id`, by the partner id at the
 * other end (relationships passing `keep` only). One pass over id's edges.
 */
export function tiesOf(
  network: AnyNetwork,
  id: string,
  keep: (a: RelationshipAttributes) => boolean,
): Map<string, { level?: ParticipationLevel; kinds: Set<RelationshipKind> }> {
  const out = new Map<string, { level?: ParticipationLevel; kinds: Set<RelationshipKind> }>();
  const key = nodeKey(id);
  network.forEachEdge(key, (_edge, attributes, source, target) => {
    const a = attributes as RelationshipAttributes;
    if (source === target || !keep(a)) return;
    const other = partnerId(source === key ? target : source);
    let entry = out.get(other);
    if (entry === undefined) {
      entry = { kinds: new Set() };
      out.set(other, entry);
    }
    const kind = getOwn(a, 'kind');
    entry.kinds.add(isRelationshipKind(kind) ? kind : 'known-tie');
    const level = getOwn(a, 'level');
    if (isParticipationLevel(level) && (entry.level === undefined || levelRank(level) > levelRank(entry.level))) entry.level = level;
  });
  return out;
}

/** The tie summary of the arc u -> v of the view, with level and kinds from `ties` (the relationships of u). */
export function tieSummary(
  strength: number,
  entry: { level?: ParticipationLevel; kinds: Set<RelationshipKind> } | undefined,
): TieSummary {
  const summary: TieSummary = { strength, kinds: entry === undefined ? [] : [...entry.kinds].sort() };
  if (entry?.level !== undefined) summary.level = entry.level;
  return summary;
}
