/**
 * A seeded synthetic STEM ecosystem for looking at maps and timing them: the
 * structure of planted communities (bench/synthetic.ts), with what a real map
 * carries: plausible organisation names, sectors that cluster by community
 * (a school district's cluster is mostly schools), a home partner, prospects
 * reached by referrals, former partners, partnerships at every level of the
 * ladder, known ties and a few funding ties.
 */
import { createNetwork, SECTORS, seededRng, type PartnerInput, type PartnerNetwork, type RelationshipInput, type Sector } from 'partnermap';
import { plantedCommunities } from './synthetic';

const PLACES = [
  'Cedar', 'Maple', 'River', 'Prairie', 'Oak Hill', 'Lakeside', 'North Fork', 'Granite', 'Willow', 'Harbor',
  'Summit', 'Pine Ridge', 'Eastgate', 'Valley', 'Brookfield', 'Ashford', 'Clearwater', 'Redwood', 'Fairview', 'Bluestem',
];
const NOUNS: Readonly<Record<Sector, readonly string[]>> = {
  school: ['Elementary School', 'Middle School', 'High School', 'School District', 'Academy'],
  'out-of-school': ['Afterschool Club', 'Makerspace', 'Coding Club', 'Summer STEM Camp'],
  museum: ['Science Center', 'Natural History Museum', 'Children’s Museum', 'Planetarium'],
  'higher-education': ['Community College', 'State University', 'Technical College'],
  'stem-company': ['Robotics', 'Biotech', 'Energy Co.', 'Software Labs', 'Aerospace'],
  business: ['Credit Union', 'Hardware Store', 'Print Shop', 'Bakery'],
  'professional-organization': ['Society of Engineers', 'Nurses Association', 'Tech Council'],
  library: ['Public Library', 'County Library'],
  'community-organization': ['Community Action', 'Neighborhood Center', 'Rotary Club'],
  philanthropy: ['Community Foundation', 'Family Fund'],
  'family-organization': ['PTA', 'Parent Network'],
  'youth-organization': ['4-H Club', 'YMCA', 'Boys & Girls Club', 'Scouts'],
  government: ['City Council', 'Extension Office', 'Workforce Board'],
  research: ['Research Lab', 'Field Station'],
  other: ['Partners', 'Collective'],
};

/** A synthetic ecosystem of `n` partners in about n/80 communities (seeded). */
export function syntheticEcosystem(n: number, seed = 1): PartnerNetwork {
  const k = Math.max(2, Math.round(n / 80));
  const list = plantedCommunities(n, k, 5, 0.08, seed);
  const rng = seededRng(seed + 1000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  // Each community leans to one or two sectors.
  const lean = Array.from({ length: k }, () => [pick(SECTORS), pick(SECTORS)] as const);
  const degree = new Int32Array(n);
  for (let e = 0; e < list.sources.length; e += 1) {
    degree[list.sources[e] as number] += 1;
    degree[list.targets[e] as number] += 1;
  }
  const used = new Map<string, number>();
  const partners: PartnerInput[] = [];
  for (let v = 0; v < n; v += 1) {
    const c = list.communities?.[v] ?? 0;
    const r = rng();
    const [a, b] = lean[c] as readonly [Sector, Sector];
    const sector: Sector = r < 0.45 ? a : r < 0.65 ? b : pick(SECTORS);
    let name = `${pick(PLACES)} ${pick(NOUNS[sector])}`;
    const seen = used.get(name) ?? 0;
    used.set(name, seen + 1);
    if (seen > 0) name = `${name} ${seen + 1}`;
    const s = rng();
    // Low-degree partners are the likely prospects (known through one or two ties).
    const status = degree[v]! <= 3 && s < 0.35 ? 'prospect' : s < 0.04 ? 'former' : s < 0.1 ? 'contacted' : s < 0.14 ? 'paused' : 'active';
    partners.push({ id: `org-${v}`, name, sector, status });
  }
  partners[0] = { id: 'org-0', name: 'Regional STEM Ecosystem Hub', sector: 'out-of-school', status: 'active' };
  const relationships: RelationshipInput[] = [];
  const levels = ['information', 'consultation', 'deciding-together', 'acting-together', 'supporting-independent'] as const;
  for (let e = 0; e < list.sources.length; e += 1) {
    const u = list.sources[e] as number;
    const v = list.targets[e] as number;
    const prospect = partners[u]?.status === 'prospect' || partners[v]?.status === 'prospect';
    const r = rng();
    const source = `org-${u}`;
    const target = `org-${v}`;
    if (prospect && r < 0.6) relationships.push({ source, target, kind: 'referral' });
    else if (r < 0.3) relationships.push({ source, target, kind: 'partnership', level: pick(levels) });
    else if (r < 0.33) relationships.push({ source, target, kind: 'funding' });
    else relationships.push({ source, target, kind: 'known-tie' });
  }
  // The home hub partners with the best-connected organisation of each community.
  const best = new Int32Array(k).fill(-1);
  for (let v = 1; v < n; v += 1) {
    const c = list.communities?.[v] ?? 0;
    if (partners[v]?.status !== 'active') continue;
    if (best[c] === -1 || degree[v]! > degree[best[c]!]!) best[c] = v;
  }
  for (const v of best) if (v > 0) relationships.push({ source: 'org-0', target: `org-${v}`, kind: 'partnership', level: 'acting-together' });
  return createNetwork({ name: `Synthetic regional ecosystem (${n} partners)`, home: 'org-0', partners, relationships });
}
