/**
 * The partner pipeline: a prospect is known but not yet contacted ("partners
 * yet to be contacted" on the network map), then contacted, active, paused or
 * former.
 */
import { memberOf } from './vocabulary';

/** Every partner status, in pipeline order. */
export const PARTNER_STATUSES = ['prospect', 'contacted', 'active', 'paused', 'former'] as const;

/** Where a partner stands in the pipeline. */
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** Plain-language names of the statuses. */
export const STATUS_LABELS: Readonly<Record<PartnerStatus, string>> = {
  prospect: 'prospect (not yet contacted)',
  contacted: 'contacted',
  active: 'active',
  paused: 'paused',
  former: 'former',
};

/** True when `value` is one of {@link PARTNER_STATUSES}. */
export const isPartnerStatus = memberOf(PARTNER_STATUSES);
