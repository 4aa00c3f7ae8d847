/**
 * gapAnalysis: what the partnership is missing, in the terms of the seeds.
 *
 * - Sector coverage against the full sector list (STEM Ecosystems, strategy
 *   one: "assess gaps in who is at the table"): missing, thin and
 *   over-relied-on sectors, prospects waiting in each.
 * - The participation ladder (Partnership Working guide): relationships per
 *   rung, rungs never reached, partners stuck at "information".
 * - The commitment mix (Practice Brief 3): quick wins against long-term roles.
 * - Prospects never contacted, and for how long (the network map's "partners
 *   yet to be contacted").
 * - Overdue communication: partners whose agreed frequency has lapsed.
 * - Partners whose only tie is to home: not yet woven into the community.
 *
 * Every finding carries a plain-language sentence. See docs/algorithms/gaps.md.
 */
import { COMMITMENTS, type Commitment } from '../../model/commitment';
import { FREQUENCY_DAYS, isCommunicationFrequency, type CommunicationFrequency, type CommunicationMode } from '../../model/communication';
import { daysBetween, isIsoDate, parseIsoDate } from '../../model/dates';
import { describeValue, fail } from '../../model/errors';
import { LEVEL_LABELS, PARTICIPATION_LEVELS, isParticipationLevel, levelRank, type ParticipationLevel } from '../../model/participation';
import { contactKey, type Contact } from '../../model/partner';
import { isRelationshipKind, type RelationshipKind } from '../../model/relationship-kinds';
import { SECTORS, SECTOR_LABELS, isSector, type Sector } from '../../model/sectors';
import { isPartnerStatus, type PartnerStatus } from '../../model/statuses';
import { assertNetwork, assertPartner } from '../../network/assert-network';
import { getHome } from '../../network/home';
import { partnerId } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import { ANALYSIS_STATUSES } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { compareIds, plural, relationshipFilter } from '../risk/view-relationships';

/** Sectors expected at the table by default: every sector but `other`. */
export const EXPECTED_SECTORS: readonly Sector[] = SECTORS.filter((s) => s !== 'other');

/** Statuses whose communication routine is checked for lapses: paused and former partners are not expected to be in touch. */
export const COMMUNICATING_STATUSES: readonly PartnerStatus[] = ['contacted', 'active'];

/** Options of {@link gapAnalysis}. */
export interface GapAnalysisOptions {
  /**
   * The date the analysis speaks for (ISO 8601): how long prospects have
   * waited, which communication is overdue, and which relationships are
   * current (begun on or before it, not ended before it).
   * @defaultValue the network's own `asOf` attribute when it holds an ISO
   * date, otherwise the latest date recorded in the network (a last contact,
   * a partner's `joined` or `identified`, a relationship's `since`), so the
   * same file always gives the same answer; with no date at all the
   * time-based parts are skipped
   */
  asOf?: string;
  /**
   * Partners counted "at the table" (sector coverage, ladder, commitments,
   * only-tied-to-home). Prospects are always listed under `prospects`.
   * @defaultValue `['contacted', 'active', 'paused']`
   */
  statuses?: readonly PartnerStatus[] | 'all';
  /**
   * Relationship kinds counted (ladder, commitments, only-tied-to-home).
   * @defaultValue `'all'`
   */
  kinds?: readonly RelationshipKind[] | 'all';
  /**
   * The sectors a full table should have; those with no partner are missing.
   * @defaultValue every sector except `'other'` ({@link EXPECTED_SECTORS})
   */
  sectors?: readonly Sector[];
  /**
   * A sector with at least one but fewer than this many partners is thin.
   * @defaultValue 2 (a sector resting on a single partner)
   */
  thinBelow?: number;
  /**
   * A sector holding more than this share of the partners counted is
   * over-relied on (between 0 and 1).
   * @defaultValue 0.4
   */
  overRelianceShare?: number;
  /**
   * Over-reliance is only judged with at least this many partners counted.
   * @defaultValue 5
   */
  minPartnersForShare?: number;
  /**
   * Flag the commitment mix when quick wins are at least this share of the
   * commitments recorded (between 0 and 1).
   * @defaultValue 0.5
   */
  quickWinShare?: number;
  /**
   * The home partner (left out of the counts; the only-tied-to-home check
   * needs it). `null` ignores home.
   * @defaultValue the network's home (`getHome`)
   */
  home?: string | null;
}

