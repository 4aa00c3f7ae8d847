import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  detectCommunities,
  isPartnermapError,
  modularity,
  normalizedMutualInformation,
  snapshot,
  toJson,
  type CommunityDetection,
  type DetectCommunitiesOptions,
  type PartnerNetwork,
} from 'partnermap';
import { classicGraphs, classicNetwork } from '../../fixtures/classic-networks';
import { HOSTILE_IDS } from '../../fixtures/hostile';

/** Partner ids grouped by community, as sorted lists (a label-free view of the partition). */
function groups(result: CommunityDetection): string[][] {
  return result.communities.map((c) => [...c.members].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** True when every community induces a connected subgraph of the undirected view. */
function allConnected(network: PartnerNetwork, result: CommunityDetection): boolean {
  const view = snapshot(network);
  return result.communities.every((c) => {
    const inside = new Set(c.members.map((id) => view.indexOf.get(id)!));
    const start = inside.values().next().value as number;
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let a = view.offsets[u]!; a < view.offsets[u + 1]!; a += 1) {
        const v = view.targets[a]!;
        if (inside.has(v) && !seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      }
    }
    return seen.size === inside.size;
  });
}

const karateFactions = (): Map<string, string> => {
  const g = classicGraphs().karate;
  return new Map(g.nodes.map((id) => [id, String(g.attributes[id]!.club)]));
};

describe('detectCommunities on the classic networks', () => {
  it('Leiden (the default) reaches the best known modularity of the karate club, 0.4198', () => {
    const result = detectCommunities(classicNetwork('karate'));
    expect(result.algorithm).toBe('leiden');
    expect(result.modularity).toBeGreaterThanOrEqual(0.41);
    // 0.41979 is the proven maximum (Brandes et al. 2008); four communities reach it.
    expect(result.modularity).toBeCloseTo(0.41979, 4);
    expect(result.communities).toHaveLength(4);
    expect(result.converged).toBe(true);
    expect(allConnected(classicNetwork('karate'), result)).toBe(true);
  });

  it('Leiden reaches >= 0.4198 on the karate club for every seed from 1 to 20', () => {
    const network = classicNetwork('karate');
    for (let seed = 1; seed <= 20; seed += 1) {
      expect(detectCommunities(network, { seed }).modularity).toBeGreaterThan(0.4197);
    }
  });

  it('recovers the two karate factions as unions of its communities (NMI about 0.59)', () => {
    const result = detectCommunities(classicNetwork('karate'));
    const nmi = normalizedMutualInformation(karateFactions(), result.assignment);
    // The 4-community optimum splits each faction in two; igraph's Leiden scores 0.50 here.
    expect(nmi).toBeGreaterThan(0.55);
    expect(nmi).toBeLessThan(0.65);
    // Every community lies (almost) within one faction: at most one partner (node 8 in the literature) crosses.
    const factions = karateFactions();
    let crossing = 0;
    for (const c of result.communities) {
      const counts = new Map<string, number>();
      for (const id of c.members) counts.set(factions.get(id)!, (counts.get(factions.get(id)!) ?? 0) + 1);
      crossing += c.size - Math.max(...counts.values());
    }
    expect(crossing).toBeLessThanOrEqual(1);
  });

  it('Louvain (graphology) reaches the modularity NetworkX and igraph Louvain reach on karate', () => {
    const result = detectCommunities(classicNetwork('karate'), { algorithm: 'louvain' });
    expect(result.algorithm).toBe('louvain');
    expect(result.modularity).toBeGreaterThan(0.41);
    expect(result.modularity).toBeLessThanOrEqual(0.41979 + 1e-9);
  });

  it('uses tie strengths on Les Misérables (weighted): 0.5667, the best any peer reaches', () => {
    const network = classicNetwork('lesmis');
    const result = detectCommunities(network);
    expect(result.modularity).toBeGreaterThan(0.566);
    // Unweighted, the same graph has another optimum: weights matter.
    const unweighted = detectCommunities(network, { weighting: () => 1 });
    expect(groups(unweighted)).not.toEqual(groups(result));
    expect(allConnected(network, result)).toBe(true);
  });

  it('florentine families and the kite', () => {
    expect(detectCommunities(classicNetwork('florentine')).modularity).toBeGreaterThan(0.397);
    const kite = detectCommunities(classicNetwork('kite'));
    expect(kite.modularity).toBeCloseTo(0.2222, 4);
  });

  it('reports the modularity NetworkX computes for the partition it returns', () => {
    for (const name of ['karate', 'florentine', 'kite', 'lesmis'] as const) {
      const network = classicNetwork(name);
      for (const algorithm of ['leiden', 'louvain'] as const) {
        const result = detectCommunities(network, { algorithm, seed: 3 });
        expect(result.modularity).toBeCloseTo(modularity(network, result.assignment), 12);
        expect(result.quality).toBe(result.modularity);
      }
    }
  });
});

describe('determinism', () => {
  it('the same network and seed give the same result, byte for byte', () => {
    const network = classicNetwork('lesmis');
    for (const algorithm of ['leiden', 'louvain'] as const) {
      const a = detectCommunities(network, { algorithm, seed: 42 });
      const b = detectCommunities(network, { algorithm, seed: 42 });
      expect(JSON.stringify([...a.assignment])).toBe(JSON.stringify([...b.assignment]));
      expect(JSON.stringify(a.communities)).toBe(JSON.stringify(b.communities));
    }
  });

  it('an rng of your own is used (and two equal generators agree)', () => {
    const network = classicNetwork('karate');
    const lcg = (seed: number) => () => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const a = detectCommunities(network, { rng: lcg(5) });
    const b = detectCommunities(network, { rng: lcg(5) });
    expect(groups(a)).toEqual(groups(b));
    let calls = 0;
    detectCommunities(network, {
      rng: () => {
        calls += 1;
        return 0.5;
      },
    });
    expect(calls).toBeGreaterThan(0);
  });

  it('numbers communities by size, then smallest member id', () => {
    const result = detectCommunities(classicNetwork('lesmis'));
    result.communities.forEach((c, i) => {
      expect(c.index).toBe(i);
      for (const id of c.members) expect(result.assignment.get(id)).toBe(i);
      if (i > 0) {
        const prev = result.communities[i - 1]!;
        const smallest = (x: string[]) => [...x].sort()[0]!;
        expect(prev.size > c.size || (prev.size === c.size && smallest(prev.members) < smallest(c.members))).toBe(true);
      }
    });
  });

  it('renaming partners (same order) leaves the partition unchanged', () => {
    const g = classicGraphs().lesmis;
    const rename = (id: string) => `partner ${id.split('').reverse().join('')}`;
    const original = classicNetwork('lesmis');
    const renamed = createNetwork({
      partners: g.nodes.map((id) => ({ id: rename(id) })),
      relationships: g.edges.map(([s, t, w]) => ({ source: rename(s), target: rename(t), kind: 'known-tie', strength: w })),
    });
    const a = detectCommunities(original);
    const b = detectCommunities(renamed);
    expect(groups(b)).toEqual(groups(a).map((c) => c.map(rename).sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)));
  });
});

