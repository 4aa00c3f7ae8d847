/**
 * The commitment range of Practice Brief 3: from a quick win (a career-fair
 * visit) to a long-term role (mentoring youth over weeks).
 */
import { memberOf } from './vocabulary';

/** Every commitment, shortest first. */
export const COMMITMENTS = ['quick-win', 'short-term', 'long-term'] as const;

/** How much a partnership asks of the partner over time. */
export type Commitment = (typeof COMMITMENTS)[number];

/** True when `value` is one of {@link COMMITMENTS}. */
export const isCommitment = memberOf(COMMITMENTS);