/** One sector's place at the table. */
export interface SectorCoverage {
  sector: Sector;
  label: string;
  /** Partners counted in this sector (home excluded). */
  partners: number;
  /** Their share of the partners counted with a sector (0 when none). */
  share: number;
  /** Prospects waiting in this sector. */
  prospects: number;
  /** True when the sector is in `options.sectors`. */
  expected: boolean;
  status: 'missing' | 'thin' | 'over-reliant' | 'covered' | 'not-expected';
}

/** A partner whose partnerships have not climbed past the first rung. */
export interface StuckPartner {
  id: string;
  name: string;
  /** Its relationships with a level (all at information). */
  relationships: string[];
  /** Earliest `since` among them, if recorded. */
  since: string | null;
  /** Days from `since` to `asOf` (null without either). */
  days: number | null;
  reason: string;
}

/** A prospect not yet contacted. */
export interface ProspectGap {
  id: string;
  name: string;
  sector: Sector | null;
  /** When it became known (`identified`), if recorded. */
  identified: string | null;
  /** Days from `identified` to `asOf` (null without either). */
  daysWaiting: number | null;
  /** Partners with a referral to it, by id (warm introductions on offer). */
  introducedBy: string[];
  /** True when no partner counted is in its sector yet. */
  fillsMissingSector: boolean;
  reason: string;
}

/** A partner whose agreed communication has lapsed. */
export interface OverdueCommunication {
  id: string;
  name: string;
  frequency: CommunicationFrequency;
  mode: CommunicationMode | null;
  /** Name (or key) of the point of contact, if recorded. */
  pointOfContact: string | null;
  lastContact: string;
  daysSince: number;
  /** Days beyond the agreed interval ({@link FREQUENCY_DAYS}). */
  daysOverdue: number;
  reason: string;
}

/** A partner with an agreed frequency but no last contact on record. */
export interface UnrecordedCommunication {
  id: string;
  name: string;
  frequency: CommunicationFrequency;
  reason: string;
}

/** A partner tied to home and to no one else. */
export interface OnlyTiedToHome {
  id: string;
  name: string;
  /** Its relationships (all with home), by id. */
  relationships: string[];
  reason: string;
}

/** The kinds of finding, in the order they are listed. */
export type GapFindingKind =
  | 'missing-sector'
  | 'thin-sector'
  | 'over-reliant-sector'
  | 'sector-not-recorded'
  | 'level-never-reached'
  | 'stuck-at-information'
  | 'no-long-term-commitment'
  | 'mostly-quick-wins'
  | 'prospect-waiting'
  | 'overdue-communication'
  | 'communication-not-recorded'
  | 'only-tied-to-home';

/** One gap, in words. */
export interface GapFinding {
  kind: GapFindingKind;
  /** What it is about: a sector, a level, a partner id, or null for the network. */
  subject: string | null;
  message: string;
}

/** What {@link gapAnalysis} returns. */
export interface GapAnalysis {
  /** The date used (null when the network records none and none was given). */
  asOf: string | null;
  asOfSource: 'option' | 'network-attribute' | 'latest-recorded-date' | 'none';
  /** The home partner left out of the counts (null when none). */
  home: string | null;
  /** Partners counted at the table (home excluded). */
  counted: number;
  sectors: {
    /** Every sector, in the order of the sector list. */
    coverage: SectorCoverage[];
    missing: Sector[];
    thin: Sector[];
    overReliant: Sector[];
    /** Partners counted with no sector recorded. */
    unrecorded: number;
  };
  ladder: {
    /** Per rung: relationships at it, and partners whose highest rung it is. */
    levels: { level: ParticipationLevel; label: string; relationships: number; partners: number }[];
    /** Partnerships counted with no level (other kinds are not expected to have one). */
    unleveled: number;
    neverReached: ParticipationLevel[];
    highestReached: ParticipationLevel | null;
    /** By days at information (longest first, unknown last), then id. */
    stuckAtInformation: StuckPartner[];
  };
  commitments: {
    counts: { commitment: Commitment; relationships: number; share: number }[];
    /** Partnerships counted with no commitment. */
    unrecorded: number;
  };
  /** By days waiting (longest first, unknown last), then id. */
  prospects: ProspectGap[];
  /** By days overdue (most first), then id. Empty without an `asOf` date. */
  overdue: OverdueCommunication[];
  /** By id. */
  communicationNotRecorded: UnrecordedCommunication[];
  /** By id. Empty without a home. */
  onlyTiedToHome: OnlyTiedToHome[];
  /** Every gap in words, section by section. */
  findings: GapFinding[];
}

