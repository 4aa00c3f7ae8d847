/**
 * hubs(): the composite equals its documented formula over the public
 * centralities, the reasons state checkable facts (sectors, introductions,
 * shares of shortest paths checked by brute force), home is scored but not
 * ranked, and the usual contracts hold (options, hostile ids, no mutation,
 * determinism).
 */
import {
  betweenness,
  closeness,
  createNetwork,
  DEFAULT_HUB_WEIGHTS,
  degreeCentrality,
  eigenvector,
  exampleNetwork,
  getHome,
  harmonicCloseness,
  HUB_COMPONENTS,
  hubs,
  listPartners,
  listRelationships,
  pagerank,
  SECTOR_LABELS,
  snapshot,
  toJson,
  type Hub,
  type PartnerNetwork,
  type Sector,
} from 'partnermap';
import { describe, expect, it } from 'vitest';
import { classicNetwork } from '../../fixtures/classic-networks';
import { HOSTILE_IDS } from '../../fixtures/hostile';

function argmax(scores: ReadonlyMap<string, number>): string[] {
  const best = Math.max(...scores.values());
  return [...scores].filter(([, v]) => Math.abs(v - best) < 1e-12).map(([k]) => k).sort();
}

describe('the Krackhardt kite: each centrality names a different winner', () => {
  const kite = classicNetwork('kite');

  it('degree: Diane; betweenness: Heather; closeness: Fernando and Garth', () => {
    expect(argmax(degreeCentrality(kite).scores)).toEqual(['Diane']);
    expect(argmax(betweenness(kite).scores)).toEqual(['Heather']);
    expect(argmax(closeness(kite).scores)).toEqual(['Fernando', 'Garth']);
    // Harmonic closeness counts Diane's six direct ties more than the others' shorter far paths.
    expect(argmax(harmonicCloseness(kite).scores)).toEqual(['Diane']);
    expect(argmax(eigenvector(kite).scores)).toEqual(['Diane']);
  });

  it('the composite is the documented weighted sum of the components divided by their maxima', () => {
    const result = hubs(kite);
    const parts = {
      degree: degreeCentrality(kite, { normalized: false }).scores,
      betweenness: betweenness(kite).scores,
      closeness: harmonicCloseness(kite).scores,
      eigenvector: eigenvector(kite).scores,
      pagerank: pagerank(kite).scores,
    };
    // No referrals: introductions never vary and drop out; the other weights are rescaled.
    const total = 1 - DEFAULT_HUB_WEIGHTS.introductions;
    expect(result.weights.introductions).toBe(0);
    for (const [name, scores] of Object.entries(parts)) {
      const max = Math.max(...scores.values());
      for (const hub of result.hubs) {
        const expected = (DEFAULT_HUB_WEIGHTS[name as keyof typeof parts] / total) * (scores.get(hub.id)! / max);
        // hubs() iterates PageRank and eigenvector to 1e-8 (their own default is 1e-10).
        expect(hub.components[name as keyof typeof parts]).toBeCloseTo(expected, 8);
        expect(hub[name as keyof typeof parts]).toBeCloseTo(scores.get(hub.id)!, 8);
      }
    }
    for (const hub of result.hubs) {
      const sum = HUB_COMPONENTS.reduce((s, c) => s + hub.components[c], 0);
      expect(hub.hubScore).toBeCloseTo(sum, 14);
    }
    expect(result.hubs.map((h) => h.rank)).toEqual(result.hubs.map((_, i) => i + 1));
    for (let i = 1; i < result.hubs.length; i += 1) expect(result.hubs[i - 1]!.hubScore).toBeGreaterThanOrEqual(result.hubs[i]!.hubScore);
    // Not Diane (most ties) nor Heather (most brokerage): Fernando, second on nearly everything.
    expect(result.hubs[0]!.id).toBe('Fernando');
  });

  it('custom weights: betweenness alone ranks Heather first', () => {
    const only = { degree: 0, closeness: 0, eigenvector: 0, pagerank: 0, introductions: 0, betweenness: 1 };
    const result = hubs(kite, { weights: only });
    expect(result.hubs[0]!.id).toBe('Heather');
    expect(result.hubs[0]!.hubScore).toBe(1);
  });
});

