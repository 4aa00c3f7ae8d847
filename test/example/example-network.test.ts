/**
 * The example network: its size and breadth, its story (snowball waves in
 * date order, prospects, the key person), its structure (more than a star
 * around home, with fragile points), and that it is valid, serialisable and
 * fresh on every call. Waves, components and cut points are computed here with
 * small brute-force searches, independently of the library's analyses.
 */
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_AS_OF,
  EXAMPLE_HOME,
  EXAMPLE_KEY_PERSON,
  EXAMPLE_NETWORK_INPUT,
  exampleNetwork,
  FREQUENCY_DAYS,
  fromJson,
  getHome,
  getPartner,
  isSector,
  listPartners,
  listRelationships,
  PARTICIPATION_LEVELS,
  toJson,
  updatePartner,
  validateNetwork,
  type Partner,
  type Relationship,
} from 'partnermap';

const network = exampleNetwork();
const partners = listPartners(network);
const relationships = listRelationships(network);
const byId = new Map(partners.map((p) => [p.id, p]));

/** When a partner came onto the map: joined, or identified for those not (yet) active. */
function arrival(p: Partner): string {
  const date = p.joined ?? p.identified;
  if (date === undefined) throw new Error(`partner ${p.id} has neither joined nor identified`);
  return date;
}

/** Referral depth from the roots (partners that introduced others but were introduced by no one). */
function referralWaves(refs: readonly Relationship[]): Map<string, number> {
  const out = new Map<string, string[]>();
  const introduced = new Set<string>();
  for (const r of refs) {
    out.set(r.source, [...(out.get(r.source) ?? []), r.target]);
    introduced.add(r.target);
  }
  const depth = new Map<string, number>();
  const queue: string[] = [];
  for (const source of out.keys()) {
    if (!introduced.has(source)) {
      depth.set(source, 0);
      queue.push(source);
    }
  }
  for (let i = 0; i < queue.length; i += 1) {
    const at = queue[i] as string;
    for (const next of out.get(at) ?? []) {
      if (depth.has(next)) continue;
      depth.set(next, (depth.get(at) as number) + 1);
      queue.push(next);
    }
  }
  return depth;
}

/** The default analysis view, by hand: contacted, active and paused partners; every kind; undirected. */
function analysisGraph(): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const p of partners) if (['contacted', 'active', 'paused'].includes(p.status)) adj.set(p.id, new Set());
  for (const r of relationships) {
    if (r.source === r.target || !adj.has(r.source) || !adj.has(r.target)) continue;
    adj.get(r.source)?.add(r.target);
    adj.get(r.target)?.add(r.source);
  }
  return adj;
}

function componentCount(adj: Map<string, Set<string>>, removed?: string): number {
  const seen = new Set<string>(removed === undefined ? [] : [removed]);
  let count = 0;
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    count += 1;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      for (const next of adj.get(stack.pop() as string) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
  }
  return count;
}

describe('exampleNetwork: size and breadth', () => {
  it('has 50-80 partners across at least ten known sectors', () => {
    expect(network.order).toBeGreaterThanOrEqual(50);
    expect(network.order).toBeLessThanOrEqual(80);
    const sectors = new Set(partners.map((p) => p.sector));
    expect(sectors.size).toBeGreaterThanOrEqual(10);
    for (const sector of sectors) expect(isSector(sector)).toBe(true);
  });

  it('has a home partner, internal partners and every pipeline status', () => {
    expect(getHome(network)).toBe(EXAMPLE_HOME);
    expect(getPartner(network, EXAMPLE_HOME)?.status).toBe('active');
    expect(partners.filter((p) => p.internal === true).length).toBeGreaterThanOrEqual(2);
    const statuses = new Set(partners.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['active', 'contacted', 'former', 'paused', 'prospect']);
  });

  it('has prospects with identified dates, some in sectors no current partner covers', () => {
    const prospects = partners.filter((p) => p.status === 'prospect');
    expect(prospects.length).toBeGreaterThanOrEqual(5);
    for (const p of prospects) {
      expect(p.identified, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.joined, p.id).toBeUndefined();
    }
    const covered = new Set(partners.filter((p) => p.status !== 'prospect' && p.status !== 'former').map((p) => p.sector));
    const missing = prospects.filter((p) => !covered.has(p.sector)).map((p) => p.sector);
    expect(missing).toContain('library');
  });

  it('reaches most prospects through an introducer', () => {
    const introduced = new Set(relationships.filter((r) => r.kind === 'referral').map((r) => r.target));
    const prospects = partners.filter((p) => p.status === 'prospect');
    const warm = prospects.filter((p) => introduced.has(p.id));
    expect(warm.length).toBeGreaterThanOrEqual(prospects.length - 1);
    expect(warm.length).toBeLessThan(prospects.length); // one cold prospect, found at a maker faire
  });

  it('keeps custom attributes on partners, relationships and the network', () => {
    expect(getPartner(network, 'cvusd')?.county).toBe('Cedar');
    expect(getPartner(network, 'cvusd')?.website).toBe('https://cvusd.example.org');
    expect(relationships.find((r) => r.id === 'referral:cvusd:cv-high')?.schoolYear).toBe('2022-23');
    expect(network.getAttribute('asOf')).toBe(EXAMPLE_AS_OF);
  });
});