interface PartnerRecord {
  id: string;
  name: string;
  status: PartnerStatus;
  sector: Sector | null;
  attributes: Record<string, unknown>;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function checkShare(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    fail(fn, 'invalid-argument', `${name} must be a number above 0 and at most 1; received ${describeValue(value)}.`);
  }
  return value;
}

function checkCount(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(fn, 'invalid-argument', `${name} must be an integer of at least ${min}; received ${describeValue(value)}.`);
  }
  return value;
}

/** The latest date recorded in the network: last contacts, joined and identified dates, relationship start dates. */
function latestRecordedDate(network: AnyNetwork): string | null {
  let best: string | null = null;
  let bestMs = -Infinity;
  const consider = (value: unknown): void => {
    if (typeof value !== 'string') return;
    const ms = parseIsoDate(value);
    if (ms !== undefined && ms > bestMs) {
      bestMs = ms;
      best = value;
    }
  };
  network.forEachNode((_key, attributes) => {
    const a = attributes as Record<string, unknown>;
    consider(getOwn(a, 'joined'));
    consider(getOwn(a, 'identified'));
    const communication = getOwn(a, 'communication');
    if (typeof communication === 'object' && communication !== null) consider(getOwn(communication as Record<string, unknown>, 'lastContact'));
  });
  network.forEachEdge((_key, attributes) => consider(getOwn(attributes as Record<string, unknown>, 'since')));
  return best;
}

/**
 * The gaps of a partnership network: sector coverage (missing, thin,
 * over-relied-on sectors), the participation-ladder distribution (rungs never
 * reached, partners stuck at information), the commitment mix, prospects
 * never contacted and for how long, overdue communication, and partners whose
 * only tie is to home; each with a plain-language finding.
 *
 * @example
 * const gaps = gapAnalysis(network, { asOf: '2025-06-30' });
 * gaps.findings.map((f) => f.message);
 * // ["No library is at the table yet (1 prospect waiting).", ...]
 */
