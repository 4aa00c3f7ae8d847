/**
 * Whose suggestions: the partner given as `for`, or home. Shared by
 * snowballSuggestions and whomToAsk, with the rules both document:
 * - "your partners" are, for home, every partner whose status is one of the
 *   introducer statuses (active by default), recorded tie to home or not; for
 *   another partner, its neighbours with those statuses (home included);
 * - a warm path may run through any partner with an introducer status, and
 *   through home (never through a prospect: nobody knows them yet);
 * - candidates are never the subject, home, or an active partner; former
 *   partners only on request; for a subject other than home, organisations it
 *   is already tied to are left out (for home, the status says whether a
 *   partnership is active).
 */
import { fail } from '../../model/errors';
import type { Sector } from '../../model/sectors';
import type { PartnerStatus } from '../../model/statuses';
import { assertPartner } from '../../network/assert-network';
import { getHome } from '../../network/home';
import type { NetworkSnapshot } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import type { PartnerTable } from './partner-table';

/** Candidate statuses when none are given: prospects and contacted organisations. */
export const DEFAULT_CANDIDATE_STATUSES: readonly PartnerStatus[] = ['prospect', 'contacted'];
/** Statuses a candidate may have (active partners are never suggested). */
export const CANDIDATE_STATUSES: readonly PartnerStatus[] = ['prospect', 'contacted', 'paused', 'former'];
/** Introducer statuses when none are given. */
export const DEFAULT_INTRODUCER_STATUSES: readonly PartnerStatus[] = ['active'];
/** Statuses an introducer may have. */
export const INTRODUCER_STATUSES: readonly PartnerStatus[] = ['active', 'paused', 'contacted'];

/** The subject and the masks derived from it. */
export interface Subject {
  /** Partner id of the subject. */
  id: string;
  /** Its snapshot index. */
  index: number;
  /** Home's id and index (-1 when none or not in the view). */
  home: string | undefined;
  homeIndex: number;
  /** 1 for the subject's partners (possible introducers). */
  partner: Uint8Array;
  /** 1 for candidates. */
  candidate: Uint8Array;
  /** 1 for the subject's neighbours in the view. */
  adjacent: Uint8Array;
  /** 1 for partners a warm path may run through: introducer statuses, and home. */
  relay: Uint8Array;
}

/** Resolves `for` (or home) and builds the partner and candidate masks. */
export function resolveSubject(
  fn: string,
  network: AnyNetwork,
  view: NetworkSnapshot,
  table: PartnerTable,
  forId: unknown,
  candidateStatuses: readonly PartnerStatus[],
  introducerStatuses: readonly PartnerStatus[],
  sectors: readonly Sector[] | undefined,
): Subject {
  const home = getHome(network);
  let id: string;
  if (forId !== undefined) {
    assertPartner(fn, network, forId, 'for');
    id = forId;
  } else {
    if (home === undefined) fail(fn, 'invalid-argument', 'the network has no home partner: set one with setHome, or pass `for`.');
    id = home;
  }
  const index = view.indexOf.get(id);
  if (index === undefined) {
    fail(fn, 'invalid-argument', `partner ${JSON.stringify(id)} is not in the snapshot given; build it with statuses: 'all'.`);
  }
  const homeIndex = home === undefined ? -1 : (view.indexOf.get(home) ?? -1);
  const n = view.order;
  const adjacent = new Uint8Array(n);
  for (let k = view.offsets[index]!; k < view.offsets[index + 1]!; k += 1) adjacent[view.targets[k]!] = 1;
  const partner = new Uint8Array(n);
  const candidate = new Uint8Array(n);
  const isHome = index === homeIndex;
  const relay = new Uint8Array(n);
  for (let u = 0; u < n; u += 1) {
    if (u === index) continue;
    const status = table.status[u]!;
    if (introducerStatuses.includes(status) || u === homeIndex) relay[u] = 1;
    if (introducerStatuses.includes(status) && (isHome || adjacent[u] === 1)) partner[u] = 1;
    if (u === homeIndex || !candidateStatuses.includes(status)) continue;
    if (!isHome && adjacent[u] === 1) continue;
    if (sectors !== undefined && (table.sector[u] === undefined || !sectors.includes(table.sector[u]!))) continue;
    candidate[u] = 1;
  }
  return { id, index, home, homeIndex, partner, candidate, adjacent, relay };
}
