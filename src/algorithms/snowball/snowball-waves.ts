/**
 * How the map grew: the wave in which each partner joined, from referral
 * relationships (introducer -> introduced) and join dates. Wave 0 holds the
 * partners nobody introduced (home's own first contacts); a partner introduced
 * by a wave-k partner is in wave k + 1. With several introducers the earliest
 * wave wins (breadth-first search from wave 0), so a partner's wave is the
 * length of its shortest introduction chain. See docs/algorithms/waves.md.
 *
 * Rules that keep the waves honest:
 * - a referral dated after the introduced partner joined did not bring it in:
 *   it is ignored (and listed in `ignoredReferrals`);
 * - a referral from home counts as home's own contact: the partner is wave 0;
 * - introductions that go round in a circle with no outside entry (A
 *   introduced B and B introduced A, no dates to tell) are resolved by taking
 *   the member who joined first as wave 0 (when dates do not tell, the one
 *   recorded first on the map, so that renaming ids changes nothing), listed
 *   in `cyclesBroken`;
 * - prospects and contacted organisations get the wave they would join in,
 *   but only partners who joined (active, paused, former) count in the totals.
 */
import { describeValue, fail } from '../../model/errors';
import { isIsoDate, parseIsoDate } from '../../model/dates';
import { isPartnerStatus, type PartnerStatus } from '../../model/statuses';
import { assertNetwork } from '../../network/assert-network';
import { getHome } from '../../network/home';
import { partnerId } from '../../network/node-keys';
import { getOwn, isPlainObject } from '../../network/own-properties';
import type { AnyNetwork } from '../../network/types';

/** Statuses of partners who joined the network (now or in the past). */
export const JOINED_STATUSES: readonly PartnerStatus[] = ['active', 'paused', 'former'];

/** Options of {@link snowballWaves}. */
export interface SnowballWavesOptions {
  /**
   * Count only referrals dated on or before this ISO date, and treat partners
   * who joined after it as not joined yet: the waves as they stood then.
   * @defaultValue undefined (everything recorded)
   */
  asOf?: string;
}

/** One partner's place in the waves. */
export interface WavePartner {
  id: string;
  name: string;
  status: PartnerStatus;
  /** The wave: 0 for partners nobody introduced, k + 1 for those a wave-k partner introduced. */
  wave: number;
  /** True for active, paused and former partners; false for prospects and contacted organisations. */
  joinedNetwork: boolean;
  /** The join date, when recorded. */
  joined?: string;
  /** The introducer through whom the partner reached its wave (earliest wave, then earliest referral, then id). */
  introducer?: string;
  /** Every introducer whose referral counts, earliest referral first. */
  introducers: string[];
  /** True when the partner was put in wave 0 to break a circle of introductions. */
  cycleBroken?: boolean;
}

/** Totals of one wave. */
export interface WaveTotal {
  wave: number;
  /** Partners who joined in this wave. */
  joined: number;
  /** Prospects and contacted organisations that would join in this wave. */
  pipeline: number;
}

/** Totals of one year (by join date). */
export interface YearTotal {
  /** The calendar year, or null for partners without a join date. */
  year: number | null;
  /** Partners who joined that year. */
  joined: number;
  /** Of those, how many per wave (index = wave). */
  byWave: number[];
}

/** A partner who introduced others. */
export interface WaveIntroducer {
  id: string;
  name: string;
  /** Partners it introduced who joined. */
  introduced: number;
  /** Of those, how many reached their wave through it. */
  primary: number;
  /** Prospects and contacted organisations it introduced. */
  pending: number;
  /** Its own wave. */
  wave?: number;
  /** The ids of everyone it introduced, joined or not. */
  introducedIds: string[];
}

/** A referral left out, and why. */
export interface IgnoredReferral {
  /** The relationship id. */
  id: string;
  source: string;
  target: string;
  reason: string;
}

