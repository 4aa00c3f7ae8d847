/**
 * The relationships of the example network (see `partners.ts` for the story):
 * the programme's partnerships, each at its rung of the participation ladder
 * and with its commitment; the referrals (who introduced us to whom, dated),
 * which grow the map in snowball waves over three school years; the known ties
 * between partners that make clusters (schools, businesses, youth and
 * community); and a little funding and membership.
 *
 * Relationship `contacts` name the partner-side people who carry each tie
 * (by contact key, here the person's name). Dana Whitfield, the district's CTE
 * coordinator, carries many of them: the key-person risk the seeds warn about.
 */
import type { Commitment } from '../../model/commitment';
import type { ParticipationLevel } from '../../model/participation';
import type { RelationshipInput } from '../../model/relationship';
import { EXAMPLE_HOME } from './partners';

/** The custom attributes the example relationships carry, to show they are kept. */
export interface ExampleRelationshipExtras {
  /** The school year a referral was made in ("2023-24"). */
  schoolYear?: string;
  /** A grant's amount in US dollars. */
  amountUsd?: number;
}

/** A relationship of the example network. */
export type ExampleRelationship = RelationshipInput<ExampleRelationshipExtras>;

/** The key person: the district's CTE coordinator. */
export const EXAMPLE_KEY_PERSON = 'Dana Whitfield';
const DANA = EXAMPLE_KEY_PERSON;

