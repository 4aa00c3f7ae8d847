/**
 * whomToAsk: the snowball "ask" list. Which of your partners could open the
 * most doors to organisations you have not yet explored (prospects and
 * contacted organisations on the map), and which doors; plus the partners
 * whose own networks are not on the map at all, who are worth asking "who
 * else should we contact?" precisely because the map cannot tell.
 */
import type { Sector } from '../../model/sectors';
import type { PartnerStatus } from '../../model/statuses';
import type { ParticipationLevel } from '../../model/participation';
import { assertNetwork } from '../../network/assert-network';
import { partnerId } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import type { NetworkSnapshot, SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { assertOptions, checkBoolean, checkLimit, checkSectors, checkStatuses, undirectedView } from './options';
import { partnerTable, relationshipFilter, tiesOf } from './partner-table';
import { countWord } from './reasons';
import {
  CANDIDATE_STATUSES,
  DEFAULT_CANDIDATE_STATUSES,
  DEFAULT_INTRODUCER_STATUSES,
  INTRODUCER_STATUSES,
  resolveSubject,
} from './subject';
import type { SnowballWarning } from './warnings';

/** Options of {@link whomToAsk}. */
export interface WhomToAskOptions extends Omit<SnapshotOptions, 'statuses' | 'directed'> {
  /**
   * The partner whose partners are ranked.
   * @defaultValue the home partner
   */
  for?: string;
  /**
   * Statuses of unexplored organisations (`prospect`, `contacted`, `paused`, `former`).
   * @defaultValue `['prospect', 'contacted']`
   */
  statuses?: readonly PartnerStatus[];
  /**
   * Count former partners as unexplored too.
   * @defaultValue false
   */
  includeFormer?: boolean;
  /**
   * Only doors to organisations in these sectors.
   * @defaultValue every sector
   */
  sectors?: readonly Sector[];
  /**
   * Statuses of the partners to ask (`active`, `paused`, `contacted`).
   * @defaultValue `['active']`
   */
  introducerStatuses?: readonly PartnerStatus[];
  /**
   * Most partners returned (a non-negative integer, or Infinity).
   * @defaultValue 10
   */
  limit?: number;
  /** A snapshot to reuse; build it with `statuses: 'all'`. */
  snapshot?: NetworkSnapshot;
}

/** An organisation not yet explored. */
export interface UnexploredOrganisation {
  id: string;
  name: string;
  sector?: Sector;
  status: PartnerStatus;
}

/** An organisation a partner could open the door to. */
export interface Door extends UnexploredOrganisation {
  /** Strength of the partner's tie with it. */
  strength: number;
  /** True when no other partner of yours knows it. */
  onlyDoor: boolean;
}

/** A partner worth asking. */
export interface AskEntry {
  /** 1 for the first to ask. */
  rank: number;
  id: string;
  name: string;
  sector?: Sector;
  /** The level of its relationship with you, if recorded. */
  level?: ParticipationLevel;
  /** Unexplored organisations it knows, strongest tie first. */
  doors: Door[];
  /** How many of those only it can open. */
  onlyDoors: number;
  /** "could open doors to 4 organisations, 2 that no other partner knows". */
  reason: string;
}

/** What {@link whomToAsk} returns. */
export interface WhomToAskResult {
  for: string;
  forName: string;
  /** Partners ranked by doors (then only-doors, then total tie strength, then id). */
  partners: AskEntry[];
  /** Unexplored organisations none of your partners knows, by id. */
  unreachable: UnexploredOrganisation[];
  /**
   * Your partners with no recorded tie to anyone but you and no introductions
   * made: the map knows nothing of their networks, so ask them.
   */
  notYetAsked: string[];
  warnings: SnowballWarning[];
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks your partners by how many unexplored organisations they could
 * introduce you to, listing those organisations.
 *
 * @example
 * const { partners } = whomToAsk(exampleNetwork(), { limit: 3 });
 * // partners[0].name: 'Cedar Valley Latino Community Alliance'
 * // partners[0].reason: 'could open doors to two unexplored organisations, one that no other partner of yours knows'
 */
export function whomToAsk(network: AnyNetwork, options: WhomToAskOptions = {}): WhomToAskResult {
  const fn = 'whomToAsk';
  assertNetwork(fn, network);
  assertOptions(fn, options);
  const limit = checkLimit(fn, options.limit, 10);
  const includeFormer = checkBoolean(fn, 'includeFormer', options.includeFormer, false);
  const statuses = checkStatuses(fn, 'statuses', options.statuses, DEFAULT_CANDIDATE_STATUSES, CANDIDATE_STATUSES);
  if (includeFormer && !statuses.includes('former')) statuses.push('former');
  const introducerStatuses = checkStatuses(fn, 'introducerStatuses', options.introducerStatuses, DEFAULT_INTRODUCER_STATUSES, INTRODUCER_STATUSES);
  const sectors = checkSectors(fn, options.sectors);
  const view = undirectedView(fn, network, {
    statuses: 'all',
    kinds: options.kinds,
    weighting: options.weighting,
    asOf: options.asOf,
    snapshot: options.snapshot,
  });
  const table = partnerTable(network, view);
  const subject = resolveSubject(fn, network, view, table, options.for, statuses, introducerStatuses, sectors);
  const { offsets, targets, strengths } = view;
  const n = view.order;

  // How many of your partners know each candidate.
  const knownBy = new Int32Array(n);
  for (let z = 0; z < n; z += 1) {
    if (subject.partner[z] !== 1) continue;
    for (let k = offsets[z]!; k < offsets[z + 1]!; k += 1) if (subject.candidate[targets[k]!] === 1) knownBy[targets[k]!] += 1;
  }
  const subjectTies = tiesOf(network, subject.id, relationshipFilter(options));
  const referrers = new Set<string>();
  network.forEachEdge((_e, attributes, source) => {
    if (getOwn(attributes as Record<string, unknown>, 'kind') === 'referral') referrers.add(partnerId(source));
  });

  interface Ranked extends Omit<AskEntry, 'rank'> {
    total: number;
  }
  const ranked: Ranked[] = [];
  const notYetAsked: string[] = [];
  for (let z = 0; z < n; z += 1) {
    if (subject.partner[z] !== 1) continue;
    const doors: Door[] = [];
    let total = 0;
    let others = 0;
    for (let k = offsets[z]!; k < offsets[z + 1]!; k += 1) {
      const c = targets[k]!;
      if (c !== subject.index) others += 1;
      if (subject.candidate[c] !== 1) continue;
      const door: Door = {
        id: view.ids[c]!,
        name: table.name[c]!,
        status: table.status[c]!,
        strength: strengths[k]!,
        onlyDoor: knownBy[c] === 1,
      };
      if (table.sector[c] !== undefined) door.sector = table.sector[c];
      doors.push(door);
      total += strengths[k]!;
    }
    const id = view.ids[z]!;
    if (others === 0 && !referrers.has(id)) notYetAsked.push(id);
    if (doors.length === 0) continue;
    doors.sort((x, y) => y.strength - x.strength || compareIds(x.id, y.id));
    const onlyDoors = doors.filter((d) => d.onlyDoor).length;
    const reason = askReason(doors, onlyDoors);
    const entry: Ranked = { id, name: table.name[z]!, doors, onlyDoors, reason, total };
    if (table.sector[z] !== undefined) entry.sector = table.sector[z];
    const level = subjectTies.get(id)?.level;
    if (level !== undefined) entry.level = level;
    ranked.push(entry);
  }
  ranked.sort(
    (x, y) => y.doors.length - x.doors.length || y.onlyDoors - x.onlyDoors || y.total - x.total || compareIds(x.id, y.id),
  );
  const unreachable: UnexploredOrganisation[] = [];
  for (let c = 0; c < n; c += 1) {
    if (subject.candidate[c] !== 1 || knownBy[c] !== 0) continue;
    const entry: UnexploredOrganisation = { id: view.ids[c]!, name: table.name[c]!, status: table.status[c]! };
    if (table.sector[c] !== undefined) entry.sector = table.sector[c];
    unreachable.push(entry);
  }
  const warnings: SnowballWarning[] = [];
  if (ranked.length === 0) {
    warnings.push({
      code: 'no-doors',
      message: 'none of your partners is recorded as knowing an unexplored organisation: ask them who else you should contact, and record the answers.',
    });
  }
  return {
    for: subject.id,
    forName: table.name[subject.index]!,
    partners: ranked.slice(0, limit === Infinity ? ranked.length : limit).map(({ total: _t, ...entry }, i) => ({ rank: i + 1, ...entry })),
    unreachable: unreachable.sort((x, y) => compareIds(x.id, y.id)),
    notYetAsked: notYetAsked.sort(compareIds),
    warnings,
  };
}

/** "could open doors to three unexplored organisations, one that no other partner of yours knows". */
function askReason(doors: readonly Door[], onlyDoors: number): string {
  const n = doors.length;
  if (n === 1) {
    return onlyDoors === 1
      ? `the only partner of yours who knows ${doors[0]!.name}`
      : `knows one unexplored organisation, ${doors[0]!.name}`;
  }
  const base = `could open doors to ${countWord(n)} unexplored organisations`;
  if (onlyDoors === 0) return base;
  if (onlyDoors === n) return `${base}, none of which any other partner of yours knows`;
  return `${base}, ${countWord(onlyDoors)} that no other partner of yours knows`;
}