/** Shares of shortest paths through `hub` between sectors a and b, by brute force (BFS from every partner). */
function bruteShare(network: PartnerNetwork, hub: string, a: Sector, b: Sector): number {
  const view = snapshot(network);
  const n = view.order;
  const bfs = (s: number): { dist: number[]; sigma: number[] } => {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h += 1) {
      const v = queue[h]!;
      for (let k = view.offsets[v]!; k < view.offsets[v + 1]!; k += 1) {
        const w = view.targets[k]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) sigma[w] += sigma[v]!;
      }
    }
    return { dist, sigma };
  };
  const all = Array.from({ length: n }, (_, s) => bfs(s));
  const sector = new Map(listPartners(network).map((p) => [p.id, p.sector]));
  const h = view.indexOf.get(hub)!;
  let sum = 0;
  let pairs = 0;
  for (let s = 0; s < n; s += 1) {
    for (let t = 0; t < n; t += 1) {
      if (s === t || s === h || t === h) continue;
      const ss = sector.get(view.ids[s]!);
      const st = sector.get(view.ids[t]!);
      if (!((ss === a && st === b) || (ss === b && st === a))) continue;
      if (all[s]!.dist[t] === -1) continue;
      pairs += 1;
      const through = all[s]!.dist[h]! >= 0 && all[s]!.dist[h]! + all[h]!.dist[t]! === all[s]!.dist[t];
      if (through) sum += (all[s]!.sigma[h]! * all[h]!.sigma[t]!) / all[s]!.sigma[t]!;
    }
  }
  return sum / pairs;
}

describe('hubs of the example network', () => {
  const network = exampleNetwork();
  const result = hubs(network);
  const home = getHome(network)!;

  it('ranks every partner of the analysis view but home, which is scored apart', () => {
    const view = snapshot(network);
    expect(result.hubs.length).toBe(view.order - 1);
    expect(result.hubs.some((h) => h.id === home)).toBe(false);
    expect(result.home?.id).toBe(home);
    expect(result.home?.home).toBe(true);
    expect(result.home?.rank).toBe(0);
    expect(result.excludedPartners).toBe(view.excludedPartners);
    // Prospects and former partners are left out by default.
    const statuses = new Map(listPartners(network).map((p) => [p.id, p.status]));
    for (const hub of result.hubs) expect(['contacted', 'active', 'paused']).toContain(statuses.get(hub.id));
  });

  it('with includeHome, home is ranked first', () => {
    const withHome = hubs(network, { includeHome: true });
    expect(withHome.hubs[0]!.id).toBe(home);
    expect(withHome.home).toBeUndefined();
    expect(withHome.hubs[0]!.reasons).toContain('the home organisation: the map is drawn around it');
  });

  it('counts introductions as distinct partners introduced through referrals', () => {
    const introduced = new Map<string, Set<string>>();
    for (const r of listRelationships(network)) {
      if (r.kind !== 'referral') continue;
      if (!introduced.has(r.source)) introduced.set(r.source, new Set());
      introduced.get(r.source)!.add(r.target);
    }
    expect(result.hubs.some((h) => h.introductions > 0)).toBe(true);
    for (const hub of result.hubs) {
      const expected = [...(introduced.get(hub.id) ?? [])].sort();
      expect(hub.introduced).toEqual(expected);
      expect(hub.introductions).toBe(expected.length);
      if (expected.length > 0) expect(hub.reasons).toContain(`introduced ${expected.length} partner${expected.length === 1 ? '' : 's'}`);
    }
  });

  it('counts the sectors each partner is tied to', () => {
    const view = snapshot(network);
    const sector = new Map(listPartners(network).map((p) => [p.id, p.sector]));
    for (const hub of result.hubs) {
      const i = view.indexOf.get(hub.id)!;
      const sectors = new Set<string>();
      for (let k = view.offsets[i]!; k < view.offsets[i + 1]!; k += 1) {
        const s = sector.get(view.ids[view.targets[k]!]!);
        if (s !== undefined) sectors.add(s);
      }
      expect(hub.sectorsConnected).toBe(sectors.size);
      if (sectors.size >= 2) expect(hub.reasons).toContain(`connects ${sectors.size} sectors through ${hub.degree} partner${hub.degree === 1 ? '' : 's'}`);
    }
  });

  it('states shares of shortest paths between sectors that brute force confirms', () => {
    const bridged = result.hubs.filter((h) => h.bridges !== undefined);
    expect(bridged.length).toBeGreaterThan(3);
    for (const hub of bridged) {
      const { sectors, share, estimated } = hub.bridges!;
      expect(estimated).toBe(false);
      expect(share).toBeCloseTo(bruteShare(network, hub.id, sectors[0], sectors[1]), 12);
      const text = `on ${Math.round(share * 100)}% of shortest paths between ${SECTOR_LABELS[sectors[0]]} and ${SECTOR_LABELS[sectors[1]]} partners`;
      expect(hub.reasons).toContain(text);
    }
  });

  it('estimates the same shares from sampled paths when betweenness is sampled', () => {
    const sampled = hubs(network, { exact: false });
    expect(sampled.betweenness.approximate).toBe(true);
    expect(sampled.betweenness.samples).toBeGreaterThan(10_000);
    const exactShares = new Map(result.hubs.filter((h) => h.bridges).map((h) => [h.id, h.bridges!]));
    let compared = 0;
    for (const hub of sampled.hubs.slice(0, 10)) {
      expect(Math.abs(hub.betweenness - result.hubs.find((h) => h.id === hub.id)!.betweenness)).toBeLessThan(0.01);
      const exact = exactShares.get(hub.id);
      if (hub.bridges === undefined || exact === undefined) continue;
      expect(hub.bridges.estimated).toBe(true);
      // Within four standard errors of the exact share, over the sampled pairs of those sectors.
      const truth = bruteShare(network, hub.id, hub.bridges.sectors[0], hub.bridges.sectors[1]);
      const standardError = Math.sqrt(Math.max(truth * (1 - truth), 0.01) / hub.bridges.pairs);
      expect(Math.abs(hub.bridges.share - truth)).toBeLessThan(4 * standardError);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('reads sensibly: the top hubs have three or more reasons, concrete ones first', () => {
    for (const hub of result.hubs.slice(0, 5)) {
      expect(hub.reasons.length).toBeGreaterThanOrEqual(3);
      expect(hub.reasons[0]).toMatch(/^(connects|on|introduced|tied)/);
      expect(hub.name).toBeTypeOf('string');
    }
  });

  it('is deterministic and leaves the network unchanged', () => {
    const before = toJson(network);
    const again = hubs(network);
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    hubs(network, { exact: false, seed: 7 });
    expect(toJson(network)).toBe(before);
  });

  it('limit returns the first hubs of the same ranking', () => {
    const top = hubs(network, { limit: 3 });
    expect(top.hubs).toEqual(result.hubs.slice(0, 3));
    expect(top.partners).toBe(result.hubs.length);
    expect(result.partners).toBe(result.hubs.length);
  });

  it('reuses a snapshot', () => {
    const view = snapshot(network);
    expect(JSON.stringify(hubs(network, { snapshot: view }))).toBe(JSON.stringify(result));
  });
});

describe('hubs with hostile ids', () => {
  it('keeps ids such as __proto__ and constructor as data', () => {
    const ids = HOSTILE_IDS.slice(0, 8);
    const network = createNetwork({
      home: ids[1],
      partners: ids.map((id, i) => ({ id, sector: (['school', 'museum', 'library', 'business'] as const)[i % 4] })),
      relationships: [
        ...ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id, kind: 'known-tie' as const })),
        { source: ids[0]!, target: ids[5]!, kind: 'referral' as const },
        { source: ids[0]!, target: ids[6]!, kind: 'referral' as const },
      ],
    });
    const result = hubs(network);
    const all: Hub[] = [...result.hubs, result.home!];
    expect(all.map((h) => h.id).sort()).toEqual([...ids].sort());
    const proto = all.find((h) => h.id === '__proto__')!;
    expect(proto.introductions).toBe(2);
    expect(proto.introduced).toEqual([ids[5], ids[6]].sort());
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });
});

