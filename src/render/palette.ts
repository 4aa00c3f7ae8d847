/**
 * Colours of the map: sectors, statuses, communities, relationship kinds and
 * the two themes.
 *
 * The choice, for colour-blind readers first:
 * - The eight sectors most STEM ecosystem maps hold (schools, out-of-school
 *   programmes, museums, higher education, STEM companies, professional
 *   organisations, libraries, community organisations) take the Okabe-Ito
 *   palette (Okabe & Ito 2002, "Color Universal Design"), designed to stay
 *   distinguishable under protanopia, deuteranopia and tritanopia, with its
 *   black replaced by Paul Tol's indigo so a node never reads as a hole.
 * - The next six take Paul Tol's "muted" scheme (Tol 2021, "Colour schemes",
 *   SRON/EPS/TN/09-002), picked to differ from those eight in lightness as
 *   well as hue; "other" is a mid grey and an unrecorded sector a light grey.
 * - No fifteen colours are all distinguishable for everyone, so colour never
 *   carries meaning alone: the legend lists only the categories present, with
 *   their counts, and every node's tooltip names its sector and status.
 * - Statuses use five Okabe-Ito colours; prospects are also hollow, former
 *   partners faded, so the pipeline reads without colour.
 * - Communities take Tol's "bright" then "muted" colours (largest community
 *   first); communities beyond the twelfth share a grey, named in the legend.
 */
import type { PartnerStatus } from '../model/statuses';
import type { Sector } from '../model/sectors';
import type { RelationshipKind } from '../model/relationship-kinds';

/** Colour of each sector. */
export const SECTOR_COLORS: Readonly<Record<Sector, string>> = {
  school: '#0072B2', // Okabe-Ito blue
  'out-of-school': '#E69F00', // Okabe-Ito orange
  museum: '#009E73', // Okabe-Ito bluish green
  'higher-education': '#CC79A7', // Okabe-Ito reddish purple
  'stem-company': '#D55E00', // Okabe-Ito vermillion
  'professional-organization': '#56B4E9', // Okabe-Ito sky blue
  library: '#F0E442', // Okabe-Ito yellow
  'community-organization': '#332288', // Tol indigo (stands in for Okabe-Ito black)
  business: '#882255', // Tol wine
  philanthropy: '#117733', // Tol green
  'family-organization': '#DDCC77', // Tol sand
  'youth-organization': '#AA4499', // Tol purple
  government: '#999933', // Tol olive
  research: '#CC6677', // Tol rose
  other: '#777777',
};

/** Colour of partners whose sector is not recorded. */
export const UNKNOWN_COLOR = '#BBBBBB';

/** Colour of each status (prospects are drawn hollow in this colour). */
export const STATUS_COLORS: Readonly<Record<PartnerStatus, string>> = {
  prospect: '#D55E00', // vermillion ring
  contacted: '#56B4E9', // sky blue
  active: '#0072B2', // blue
  paused: '#E69F00', // orange
  former: '#999999', // grey
};

/** Colours of communities in order (largest community first). */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4477AA', // Tol bright: blue
  '#EE6677', // red
  '#228833', // green
  '#CCBB44', // yellow
  '#66CCEE', // cyan
  '#AA3377', // purple
  '#332288', // Tol muted: indigo
  '#E69F00', // Okabe-Ito orange
  '#44AA99', // Tol muted: teal
  '#882255', // wine
  '#999933', // olive
  '#6F4E37', // brown
];

/** Colour shared by communities beyond {@link COMMUNITY_COLORS}' length. */
export const OTHER_COMMUNITY_COLOR = '#808080';

/** Dash pattern of each relationship kind (`''`: solid). Referrals and funding also get an arrow head. */
export const KIND_DASHES: Readonly<Record<RelationshipKind, string>> = {
  partnership: '',
  referral: '2 3',
  'known-tie': '6 4',
  funding: '10 3 2 3',
  membership: '1 5',
  other: '3 2 1 2',
};

/** Theme colours. */
export interface Theme {
  background: string;
  text: string;
  mutedText: string;
  /** Relationship lines by kind. */
  edges: Readonly<Record<RelationshipKind, string>>;
  /** Outline drawn around filled nodes (separates touching nodes). */
  nodeOutline: string;
  /** Ring around the home partner. */
  home: string;
  /** Halo behind labels. */
  halo: string;
  legendFrame: string;
}

/** The two themes: `light` (white page) and `dark` (notebooks in dark mode). */
export const THEMES: Readonly<Record<'light' | 'dark', Theme>> = {
  light: {
    background: '#FFFFFF',
    text: '#1A1A1A',
    mutedText: '#555555',
    edges: {
      partnership: '#4D4D4D',
      referral: '#B0470A',
      'known-tie': '#8C8C8C',
      funding: '#1F6F3F',
      membership: '#6A5ACD',
      other: '#9E9E9E',
    },
    nodeOutline: '#FFFFFF',
    home: '#1A1A1A',
    halo: '#FFFFFF',
    legendFrame: '#D0D0D0',
  },
  dark: {
    background: '#1B1D21',
    text: '#F0F0F0',
    mutedText: '#B8B8B8',
    edges: {
      partnership: '#C8C8C8',
      referral: '#F2A65A',
      'known-tie': '#8F8F8F',
      funding: '#7CC493',
      membership: '#A99CF0',
      other: '#7A7A7A',
    },
    nodeOutline: '#1B1D21',
    home: '#F0F0F0',
    halo: '#1B1D21',
    legendFrame: '#44484F',
  },
};

/** Colour of the community at this rank (0 = largest). */
export function communityColor(rank: number): string {
  return COMMUNITY_COLORS[rank] ?? OTHER_COMMUNITY_COLOR;
}
