/**
 * Communities on the map: colouring partners by community, and the
 * community of each drawn partner, from a detection given by the caller or
 * computed by detectCommunities with the map's seed.
 */
import { describeValue, fail } from '../model/errors';
import type { NetworkSnapshot } from '../network/snapshot';
import type { LegendItem, LegendSection } from './legend';
import { communityColor, COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR, UNKNOWN_COLOR } from './palette';

/**
 * The communities the map uses: what {@link detectCommunities} returns, or
 * any grouping of your own in the same shape.
 */
export interface MapCommunities {
  /** Community index of each partner id (partners absent are in none). */
  assignment: ReadonlyMap<string, number>;
  /** Community labels by index. */
  communities: readonly { label: string }[];
}

/** Each drawn partner's community, renumbered by size (0 = largest, ties by first member), -1 for none. */
export interface DrawnCommunities {
  /** Community rank of each view index, or -1. */
  of: Int32Array;
  /** Label of each rank. */
  labels: string[];
  /** Members drawn of each rank. */
  sizes: number[];
  /** Drawn partners in no community. */
  unassigned: number;
}

/** Checks a caller's detection (the `communities` option) at the door. */
export function checkCommunities(fn: string, value: unknown): MapCommunities | undefined {
  if (value === undefined) return undefined;
  const v = value as Partial<MapCommunities> | null;
  if (typeof v !== 'object' || v === null || !(v.assignment instanceof Map) || !Array.isArray(v.communities)) {
    fail(fn, 'invalid-argument', `communities must be a detection ({ assignment: Map, communities: [{ label }] }) such as detectCommunities returns; received ${describeValue(value)}.`);
  }
  const count = v.communities.length;
  for (const [id, c] of v.assignment) {
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= count) {
      fail(fn, 'invalid-argument', `communities.assignment of ${describeValue(id)} must be a community index from 0 to ${count - 1}; received ${describeValue(c)}.`);
    }
  }
  v.communities.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || typeof c.label !== 'string') {
      fail(fn, 'invalid-argument', `communities.communities[${i}].label must be a string; received ${describeValue(c)}.`);
    }
  });
  return v as MapCommunities;
}

/** The communities of the drawn partners, ranked by drawn size. */
export function drawnCommunities(view: NetworkSnapshot, detection: MapCommunities): DrawnCommunities {
  const count = detection.communities.length;
  const sizes = new Array<number>(count).fill(0);
  const first = new Array<number>(count).fill(Infinity);
  const raw = new Int32Array(view.order).fill(-1);
  let unassigned = 0;
  for (let i = 0; i < view.order; i += 1) {
    const c = detection.assignment.get(view.ids[i] as string);
    if (c === undefined) {
      unassigned += 1;
      continue;
    }
    raw[i] = c;
    sizes[c] = (sizes[c] as number) + 1;
    if (i < (first[c] as number)) first[c] = i;
  }
  const ranked = Array.from({ length: count }, (_, c) => c)
    .filter((c) => (sizes[c] as number) > 0)
    .sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || (first[a] as number) - (first[b] as number));
  const rankOf = new Int32Array(count).fill(-1);
  ranked.forEach((c, r) => {
    rankOf[c] = r;
  });
  const of = new Int32Array(view.order).fill(-1);
  for (let i = 0; i < view.order; i += 1) if ((raw[i] as number) >= 0) of[i] = rankOf[raw[i] as number] as number;
  return {
    of,
    labels: ranked.map((c) => (detection.communities[c] as { label: string }).label),
    sizes: ranked.map((c) => sizes[c] as number),
    unassigned,
  };
}

/** Colours by community rank, and the legend section: the first twelve by name, the rest together. */
export function communityColouring(drawn: DrawnCommunities): { colors: string[]; section: LegendSection } {
  const colors = Array.from(drawn.of, (r) => (r < 0 ? UNKNOWN_COLOR : communityColor(r)));
  const named = Math.min(drawn.labels.length, COMMUNITY_COLORS.length);
  const items: LegendItem[] = drawn.labels.slice(0, named).map((label, r) => ({
    kind: 'fill',
    color: communityColor(r),
    label,
    count: drawn.sizes[r] as number,
  }));
  const rest = drawn.labels.length - named;
  if (rest > 0) {
    const members = drawn.sizes.slice(named).reduce((a, b) => a + b, 0);
    items.push({ kind: 'fill', color: OTHER_COMMUNITY_COLOR, label: `${rest} smaller communit${rest === 1 ? 'y' : 'ies'}`, count: members });
  }
  if (drawn.unassigned > 0) items.push({ kind: 'fill', color: UNKNOWN_COLOR, label: 'in no community', count: drawn.unassigned });
  return { colors, section: { title: 'Community', items } };
}
