/**
 * brokerage: who mediates between partners that have no direct tie, and
 * between which groups (Gould & Fernandez 1989 roles, as R's sna computes
 * them, with sna's expected values and z-scores), plus Burt's (1992)
 * effective size and constraint. See docs/algorithms/brokerage.md.
 */
import { describeValue, fail } from '../../model/errors';
import type { Partner } from '../../model/partner';
import { SECTOR_LABELS, isSector } from '../../model/sectors';
import { assertNetwork } from '../../network/assert-network';
import { nodeKey } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import { partnerView } from '../../network/partners';
import { snapshot, type NetworkSnapshot, type SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { compareIds, viewNames } from '../risk/view-relationships';
import { brokerageExpectations, type Six } from './expectations';
import { brokerageCounts, ROLE_COUNT } from './gould-fernandez';
import { structuralHoles } from './structural-holes';

/** A group value: what `groupBy` reads or returns for a partner. */
export type GroupValue = string | number | boolean;

/** Options of {@link brokerage}. */
export interface BrokerageOptions extends SnapshotOptions {
  /**
   * What makes a group: a partner attribute (`'sector'`, `'internal'`, or any
   * custom attribute such as `'county'`), or a function of the partner.
   * Strings, finite numbers and booleans are group values (`'1'` and `1` are
   * different groups); anything else (absent, null, empty string, arrays,
   * objects) means "no group", handled by `missing`.
   * @defaultValue `'sector'`
   */
  groupBy?: string | ((partner: Partner) => GroupValue | null | undefined);
  /**
   * Partners with no group value: `'group'` puts them all in one group of
   * their own, labelled "(not recorded)" (what sna does with `NA`);
   * `'exclude'` leaves them out of the role counts altogether, as if they
   * were not in the network (their effective size and constraint are still
   * computed).
   * @defaultValue `'group'`
   */
  missing?: 'group' | 'exclude';
  /**
   * Keep directions: a referral from A to B is the arc A -> B only, so a
   * broker B on A -> B -> C mediates from A to C but not back (sna's
   * directed semantics). With false, every relationship counts both ways.
   * @defaultValue true
   */
  directed?: boolean;
  /**
   * Effective size and constraint use tie strengths (false: every tie weighs 1,
   * NetworkX's `weight=None`).
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * A prebuilt view to reuse; its `directed` must match the `directed` option.
   * @defaultValue built from the options
   */
  snapshot?: NetworkSnapshot;
}

/** Counts (or expectations) per Gould-Fernandez role. */
export interface BrokerageRoleCounts {
  /** Within one group: A -> A -> A (sna's w_I). */
  coordinator: number;
  /** For another group, from outside it: A -> B -> A (w_O). */
  itinerant: number;
  /** From its own group outward: A -> A -> B (b_IO). */
  representative: number;
  /** Into its own group from outside: A -> B -> B (b_OI). */
  gatekeeper: number;
  /** Between two other groups: A -> B -> C (b_O). */
  liaison: number;
  /** All roles. */
  total: number;
}

/** z-scores per role; null where the standard deviation is 0 or undefined. */
export type BrokerageRoleScores = { [K in keyof BrokerageRoleCounts]: number | null };

/** One group of the analysis. */
export interface BrokerageGroup {
  /** The group value (null: partners with no value, with `missing: 'group'`). */
  value: GroupValue | null;
  /** Plain-language name (the sector's label for sectors). */
  label: string;
  /** Partners in the group. */
  size: number;
}

/** One partner's brokerage. */
export interface PartnerBrokerage {
  id: string;
  name: string;
  /** Its group value (null when none). */
  group: GroupValue | null;
  groupLabel: string;
  /** False when left out of role counts (`missing: 'exclude'` and no group value). */
  counted: boolean;
  /** Two-paths brokered, by role. */
  roles: BrokerageRoleCounts;
  /** Expected counts under a random graph of the same density and group sizes (sna's exp.nli); null when not counted. */
  expected: BrokerageRoleCounts | null;
  /** (observed - expected) / sd (sna's z.nli). */
  z: BrokerageRoleScores | null;
  /** Burt's effective size; null for a partner with no tie. */
  effectiveSize: number | null;
  /** Burt's constraint; null for a partner with no tie. */
  constraint: number | null;
  /** Plain-language explanation. */
  reason: string;
}

/** What {@link brokerage} returns. */
export interface BrokerageResult {
  /** The attribute grouped by, or `'function'`. */
  groupBy: string;
  /** Groups in order of first appearance. */
  groups: BrokerageGroup[];
  /** Every partner of the view, by total brokerage (descending), then id. */
  partners: PartnerBrokerage[];
  /** Role counts over the whole network (sna's raw.gli). */
  totals: BrokerageRoleCounts;
  /** Their expectations (exp.gli) and z-scores (z.gli); null with fewer than 3 partners counted. */
  expectedTotals: BrokerageRoleCounts | null;
  zTotals: BrokerageRoleScores | null;
  /** Arcs / (N (N - 1)) over the partners counted. */
  density: number;
  /** Partners counted in the role analysis. */
  counted: number;
}

const ROLE_NAMES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;

/** Role values from `values[offset ..]`; the sixth value is the total when `withTotal`, else the sum. */
function roleCounts(values: ArrayLike<number>, offset: number, withTotal = false): BrokerageRoleCounts {
  const out = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
  let total = 0;
  for (let r = 0; r < ROLE_COUNT; r += 1) {
    const v = values[offset + r];
    out[ROLE_NAMES[r]] = v;
    total += v;
  }
  out.total = withTotal ? values[offset + ROLE_COUNT] : total;
  return out;
}

function scores(observed: BrokerageRoleCounts, expected: Six, variance: Six): BrokerageRoleScores {
  const keys = [...ROLE_NAMES, 'total'] as const;
  const out = {} as BrokerageRoleScores;
  keys.forEach((key, r) => {
    const sd = Math.sqrt(variance[r]);
    const z = (observed[key] - expected[r]) / sd;
    out[key] = Number.isFinite(z) ? z : null;
  });
  return out;
}

function isGroupValue(value: unknown): value is GroupValue {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
}

/**
 * Gould-Fernandez brokerage roles per partner and for the network, grouped
 * by sector (or any attribute), with sna's expected values and z-scores, and
 * Burt's effective size and constraint.
 *
 * Counts the current network by default (statuses contacted, active,
 * paused), every relationship kind; directed relationships (referrals,
 * funding) one way, the others both ways.
 *
 * @example
 * const { partners, totals } = brokerage(network, { groupBy: 'sector' });
 * partners[0].reason; // "brokers 17 connections between partners with no direct tie: 17 as liaison ..."
 */
export function brokerage(network: AnyNetwork, options: BrokerageOptions = {}): BrokerageResult {
  const fn = 'brokerage';
  assertNetwork(fn, network);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const { groupBy = 'sector', missing = 'group', weighted = true, directed = true, snapshot: given, ...viewOptions } = options;
  if (typeof groupBy !== 'string' && typeof groupBy !== 'function') {
    fail(fn, 'invalid-argument', `groupBy must be an attribute name or a function; received ${describeValue(groupBy)}.`);
  }
  if (groupBy === '') fail(fn, 'invalid-argument', 'groupBy must be a non-empty attribute name; received "".');
  if (missing !== 'group' && missing !== 'exclude') {
    fail(fn, 'invalid-argument', `missing must be 'group' or 'exclude'; received ${describeValue(missing)}.`);
  }
  if (typeof weighted !== 'boolean') fail(fn, 'invalid-argument', `weighted must be a boolean; received ${describeValue(weighted)}.`);
  if (typeof directed !== 'boolean') fail(fn, 'invalid-argument', `directed must be a boolean; received ${describeValue(directed)}.`);
  let view: NetworkSnapshot;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || !(given.offsets instanceof Int32Array)) {
      fail(fn, 'invalid-argument', `snapshot must be a NetworkSnapshot; received ${describeValue(given)}.`);
    }
    if (given.directed !== directed) {
      fail(fn, 'invalid-argument', `snapshot must be a ${directed ? 'directed' : 'undirected'} view to match directed: ${directed}; received a ${given.directed ? 'directed' : 'undirected'} one.`);
    }
    view = given;
  } else {
    view = snapshot(network, { ...viewOptions, directed }, fn);
  }
  const n = view.order;
  const names = viewNames(network, view);

  // Group of each partner.
  const values: (GroupValue | null)[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const id = view.ids[i];
    const attributes = network.getNodeAttributes(nodeKey(id)) as Record<string, unknown>;
    let value: unknown;
    if (typeof groupBy === 'function') {
      value = groupBy(partnerView(id, attributes));
      if (value !== undefined && value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        fail(fn, 'invalid-argument', `groupBy returned ${describeValue(value)} for partner ${JSON.stringify(id)}; it must return a string, number, boolean, null or undefined.`);
      }
    } else {
      value = getOwn(attributes, groupBy);
    }
    values[i] = isGroupValue(value) ? value : null;
  }
  const groupIndex = new Map<GroupValue | null, number>();
  const groups: BrokerageGroup[] = [];
  const group = new Int32Array(n);
  const labelOf = (value: GroupValue | null): string =>
    value === null ? '(not recorded)' : groupBy === 'sector' && isSector(value) ? SECTOR_LABELS[value] : String(value);
  for (let i = 0; i < n; i += 1) {
    const value = values[i];
    if (value === null && missing === 'exclude') {
      group[i] = -1;
      continue;
    }
    let g = groupIndex.get(value);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(value, g);
      groups.push({ value, label: labelOf(value), size: 0 });
    }
    groups[g].size += 1;
    group[i] = g;
  }

  const { counts, arcs } = brokerageCounts(view, group);
  const counted = groups.reduce((s, g) => s + g.size, 0);
  const density = counted > 1 ? arcs / (counted * (counted - 1)) : 0;
  const expectations = counted > 2 ? brokerageExpectations(groups.map((g) => g.size), density) : null;
  const holes = structuralHoles(view, weighted);

  const totalsRaw = new Float64Array(ROLE_COUNT);
  const partners: PartnerBrokerage[] = [];
  for (let i = 0; i < n; i += 1) {
    const roles = roleCounts(counts, i * ROLE_COUNT);
    for (let r = 0; r < ROLE_COUNT; r += 1) totalsRaw[r] += counts[i * ROLE_COUNT + r];
    const g = group[i];
    const isCounted = g >= 0;
    const expected = isCounted && expectations !== null ? expectations.groupExpected[g] : null;
    const es = holes.effectiveSize[i];
    const c = holes.constraint[i];
    partners.push({
      id: view.ids[i],
      name: names[i],
      group: values[i],
      groupLabel: labelOf(values[i]),
      counted: isCounted,
      roles,
      expected: expected === null ? null : roleCounts(expected, 0, true),
      z: expected === null ? null : scores(roles, expected, expectations!.groupVariance[g]),
      effectiveSize: Number.isNaN(es) ? null : es,
      constraint: Number.isNaN(c) ? null : c,
      reason: explain(names[i], labelOf(values[i]), isCounted, roles, groupBy === 'sector' ? 'sector' : 'group'),
    });
  }
  partners.sort((a, b) => b.roles.total - a.roles.total || compareIds(a.id, b.id));
  const totals = roleCounts(totalsRaw, 0);
  return {
    groupBy: typeof groupBy === 'function' ? 'function' : groupBy,
    groups,
    partners,
    totals,
    expectedTotals: expectations === null ? null : roleCounts(expectations.totalExpected, 0, true),
    zTotals: expectations === null ? null : scores(totals, expectations.totalExpected, expectations.totalVariance),
    density,
    counted,
  };
}

function explain(name: string, label: string, counted: boolean, roles: BrokerageRoleCounts, word: 'sector' | 'group'): string {
  if (!counted) return `${name} is left out of the role counts: no ${word} recorded.`;
  if (roles.total === 0) return `${name} brokers no connection: no two partners reach each other only through it.`;
  const own = `its own ${word} (${label})`;
  const phrases: [number, string][] = [
    [roles.liaison, `as liaison between two other ${word}s`],
    [roles.gatekeeper, `as gatekeeper into ${own}`],
    [roles.representative, `as representative of ${own} to others`],
    [roles.coordinator, `as coordinator within ${own}`],
    [roles.itinerant, `as itinerant broker within another ${word}`],
  ];
  const parts = phrases
    .map((p, order) => ({ count: p[0], text: p[1], order }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((p) => `${p.count} ${p.text}`);
  const total = roles.total === 1 ? '1 connection' : `${roles.total} connections`;
  return `${name} brokers ${total} between partners with no direct tie: ${parts.join(', ')}.`;
}
