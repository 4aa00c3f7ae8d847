/**
 * The plain-language reasons attached to a suggestion. They describe what the
 * map records ("known by three of your partners") and never promise an
 * outcome: a suggestion is a lead to check with the introducers.
 */
import { LEVEL_LABELS, levelRank, type ParticipationLevel } from '../../model/participation';
import type { PartnerStatus } from '../../model/statuses';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 3 -> "three"; 12 -> "12". */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "known by three of your partners, two at acting together level". */
export function introducerReason(introducers: readonly { name: string; level?: ParticipationLevel }[], yours: string): string | undefined {
  const n = introducers.length;
  if (n === 0) return undefined;
  let top: ParticipationLevel | undefined;
  for (const i of introducers) if (i.level !== undefined && (top === undefined || levelRank(i.level) > levelRank(top))) top = i.level;
  if (n === 1) {
    const only = introducers[0]!;
    return `known by one of ${yours} partners, ${only.name}${only.level === undefined ? '' : ` (${LEVEL_LABELS[only.level]} level)`}`;
  }
  const base = `known by ${countWord(n)} of ${yours} partners`;
  if (top === undefined) return base;
  const atTop = introducers.filter((i) => i.level === top).length;
  const share = atTop === n ? `all ${countWord(n)}` : countWord(atTop);
  return `${base}, ${share} at ${LEVEL_LABELS[top]} level`;
}

/**
 * "introduced by Valley District in 2024, wave 2", or with several referrals
 * "introduced by the district and the 4-H in 2025, wave 2".
 */
export function referralReason(referrals: readonly { name: string; since?: string }[], wave: number | undefined): string | undefined {
  if (referrals.length === 0) return undefined;
  const years = referrals.map((r) => r.since?.slice(0, 4));
  const sameYear = years.every((y) => y === years[0]);
  const names = referrals.map((r, i) => (sameYear || years[i] === undefined ? r.name : `${r.name} in ${years[i]}`));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const when = sameYear && years[0] !== undefined ? ` in ${years[0]}` : '';
  return `introduced by ${list}${when}${wave === undefined ? '' : `, wave ${wave}`}`;
}

/** What the pipeline status adds, if anything. */
export function statusReason(status: PartnerStatus): string | undefined {
  if (status === 'contacted') return 'already contacted: this would be a follow-up';
  if (status === 'paused') return 'a paused partnership: a chance to renew it';
  if (status === 'former') return 'a former partner: find out why the partnership ended before approaching again';
  return undefined;
}

/** For candidates no partner knows directly. */
export function noIntroducerReason(path: readonly string[] | undefined, yours: string): string {
  if (path !== undefined && path.length > 2) {
    return `none of ${yours} partners knows them directly; the warmest route runs through ${path.slice(1, -1).join(', then ')}`;
  }
  return `no recorded tie to ${yours} partners: a cold approach`;
}
