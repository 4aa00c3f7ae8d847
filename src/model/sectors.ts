/**
 * Sectors of a STEM learning ecosystem: the stakeholder list of STEM
 * Ecosystems' strategy one ("Cultivating Cross-Sector Partnerships"), plus
 * government agencies and research teams, which the seeds use in their stories,
 * and "other".
 */
import { memberOf } from './vocabulary';

/** Every sector, in the order of the STEM Ecosystems list. */
export const SECTORS = [
  'school',
  'out-of-school',
  'museum',
  'higher-education',
  'stem-company',
  'business',
  'professional-organization',
  'library',
  'community-organization',
  'philanthropy',
  'family-organization',
  'youth-organization',
  'government',
  'research',
  'other',
] as const;

/** A sector of the ecosystem. An absent sector means "not recorded". */
export type Sector = (typeof SECTORS)[number];

/** Plain-language names, used in reasons and reports ("would be your first library"). */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  school: 'school or district',
  'out-of-school': 'out-of-school-time programme',
  museum: 'museum or science centre',
  'higher-education': 'higher education',
  'stem-company': 'STEM company',
  business: 'other business',
  'professional-organization': 'STEM professional organisation',
  library: 'library',
  'community-organization': 'community-based organisation',
  philanthropy: 'philanthropy or funder',
  'family-organization': 'family or parent organisation',
  'youth-organization': 'youth organisation',
  government: 'government agency',
  research: 'research team',
  other: 'other',
};

/** True when `value` is one of {@link SECTORS}. */
export const isSector = memberOf(SECTORS);