describe('exampleNetwork: the story', () => {
  const referrals = relationships.filter((r) => r.kind === 'referral');

  it('grows in at least three snowball waves, founded by the anchor, the district and the researchers', () => {
    const depth = referralWaves(referrals);
    const roots = [...depth].filter(([, d]) => d === 0).map(([id]) => id);
    expect(roots.sort()).toEqual(['cvusd', 'extension', 'psu-research']);
    const waves = new Set(depth.values());
    expect(Math.max(...waves)).toBeGreaterThanOrEqual(3);
    for (let d = 1; d <= 3; d += 1) {
      expect([...depth.values()].filter((x) => x === d).length, `wave ${d}`).toBeGreaterThanOrEqual(5);
    }
    // Every wave-3 partner was introduced in the third school year or later.
    for (const [id, d] of depth) if (d >= 3) expect(arrival(byId.get(id) as Partner) >= '2024-08-01', id).toBe(true);
  });

  it('dates every referral after the introducer arrived, the first one no later than the introduced', () => {
    const first = new Map<string, string>();
    for (const r of referrals) {
      expect(r.directed).toBe(true);
      const since = r.since as string;
      expect(since >= arrival(byId.get(r.source) as Partner), r.id).toBe(true);
      const earlier = first.get(r.target);
      if (earlier === undefined || since < earlier) first.set(r.target, since);
    }
    for (const [id, since] of first) expect(since <= arrival(byId.get(id) as Partner), id).toBe(true);
    // A later, second offer of introduction is kept too (the library had two).
    expect(referrals.filter((r) => r.target === 'county-library').length).toBe(2);
  });

  it('uses the participation ladder, mostly its lower rungs, and the commitment range', () => {
    const partnerships = relationships.filter((r) => r.kind === 'partnership');
    const count = (level: string): number => partnerships.filter((r) => r.level === level).length;
    for (const level of PARTICIPATION_LEVELS) expect(count(level), level).toBeGreaterThanOrEqual(1);
    expect(count('information') + count('consultation')).toBeGreaterThan(partnerships.length / 2);
    expect(count('supporting-independent')).toBeLessThanOrEqual(2);
    const commitments = new Set(partnerships.map((r) => r.commitment));
    expect([...commitments].sort()).toEqual(['long-term', 'quick-win', 'short-term']);
    for (const r of partnerships) expect(r.source === EXAMPLE_HOME || r.target === EXAMPLE_HOME, r.id).toBe(true);
  });

  it('has one key person who carries at least eight relationships', () => {
    const carried = new Map<string, number>();
    for (const r of relationships) for (const c of r.contacts ?? []) carried.set(c, (carried.get(c) ?? 0) + 1);
    const [top, second] = [...carried].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe(EXAMPLE_KEY_PERSON);
    expect(top?.[1]).toBeGreaterThanOrEqual(8);
    expect((top?.[1] ?? 0) > (second?.[1] ?? 0) * 1.5).toBe(true);
    expect(getPartner(network, 'cvusd')?.pointOfContact).toBe(EXAMPLE_KEY_PERSON);
  });

  it('names in relationships only people who are contacts of some partner', () => {
    const people = new Set(partners.flatMap((p) => (p.contacts ?? []).map((c) => c.id ?? c.name)));
    for (const r of relationships) for (const c of r.contacts ?? []) expect(people.has(c), `${r.id}: ${c}`).toBe(true);
  });

  it('has communication overdue as of the example date for several partners', () => {
    const asOf = Date.parse(EXAMPLE_AS_OF);
    const overdue = partners.filter((p) => {
      const { frequency, lastContact } = p.communication ?? {};
      if (frequency === undefined || lastContact === undefined) return false;
      return (asOf - Date.parse(lastContact)) / 86_400_000 > FREQUENCY_DAYS[frequency];
    });
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThan(partners.length / 4);
  });
});

