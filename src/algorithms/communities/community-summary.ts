/**
 * What a person needs to read a community: its members (most connected inside
 * first), its hubs, the sectors present, how dense it is, how it ties to the
 * rest, and a label naming its dominant sector and top hub.
 *
 * A community's hubs are ranked by *internal strength*: the summed strength of
 * their ties to other members, then by the number of such ties, then by
 * partner id. This needs nothing but the snapshot; it is the within-community
 * form of strength centrality.
 */
import { SECTOR_LABELS, SECTORS, isSector, type Sector } from '../../model/sectors';
import { nodeKey, partnerId } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import type { NetworkSnapshot } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';

/** A hub of a community. */
export interface CommunityHub {
  id: string;
  /** Display name (the id when the partner has none). */
  name: string;
  /** Summed strength of its ties to other members. */
  internalStrength: number;
  /** Number of members it has a tie with. */
  internalTies: number;
}

/** How many members of a community are in one sector. */
export interface CommunitySectorCount {
  sector: Sector;
  count: number;
}

/** One community and what characterises it. */
export interface Community {
  /** Its number: communities are numbered by size (largest first), then by smallest member id. */
  index: number;
  /** A readable name from its dominant sector and top hub ("School or district group around Lincoln High"). */
  label: string;
  /** Number of members. */
  size: number;
  /** Partner ids, most connected inside the community first (internal strength, then id). */
  members: string[];
  /** The most connected members inside the community (see {@link CommunityHub}). */
  hubs: CommunityHub[];
  /** Sectors present, most common first (ties in the order of `SECTORS`). */
  sectors: CommunitySectorCount[];
  /** Members with no sector recorded. */
  unrecordedSector: number;
  /** The most common recorded sector, if any (ties in the order of `SECTORS`). */
  dominantSector: Sector | undefined;
  /** Ties between members (merged relationships count once). */
  internalTies: number;
  /** Summed strength of the ties between members. */
  internalStrength: number;
  /** Ties from members to partners of other communities. */
  externalTies: number;
  /** Summed strength of those ties. */
  externalStrength: number;
  /** internalTies / possible ties (size (size - 1) / 2); 0 for a single partner. */
  density: number;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The readable label of a community (see {@link Community.label}). */
export function communityLabel(size: number, hubName: string, sectors: readonly CommunitySectorCount[]): string {
  if (size === 1) return `${hubName} on its own`;
  const top = sectors[0];
  if (top === undefined) return `Group around ${hubName}`;
  if (2 * top.count >= size) return `${capitalise(SECTOR_LABELS[top.sector])} group around ${hubName}`;
  return `Mixed group around ${hubName} (most: ${SECTOR_LABELS[top.sector]})`;
}

/**
 * Summaries of the communities of a canonical membership (labels 0..count-1,
 * numbered as {@link Community.index} says).
 */
export function summariseCommunities(
  network: AnyNetwork,
  view: NetworkSnapshot,
  membership: Int32Array,
  count: number,
  hubsPerCommunity: number,
): Community[] {
  const n = view.order;
  const { offsets, targets, strengths } = view;
  const nodeInternal = new Float64Array(n);
  const nodeInternalTies = new Int32Array(n);
  const size = new Int32Array(count);
  const internalArcs = new Float64Array(count);
  const internalWeight = new Float64Array(count);
  const externalArcs = new Float64Array(count);
  const externalWeight = new Float64Array(count);
  for (let u = 0; u < n; u += 1) {
    const c = membership[u];
    size[c] += 1;
    let s = 0;
    let t = 0;
    for (let a = offsets[u]; a < offsets[u + 1]; a += 1) {
      if (membership[targets[a]] === c) {
        s += strengths[a];
        t += 1;
      } else {
        externalArcs[c] += 1;
        externalWeight[c] += strengths[a];
      }
    }
    nodeInternal[u] = s;
    nodeInternalTies[u] = t;
    internalArcs[c] += t;
    internalWeight[c] += s;
  }

  // Members of each community (a counting sort into one typed array, not an
  // array per community), then sorted: internal strength desc, ties desc, id.
  const first = new Int32Array(count + 1);
  for (let u = 0; u < n; u += 1) first[membership[u] + 1] += 1;
  for (let c = 0; c < count; c += 1) first[c + 1] += first[c];
  const grouped = new Int32Array(n);
  const fill = first.slice(0, count);
  for (let u = 0; u < n; u += 1) grouped[fill[membership[u]]++] = u;
  const ids = view.ids;
  const byStanding = (a: number, b: number): number => {
    const d = nodeInternal[b] - nodeInternal[a];
    if (d !== 0) return d;
    const t = nodeInternalTies[b] - nodeInternalTies[a];
    if (t !== 0) return t;
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };

  const sectorRank = new Map<string, number>(SECTORS.map((s, i) => [s, i]));
  // Sector of each partner of the view (-1: not recorded), read in one pass over the network.
  const sectorOf = new Int8Array(n).fill(-1);
  network.forEachNode((key, attributes) => {
    const i = view.indexOf.get(partnerId(key));
    if (i === undefined) return;
    const sector = getOwn(attributes as Record<string, unknown>, 'sector');
    if (isSector(sector)) sectorOf[i] = sectorRank.get(sector) as number;
  });
  return Array.from({ length: count }, (_, c) => {
    const bucket = grouped.subarray(first[c], first[c + 1]).sort(byStanding);
    const members = new Array<string>(bucket.length);
    for (let k = 0; k < bucket.length; k += 1) members[k] = ids[bucket[k] as number] as string;
    const sectorCounts = new Int32Array(SECTORS.length);
    let unrecorded = 0;
    for (let k = 0; k < bucket.length; k += 1) {
      const code = sectorOf[bucket[k] as number] as number;
      if (code >= 0) sectorCounts[code] += 1;
      else unrecorded += 1;
    }
    const sectors: CommunitySectorCount[] = SECTORS.map((sector, i) => ({ sector, count: sectorCounts[i] as number }))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || (sectorRank.get(a.sector) as number) - (sectorRank.get(b.sector) as number));
    const hubs: CommunityHub[] = [];
    for (let k = 0; k < Math.min(hubsPerCommunity, bucket.length); k += 1) {
      const u = bucket[k] as number;
      const id = ids[u] as string;
      hubs.push({ id, name: partnerName(network, id), internalStrength: nodeInternal[u] as number, internalTies: nodeInternalTies[u] as number });
    }
    const s = size[c] as number;
    const internalTies = (internalArcs[c] as number) / 2;
    const topName = hubs[0]?.name ?? partnerName(network, members[0] as string);
    return {
      index: c,
      label: communityLabel(s, topName, sectors),
      size: s,
      members,
      hubs,
      sectors,
      unrecordedSector: unrecorded,
      dominantSector: sectors[0]?.sector,
      internalTies,
      internalStrength: (internalWeight[c] as number) / 2,
      externalTies: externalArcs[c] as number,
      externalStrength: externalWeight[c] as number,
      density: s > 1 ? internalTies / ((s * (s - 1)) / 2) : 0,
    };
  });
}

function partnerField(network: AnyNetwork, id: string, field: string): unknown {
  const key = nodeKey(id);
  if (!network.hasNode(key)) return undefined;
  return getOwn(network.getNodeAttributes(key) as Record<string, unknown>, field);
}

function partnerName(network: AnyNetwork, id: string): string {
  const name = partnerField(network, id, 'name');
  return typeof name === 'string' && name.length > 0 ? name : id;
}