describe('hubs options', () => {
  const network = classicNetwork('karate');
  it.each([
    [{ weights: { fame: 1 } }, /weights has an unknown component "fame"/],
    [{ weights: { degree: -1 } }, /weights.degree must be a non-negative finite number; received -1/],
    [{ weights: { degree: 0, betweenness: 0, closeness: 0, eigenvector: 0, pagerank: 0, introductions: 0 } }, /some component a positive weight/],
    [{ weights: [] }, /weights must be an object; received an array/],
    [{ explain: -1 }, /explain must be an integer at least 0; received -1/],
    [{ epsilon: 0 }, /epsilon must be a number in \(0, 1\); received 0/],
    [{ exact: 'yes' }, /exact must be true or false or 'auto'; received "yes"/],
    [{ includeHome: 1 }, /includeHome must be a boolean; received 1/],
    [{ tolerance: 0 }, /tolerance must be a number greater than 0; received 0/],
    [{ limit: 1.5 }, /limit must be an integer at least 0; received 1.5/],
    [{ seed: -1 }, /seed must be an integer/],
  ])('rejects %j', (options, message) => {
    expect(() => hubs(network, options as never)).toThrow(message);
    expect(() => hubs(network, options as never)).toThrow(/^hubs: /);
  });

  it('handles an empty network and a lone partner', () => {
    expect(hubs(createNetwork({ partners: [] })).hubs).toEqual([]);
    const lone = hubs(createNetwork({ partners: [{ id: 'only' }] }));
    // Alone, it is the best on PageRank and eigenvector (1 each), which then carry all the weight.
    expect(lone.hubs.map((h) => [h.id, h.hubScore])).toEqual([['only', 1]]);
  });
});