describe('exampleNetwork: structure for the analyses', () => {
  const adj = analysisGraph();

  it('is connected, and stays connected without home (more than a star)', () => {
    expect(componentCount(adj)).toBe(1);
    expect(componentCount(adj, EXAMPLE_HOME)).toBe(1);
    const ties = relationships.filter((r) => r.kind === 'known-tie');
    expect(ties.length).toBeGreaterThanOrEqual(40);
  });

  it('has partners whose loss cuts others off, and a few hubs', () => {
    const cutPoints = [...adj.keys()].filter((id) => componentCount(adj, id) > 1).sort();
    expect(cutPoints.length).toBeGreaterThanOrEqual(2);
    expect(cutPoints).toContain('hospital-lab');
    const degree = [...adj].map(([id, n]) => [id, n.size] as const).sort((a, b) => b[1] - a[1]);
    expect(degree[0]?.[0]).toBe(EXAMPLE_HOME);
    expect(degree.filter(([, d]) => d >= 7).length).toBeGreaterThanOrEqual(4);
  });

  it('has single relationships whose loss cuts a partner off (bridges)', () => {
    const inView = new Set(adj.keys());
    const viewed = relationships.filter((r) => r.source !== r.target && inView.has(r.source) && inView.has(r.target));
    const bridges = viewed.filter((cut) => {
      const without = new Map([...adj.keys()].map((id) => [id, new Set<string>()]));
      for (const r of viewed) {
        if (r === cut) continue;
        without.get(r.source)?.add(r.target);
        without.get(r.target)?.add(r.source);
      }
      return componentCount(without) > 1;
    });
    expect(bridges.map((r) => r.id).sort()).toEqual([
      'referral:hartwell-dairy:women-in-ag',
      'referral:hospital-lab:prairie-pharmacy',
    ]);
  });
});

describe('exampleNetwork: validity and freshness', () => {
  it('validates with no issues at all', () => {
    expect(validateNetwork(network)).toEqual([]);
  });

  it('survives a JSON round trip unchanged', () => {
    const text = toJson(network);
    const { network: copy, issues } = fromJson(text);
    expect(issues).toEqual([]);
    expect(toJson(copy)).toBe(text);
    expect(copy.order).toBe(network.order);
    expect(copy.size).toBe(network.size);
  });

  it('returns an independent network on every call', () => {
    const a = exampleNetwork();
    const b = exampleNetwork();
    expect(a).not.toBe(b);
    const before = toJson(b);
    a.dropNode('chamber');
    updatePartner(a, 'cvusd', { status: 'paused' });
    a.getNodeAttribute('cvscc', 'contacts')?.push({ name: 'Someone New' });
    a.getNodeAttribute('cvscc', 'assets')?.push('venue');
    a.setAttribute('name', 'changed');
    (a.getAttribute('schoolYears') as string[]).push('2025-26');
    expect(toJson(b)).toBe(before);
    expect(toJson(exampleNetwork())).toBe(before);
  });

  it('exports its input deeply frozen', () => {
    expect(Object.isFrozen(EXAMPLE_NETWORK_INPUT)).toBe(true);
    expect(Object.isFrozen(EXAMPLE_NETWORK_INPUT.partners)).toBe(true);
    expect(Object.isFrozen(EXAMPLE_NETWORK_INPUT.partners?.[0]?.contacts?.[0])).toBe(true);
    expect(EXAMPLE_NETWORK_INPUT.partners?.length).toBe(network.order);
    expect(EXAMPLE_NETWORK_INPUT.relationships?.length).toBe(network.size);
  });
});
