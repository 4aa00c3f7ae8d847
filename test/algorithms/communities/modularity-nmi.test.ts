import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNetwork, isPartnermapError, modularity, normalizedMutualInformation } from 'partnermap';
import { classicNetwork } from '../../fixtures/classic-networks';

interface Reference {
  modularity: { graph: 'karate' | 'florentine' | 'kite' | 'lesmis'; partition: string; communities: string[][]; modularity: Record<string, number> }[];
  nmi: { pair: string; a: number[]; b: number[]; nmi: number }[];
}
const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/communities/reference.json', import.meta.url), 'utf8'),
) as Reference;

describe('modularity against NetworkX', () => {
  it('has reference cases on every classic graph', () => {
    expect(new Set(reference.modularity.map((r) => r.graph))).toEqual(new Set(['karate', 'florentine', 'kite', 'lesmis']));
    expect(reference.modularity.length).toBeGreaterThan(30);
  });

  for (const ref of reference.modularity) {
    it(`${ref.graph}, ${ref.partition}: equals networkx.community.modularity at resolutions 0.5, 1, 2`, () => {
      const network = classicNetwork(ref.graph);
      for (const [resolution, expected] of Object.entries(ref.modularity)) {
        expect(modularity(network, ref.communities, { resolution: Number(resolution) })).toBeCloseTo(expected, 12);
      }
      // The Map form gives the same value.
      const map = new Map(ref.communities.flatMap((c, i) => c.map((id) => [id, `group ${i}`] as const)));
      expect(modularity(network, map)).toBeCloseTo(ref.modularity['1']!, 12);
    });
  }

  it('checks the partition covers the view exactly once', () => {
    const network = classicNetwork('kite');
    const ids = ['Andre', 'Beverley', 'Carol', 'Diane', 'Ed', 'Fernando', 'Garth', 'Heather', 'Ike', 'Jane'];
    expect(() => modularity(network, [ids.slice(1)])).toThrow(/^modularity: partner "Andre" is in no community/);
    expect(() => modularity(network, [ids, ['Andre']])).toThrow(/"Andre" is in two communities/);
    expect(() => modularity(network, 'nope' as never)).toThrow(/partition must be a Map or an array/);
    expect(() => modularity(network, [ids], { resolution: -1 })).toThrow(/resolution must be a positive finite number; received -1/);
    try {
      modularity(network, [ids], { directed: true });
    } catch (error) {
      expect(isPartnermapError(error)).toBe(true);
    }
    // Ids unknown to the view (or outside it by status) are ignored.
    expect(modularity(network, [[...ids, 'stranger']])).toBeCloseTo(0, 12);
  });

  it('is NaN without ties', () => {
    expect(modularity(createNetwork({ partners: [{ id: 'a' }] }), [['a']])).toBeNaN();
  });
});

describe('normalizedMutualInformation', () => {
  for (const ref of reference.nmi) {
    it(`${ref.pair}: equals igraph's compare_communities(method="nmi")`, () => {
      expect(normalizedMutualInformation(ref.a, ref.b)).toBeCloseTo(ref.nmi, 12);
      expect(normalizedMutualInformation(ref.b, ref.a)).toBeCloseTo(ref.nmi, 12);
    });
  }

  it('follows scikit-learn in the degenerate cases', () => {
    expect(normalizedMutualInformation([], [])).toBe(1);
    expect(normalizedMutualInformation([7, 7, 7], ['x', 'x', 'x'])).toBe(1);
    expect(normalizedMutualInformation([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(normalizedMutualInformation([1, 2, 3], ['c', 'b', 'a'])).toBe(1);
  });

  it('compares Maps on the partners both hold, hostile ids included', () => {
    const a = new Map<string, number>([['__proto__', 0], ['constructor', 0], ['x', 1], ['y', 1], ['only-a', 5]]);
    const b = new Map<string, string>([['__proto__', 'p'], ['constructor', 'p'], ['x', 'q'], ['y', 'q'], ['only-b', 'r']]);
    expect(normalizedMutualInformation(a, b)).toBe(1);
  });

  it('rejects mismatched input', () => {
    expect(() => normalizedMutualInformation([1, 2], [1])).toThrow(/^normalizedMutualInformation: the two label arrays must have the same length; received 2 and 1/);
    expect(() => normalizedMutualInformation([1], new Map() as never)).toThrow(/give two arrays of labels or two Maps/);
    expect(() => normalizedMutualInformation([Number.NaN], [1])).toThrow(/labels must be strings or finite numbers/);
  });
});