describe('who is assigned', () => {
  const network = () =>
    createNetwork({
      partners: [
        { id: 'a', sector: 'school' },
        { id: 'b', sector: 'school' },
        { id: 'c', sector: 'museum' },
        { id: 'd', sector: 'library' },
        { id: 'e', sector: 'library' },
        { id: 'f' },
        { id: 'alone', sector: 'business' },
        { id: 'maybe', status: 'prospect', sector: 'research' },
        { id: 'gone', status: 'former' },
      ],
      relationships: [
        { source: 'a', target: 'b', kind: 'partnership', strength: 3 },
        { source: 'b', target: 'c', kind: 'known-tie' },
        { source: 'a', target: 'c', kind: 'known-tie' },
        { source: 'd', target: 'e', kind: 'known-tie', strength: 2 },
        { source: 'e', target: 'f', kind: 'known-tie' },
        { source: 'd', target: 'f', kind: 'known-tie' },
        { source: 'c', target: 'd', kind: 'known-tie', strength: 0.5 },
        { source: 'maybe', target: 'a', kind: 'known-tie' },
        { source: 'gone', target: 'alone', kind: 'partnership' },
      ],
    });

  it('every partner of the view is in exactly one community; prospects and former partners are unassigned', () => {
    const result = detectCommunities(network());
    expect([...result.assignment.keys()].sort()).toEqual(['a', 'alone', 'b', 'c', 'd', 'e', 'f']);
    expect(result.unassigned).toEqual(['maybe', 'gone']);
    const members = result.communities.flatMap((c) => c.members).sort();
    expect(members).toEqual(['a', 'alone', 'b', 'c', 'd', 'e', 'f']);
    expect(groups(result)).toEqual([['a', 'b', 'c'], ['alone'], ['d', 'e', 'f']]);
    expect(result.summary).toContain('2 left out by status');
    expect(result.summary).toContain('1 partner on its own');
  });

  it('statuses: all assigns everyone', () => {
    const result = detectCommunities(network(), { statuses: 'all' });
    expect(result.unassigned).toEqual([]);
    expect(result.assignment.size).toBe(9);
    expect(result.assignment.get('maybe')).toBe(result.assignment.get('a'));
    expect(result.assignment.get('gone')).toBe(result.assignment.get('alone'));
  });

  it('summarises each community: members, size, sectors, hubs, density, label', () => {
    const result = detectCommunities(network());
    const school = result.communities.find((c) => c.members.includes('a'))!;
    expect(school.size).toBe(3);
    // Internal strength: a 3+1, b 3+1, c 1+1; a before b by id.
    expect(school.members).toEqual(['a', 'b', 'c']);
    expect(school.hubs).toEqual([
      { id: 'a', name: 'a', internalStrength: 4, internalTies: 2 },
      { id: 'b', name: 'b', internalStrength: 4, internalTies: 2 },
      { id: 'c', name: 'c', internalStrength: 2, internalTies: 2 },
    ]);
    expect(school.sectors).toEqual([
      { sector: 'school', count: 2 },
      { sector: 'museum', count: 1 },
    ]);
    expect(school.dominantSector).toBe('school');
    expect(school.unrecordedSector).toBe(0);
    expect(school.internalTies).toBe(3);
    expect(school.internalStrength).toBe(5);
    expect(school.externalTies).toBe(1);
    expect(school.externalStrength).toBe(0.5);
    expect(school.density).toBe(1);
    expect(school.label).toBe('School or district group around a');

    const library = result.communities.find((c) => c.members.includes('d'))!;
    expect(library.unrecordedSector).toBe(1);
    expect(library.label).toBe('Library group around d');
    const alone = result.communities.find((c) => c.members.includes('alone'))!;
    expect(alone).toMatchObject({ size: 1, density: 0, internalTies: 0, label: 'alone on its own' });
    expect(detectCommunities(network(), { hubsPerCommunity: 1 }).communities[0]!.hubs).toHaveLength(1);
  });

  it('labels mixed communities and those without sectors, and uses partner names', () => {
    const mixed = createNetwork({
      partners: [
        { id: 'x', name: 'Lincoln High', sector: 'school' },
        { id: 'y', sector: 'museum' },
        { id: 'z', sector: 'library' },
        { id: 'p' },
        { id: 'q' },
      ],
      relationships: [
        { source: 'x', target: 'y', kind: 'known-tie', strength: 2 },
        { source: 'x', target: 'z', kind: 'known-tie', strength: 2 },
        { source: 'y', target: 'z', kind: 'known-tie' },
        { source: 'p', target: 'q', kind: 'known-tie' },
      ],
    });
    const result = detectCommunities(mixed);
    expect(result.communities.map((c) => c.label)).toEqual([
      'Mixed group around Lincoln High (most: school or district)',
      'Group around p',
    ]);
    expect(result.communities[0]!.hubs[0]!.name).toBe('Lincoln High');
  });

  it('a network without ties: every partner alone, modularity NaN', () => {
    const result = detectCommunities(createNetwork({ partners: [{ id: 'b' }, { id: 'a' }] }));
    expect(result.communities.map((c) => c.members)).toEqual([['a'], ['b']]);
    expect(result.modularity).toBeNaN();
    expect(result.summary).toContain('no ties');
    const empty = detectCommunities(createNetwork({}));
    expect(empty.communities).toEqual([]);
    expect(empty.assignment.size).toBe(0);
  });

  it('accepts hostile partner ids and pollutes nothing', () => {
    const ids = [...HOSTILE_IDS];
    const relationships = ids.flatMap((id, i) => [
      { source: id, target: ids[(i + 1) % ids.length]!, kind: 'known-tie' as const },
      ...(i % 4 === 0 ? [{ source: id, target: ids[(i + 2) % ids.length]!, kind: 'known-tie' as const }] : []),
    ]);
    const network = createNetwork({ partners: ids.map((id) => ({ id, name: id })), relationships });
    for (const algorithm of ['leiden', 'louvain'] as const) {
      const result = detectCommunities(network, { algorithm });
      expect([...result.assignment.keys()].sort()).toEqual([...ids].sort());
      expect(result.communities.flatMap((c) => c.members).sort()).toEqual([...ids].sort());
      expect(result.assignment.get('__proto__')).toBeTypeOf('number');
      expect(result.modularity).toBeCloseTo(modularity(network, result.assignment), 12);
    }
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });

  it('never changes the network', () => {
    const net = network();
    const before = toJson(net);
    detectCommunities(net);
    detectCommunities(net, { algorithm: 'louvain' });
    expect(toJson(net)).toBe(before);
  });
});

