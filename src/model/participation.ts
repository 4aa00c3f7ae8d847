/**
 * The participation ladder of the Partnership Working guide: an ordered scale
 * agreed per partnership, from sharing information up to supporting
 * independent community interest. Compare, sort and weight by rank.
 */
import { memberOf } from './vocabulary';

/** The five rungs, lowest first. */
export const PARTICIPATION_LEVELS = [
  'information',
  'consultation',
  'deciding-together',
  'acting-together',
  'supporting-independent',
] as const;

/** A rung of the participation ladder. */
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

/** Plain-language names of the rungs. */
export const LEVEL_LABELS: Readonly<Record<ParticipationLevel, string>> = {
  information: 'information',
  consultation: 'consultation',
  'deciding-together': 'deciding together',
  'acting-together': 'acting together',
  'supporting-independent': 'supporting independent community interest',
};

/** True when `value` is one of {@link PARTICIPATION_LEVELS}. */
export const isParticipationLevel = memberOf(PARTICIPATION_LEVELS);

const RANKS: ReadonlyMap<string, number> = new Map(PARTICIPATION_LEVELS.map((level, i) => [level, i]));

/** The rung's position on the ladder: 0 for `information` up to 4 for `supporting-independent`. */
export function levelRank(level: ParticipationLevel): number {
  const rank = RANKS.get(level);
  if (rank === undefined) throw new RangeError(`levelRank: unknown participation level ${JSON.stringify(level)}`);
  return rank;
}

/** Sort comparator: negative when `a` is a lower rung than `b`, 0 when equal. */
export function compareLevels(a: ParticipationLevel, b: ParticipationLevel): number {
  return levelRank(a) - levelRank(b);
}

/** True when `level` is at or above `minimum` on the ladder. */
export function isAtLeastLevel(level: ParticipationLevel, minimum: ParticipationLevel): boolean {
  return levelRank(level) >= levelRank(minimum);
}
