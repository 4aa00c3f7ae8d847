/**
 * Formatters for `detectCommunities()` in `partnermap analyze`: plain text
 * (the summary sentence, then each community with its label, size, density,
 * sectors, hubs and first members) and a JSON-safe value for `--json` (Maps
 * become objects keyed by partner id, NaN becomes null).
 */
import { SECTOR_LABELS, type Community, type CommunityDetection, type Sector } from 'partnermap';

/** Options of {@link communitiesSection}. */
export interface CommunitiesSectionOptions {
  /**
   * Most communities listed (largest first).
   * @defaultValue 10
   */
  limit?: number;
  /**
   * Most members listed per community (most connected first).
   * @defaultValue 8
   */
  members?: number;
}

/** 3 significant digits: 1.5, 0.568, 12.3. */
const num = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))));

/** Partner ids and names can hold line breaks and control characters: show them on one line. */
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function communityLines(c: Community, position: number, members: number): string[] {
  const lines = [
    `${String(position).padStart(3)}. ${oneLine(c.label)}`,
    `     ${plural(c.size, 'partner', 'partners')}, ${plural(c.internalTies, 'tie', 'ties')} inside (density ${num(c.density)}), ${plural(c.externalTies, 'tie', 'ties')} to other communities`,
  ];
  if (c.sectors.length > 0 || c.unrecordedSector > 0) {
    const sectors = c.sectors.map((s) => `${SECTOR_LABELS[s.sector]} ${s.count}`);
    if (c.unrecordedSector > 0) sectors.push(`not recorded ${c.unrecordedSector}`);
    lines.push(`     sectors: ${sectors.join(', ')}`);
  }
  if (c.size > 1 && c.hubs.length > 0) {
    const hubs = c.hubs.map((h) => `${oneLine(h.name)} (${plural(h.internalTies, 'tie', 'ties')}, strength ${num(h.internalStrength)})`);
    lines.push(`     hubs: ${hubs.join('; ')}`);
  }
  const shown = c.members.slice(0, members).map(oneLine);
  const rest = c.members.length - shown.length;
  lines.push(`     members: ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`);
  return lines;
}

/** The communities as plain text for `partnermap analyze`. */
export function communitiesSection(result: CommunityDetection, options: CommunitiesSectionOptions = {}): string {
  const limit = options.limit ?? 10;
  const members = options.members ?? 8;
  const name = result.algorithm === 'leiden' ? 'Leiden' : 'Louvain';
  const objective = result.objective === 'cpm' ? 'CPM' : 'modularity';
  const lines = [`Communities (${name}, ${objective}, resolution ${num(result.resolution)})`, result.summary];
  const groups = result.communities.filter((c) => c.size > 1);
  const alone = result.communities.filter((c) => c.size === 1);
  const listed = groups.slice(0, limit);
  if (listed.length > 0) lines.push('');
  listed.forEach((c, i) => lines.push(...communityLines(c, i + 1, members)));
  if (groups.length > listed.length) {
    lines.push(`  ... and ${plural(groups.length - listed.length, 'more community', 'more communities')} (--json lists all)`);
  }
  if (alone.length > 0) {
    const shown = alone.slice(0, members).map((c) => oneLine(c.members[0] as string));
    const rest = alone.length - shown.length;
    lines.push('', `On their own (no ties into a community): ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`);
  }
  if (result.unassigned.length > 0) {
    const shown = result.unassigned.slice(0, members).map(oneLine);
    const rest = result.unassigned.length - shown.length;
    lines.push(
      '',
      `Not assigned (left out of the analysis by status): ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** JSON-safe form of {@link CommunityDetection}. */
export interface CommunitiesJson {
  algorithm: string;
  objective: string;
  resolution: number;
  modularity: number | null;
  quality: number | null;
  iterations: number;
  converged: boolean;
  summary: string;
  /** The communities; `dominantSector` is null when no member has a sector. */
  communities: (Omit<Community, 'dominantSector'> & { dominantSector: Sector | null })[];
  /** Partner id -> community index (own keys only: an id `__proto__` is an ordinary key). */
  assignment: Record<string, number>;
  unassigned: string[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The communities as a JSON-safe value for `--json`. */
export function communitiesJson(result: CommunityDetection): CommunitiesJson {
  const assignment: Record<string, number> = {};
  for (const [id, c] of result.assignment) {
    // defineProperty: a partner id `__proto__` must become a key, not a prototype.
    Object.defineProperty(assignment, id, { value: c, enumerable: true, writable: true, configurable: true });
  }
  return {
    algorithm: result.algorithm,
    objective: result.objective,
    resolution: result.resolution,
    modularity: finite(result.modularity),
    quality: finite(result.quality),
    iterations: result.iterations,
    converged: result.converged,
    summary: result.summary,
    communities: result.communities.map((c) => ({
      ...c,
      dominantSector: c.dominantSector ?? null,
      members: [...c.members],
      sectors: c.sectors.map((s) => ({ ...s })),
      hubs: c.hubs.map((h) => ({ ...h })),
    })),
    assignment,
    unassigned: [...result.unassigned],
  };
}