/** What {@link snowballWaves} returns. */
export interface SnowballWavesResult {
  /** The home partner, which is not itself in a wave. */
  home?: string;
  /** Every partner except home, by wave, then join date, then id. */
  partners: WavePartner[];
  /** Totals per wave, wave 0 first. */
  waves: WaveTotal[];
  /** Totals per join year, earliest first; partners without a join date last. */
  years: YearTotal[];
  /** Introducers, most partners introduced first (then primary, then id). */
  introducers: WaveIntroducer[];
  /** Partners put in wave 0 to break a circle of introductions. */
  cyclesBroken: string[];
  /** Referrals that did not count. */
  ignoredReferrals: IgnoredReferral[];
}

interface Referral {
  id: string;
  source: number;
  target: number;
  since: number | undefined;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The wave in which each partner joined, with totals per wave and per year and
 * the introducers who brought in the most partners.
 *
 * @example
 * const { waves, introducers } = snowballWaves(exampleNetwork());
 * // waves: [{ wave: 0, joined: 7, pipeline: 1 }, { wave: 1, joined: 12, pipeline: 0 }, { wave: 2, joined: 19, pipeline: 2 }, ...]
 * // introducers[0]: { id: 'cvusd', name: 'Cedar Valley Unified School District', introduced: 6, ... }
 */
export function snowballWaves(network: AnyNetwork, options: SnowballWavesOptions = {}): SnowballWavesResult {
  const fn = 'snowballWaves';
  assertNetwork(fn, network);
  if (!isPlainObject(options)) fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  const { asOf } = options;
  if (asOf !== undefined && !isIsoDate(asOf)) fail(fn, 'invalid-argument', `asOf must be an ISO 8601 date; received ${describeValue(asOf)}.`);
  const cutoff = asOf === undefined ? undefined : parseIsoDate(asOf);
  const home = getHome(network);

  // Partners by position; home keeps a slot so that indices match node order.
  const ids: string[] = [];
  const names: string[] = [];
  const statuses: PartnerStatus[] = [];
  const joinedText: (string | undefined)[] = [];
  const joinedAt: (number | undefined)[] = [];
  const index = new Map<string, number>();
  network.forEachNode((key, attributes) => {
    const a = attributes as Record<string, unknown>;
    const id = partnerId(key);
    index.set(id, ids.length);
    ids.push(id);
    const name = getOwn(a, 'name');
    names.push(typeof name === 'string' && name !== '' ? name : id);
    const status = getOwn(a, 'status');
    statuses.push(isPartnerStatus(status) ? status : 'active');
    const joined = getOwn(a, 'joined');
    const at = typeof joined === 'string' ? parseIsoDate(joined) : undefined;
    joinedText.push(at === undefined ? undefined : (joined as string));
    joinedAt.push(at);
  });
  const n = ids.length;
  const homeIndex = home === undefined ? -1 : (index.get(home) ?? -1);
  const joinedNetwork = (i: number): boolean =>
    JOINED_STATUSES.includes(statuses[i]!) && (cutoff === undefined || joinedAt[i] === undefined || joinedAt[i]! <= cutoff);

  // Referrals that count, by introduced partner.
  const incoming: Referral[][] = Array.from({ length: n }, () => []);
  const outgoing: Referral[][] = Array.from({ length: n }, () => []);
  const ignoredReferrals: IgnoredReferral[] = [];
  network.forEachEdge((edge, attributes, source, target) => {
    const a = attributes as Record<string, unknown>;
    if (getOwn(a, 'kind') !== 'referral') return;
    const s = index.get(partnerId(source))!;
    const t = index.get(partnerId(target))!;
    const sinceText = getOwn(a, 'since');
    const since = typeof sinceText === 'string' ? parseIsoDate(sinceText) : undefined;
    const ignore = (reason: string): void => {
      ignoredReferrals.push({ id: edge, source: ids[s]!, target: ids[t]!, reason });
    };
    if (s === t) return ignore('a partner cannot introduce itself');
    if (t === homeIndex) return ignore('home is the owner of the map, not an introduced partner');
    if (cutoff !== undefined && since !== undefined && since > cutoff) return ignore(`dated after ${asOf}`);
    if (since !== undefined && joinedAt[t] !== undefined && since > joinedAt[t]!) {
      return ignore(`dated ${sinceText as string}, after ${ids[t]} joined on ${joinedText[t]}`);
    }
    const referral: Referral = { id: edge, source: s, target: t, since };
    outgoing[s]!.push(referral);
    // A referral from home is home's own contact: it does not put the partner in a later wave.
    if (s !== homeIndex) incoming[t]!.push(referral);
  });

  // Breadth-first search from wave 0, in a deterministic order (join date, then id).
  const byJoinThenId = (a: number, b: number): number => {
    const ja = joinedAt[a] ?? Infinity;
    const jb = joinedAt[b] ?? Infinity;
    return ja !== jb ? ja - jb : compareIds(ids[a]!, ids[b]!);
  };
  const wave = new Int32Array(n).fill(-1);
  const cyclesBroken: string[] = [];
  const frontier: number[] = [];
  for (let i = 0; i < n; i += 1) if (i !== homeIndex && incoming[i]!.length === 0) frontier.push(i);
  const spread = (start: number[]): void => {
    let current = start.sort(byJoinThenId);
    while (current.length > 0) {
      const next: number[] = [];
      for (const u of current) {
        for (const r of outgoing[u]!) {
          if (wave[r.target] !== -1) continue;
          wave[r.target] = wave[u]! + 1;
          next.push(r.target);
        }
      }
      current = next.sort(byJoinThenId);
    }
  };
  for (const u of frontier) wave[u] = 0;
  spread(frontier);
  // Circles with no way in: in each group of partners that introduced one another and that
  // nobody outside introduced (a source strongly connected component), the member who joined
  // first starts the chain (then the one recorded first).
  const left: number[] = [];
  for (let i = 0; i < n; i += 1) if (i !== homeIndex && wave[i] === -1) left.push(i);
  if (left.length > 0) {
    const component = strongComponents(left, n, (u) => outgoing[u]!.map((r) => r.target), (u) => incoming[u]!.map((r) => r.source));
    const entered = new Set<number>();
    for (const u of left) for (const r of incoming[u]!) if (component[r.source] !== component[u]) entered.add(component[u]!);
    const starts = new Map<number, number>();
    for (const u of left) {
      const c = component[u]!;
      if (entered.has(c)) continue;
      const best = starts.get(c);
      if (best === undefined || (joinedAt[u] ?? Infinity) < (joinedAt[best] ?? Infinity)) starts.set(c, u);
    }
    const roots = [...starts.values()].sort((a, b) => a - b);
    for (const u of roots) {
      wave[u] = 0;
      cyclesBroken.push(ids[u]!);
    }
    spread(roots);
  }

  // Partners, with their introducers.
  const partners: WavePartner[] = [];
  const primaryOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i += 1) {
    if (i === homeIndex) continue;
    const refs = [...incoming[i]!].sort(
      (a, b) =>
        (a.since ?? Infinity) - (b.since ?? Infinity) || compareIds(ids[a.source]!, ids[b.source]!) || compareIds(a.id, b.id),
    );
    const introducers: string[] = [];
    for (const r of refs) if (!introducers.includes(ids[r.source]!)) introducers.push(ids[r.source]!);
    // The first referral (by date, then id) from the wave just before is the one that brought it in.
    const primary = refs.find((r) => wave[r.source] === wave[i]! - 1)?.source ?? -1;
    const entry: WavePartner = {
      id: ids[i]!,
      name: names[i]!,
      status: statuses[i]!,
      wave: wave[i]!,
      joinedNetwork: joinedNetwork(i),
      introducers,
    };
    if (joinedText[i] !== undefined) entry.joined = joinedText[i];
    if (primary !== -1) {
      entry.introducer = ids[primary]!;
      primaryOf[i] = primary;
    }
    if (cyclesBroken.includes(ids[i]!)) entry.cycleBroken = true;
    partners.push(entry);
  }
  partners.sort(
    (a, b) =>
      a.wave - b.wave ||
      (parseIsoDate(a.joined ?? '') ?? Infinity) - (parseIsoDate(b.joined ?? '') ?? Infinity) ||
      compareIds(a.id, b.id),
  );

