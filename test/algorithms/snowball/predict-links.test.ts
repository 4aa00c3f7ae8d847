import { describe, expect, it } from 'vitest';
import { createNetwork, exampleNetwork, predictLinks, snapshot, toJson, type PredictedLink } from 'partnermap';
import { classicNetwork } from '../../fixtures/classic-networks';
import reference from '../../fixtures/snowball/reference.json';

const key = (l: PredictedLink): string => (l.source < l.target ? `${l.source}|${l.target}` : `${l.target}|${l.source}`);

describe('predictLinks', () => {
  for (const index of ['resource-allocation', 'adamic-adar', 'jaccard', 'common-neighbours'] as const) {
    it(`${index}, unweighted, on karate: every scored pair equals NetworkX, and the order is score then ids`, () => {
      const { links, index: used } = predictLinks(classicNetwork('karate'), { index, weighted: false, limit: Infinity });
      expect(used).toBe(index);
      const expected = new Map(
        reference.neighbourhood.karate.filter((r) => r[index] > 0).map((r) => [`${r.source < r.target ? r.source : r.target}|${r.source < r.target ? r.target : r.source}`, r[index]]),
      );
      expect(links.length).toBe(expected.size);
      for (const link of links) {
        expect(link.source < link.target).toBe(true);
        expect(Math.abs(link.score - expected.get(key(link))!)).toBeLessThanOrEqual(1e-12);
      }
      for (let i = 1; i < links.length; i += 1) {
        const a = links[i - 1]!;
        const b = links[i]!;
        expect(a.score > b.score || (a.score === b.score && (a.source < b.source || (a.source === b.source && a.target < b.target)))).toBe(true);
      }
    });
  }

  it('keeps the top limit exactly as the full ranking does', () => {
    const network = classicNetwork('lesmis');
    const all = predictLinks(network, { limit: Infinity }).links;
    for (const limit of [1, 7, 20, 100]) expect(predictLinks(network, { limit }).links).toEqual(all.slice(0, limit));
    expect(predictLinks(network).links).toEqual(all.slice(0, 20));
    expect(predictLinks(network, { limit: 0 }).links).toEqual([]);
  });

  it('touching: pairs with an end in the set, that end first; among: both ends in the set', () => {
    const network = classicNetwork('karate');
    const all = predictLinks(network, { limit: Infinity }).links;
    const touching = predictLinks(network, { touching: ['0', '33'], limit: Infinity }).links;
    const expected = all.filter((l) => ['0', '33'].includes(l.source) || ['0', '33'].includes(l.target));
    expect(new Map(touching.map((l) => [key(l), l.score]))).toEqual(new Map(expected.map((l) => [key(l), l.score])));
    for (const l of touching) expect(['0', '33']).toContain(l.source);
    const set = ['0', '1', '2', '8', '30', '32', '33', '16'];
    const among = predictLinks(network, { among: set, limit: Infinity }).links;
    expect(among.map(key).sort()).toEqual(all.filter((l) => set.includes(l.source) && set.includes(l.target)).map(key).sort());
  });

  it('personalised PageRank and Katz: symmetric scores over the reach of each source, never tied pairs', () => {
    const network = classicNetwork('karate');
    const view = snapshot(network);
    for (const index of ['personalized-pagerank', 'katz'] as const) {
      const { links } = predictLinks(network, { index, limit: Infinity, tolerance: 1e-10 });
      expect(links.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const l of links) {
        expect(l.source).not.toBe(l.target);
        const u = view.indexOf.get(l.source)!;
        const v = view.indexOf.get(l.target)!;
        for (let k = view.offsets[u]!; k < view.offsets[u + 1]!; k += 1) expect(view.targets[k]).not.toBe(v);
        expect(seen.has(key(l))).toBe(false);
        seen.add(key(l));
      }
      // Katz with walks up to 3 reaches 3-hop pairs that the 2-hop indices do not.
      if (index === 'katz') expect(links.length).toBeGreaterThan(predictLinks(network, { limit: Infinity }).links.length);
    }
    // s_x pi_x(y) = s_y pi_y(x): scoring from either end gives the same value.
    const from0 = predictLinks(network, { index: 'personalized-pagerank', touching: ['0'], tolerance: 1e-12, limit: Infinity }).links;
    const from33 = predictLinks(network, { index: 'personalized-pagerank', touching: ['33'], tolerance: 1e-12, limit: Infinity }).links;
    const a = from0.find((l) => l.target === '33')!;
    const b = from33.find((l) => l.target === '0')!;
    expect(a.score).toBeCloseTo(b.score, 9);
  });

  it('respects snapshot options: prospects are out by default, in with statuses all', () => {
    const network = createNetwork({
      partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'p', status: 'prospect' }],
      relationships: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'b', target: 'p' },
      ],
    });
    expect(predictLinks(network).links.map(key)).toEqual(['a|c']);
    expect(predictLinks(network, { statuses: 'all' }).links.map(key).sort()).toEqual(['a|c', 'a|p', 'c|p']);
  });

  it('on the example network: deterministic, input untouched, reuses a snapshot', () => {
    const network = exampleNetwork();
    const before = toJson(network);
    const a = predictLinks(network, { limit: 10 });
    expect(toJson(network)).toBe(before);
    expect(predictLinks(network, { limit: 10, snapshot: snapshot(network) })).toEqual(a);
    expect(a.links).toHaveLength(10);
    expect(a.warnings).toEqual([]);
  });

  it('warns on tree-like and small networks', () => {
    const path = createNetwork({
      partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      relationships: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'd' },
      ],
    });
    expect(predictLinks(path).warnings.map((w) => w.code)).toEqual(['too-small', 'tree-like']);
    expect(predictLinks(path, { warnings: false }).warnings).toEqual([]);
  });

  it('checks its options and works with hostile ids', () => {
    const network = createNetwork({
      partners: [{ id: '__proto__' }, { id: 'constructor' }, { id: 'toString' }, { id: 'p', status: 'prospect' }],
      relationships: [
        { source: '__proto__', target: 'constructor' },
        { source: 'constructor', target: 'toString' },
      ],
    });
    expect(predictLinks(network).links.map((l) => [l.source, l.target])).toEqual([['__proto__', 'toString']]);
    expect(predictLinks(network, { touching: ['toString'] }).links.map((l) => [l.source, l.target])).toEqual([['toString', '__proto__']]);
    expect(() => predictLinks(network, { touching: ['a'], among: ['b'] })).toThrow(/predictLinks: give touching or among, not both/);
    expect(() => predictLinks(network, { touching: ['nobody'] })).toThrow(/touching names "nobody", which is not a partner in the analysed view/);
    expect(() => predictLinks(network, { among: ['p'] })).toThrow(/left out by statuses/);
    expect(() => predictLinks(network, { touching: 'x' as never })).toThrow(/touching must be an array/);
    expect(() => predictLinks(network, { directed: true })).toThrow(/directed must be false/);
    expect(() => predictLinks(network, { limit: -2 })).toThrow(/limit must be/);
    expect(() => predictLinks(network, { index: 'preferential-attachment' as never })).toThrow(/index must be one of/);
  });
});