/** The school year (August to July) a date falls in: 2023-09-18 -> "2023-24". */
function schoolYear(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

interface PartnershipOptions {
  contacts?: string[];
  until?: string;
  notes?: string;
}

/** A partnership between the programme and a partner. */
function partnership(
  target: string,
  level: ParticipationLevel,
  commitment: Commitment,
  since: string,
  options: PartnershipOptions = {},
): ExampleRelationship {
  return {
    id: `partnership:${EXAMPLE_HOME}:${target}`,
    source: EXAMPLE_HOME,
    target,
    kind: 'partnership',
    level,
    commitment,
    since,
    ...options,
  };
}

/** A referral: `introducer` introduced us to `introduced` on `since`. */
function referral(introducer: string, introduced: string, since: string, contacts: string[]): ExampleRelationship {
  return {
    id: `referral:${introducer}:${introduced}`,
    source: introducer,
    target: introduced,
    kind: 'referral',
    since,
    contacts,
    schoolYear: schoolYear(since),
  };
}

/** A known tie: the two organisations work together (we learned it from them). */
function tie(a: string, b: string, contacts?: string[], notes?: string): ExampleRelationship {
  const r: ExampleRelationship = { id: `known-tie:${a}:${b}`, source: a, target: b, kind: 'known-tie' };
  if (contacts !== undefined) r.contacts = contacts;
  if (notes !== undefined) r.notes = notes;
  return r;
}

/** A grant from `funder` to `recipient`. */
function funding(funder: string, recipient: string, since: string, amountUsd: number, until?: string): ExampleRelationship {
  const r: ExampleRelationship = {
    id: `funding:${funder}:${recipient}`,
    source: funder,
    target: recipient,
    kind: 'funding',
    since,
    amountUsd,
  };
  if (until !== undefined) r.until = until;
  return r;
}

/** The programme's partnerships, by when they began. */
const PARTNERSHIPS: readonly ExampleRelationship[] = [
  // Internal partners: the programme's own units.
  partnership('cvscc-evaluation', 'acting-together', 'long-term', '2022-08-01', { contacts: ['Hannah Cho'] }),
  partnership('cvscc-makerspace', 'acting-together', 'long-term', '2022-09-01', { contacts: ['Priya Raman'] }),
  partnership('cvscc-summer', 'acting-together', 'long-term', '2023-01-15', { contacts: ['Jordan Blake'] }),
  // The founding partners.
  partnership('extension', 'acting-together', 'long-term', '2022-08-01', {
    contacts: ['Ruth Ann Calloway', 'Marcus Bell'],
    notes: 'Co-leads the programme; Extension staff run the community partnership group.',
  }),
  partnership('cvusd', 'acting-together', 'long-term', '2022-08-15', {
    contacts: [DANA],
    notes: 'Career-pathways plan for grades 6-12.',
  }),
  partnership('psu-research', 'deciding-together', 'long-term', '2022-08-01', {
    contacts: ['Dr. Elena Vasquez', 'Tom Nguyen'],
  }),
  // Wave 1 (2022-23).
  partnership('cedar-4h', 'supporting-independent', 'long-term', '2022-09-19', {
    contacts: ['Sam Oyelaran'],
    notes: '4-H clubs now run their own STEM career nights with programme kits.',
  }),
  partnership('cv-high', 'acting-together', 'long-term', '2022-10-03', {
    contacts: [DANA, 'Kelly Brandt'],
    notes: 'Career-connected science units and the spring career fair.',
  }),
  partnership('cv-middle', 'consultation', 'short-term', '2022-10-17', { contacts: [DANA, 'Sofia Marchetti'] }),
  partnership('sunflower', 'acting-together', 'long-term', '2022-10-24', {
    contacts: ['Beth Alvarado'],
    notes: 'Weekly STEM club at three afterschool sites.',
  }),
  partnership('riverbend', 'deciding-together', 'short-term', '2022-11-07', { contacts: ['Naomi Fairbanks'] }),
  partnership('prcc', 'acting-together', 'long-term', '2022-11-14', {
    contacts: [DANA, 'Linda Park'],
    notes: 'Dual-credit STEM pathway and campus career days.',
  }),
  partnership('community-foundation', 'deciding-together', 'long-term', '2022-12-05', {
    contacts: ['Joan Pettibone'],
    notes: 'Sits on the steering group.',
  }),
  partnership('resa', 'consultation', 'short-term', '2023-01-09', { contacts: ['Carol Dunmore'] }),
  partnership('harlan-elem', 'information', 'quick-win', '2023-02-06', { contacts: ['Grace Whitehorse'] }),
  partnership('cedar-edc', 'deciding-together', 'long-term', '2023-03-01', { contacts: ['Greg Halvorsen'] }),
  partnership('cedar-coop', 'information', 'quick-win', '2023-03-20', {
    contacts: ['Dale Ferris'],
    notes: 'Career-fair booth and a harvest-season field visit.',
  }),
  partnership('conservation-district', 'consultation', 'short-term', '2023-04-10', { contacts: ['Wes Carrington'] }),
  // Wave 2 (2023-24).
  partnership('heritage-museum', 'information', 'short-term', '2023-09-11', {
    contacts: ['Walter Boyd'],
    until: '2024-12-31',
  }),
  partnership('bridger-mfg', 'acting-together', 'long-term', '2023-09-18', {
    contacts: ['Tamara Greene', DANA],
    notes: 'Paid summer internships and an engineering mentor team.',
  }),
  partnership('cv-ffa', 'consultation', 'short-term', '2023-09-25', { contacts: ['Carla Jensen'] }),
  partnership('north-fork', 'information', 'quick-win', '2023-10-02', { contacts: ['Ellen Marsh', DANA] }),
  partnership('ymca', 'consultation', 'short-term', '2023-10-09', { contacts: ['Tyrone Harris'] }),
  partnership('fieldsense', 'deciding-together', 'long-term', '2023-10-16', {
    contacts: ['Megan Torres', 'Ravi Subramanian'],
    notes: 'Precision-agriculture mentors meet students every other week from October to March.',
  }),
  partnership('prairie-scouts', 'information', 'short-term', '2023-10-23', { contacts: ['Kevin Albright'] }),
  partnership('heartland-cu', 'information', 'quick-win', '2023-10-30', {
    contacts: ['Nora Lindahl'],
    notes: 'Financial-literacy talk at the career fair.',
  }),
  partnership('robotics-boosters', 'supporting-independent', 'long-term', '2023-11-06', {
    contacts: ['Heather Quist'],
  }),
  partnership('prairie-wind', 'consultation', 'long-term', '2023-11-13', {
    contacts: ['Josh Lindgren'],
    notes: 'Wind technicians mentor the high-school energy club.',
  }),
  partnership('chamber', 'information', 'quick-win', '2023-12-04', { contacts: ['Bill Sato'] }),
  partnership('hospital-lab', 'consultation', 'long-term', '2024-01-08', {
    contacts: ['Dr. Imani Brooks', DANA],
    notes: 'Job-shadowing in the laboratory for juniors and seniors.',
  }),
  partnership('cv-alc', 'consultation', 'long-term', '2024-01-22', { contacts: ['Marcus Reyes', DANA] }),
  partnership('harlan-pto', 'information', 'quick-win', '2024-02-12', { contacts: ['Aisha Coleman'] }),
  partnership('psu-engineering', 'consultation', 'short-term', '2024-02-19', { contacts: ['Dr. Kwame Asante'] }),
  partnership('community-action', 'consultation', 'short-term', '2024-03-04', { contacts: ['Rosa Delgado'] }),
  partnership('trio', 'consultation', 'long-term', '2024-03-18', { contacts: ['Jasmine Wu'] }),
  partnership('fair-board', 'information', 'quick-win', '2024-04-15', { contacts: ['Darlene Voss'] }),
  partnership('hartwell-dairy', 'information', 'quick-win', '2024-04-22', {
    contacts: ['Jim Hartwell'],
    notes: 'Farm visit for the summer camp.',
  }),
  // Wave 3 (2024-25).
  partnership('valley-vet', 'information', 'quick-win', '2024-10-07', { contacts: ['Dr. Lauren Pike'] }),
  partnership('main-street-hardware', 'information', 'quick-win', '2024-10-14', {
    contacts: ['George Pappas'],
    until: '2025-04-30',
    notes: 'Career-fair visit; ended when the owner retired.',
  }),
  partnership('ridgeline-drones', 'consultation', 'short-term', '2024-10-21', { contacts: ['Casey Nakamura'] }),
  partnership('rural-electric', 'information', 'quick-win', '2024-11-04', { contacts: ['Ed Morales'] }),
  partnership('latino-alliance', 'consultation', 'short-term', '2024-11-11', { contacts: ['Marisol Fuentes'] }),
  partnership('swe-section', 'consultation', 'long-term', '2024-11-18', {
    contacts: ['Deepa Krishnan'],
    notes: 'Women engineers mentor a girls-in-engineering group over eight weeks.',
  }),
  partnership('code-prairie', 'consultation', 'short-term', '2024-12-09', { contacts: ['Ngozi Adeyemi'] }),
  partnership('spe-chapter', 'information', 'quick-win', '2025-01-13', { contacts: ['Frank Oduya'] }),
  partnership('city-public-works', 'information', 'quick-win', '2025-02-03', { contacts: ['Alan Reese'] }),
  partnership('rotary', 'information', 'quick-win', '2025-03-10', { contacts: ['Gene Kowalski'] }),
];

/**
 * Who introduced us to whom. Wave 1 came through the founding partners (the
 * anchor, the district, the researchers), wave 2 through wave-1 partners, and
 * so on: the snowball.
 */
const REFERRALS: readonly ExampleRelationship[] = [
  // Wave 1 (2022-23).
  referral('extension', 'cedar-4h', '2022-09-06', ['Ruth Ann Calloway']),
  referral('cvusd', 'cv-high', '2022-09-12', [DANA]),
  referral('cvusd', 'cv-middle', '2022-09-12', [DANA]),
  referral('cvusd', 'sunflower', '2022-10-05', [DANA]),
  referral('psu-research', 'riverbend', '2022-10-11', ['Dr. Elena Vasquez']),
  referral('cvusd', 'prcc', '2022-10-20', [DANA]),
  referral('extension', 'community-foundation', '2022-11-15', ['Ruth Ann Calloway']),
  referral('cvusd', 'resa', '2022-12-08', [DANA]),
  referral('cvusd', 'harlan-elem', '2023-01-17', [DANA]),
  referral('extension', 'cedar-edc', '2023-02-07', ['Marcus Bell']),
  referral('extension', 'cedar-coop', '2023-03-01', ['Marcus Bell']),
  referral('extension', 'conservation-district', '2023-03-14', ['Marcus Bell']),
  // Wave 2 (2023-24).
  referral('conservation-district', 'heritage-museum', '2023-08-22', ['Wes Carrington']),
  referral('cedar-edc', 'bridger-mfg', '2023-08-28', ['Greg Halvorsen']),
  referral('cv-high', 'cv-ffa', '2023-09-06', ['Kelly Brandt']),
  referral('resa', 'north-fork', '2023-09-12', ['Carol Dunmore']),
  referral('sunflower', 'ymca', '2023-09-14', ['Beth Alvarado']),
  referral('cedar-edc', 'fieldsense', '2023-09-18', ['Greg Halvorsen']),
  referral('cedar-4h', 'prairie-scouts', '2023-09-27', ['Sam Oyelaran']),
  referral('cedar-edc', 'prairie-wind', '2023-10-04', ['Greg Halvorsen']),
  referral('cedar-edc', 'heartland-cu', '2023-10-04', ['Greg Halvorsen']),
  referral('cv-high', 'robotics-boosters', '2023-10-10', ['Kelly Brandt']),
  referral('cedar-edc', 'chamber', '2023-11-08', ['Greg Halvorsen']),
  referral('prcc', 'hospital-lab', '2023-11-28', ['Linda Park']),
  referral('cv-high', 'cv-alc', '2023-12-05', ['Andre Jackson']),
  referral('riverbend', 'psu-engineering', '2024-01-10', ['Naomi Fairbanks']),
  referral('harlan-elem', 'harlan-pto', '2024-01-16', ['Grace Whitehorse']),
  referral('community-foundation', 'community-action', '2024-02-06', ['Joan Pettibone']),
  referral('prcc', 'trio', '2024-02-20', ['Linda Park']),
  referral('cedar-4h', 'fair-board', '2024-03-11', ['Sam Oyelaran']),
  referral('cedar-4h', 'hartwell-dairy', '2024-03-25', ['Sam Oyelaran']),
  // Wave 3 (2024-25).
  referral('cv-ffa', 'valley-vet', '2024-09-10', ['Carla Jensen']),
  referral('fieldsense', 'ridgeline-drones', '2024-09-16', ['Ravi Subramanian']),
  referral('chamber', 'main-street-hardware', '2024-09-18', ['Bill Sato']),
  referral('prairie-wind', 'rural-electric', '2024-09-24', ['Josh Lindgren']),
  referral('bridger-mfg', 'swe-section', '2024-10-02', ['Tamara Greene']),
  referral('community-action', 'latino-alliance', '2024-10-08', ['Rosa Delgado']),
  referral('hartwell-dairy', 'women-in-ag', '2024-10-28', ['Jim Hartwell']),
  referral('psu-engineering', 'code-prairie', '2024-10-30', ['Dr. Kwame Asante']),
  referral('prairie-wind', 'spe-chapter', '2024-11-20', ['Josh Lindgren']),
  referral('chamber', 'cv-broadband', '2024-12-02', ['Bill Sato']),
  referral('chamber', 'city-public-works', '2024-12-10', ['Bill Sato']),
  referral('heartland-cu', 'rotary', '2025-01-22', ['Nora Lindahl']),
  referral('hospital-lab', 'prairie-pharmacy', '2025-02-10', ['Dr. Imani Brooks']),
  // Offers of introduction to prospects (2025), and the newest contacts.
  referral('latino-alliance', 'county-library', '2025-02-18', ['Marisol Fuentes']),
  referral('rural-electric', 'northstar-solar', '2025-03-03', ['Ed Morales']),
  referral('cedar-4h', 'county-library', '2025-03-04', ['Sam Oyelaran']),
  referral('cedar-edc', 'youth-advisory', '2025-03-24', ['Greg Halvorsen']),
  referral('city-public-works', 'state-dot', '2025-04-07', ['Alan Reese']),
  referral('latino-alliance', 'migrant-family-center', '2025-04-14', ['Marisol Fuentes']),
  referral('spe-chapter', 'heartland-engineering', '2025-05-06', ['Frank Oduya']),
  referral('ridgeline-drones', 'aviation', '2025-05-19', ['Casey Nakamura']),
];

/** Who works with whom among the partners: the ties that make clusters. */
const KNOWN_TIES: readonly ExampleRelationship[] = [
  // The school cluster.
  tie('cvusd', 'cv-high', [DANA]),
  tie('cvusd', 'cv-middle', [DANA]),
  tie('cvusd', 'harlan-elem', [DANA]),
  tie('cvusd', 'north-fork', ['Ellen Marsh']),
  tie('cvusd', 'cv-alc', [DANA]),
  tie('cvusd', 'resa', [DANA]),
  tie('cvusd', 'prcc', [DANA], 'Dual-credit agreement.'),
  tie('cv-high', 'cv-middle', ['Kelly Brandt', 'Sofia Marchetti'], 'Shared science professional learning community.'),
  tie('cv-high', 'cv-alc', ['Andre Jackson']),
  tie('cv-high', 'cv-ffa', ['Carla Jensen']),
  tie('cv-high', 'robotics-boosters', ['Kelly Brandt']),
  tie('cv-high', 'prcc', [DANA]),
  tie('cv-high', 'trio', ['Andre Jackson']),
  tie('harlan-elem', 'harlan-pto', ['Grace Whitehorse']),
  tie('resa', 'north-fork', ['Carol Dunmore']),
  tie('prcc', 'trio', ['Jasmine Wu']),
  tie('sunflower', 'harlan-elem', ['Beth Alvarado'], 'Afterschool site at Harlan.'),
  tie('sunflower', 'cv-middle', ['Beth Alvarado'], 'Afterschool site at the middle school.'),
  // Schools to employers: internships and job-shadowing arranged by the district.
  tie('cv-high', 'bridger-mfg', [DANA], 'Internship placements.'),
  tie('cv-high', 'hospital-lab', [DANA], 'Job-shadowing placements.'),
  // The business cluster.
  tie('cedar-edc', 'chamber', ['Greg Halvorsen', 'Bill Sato']),
  tie('cedar-edc', 'fieldsense', ['Greg Halvorsen']),
  tie('cedar-edc', 'prairie-wind', ['Greg Halvorsen']),
  tie('cedar-edc', 'bridger-mfg', ['Greg Halvorsen']),
  tie('cedar-edc', 'heartland-cu', ['Greg Halvorsen']),
  tie('chamber', 'heartland-cu', ['Bill Sato']),
  tie('chamber', 'bridger-mfg', ['Bill Sato']),
  tie('chamber', 'main-street-hardware', ['Bill Sato']),
  tie('chamber', 'cv-broadband', ['Bill Sato']),
  tie('chamber', 'city-public-works', ['Bill Sato']),
  tie('chamber', 'rotary', ['Bill Sato']),
  tie('heartland-cu', 'rotary', ['Nora Lindahl']),
  tie('fieldsense', 'ridgeline-drones', ['Ravi Subramanian']),
  tie('fieldsense', 'cedar-coop', ['Ravi Subramanian'], "Sensor trials on co-op members' fields."),
  tie('prairie-wind', 'rural-electric', ['Josh Lindgren']),
  tie('prairie-wind', 'spe-chapter', ['Josh Lindgren']),
  tie('rural-electric', 'city-public-works', ['Ed Morales']),
  tie('city-public-works', 'state-dot', ['Alan Reese']),
  tie('bridger-mfg', 'swe-section', ['Tamara Greene']),
  tie('bridger-mfg', 'prcc', ['Tamara Greene'], 'Machining apprenticeship.'),
  tie('hospital-lab', 'prcc', ['Dr. Imani Brooks'], 'Medical laboratory technician programme.'),
  // The youth, agriculture and community cluster.
  tie('extension', 'cedar-4h', ['Sam Oyelaran']),
  tie('extension', 'conservation-district', ['Marcus Bell']),
  tie('extension', 'cedar-coop', ['Marcus Bell']),
  tie('extension', 'community-foundation', ['Ruth Ann Calloway']),
  tie('extension', 'hartwell-dairy', ['Marcus Bell']),
  tie('cedar-4h', 'fair-board', ['Sam Oyelaran']),
  tie('cedar-4h', 'hartwell-dairy', ['Sam Oyelaran']),
  tie('cedar-4h', 'prairie-scouts', ['Sam Oyelaran']),
  tie('cedar-4h', 'cv-ffa', ['Sam Oyelaran', 'Carla Jensen']),
  tie('cedar-4h', 'sunflower', ['Sam Oyelaran']),
  tie('cv-ffa', 'hartwell-dairy', ['Carla Jensen']),
  tie('cv-ffa', 'valley-vet', ['Carla Jensen']),
  tie('sunflower', 'ymca', ['Beth Alvarado']),
  tie('ymca', 'prairie-scouts', ['Tyrone Harris']),
  tie('community-foundation', 'community-action', ['Joan Pettibone']),
  tie('community-foundation', 'heartland-cu', ['Joan Pettibone']),
  tie('community-action', 'latino-alliance', ['Rosa Delgado']),
  tie('community-action', 'ymca', ['Rosa Delgado']),
  tie('conservation-district', 'cedar-coop', ['Wes Carrington']),
  tie('conservation-district', 'heritage-museum', ['Wes Carrington']),
  // Research, museum and university.
  tie('psu-research', 'cvscc-evaluation', ['Dr. Elena Vasquez', 'Hannah Cho']),
  tie('psu-research', 'extension', ['Dr. Elena Vasquez']),
  tie('psu-research', 'riverbend', ['Dr. Elena Vasquez']),
  tie('psu-research', 'psu-engineering', ['Tom Nguyen']),
  tie('riverbend', 'psu-engineering', ['Naomi Fairbanks']),
  tie('psu-engineering', 'code-prairie', ['Dr. Kwame Asante']),
  tie('psu-engineering', 'swe-section', ['Dr. Kwame Asante']),
  // The programme's own units at work with partners.
  tie('cvscc-makerspace', 'north-fork', ['Priya Raman']),
  tie('cvscc-makerspace', 'harlan-elem', ['Priya Raman']),
  tie('cvscc-makerspace', 'sunflower', ['Priya Raman']),
  tie('cvscc-makerspace', 'code-prairie', ['Priya Raman']),
  tie('cvscc-summer', 'riverbend', ['Jordan Blake'], 'Science day at the centre.'),
  tie('cvscc-summer', 'psu-engineering', ['Jordan Blake']),
  tie('cvscc-summer', 'ymca', ['Jordan Blake'], 'The camp runs at the YMCA.'),
];

/** Grants and memberships. */
const OTHER: readonly ExampleRelationship[] = [
  funding('plains-fund', EXAMPLE_HOME, '2022-06-01', 450000, '2025-08-31'),
  funding('plains-fund', 'extension', '2022-06-01', 180000, '2025-08-31'),
  funding('community-foundation', EXAMPLE_HOME, '2023-07-01', 15000),
  funding('community-foundation', 'robotics-boosters', '2024-01-15', 2500),
  {
    id: `membership:${EXAMPLE_HOME}:chamber`,
    source: EXAMPLE_HOME,
    target: 'chamber',
    kind: 'membership',
    since: '2024-01-01',
  },
];

/** Every relationship of the example network. */
export const EXAMPLE_RELATIONSHIPS: readonly ExampleRelationship[] = [
  ...PARTNERSHIPS,
  ...REFERRALS,
  ...KNOWN_TIES,
  ...OTHER,
];
