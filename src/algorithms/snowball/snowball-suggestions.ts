/**
 * snowballSuggestions: whom to approach next, who can introduce you, by which
 * path, and why. The snowball strategy of the seeds ("ask each partner who
 * else we should contact") turned into a ranked, explained list.
 *
 * Scoring (docs/algorithms/snowball.md):
 *
 *     score = index x (1 + sectorWeight x sectorGain)
 *
 * `index` is the link-prediction index between the subject and the candidate
 * on the map (resource allocation by default, weighted by tie strength and
 * participation level); `sectorGain` = 1 / (1 + partners already in the
 * candidate's sector). Every component is in the result.
 *
 * The view includes every status: who knows whom does not depend on where an
 * organisation stands in our pipeline (a prospect's ties to our partners are
 * the whole point). Candidates are filtered by status afterwards.
 */
import { describeValue, fail } from '../../model/errors';
import type { ParticipationLevel } from '../../model/participation';
import { isAtLeastLevel } from '../../model/participation';
import type { RelationshipAttributes } from '../../model/relationship';
import type { Sector } from '../../model/sectors';
import type { PartnerStatus } from '../../model/statuses';
import { assertNetwork } from '../../network/assert-network';
import { nodeKey, partnerId } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import type { NetworkSnapshot, SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { describeIndex, resolveLinkIndex, type LinkIndex, type LinkIndexOptions } from './indices/link-index';
import { ScoreBuffer } from './indices/score-buffer';
import { createSourceScorer } from './indices/source-scorer';
import {
  assertOptions,
  checkBoolean,
  checkLevel,
  checkLimit,
  checkNonNegative,
  checkSectors,
  checkStatuses,
  undirectedView,
} from './options';
import { partnerTable, relationshipFilter, tiesOf, tieSummary, type TieSummary } from './partner-table';
import { introducerReason, noIntroducerReason, referralReason, statusReason } from './reasons';
import { sectorCounts, sectorGain, sectorReason } from './sector-coverage';
import { snowballWaves } from './snowball-waves';
import {
  CANDIDATE_STATUSES,
  DEFAULT_CANDIDATE_STATUSES,
  DEFAULT_INTRODUCER_STATUSES,
  INTRODUCER_STATUSES,
  resolveSubject,
} from './subject';
import { shapeWarnings, type SnowballWarning } from './warnings';
import { pathTo, warmestPaths } from './warmest-paths';

/** The scoring formula, as stated in every result. */
export const SUGGESTION_FORMULA = 'score = index x (1 + sectorWeight x sectorGain), sectorGain = 1 / (1 + partners already in the sector)';

/** Options of {@link snowballSuggestions}. */
export interface SnowballSuggestionsOptions extends Omit<SnapshotOptions, 'statuses' | 'directed'>, LinkIndexOptions {
  /**
   * The partner the suggestions are for.
   * @defaultValue the home partner
   */
  for?: string;
  /**
   * Statuses of the organisations to suggest (`prospect`, `contacted`,
   * `paused`, `former`; active partners are never suggested).
   * @defaultValue `['prospect', 'contacted']`
   */
  statuses?: readonly PartnerStatus[];
  /**
   * Suggest former partners too (same as adding `former` to `statuses`).
   * @defaultValue false
   */
  includeFormer?: boolean;
  /**
   * Suggest only organisations in these sectors.
   * @defaultValue every sector (and organisations with none recorded)
   */
  sectors?: readonly Sector[];
  /**
   * Keep only suggestions with at least one introducer whose own relationship
   * with you is at this participation level or above.
   * @defaultValue undefined (no minimum)
   */
  minIntroducerLevel?: ParticipationLevel;
  /**
   * Who can introduce: your partners with these statuses (`active`, `paused`,
   * `contacted`). A paused or merely contacted partner is a weak route to an
   * introduction, so only active partners count by default.
   * @defaultValue `['active']`
   */
  introducerStatuses?: readonly PartnerStatus[];
  /**
   * Weight of the sector-coverage gain in the score; 0 ranks by the index alone.
   * @defaultValue 1
   */
  sectorWeight?: number;
  /**
   * Most suggestions returned (a non-negative integer, or Infinity for all).
   * @defaultValue 10
   */
  limit?: number;
  /** A snapshot to reuse; build it with `statuses: 'all'` so that prospects are in it. */
  snapshot?: NetworkSnapshot;
}

/** A partner who could make the introduction, with both ties. */
export interface Introducer {
  id: string;
  name: string;
  status: PartnerStatus;
  /** The introducer's tie with you (null when none is recorded: a partner by status only). */
  toYou: TieSummary | null;
  /** The introducer's tie with the suggested organisation. */
  toThem: TieSummary;
}

/** The warmest path from you to the suggested organisation. */
export interface WarmPath {
  /** Partner ids, you first. */
  ids: string[];
  /** Their names. */
  names: string[];
  /** Total distance (sum of 1 / tie strength). */
  distance: number;
  /** The weakest tie strength on the path. */
  weakestTie: number;
}

/** Score components of a suggestion; `score` combines them by {@link SUGGESTION_FORMULA}. */
export interface SuggestionComponents {
  /** The link-prediction index between you and the organisation. */
  index: number;
  /** Sector-coverage gain, 1 / (1 + partners already in its sector); 0 without a sector. */
  sectorGain: number;
  /** Current partners in its sector (active or paused, home excluded). */
  partnersInSector: number;
  /** The weight given to the gain. */
  sectorWeight: number;
}

/** One suggested organisation. */
export interface SnowballSuggestion {
  /** 1 for the best. */
  rank: number;
  id: string;
  name: string;
  sector?: Sector;
  status: PartnerStatus;
  /** The combined score. */
  score: number;
  components: SuggestionComponents;
  /** Your partners who know it, warmest first (shortest two-tie route, then id). */
  introducers: Introducer[];
  /** The warmest path from you through active partners (and home), or null when there is none. */
  path: WarmPath | null;
  /** Recorded referrals to it: who introduced it, and when. */
  referrals: { from: string; name: string; since?: string }[];
  /** The snowball wave it would join in (from {@link snowballWaves}). */
  wave: number;
  /** Plain-language reasons. */
  reasons: string[];
}

/** What {@link snowballSuggestions} returns. */
export interface SnowballSuggestionsResult {
  /** The partner the suggestions are for. */
  for: string;
  /** Its name. */
  forName: string;
  index: LinkIndex;
  weighted: boolean;
  /** The index and its parameters, in words. */
  description: string;
  /** How `score` is computed. */
  formula: string;
  /** Organisations that passed the filters (before `limit`). */
  candidates: number;
  /** Of those, how many at least one of your partners knows. */
  withIntroducers: number;
  suggestions: SnowballSuggestion[];
  /** Why the scores may mean little here, if they may. */
  warnings: SnowballWarning[];
  /** Shape of the map the index ran on. */
  network: { partners: number; ties: number; averageClustering: number; transitivity: number };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks the organisations worth approaching next, each with its introducers,
 * the warmest path and the reasons. Suggestions are leads to check with the
 * introducers, not certainties.
 *
 * @example
 * const { suggestions } = snowballSuggestions(exampleNetwork(), { limit: 5 });
 * for (const s of suggestions) console.log(s.name, '|', s.reasons.join('; '));
 * // Cedar County Public Library | known by two of your partners, one at supporting independent
 * // community interest level; would be your first library; introduced by Cedar Valley Latino
 * // Community Alliance and Cedar County 4-H in 2025, wave 2
 */
export function snowballSuggestions(network: AnyNetwork, options: SnowballSuggestionsOptions = {}): SnowballSuggestionsResult {
  const fn = 'snowballSuggestions';
  assertNetwork(fn, network);
  assertOptions(fn, options);
  const spec = resolveLinkIndex(fn, options);
  const limit = checkLimit(fn, options.limit, 10);
  const includeFormer = checkBoolean(fn, 'includeFormer', options.includeFormer, false);
  const statuses = checkStatuses(fn, 'statuses', options.statuses, DEFAULT_CANDIDATE_STATUSES, CANDIDATE_STATUSES);
  if (includeFormer && !statuses.includes('former')) statuses.push('former');
  const introducerStatuses = checkStatuses(fn, 'introducerStatuses', options.introducerStatuses, DEFAULT_INTRODUCER_STATUSES, INTRODUCER_STATUSES);
  const sectors = checkSectors(fn, options.sectors);
  const minLevel = checkLevel(fn, 'minIntroducerLevel', options.minIntroducerLevel);
  const sectorWeight = checkNonNegative(fn, 'sectorWeight', options.sectorWeight, 1);
  // Not an option of this function, but a caller passing snapshot options may try it.
  const directed = (options as { directed?: unknown }).directed;
  if (directed !== undefined && directed !== false) {
    fail(fn, 'invalid-argument', `directed must be false: link prediction reads ties both ways; received ${describeValue(directed)}.`);
  }

  const view = undirectedView(fn, network, {
    statuses: 'all',
    kinds: options.kinds,
    weighting: options.weighting,
    asOf: options.asOf,
    snapshot: options.snapshot,
  });
  const table = partnerTable(network, view);
  const subject = resolveSubject(fn, network, view, table, options.for, statuses, introducerStatuses, sectors);
  const a = subject.index;
  const n = view.order;
  const { offsets, targets, strengths } = view;
  const yours = subject.index === subject.homeIndex ? 'your' : `${table.name[a]}'s`;

  // The index from the subject to everyone it reaches.
  const buffer = new ScoreBuffer(n);
  createSourceScorer(view, spec).scoreFrom(a, buffer);

  const keep = relationshipFilter(options);
  const subjectTies = tiesOf(network, subject.id, keep);
  const counts = sectorCounts(table, subject.homeIndex);

  // Score every candidate (O(n + the subject's reach)); introducers are counted here for the filter.
  interface Scored {
    u: number;
    index: number;
    gain: number;
    score: number;
    introducers: number;
  }
  const scored: Scored[] = [];
  let withIntroducers = 0;
  for (let u = 0; u < n; u += 1) {
    if (subject.candidate[u] !== 1) continue;
    let introducers = 0;
    let qualifies = minLevel === undefined;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) {
      const z = targets[k]!;
      if (subject.partner[z] !== 1) continue;
      introducers += 1;
      if (!qualifies) {
        const level = subjectTies.get(view.ids[z]!)?.level;
        if (level !== undefined && isAtLeastLevel(level, minLevel!)) qualifies = true;
      }
    }
    if (!qualifies) continue;
    if (introducers > 0) withIntroducers += 1;
    const index = buffer.get(u);
    const gain = sectorGain(table.sector[u], counts);
    scored.push({ u, index, gain, score: index * (1 + sectorWeight * gain), introducers });
  }
  scored.sort(
    (x, y) => y.score - x.score || y.gain - x.gain || y.index - x.index || compareIds(view.ids[x.u]!, view.ids[y.u]!),
  );
  const chosen = scored.slice(0, limit === Infinity ? scored.length : limit);

  // Details for the chosen ones only.
  const paths = warmestPaths(view, a, subject.relay);
  const waves = chosen.length > 0 ? snowballWaves(network) : undefined;
  const waveOf = new Map(waves?.partners.map((p) => [p.id, p.wave]));
  const subjectStrength = new Map<number, number>();
  for (let k = offsets[a]!; k < offsets[a + 1]!; k += 1) subjectStrength.set(targets[k]!, strengths[k]!);

  const suggestions: SnowballSuggestion[] = chosen.map((c, i) => {
    const u = c.u;
    const id = view.ids[u]!;
    const theirTies = tiesOf(network, id, keep);
    const introducers: (Introducer & { distance: number })[] = [];
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) {
      const z = targets[k]!;
      if (subject.partner[z] !== 1) continue;
      const zid = view.ids[z]!;
      const toYouStrength = subjectStrength.get(z);
      const toYou = toYouStrength === undefined ? null : tieSummary(toYouStrength, subjectTies.get(zid));
      introducers.push({
        id: zid,
        name: table.name[z]!,
        status: table.status[z]!,
        toYou,
        toThem: tieSummary(strengths[k]!, theirTies.get(zid)),
        distance: (toYouStrength === undefined ? Infinity : 1 / toYouStrength) + 1 / strengths[k]!,
      });
    }
    introducers.sort((x, y) => x.distance - y.distance || compareIds(x.id, y.id));
    const route = pathTo(paths, u);
    let path: WarmPath | null = null;
    if (route.length > 0) {
      let weakest = Infinity;
      for (let j = 1; j < route.length; j += 1) {
        const s = tieStrength(view, route[j - 1]!, route[j]!);
        if (s < weakest) weakest = s;
      }
      path = {
        ids: route.map((v) => view.ids[v]!),
        names: route.map((v) => table.name[v]!),
        distance: paths.distance[u]!,
        weakestTie: weakest,
      };
    }
    const referrals = referralsTo(network, id, table, view, keep);
    const wave = waveOf.get(id) ?? 0;
    const reasons: string[] = [];
    const known = introducerReason(
      introducers.map((z) => (z.toYou?.level === undefined ? { name: z.name } : { name: z.name, level: z.toYou.level })),
      yours,
    );
    reasons.push(known ?? noIntroducerReason(path?.names, yours));
    const sector = sectorReason(table.sector[u], counts);
    if (sector !== undefined) reasons.push(sector);
    const referred = referralReason(referrals, wave);
    if (referred !== undefined) reasons.push(referred);
    const status = statusReason(table.status[u]!);
    if (status !== undefined) reasons.push(status);
    const suggestion: SnowballSuggestion = {
      rank: i + 1,
      id,
      name: table.name[u]!,
      status: table.status[u]!,
      score: c.score,
      components: {
        index: c.index,
        sectorGain: c.gain,
        partnersInSector: table.sector[u] === undefined ? 0 : (counts.get(table.sector[u]!) ?? 0),
        sectorWeight,
      },
      introducers: introducers.map(({ distance: _d, ...z }) => z),
      path,
      referrals,
      wave,
      reasons,
    };
    if (table.sector[u] !== undefined) suggestion.sector = table.sector[u];
    return suggestion;
  });

  const { shape, warnings } = shapeWarnings(view);
  warnings.push(...subjectWarnings(view, table, subject, scored.length, withIntroducers, yours));
  return {
    for: subject.id,
    forName: table.name[a]!,
    index: spec.index,
    weighted: spec.weighted,
    description: describeIndex(spec),
    formula: SUGGESTION_FORMULA,
    candidates: scored.length,
    withIntroducers,
    suggestions,
    warnings,
    network: {
      partners: shape.nodes,
      ties: shape.ties,
      averageClustering: shape.averageClustering,
      transitivity: shape.transitivity,
    },
  };
}