export function gapAnalysis(network: AnyNetwork, options: GapAnalysisOptions = {}): GapAnalysis {
  const fn = 'gapAnalysis';
  assertNetwork(fn, network);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const {
    asOf: asOfOption,
    statuses = ANALYSIS_STATUSES,
    kinds = 'all',
    sectors: expectedOption = EXPECTED_SECTORS,
    thinBelow = 2,
    overRelianceShare = 0.4,
    minPartnersForShare = 5,
    quickWinShare = 0.5,
    home: homeOption,
  } = options;
  if (asOfOption !== undefined && !isIsoDate(asOfOption)) {
    fail(fn, 'invalid-argument', `asOf must be an ISO 8601 date; received ${describeValue(asOfOption)}.`);
  }
  let statusSet: ReadonlySet<string> | null = null;
  if (statuses !== 'all') {
    if (!Array.isArray(statuses)) fail(fn, 'invalid-argument', `statuses must be an array or 'all'; received ${describeValue(statuses)}.`);
    for (const s of statuses) if (!isPartnerStatus(s)) fail(fn, 'invalid-argument', `statuses has an unknown value ${describeValue(s)}.`);
    statusSet = new Set<string>(statuses);
  }
  if (kinds !== 'all') {
    if (!Array.isArray(kinds)) fail(fn, 'invalid-argument', `kinds must be an array or 'all'; received ${describeValue(kinds)}.`);
    for (const k of kinds) if (!isRelationshipKind(k)) fail(fn, 'invalid-argument', `kinds has an unknown value ${describeValue(k)}.`);
  }
  if (!Array.isArray(expectedOption)) fail(fn, 'invalid-argument', `sectors must be an array of sectors; received ${describeValue(expectedOption)}.`);
  for (const s of expectedOption) if (!isSector(s)) fail(fn, 'invalid-argument', `sectors has an unknown value ${describeValue(s)}.`);
  checkCount(fn, 'thinBelow', thinBelow, 1);
  checkShare(fn, 'overRelianceShare', overRelianceShare);
  checkCount(fn, 'minPartnersForShare', minPartnersForShare, 0);
  checkShare(fn, 'quickWinShare', quickWinShare);
  if (homeOption !== undefined && homeOption !== null) assertPartner(fn, network, homeOption, 'home');
  const home = homeOption === undefined ? (getHome(network) ?? null) : homeOption;

  // The date.
  let asOf: string | null = asOfOption ?? null;
  let asOfSource: GapAnalysis['asOfSource'] = 'option';
  if (asOf === null) {
    const attribute: unknown = network.getAttribute('asOf');
    if (isIsoDate(attribute)) {
      asOf = attribute;
      asOfSource = 'network-attribute';
    } else {
      asOf = latestRecordedDate(network);
      asOfSource = asOf === null ? 'none' : 'latest-recorded-date';
    }
  }
  const keep = relationshipFilter(fn, { kinds, asOf: asOf ?? undefined });
  const expected = new Set<string>(expectedOption);

  // Partners.
  const partners = new Map<string, PartnerRecord>();
  network.forEachNode((key, attributes) => {
    const a = attributes as Record<string, unknown>;
    const id = partnerId(key);
    const name = getOwn(a, 'name');
    const status = getOwn(a, 'status');
    const sector = getOwn(a, 'sector');
    partners.set(id, {
      id,
      name: typeof name === 'string' && name !== '' ? name : id,
      status: isPartnerStatus(status) ? status : 'active',
      sector: isSector(sector) ? sector : null,
      attributes: a,
    });
  });
  const isCounted = (p: PartnerRecord): boolean => statusSet === null || statusSet.has(p.status);
  const atTable = [...partners.values()].filter((p) => isCounted(p) && p.id !== home);
  const nameOf = (id: string): string => partners.get(id)?.name ?? id;
  const findings: GapFinding[] = [];

  // Sectors.
  const sectorCount = new Map<string, number>();
  const prospectCount = new Map<string, number>();
  let unrecordedSector = 0;
  for (const p of atTable) {
    if (p.sector === null) unrecordedSector += 1;
    else sectorCount.set(p.sector, (sectorCount.get(p.sector) ?? 0) + 1);
  }
  const prospects = [...partners.values()].filter((p) => p.status === 'prospect' && p.id !== home);
  for (const p of prospects) if (p.sector !== null) prospectCount.set(p.sector, (prospectCount.get(p.sector) ?? 0) + 1);
  const withSector = atTable.length - unrecordedSector;
  const coverage: SectorCoverage[] = SECTORS.map((sector) => {
    const count = sectorCount.get(sector) ?? 0;
    const s = share(count, withSector);
    const isExpected = expected.has(sector);
    let status: SectorCoverage['status'];
    if (count === 0) status = isExpected ? 'missing' : 'not-expected';
    else if (withSector >= minPartnersForShare && s > overRelianceShare) status = 'over-reliant';
    else if (count < thinBelow) status = 'thin';
    else status = 'covered';
    return { sector, label: SECTOR_LABELS[sector], partners: count, share: s, prospects: prospectCount.get(sector) ?? 0, expected: isExpected, status };
  });
  const missing = coverage.filter((c) => c.status === 'missing');
  const thin = coverage.filter((c) => c.status === 'thin');
  const overReliant = coverage.filter((c) => c.status === 'over-reliant');
  for (const c of missing) {
    const waiting = c.prospects > 0 ? ` (${plural(c.prospects, 'prospect')} waiting)` : '';
    findings.push({ kind: 'missing-sector', subject: c.sector, message: `No ${c.label} is at the table yet${waiting}.` });
  }
  for (const c of thin) {
    const only = atTable.filter((p) => p.sector === c.sector).map((p) => p.name).sort(compareIds);
    const which = c.partners === 1 ? `only ${only[0]}` : `only ${c.partners} partners`;
    findings.push({ kind: 'thin-sector', subject: c.sector, message: `The ${c.label} sector is thin: ${which}.` });
  }
  for (const c of overReliant) {
    findings.push({
      kind: 'over-reliant-sector',
      subject: c.sector,
      message: `The partnership leans on one sector: ${c.partners} of ${withSector} partners (${percent(c.share)}) are ${c.label}.`,
    });
  }
  if (unrecordedSector > 0) {
    findings.push({
      kind: 'sector-not-recorded',
      subject: null,
      message: `${plural(unrecordedSector, 'partner has', 'partners have')} no sector recorded, so coverage may be better than it looks.`,
    });
  }

  // Relationships at the table: both ends counted, current on asOf, kind kept, not a self-loop.
  const counted = new Set(atTable.map((p) => p.id));
  if (home !== null && partners.has(home) && isCounted(partners.get(home)!)) counted.add(home);
  const levelRelationships = new Array<number>(PARTICIPATION_LEVELS.length).fill(0);
  let unleveled = 0;
  const commitmentCount = new Map<string, number>();
  let unrecordedCommitment = 0;
  const highest = new Map<string, number>();
  const informationRels = new Map<string, { ids: string[]; since: string | null; sinceMs: number }>();
  const neighbours = new Map<string, { others: boolean; homeRels: string[] }>();
  const referrers = new Map<string, Set<string>>();
  network.forEachEdge((id, attributes, sourceKey, targetKey) => {
    const a = attributes as Record<string, unknown>;
    const source = partnerId(sourceKey);
    const target = partnerId(targetKey);
    // Referrals to prospects: warm introductions on offer, whatever the filters.
    if (getOwn(a, 'kind') === 'referral' && partners.get(target)?.status === 'prospect' && source !== target) {
      let set = referrers.get(target);
      if (set === undefined) referrers.set(target, (set = new Set()));
      set.add(source);
    }
    if (source === target || !counted.has(source) || !counted.has(target) || !keep(a as never)) return;
    const level = getOwn(a, 'level');
    if (isParticipationLevel(level)) {
      const rank = levelRank(level);
      levelRelationships[rank] += 1;
      for (const end of [source, target]) {
        if (end === home) continue;
        if ((highest.get(end) ?? -1) < rank) highest.set(end, rank);
        if (rank === 0) {
          const since = getOwn(a, 'since');
          const sinceMs = typeof since === 'string' ? (parseIsoDate(since) ?? Infinity) : Infinity;
          const entry = informationRels.get(end) ?? { ids: [], since: null, sinceMs: Infinity };
          entry.ids.push(id);
          if (sinceMs < entry.sinceMs) {
            entry.sinceMs = sinceMs;
            entry.since = since as string;
          }
          informationRels.set(end, entry);
        }
      }
    } else if (getOwn(a, 'kind') === 'partnership') unleveled += 1;
    const commitment = getOwn(a, 'commitment');
    if (typeof commitment === 'string' && (COMMITMENTS as readonly string[]).includes(commitment)) {
      commitmentCount.set(commitment, (commitmentCount.get(commitment) ?? 0) + 1);
    } else if (getOwn(a, 'kind') === 'partnership') unrecordedCommitment += 1;
    for (const [end, other] of [
      [source, target],
      [target, source],
    ] as const) {
      if (end === home) continue;
      const entry = neighbours.get(end) ?? { others: false, homeRels: [] };
      if (other === home) entry.homeRels.push(id);
      else entry.others = true;
      neighbours.set(end, entry);
    }
  });

  // Ladder.
  const partnersAtLevel = new Array<number>(PARTICIPATION_LEVELS.length).fill(0);
  for (const rank of highest.values()) partnersAtLevel[rank] += 1;
  const levels = PARTICIPATION_LEVELS.map((level, rank) => ({
    level,
    label: LEVEL_LABELS[level],
    relationships: levelRelationships[rank],
    partners: partnersAtLevel[rank],
  }));
  const leveled = levelRelationships.reduce((s, x) => s + x, 0);
  const neverReached = leveled === 0 ? [] : levels.filter((l) => l.relationships === 0).map((l) => l.level);
  let highestReached: ParticipationLevel | null = null;
  for (const l of levels) if (l.relationships > 0) highestReached = l.level;
  for (const level of neverReached) {
    findings.push({
      kind: 'level-never-reached',
      subject: level,
      message: `No partnership has reached "${LEVEL_LABELS[level]}" on the participation ladder.`,
    });
  }
  const stuckAtInformation: StuckPartner[] = [];
  for (const [id, rank] of highest) {
    if (rank !== 0) continue;
    const entry = informationRels.get(id)!;
    const days = entry.since !== null && asOf !== null ? daysBetween(entry.since, asOf) : null;
    const name = nameOf(id);
    const span = days !== null && days >= 0 ? ` for ${plural(days, 'day')} (since ${entry.since})` : '';
    stuckAtInformation.push({
      id,
      name,
      relationships: entry.ids.sort(compareIds),
      since: entry.since,
      days,
      reason: `${name} has only shared information${span}; no partnership with it has reached consultation or beyond.`,
    });
  }
  stuckAtInformation.sort((a, b) => (b.days ?? -Infinity) - (a.days ?? -Infinity) || compareIds(a.id, b.id));
  for (const s of stuckAtInformation) findings.push({ kind: 'stuck-at-information', subject: s.id, message: s.reason });

  // Commitments.
  const recorded = [...commitmentCount.values()].reduce((s, x) => s + x, 0);
  const commitmentCounts = COMMITMENTS.map((commitment) => ({
    commitment,
    relationships: commitmentCount.get(commitment) ?? 0,
    share: share(commitmentCount.get(commitment) ?? 0, recorded),
  }));
  const quick = commitmentCount.get('quick-win') ?? 0;
  const long = commitmentCount.get('long-term') ?? 0;
  if (recorded > 0 && long === 0) {
    findings.push({
      kind: 'no-long-term-commitment',
      subject: 'long-term',
      message: `None of the ${plural(recorded, 'commitment')} recorded is long-term: no partner yet has a lasting role such as mentoring youth over weeks.`,
    });
  }
  if (recorded > 0 && share(quick, recorded) >= quickWinShare) {
    findings.push({
      kind: 'mostly-quick-wins',
      subject: 'quick-win',
      message: `${quick} of ${plural(recorded, 'commitment')} (${percent(share(quick, recorded))}) are quick wins, such as a career-fair visit; ${long} ${long === 1 ? 'is' : 'are'} long-term.`,
    });
  }

  // Prospects.
  const prospectGaps: ProspectGap[] = prospects.map((p) => {
    const identifiedRaw = getOwn(p.attributes, 'identified');
    const identified = isIsoDate(identifiedRaw) ? identifiedRaw : null;
    const days = identified !== null && asOf !== null ? daysBetween(identified, asOf) : null;
    const introducedBy = [...(referrers.get(p.id) ?? [])].sort(compareIds);
    const fillsMissingSector = p.sector !== null && (sectorCount.get(p.sector) ?? 0) === 0;
    let reason = p.sector === null ? `${p.name} is a prospect not yet contacted` : `${p.name} (${SECTOR_LABELS[p.sector]}) is a prospect not yet contacted`;
    reason += days !== null && days >= 0 ? `, known for ${plural(days, 'day')} (since ${identified})` : '';
    reason += fillsMissingSector ? `; it would be your first ${SECTOR_LABELS[p.sector!]}` : '';
    reason += introducedBy.length > 0 ? `; ${introducedBy.map(nameOf).join(', ')} can introduce you.` : '.';
    return { id: p.id, name: p.name, sector: p.sector, identified, daysWaiting: days, introducedBy, fillsMissingSector, reason };
  });
  prospectGaps.sort((a, b) => (b.daysWaiting ?? -Infinity) - (a.daysWaiting ?? -Infinity) || compareIds(a.id, b.id));
  for (const p of prospectGaps) findings.push({ kind: 'prospect-waiting', subject: p.id, message: p.reason });

  // Communication.
  const overdue: OverdueCommunication[] = [];
  const communicationNotRecorded: UnrecordedCommunication[] = [];
  for (const p of partners.values()) {
    if (p.id === home || !COMMUNICATING_STATUSES.includes(p.status)) continue;
    const communication = getOwn(p.attributes, 'communication');
    if (typeof communication !== 'object' || communication === null) continue;
    const c = communication as Record<string, unknown>;
    const frequency = getOwn(c, 'frequency');
    if (!isCommunicationFrequency(frequency) || frequency === 'as-needed') continue;
    const lastContact = getOwn(c, 'lastContact');
    if (!isIsoDate(lastContact)) {
      communicationNotRecorded.push({
        id: p.id,
        name: p.name,
        frequency,
        reason: `${p.name} agreed to ${frequency} contact, but no last contact is recorded.`,
      });
      continue;
    }
    if (asOf === null) continue;
    const daysSince = daysBetween(lastContact, asOf);
    const limit = FREQUENCY_DAYS[frequency];
    if (daysSince <= limit) continue;
    const mode = getOwn(c, 'mode');
    const poc = getOwn(p.attributes, 'pointOfContact');
    const pointOfContact = typeof poc === 'string' ? contactName(p.attributes, poc) : null;
    overdue.push({
      id: p.id,
      name: p.name,
      frequency,
      mode: typeof mode === 'string' ? (mode as CommunicationMode) : null,
      pointOfContact,
      lastContact,
      daysSince,
      daysOverdue: daysSince - limit,
      reason:
        `${p.name} agreed to ${frequency} contact, but the last was ${plural(daysSince, 'day')} ago (${lastContact})` +
        (pointOfContact !== null ? `; reach ${pointOfContact}` : '') +
        (typeof mode === 'string' ? ` by ${mode}.` : '.'),
    });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || compareIds(a.id, b.id));
  communicationNotRecorded.sort((a, b) => compareIds(a.id, b.id));
  for (const o of overdue) findings.push({ kind: 'overdue-communication', subject: o.id, message: o.reason });
  for (const u of communicationNotRecorded) findings.push({ kind: 'communication-not-recorded', subject: u.id, message: u.reason });

  // Only tied to home.
  const onlyTiedToHome: OnlyTiedToHome[] = [];
  if (home !== null) {
    for (const [id, entry] of neighbours) {
      if (entry.others || entry.homeRels.length === 0) continue;
      const name = nameOf(id);
      onlyTiedToHome.push({
        id,
        name,
        relationships: entry.homeRels.sort(compareIds),
        reason: `${name} is tied only to ${nameOf(home)}: not yet woven into the rest of the community.`,
      });
    }
    onlyTiedToHome.sort((a, b) => compareIds(a.id, b.id));
    for (const o of onlyTiedToHome) findings.push({ kind: 'only-tied-to-home', subject: o.id, message: o.reason });
  }

  return {
    asOf,
    asOfSource,
    home,
    counted: atTable.length,
    sectors: {
      coverage,
      missing: missing.map((c) => c.sector),
      thin: thin.map((c) => c.sector),
      overReliant: overReliant.map((c) => c.sector),
      unrecorded: unrecordedSector,
    },
    ladder: { levels, unleveled, neverReached, highestReached, stuckAtInformation },
    commitments: { counts: commitmentCounts, unrecorded: unrecordedCommitment },
    prospects: prospectGaps,
    overdue,
    communicationNotRecorded,
    onlyTiedToHome,
    findings,
  };
}

/** The name of the contact a key refers to, among a partner's contacts (the key itself otherwise). */
function contactName(attributes: Record<string, unknown>, key: string): string {
  const contacts = getOwn(attributes, 'contacts');
  if (Array.isArray(contacts)) {
    for (const c of contacts as Contact[]) {
      if (typeof c === 'object' && c !== null && typeof c.name === 'string' && contactKey(c) === key) return c.name;
    }
  }
  return key;
}
