/**
 * Sector-coverage gain: how much a new partner would broaden who is at the
 * table (STEM Ecosystems' strategy one, "engage a broad range of stakeholder
 * sectors").
 *
 * With n_S current partners in the candidate's sector S, the gain is
 *
 *     gain = 1 / (1 + n_S)
 *
 * 1 for a sector the network lacks ("would be your first library"), 1/2 with
 * one partner there, 1/3 with two, and so on: each further partner in a sector
 * adds less breadth, the way a diversity index saturates. A candidate with no
 * recorded sector gains 0 (nothing is known). Current partners are those with
 * status active or paused (a paused partnership still counts as a seat at the
 * table), home excluded.
 */
import { SECTOR_LABELS, type Sector } from '../../model/sectors';
import type { PartnerStatus } from '../../model/statuses';
import type { PartnerTable } from './partner-table';

/** Statuses that count as current partners when measuring coverage. */
export const COVERAGE_STATUSES: readonly PartnerStatus[] = ['active', 'paused'];

/** A sector is "thin" with this many current partners or fewer (and more than none). */
export const THIN_SECTOR_MAX = 2;

/** Current partners per sector, home (index `home`, or -1) excluded. */
export function sectorCounts(table: PartnerTable, home: number): Map<Sector, number> {
  const counts = new Map<Sector, number>();
  for (let i = 0; i < table.status.length; i += 1) {
    if (i === home || !COVERAGE_STATUSES.includes(table.status[i]!)) continue;
    const sector = table.sector[i];
    if (sector !== undefined) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  return counts;
}

/** The gain of adding a partner of `sector` (see the module comment). */
export function sectorGain(sector: Sector | undefined, counts: ReadonlyMap<Sector, number>): number {
  if (sector === undefined) return 0;
  return 1 / (1 + (counts.get(sector) ?? 0));
}

const ORDINALS = ['first', 'second', 'third'];

/** "would be your first library", "would be your second museum or science centre (the sector is thin)", or undefined. */
export function sectorReason(sector: Sector | undefined, counts: ReadonlyMap<Sector, number>): string | undefined {
  if (sector === undefined) return undefined;
  const count = counts.get(sector) ?? 0;
  if (count > THIN_SECTOR_MAX) return undefined;
  const label = SECTOR_LABELS[sector];
  if (count === 0) return `would be your first ${label}`;
  return `would be your ${ORDINALS[count]} ${label} (a sector you have thinly)`;
}