function tieStrength(view: NetworkSnapshot, u: number, v: number): number {
  for (let k = view.offsets[u]!; k < view.offsets[u + 1]!; k += 1) if (view.targets[k] === v) return view.strengths[k]!;
  return 0;
}

/** Recorded referrals to `id` (kind referral, pointing at it), earliest first. */
function referralsTo(
  network: AnyNetwork,
  id: string,
  table: ReturnType<typeof partnerTable>,
  view: NetworkSnapshot,
  keep: (a: RelationshipAttributes) => boolean,
): { from: string; name: string; since?: string }[] {
  const key = nodeKey(id);
  const out: { from: string; name: string; since?: string }[] = [];
  network.forEachInEdge(key, (_edge, attributes, source) => {
    const a = attributes as RelationshipAttributes;
    if (getOwn(a, 'kind') !== 'referral' || !keep(a) || source === key) return;
    const from = partnerId(source);
    const i = view.indexOf.get(from);
    const since = getOwn(a, 'since');
    const entry: { from: string; name: string; since?: string } = { from, name: i === undefined ? from : table.name[i]! };
    if (typeof since === 'string') entry.since = since;
    out.push(entry);
  });
  return out.sort((x, y) => compareIds(x.since ?? '\uffff', y.since ?? '\uffff') || compareIds(x.from, y.from));
}