  // Totals per wave and per year.
  const maxWave = partners.reduce((m, p) => Math.max(m, p.wave), -1);
  const waves: WaveTotal[] = Array.from({ length: maxWave + 1 }, (_, w) => ({ wave: w, joined: 0, pipeline: 0 }));
  const years = new Map<number | null, YearTotal>();
  for (const p of partners) {
    const total = waves[p.wave]!;
    if (!p.joinedNetwork) {
      total.pipeline += 1;
      continue;
    }
    total.joined += 1;
    const year = p.joined === undefined ? null : Number(p.joined.slice(0, 4));
    let row = years.get(year);
    if (row === undefined) {
      row = { year, joined: 0, byWave: Array.from({ length: maxWave + 1 }, () => 0) };
      years.set(year, row);
    }
    row.joined += 1;
    row.byWave[p.wave] = row.byWave[p.wave]! + 1;
  }

  // Introducers.
  const introducers: WaveIntroducer[] = [];
  for (let s = 0; s < n; s += 1) {
    // Home's own contacts are not introductions.
    if (s === homeIndex) continue;
    const targets = new Set<number>();
    for (const r of outgoing[s]!) targets.add(r.target);
    if (targets.size === 0) continue;
    let introduced = 0;
    let primary = 0;
    let pending = 0;
    for (const t of targets) {
      if (joinedNetwork(t)) {
        introduced += 1;
        if (primaryOf[t] === s) primary += 1;
      } else pending += 1;
    }
    const entry: WaveIntroducer = {
      id: ids[s]!,
      name: names[s]!,
      introduced,
      primary,
      pending,
      introducedIds: [...targets].map((t) => ids[t]!).sort(compareIds),
    };
    if (wave[s]! >= 0) entry.wave = wave[s]!;
    introducers.push(entry);
  }
  introducers.sort((a, b) => b.introduced - a.introduced || b.primary - a.primary || b.pending - a.pending || compareIds(a.id, b.id));

