/**
 * What partners bring (and may need): the resources the seeds list. Partners
 * may also name assets outside this list; those are kept as written.
 */
import { memberOf } from './vocabulary';

/** The named assets. */
export const ASSETS = [
  'funding',
  'venue',
  'staff-volunteers',
  'mentors',
  'guest-speakers',
  'internships',
  'field-trips',
  'learning-resources',
  'evaluation-expertise',
  'dissemination',
  'youth-work-experience',
  'connections',
] as const;

/** A named asset. */
export type Asset = (typeof ASSETS)[number];

/** An asset or need: one of {@link ASSETS}, or the partner's own words. */
export type AssetName = Asset | (string & {});

/** True when `value` is one of {@link ASSETS}. */
export const isAsset = memberOf(ASSETS);