/** Warnings about the subject's place on the map. */
function subjectWarnings(
  view: NetworkSnapshot,
  table: ReturnType<typeof partnerTable>,
  subject: ReturnType<typeof resolveSubject>,
  candidates: number,
  withIntroducers: number,
  yours: string,
): SnowballWarning[] {
  const out: SnowballWarning[] = [];
  const a = subject.index;
  if (view.excludedPartners > 0) {
    out.push({
      code: 'partial-snapshot',
      message: `the snapshot given leaves out ${view.excludedPartners} partners; build it with statuses: 'all' so that prospects are considered.`,
    });
  }
  if (view.offsets[a + 1] === view.offsets[a]) {
    out.push({
      code: 'no-ties',
      message: `${table.name[a]} has no recorded ties, so the index cannot score anyone; record its partnerships first.`,
    });
  }
  if (subject.index === subject.homeIndex) {
    let untied = 0;
    for (let u = 0; u < view.order; u += 1) if (subject.partner[u] === 1 && subject.adjacent[u] !== 1) untied += 1;
    if (untied > 0) {
      out.push({
        code: 'untied-partners',
        message: `${untied} of ${yours} partners have no recorded relationship with ${table.name[a]}; they are listed as introducers but the index does not count them. Record those partnerships.`,
      });
    }
  }
  if (candidates === 0) {
    out.push({ code: 'no-candidates', message: 'no organisation passes the filters: add prospects to the map, or widen statuses or sectors.' });
  } else if (withIntroducers === 0) {
    out.push({
      code: 'no-introducers',
      message: `none of ${yours} partners is recorded as knowing any candidate: ask them who else you should contact, and record the answers as known ties or referrals.`,
    });
  }
  return out;
}