  const result: SnowballWavesResult = {
    partners,
    waves,
    years: [...years.values()].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity)),
    introducers,
    cyclesBroken,
    ignoredReferrals,
  };
  if (home !== undefined) result.home = home;
  return result;
}

/**
 * Strongly connected components of the subgraph induced by `nodes`
 * (Kosaraju, iterative): component id per node (-1 outside `nodes`).
 */
function strongComponents(
  nodes: readonly number[],
  n: number,
  out: (u: number) => number[],
  into: (u: number) => number[],
): Int32Array {
  const inside = new Uint8Array(n);
  for (const u of nodes) inside[u] = 1;
  const visited = new Uint8Array(n);
  const finish: number[] = [];
  for (const s of nodes) {
    if (visited[s]) continue;
    visited[s] = 1;
    const stack: [number, number][] = [[s, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = out(top[0]);
      let pushed = false;
      while (top[1] < next.length) {
        const v = next[top[1]]!;
        top[1] += 1;
        if (inside[v] && !visited[v]) {
          visited[v] = 1;
          stack.push([v, 0]);
          pushed = true;
          break;
        }
      }
      if (!pushed && stack[stack.length - 1] === top) {
        finish.push(top[0]);
        stack.pop();
      }
    }
  }
  const component = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = finish.length - 1; i >= 0; i -= 1) {
    const s = finish[i]!;
    if (component[s] !== -1) continue;
    component[s] = count;
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const v of into(u)) {
        if (inside[v] && component[v] === -1) {
          component[v] = count;
          stack.push(v);
        }
      }
    }
    count += 1;
  }
  return component;
}
