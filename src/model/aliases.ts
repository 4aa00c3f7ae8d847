/**
 * Spreadsheet spellings of the vocabularies. Importers read "Science Center",
 * "OST" or "Acting together" as the canonical values and report each reading
 * as an info-level issue; the API itself takes only canonical values.
 */
import { COMMITMENTS, type Commitment } from './commitment';
import {
  COMMUNICATION_FREQUENCIES,
  COMMUNICATION_MODES,
  type CommunicationFrequency,
  type CommunicationMode,
} from './communication';
import { PARTICIPATION_LEVELS, type ParticipationLevel } from './participation';
import { RELATIONSHIP_KINDS, type RelationshipKind } from './relationship-kinds';
import { SECTORS, type Sector } from './sectors';
import { PARTNER_STATUSES, type PartnerStatus } from './statuses';

/** Lower case, trimmed, runs of spaces, underscores and slashes as one hyphen. */
export function normalizeWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-')
    .replace(/-+/g, '-');
}

function parser<T extends string>(values: readonly T[], aliases: Record<string, T>): (text: string) => T | undefined {
  const table = new Map<string, T>();
  for (const value of values) table.set(value, value);
  for (const [alias, value] of Object.entries(aliases)) table.set(alias, value);
  return (text) => table.get(normalizeWord(text));
}

/** Reads a sector as people write it ("Science Center", "university", "OST"). */
export const parseSector = parser<Sector>(SECTORS, {
  schools: 'school',
  district: 'school',
  'school-district': 'school',
  'school-or-district': 'school',
  'k-12': 'school',
  k12: 'school',
  ost: 'out-of-school',
  'out-of-school-time': 'out-of-school',
  'out-of-school-time-programme': 'out-of-school',
  'out-of-school-time-program': 'out-of-school',
  afterschool: 'out-of-school',
  'after-school': 'out-of-school',
  'science-centre': 'museum',
  'science-center': 'museum',
  'museum-or-science-centre': 'museum',
  'museum-or-science-center': 'museum',
  museums: 'museum',
  university: 'higher-education',
  college: 'higher-education',
  'community-college': 'higher-education',
  'higher-ed': 'higher-education',
  ihe: 'higher-education',
  'stem-business': 'stem-company',
  'stem-focused-company': 'stem-company',
  'tech-company': 'stem-company',
  'other-business': 'business',
  company: 'business',
  employer: 'business',
  'local-business': 'business',
  'professional-organisation': 'professional-organization',
  'stem-professional-organization': 'professional-organization',
  'stem-professional-organisation': 'professional-organization',
  'professional-association': 'professional-organization',
  libraries: 'library',
  'public-library': 'library',
  'community-organisation': 'community-organization',
  'community-based-organization': 'community-organization',
  'community-based-organisation': 'community-organization',
  cbo: 'community-organization',
  nonprofit: 'community-organization',
  'non-profit': 'community-organization',
  funder: 'philanthropy',
  foundation: 'philanthropy',
  'philanthropy-or-funder': 'philanthropy',
  family: 'family-organization',
  parents: 'family-organization',
  'parent-organization': 'family-organization',
  'family-organisation': 'family-organization',
  'families-and-parent-organizations': 'family-organization',
  youth: 'youth-organization',
  'youth-organisation': 'youth-organization',
  'youth-group': 'youth-organization',
  'government-agency': 'government',
  agency: 'government',
  'research-team': 'research',
  'research-group': 'research',
});

/** Reads a partner status ("Yet to be contacted", "on hold", "Active"). */
export const parsePartnerStatus = parser<PartnerStatus>(PARTNER_STATUSES, {
  'yet-to-be-contacted': 'prospect',
  'not-contacted': 'prospect',
  'to-contact': 'prospect',
  potential: 'prospect',
  lead: 'prospect',
  'in-contact': 'contacted',
  approached: 'contacted',
  current: 'active',
  engaged: 'active',
  'on-hold': 'paused',
  inactive: 'paused',
  dormant: 'paused',
  past: 'former',
  ended: 'former',
  lapsed: 'former',
});

/** Reads a rung of the participation ladder ("Acting together", "3"). */
export const parseParticipationLevel = parser<ParticipationLevel>(PARTICIPATION_LEVELS, {
  '1': 'information',
  '2': 'consultation',
  '3': 'deciding-together',
  '4': 'acting-together',
  '5': 'supporting-independent',
  inform: 'information',
  informing: 'information',
  consult: 'consultation',
  consulting: 'consultation',
  'decide-together': 'deciding-together',
  'act-together': 'acting-together',
  'support-independent': 'supporting-independent',
  'supporting-independent-community-interest': 'supporting-independent',
  'supporting-independent-community-interests': 'supporting-independent',
});

/** Reads a relationship kind ("Partner", "introduction", "knows"). */
export const parseRelationshipKind = parser<RelationshipKind>(RELATIONSHIP_KINDS, {
  partner: 'partnership',
  collaboration: 'partnership',
  introduction: 'referral',
  intro: 'referral',
  referred: 'referral',
  refer: 'referral',
  tie: 'known-tie',
  knows: 'known-tie',
  known: 'known-tie',
  connection: 'known-tie',
  link: 'known-tie',
  funder: 'funding',
  grant: 'funding',
  member: 'membership',
});

/** Reads a commitment ("Quick win", "ongoing"). */
export const parseCommitment = parser<Commitment>(COMMITMENTS, {
  quick: 'quick-win',
  quickwin: 'quick-win',
  'one-off': 'quick-win',
  short: 'short-term',
  long: 'long-term',
  ongoing: 'long-term',
});

/** Reads a communication mode ("e-mail", "Zoom", "face to face"). */
export const parseCommunicationMode = parser<CommunicationMode>(COMMUNICATION_MODES, {
  'e-mail': 'email',
  call: 'phone',
  telephone: 'phone',
  zoom: 'video',
  teams: 'video',
  'video-call': 'video',
  'face-to-face': 'in-person',
  meeting: 'in-person',
  sms: 'text',
  'text-message': 'text',
});

/** Reads a communication frequency ("every two weeks", "annually"). */
export const parseCommunicationFrequency = parser<CommunicationFrequency>(COMMUNICATION_FREQUENCIES, {
  biweekly: 'fortnightly',
  'every-two-weeks': 'fortnightly',
  termly: 'quarterly',
  annually: 'yearly',
  annual: 'yearly',
  'twice-a-year': 'twice-yearly',
  semiannually: 'twice-yearly',
  'ad-hoc': 'as-needed',
  'when-needed': 'as-needed',
});

/** Reads a yes/no cell ("yes", "TRUE", "1", "x", "no", ""). */
export function parseBoolean(text: string): boolean | undefined {
  const word = normalizeWord(text);
  if (['true', 'yes', 'y', '1', 'x', 'internal'].includes(word)) return true;
  if (['false', 'no', 'n', '0', 'external'].includes(word)) return false;
  return undefined;
}