describe('options', () => {
  it('a higher resolution gives more, smaller communities', () => {
    const network = classicNetwork('lesmis');
    const low = detectCommunities(network, { resolution: 0.5 });
    const high = detectCommunities(network, { resolution: 2 });
    expect(high.communities.length).toBeGreaterThan(low.communities.length);
    expect(high.quality).toBeCloseTo(modularity(network, high.assignment, { resolution: 2 }), 12);
    expect(high.modularity).toBeCloseTo(modularity(network, high.assignment), 12);
  });

  it('CPM: resolution is the density communities must exceed', () => {
    const network = classicNetwork('karate');
    // Above 1, no pair of partners is dense enough (unit ties): all alone.
    expect(detectCommunities(network, { objective: 'cpm', resolution: 1.01 }).communities).toHaveLength(34);
    // A tiny resolution: one community per connected component.
    expect(detectCommunities(network, { objective: 'cpm', resolution: 0.001 }).communities).toHaveLength(1);
    const mid = detectCommunities(network, { objective: 'cpm', resolution: 0.25 });
    expect(mid.objective).toBe('cpm');
    let h = 0;
    for (const c of mid.communities) {
      h += c.internalStrength - (0.25 * c.size * (c.size - 1)) / 2;
      // Each community is denser than the resolution (otherwise splitting it would pay).
      if (c.size > 1) expect(c.density).toBeGreaterThan(0.25);
    }
    expect(mid.quality).toBeCloseTo(h, 10);
    expect(allConnected(network, mid)).toBe(true);
  });

  it('theta 0 (greedy refinement) and one iteration still give good partitions', () => {
    const network = classicNetwork('karate');
    expect(detectCommunities(network, { theta: 0 }).modularity).toBeGreaterThan(0.41);
    const once = detectCommunities(network, { maxIterations: 1 });
    expect(once.iterations).toBe(1);
    expect(once.modularity).toBeGreaterThan(0.39);
  });

  it('reuses a snapshot, and applies the snapshot options (weighting, kinds)', () => {
    const network = classicNetwork('lesmis');
    const view = snapshot(network);
    expect(groups(detectCommunities(network, { snapshot: view }))).toEqual(groups(detectCommunities(network)));
    const unweighted = snapshot(network, { weighting: { useStrength: false } });
    expect(groups(detectCommunities(network, { snapshot: unweighted }))).toEqual(
      groups(detectCommunities(network, { weighting: () => 1 })),
    );
  });

  it('passes the view options through (kinds, asOf)', () => {
    const network = createNetwork({
      partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      relationships: [
        { source: 'a', target: 'b', kind: 'partnership' },
        { source: 'c', target: 'd', kind: 'partnership' },
        ...(['a-c', 'a-d', 'b-c', 'b-d'] as const).map((pair) => ({
          source: pair[0],
          target: pair[2],
          kind: 'known-tie' as const,
          since: '2025-01-01',
        })),
      ],
    });
    // All six ties: a clique, one community.
    expect(groups(detectCommunities(network))).toEqual([['a', 'b', 'c', 'd']]);
    expect(groups(detectCommunities(network, { kinds: ['partnership'] }))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(groups(detectCommunities(network, { asOf: '2024-06-30' }))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  const bad: [DetectCommunitiesOptions | unknown, RegExp][] = [
    [null, /options must be an object/],
    [{ algorithm: 'girvan-newman' }, /algorithm must be 'leiden' or 'louvain'; received "girvan-newman"/],
    [{ objective: 'surprise' }, /objective must be/],
    [{ algorithm: 'louvain', objective: 'cpm' }, /objective 'cpm' needs algorithm 'leiden'/],
    [{ resolution: 0 }, /resolution must be a positive finite number; received 0/],
    [{ resolution: Number.NaN }, /resolution must be/],
    [{ resolution: '1' }, /resolution must be/],
    [{ theta: -1 }, /theta must be a finite number >= 0; received -1/],
    [{ maxIterations: 0 }, /maxIterations must be an integer >= 1; received 0/],
    [{ maxIterations: 2.5 }, /maxIterations must be an integer/],
    [{ tolerance: -0.1 }, /tolerance must be/],
    [{ hubsPerCommunity: -1 }, /hubsPerCommunity must be an integer >= 0/],
    [{ seed: -3 }, /seed must be an integer/],
    [{ rng: 5 }, /rng must be a function/],
    [{ directed: true }, /directed must be false/],
    [{ statuses: ['unknown'] }, /statuses has an unknown value/],
    [{ weighting: { kinds: { 'known-tie': -1 } } }, /must be a positive finite number/],
    [{ snapshot: { order: 3 } }, /snapshot must be a snapshot built by snapshot\(\)/],
  ];
  it.each(bad)('rejects %j at the door', (options, message) => {
    try {
      detectCommunities(classicNetwork('kite'), options as DetectCommunitiesOptions);
      expect.unreachable();
    } catch (error) {
      expect(isPartnermapError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^detectCommunities: /);
      expect((error as Error).message).toMatch(message);
      expect((error as { code: string }).code).toBe('invalid-argument');
    }
  });

  it('rejects a directed snapshot and a non-network', () => {
    const network = classicNetwork('kite');
    expect(() => detectCommunities(network, { snapshot: snapshot(network, { directed: true }) })).toThrow(/undirected/);
    expect(() => detectCommunities({} as PartnerNetwork)).toThrow(/^detectCommunities: /);
  });
});
