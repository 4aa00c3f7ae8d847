import { describe, expect, it } from 'vitest';
import { snapshot, type NetworkSnapshot } from 'partnermap';
import { classicNetwork } from '../../fixtures/classic-networks';
import reference from '../../fixtures/snowball/reference.json';
import { resolveLinkIndex, type LinkIndex } from '../../../src/algorithms/snowball/indices/link-index';
import { createSourceScorer } from '../../../src/algorithms/snowball/indices/source-scorer';
import { ScoreBuffer } from '../../../src/algorithms/snowball/indices/score-buffer';
import { preferentialAttachment } from '../../../src/algorithms/snowball/indices/preferential-attachment';
import { areTied, linkGraphFromEdges, nodeStrengths } from '../../../src/algorithms/snowball/link-graph';

type Classic = 'karate' | 'florentine' | 'lesmis';

function view(name: Classic): NetworkSnapshot {
  return snapshot(classicNetwork(name), { statuses: 'all' });
}

/** Scores of every candidate of `source`, by partner id. */
function scoresFrom(graph: NetworkSnapshot, source: string, index: LinkIndex, options: object = {}): Map<string, number> {
  const scorer = createSourceScorer(graph, resolveLinkIndex('test', { index, ...options }));
  const buffer = new ScoreBuffer(graph.order);
  scorer.scoreFrom(graph.indexOf.get(source)!, buffer);
  const out = new Map<string, number>();
  for (let i = 0; i < buffer.count; i += 1) out.set(graph.ids[buffer.list[i]!]!, buffer.score[buffer.list[i]!]!);
  return out;
}

describe('neighbourhood indices against NetworkX 2.8.8', () => {
  for (const name of ['karate', 'florentine'] as const) {
    const rows = reference.neighbourhood[name];
    for (const index of ['resource-allocation', 'adamic-adar', 'jaccard', 'common-neighbours'] as const) {
      it(`${index} on ${name}: every non-adjacent pair within 1e-12`, () => {
        const graph = view(name);
        const cache = new Map<string, Map<string, number>>();
        let checked = 0;
        for (const row of rows) {
          if (!cache.has(row.source)) cache.set(row.source, scoresFrom(graph, row.source, index, { weighted: false }));
          const got = cache.get(row.source)!.get(row.target) ?? 0;
          expect(Math.abs(got - row[index])).toBeLessThanOrEqual(1e-12);
          checked += 1;
        }
        expect(checked).toBe(rows.length);
        expect(checked).toBeGreaterThan(50);
      });
    }
    it(`preferential attachment on ${name}`, () => {
      const graph = view(name);
      const pa = preferentialAttachment(graph, false);
      for (const row of rows) {
        expect(pa(graph.indexOf.get(row.source)!, graph.indexOf.get(row.target)!)).toBe(row['preferential-attachment']);
      }
    });
  }

  it('a 2-hop scorer never scores beyond two hops', () => {
    const graph = view('karate');
    for (const source of ['16', '0', '33']) {
      const x = graph.indexOf.get(source)!;
      const twoHop = new Set<string>();
      for (let k = graph.offsets[x]!; k < graph.offsets[x + 1]!; k += 1) {
        const z = graph.targets[k]!;
        for (let k2 = graph.offsets[z]!; k2 < graph.offsets[z + 1]!; k2 += 1) if (graph.targets[k2] !== x) twoHop.add(graph.ids[graph.targets[k2]!]!);
      }
      const ra = scoresFrom(graph, source, 'resource-allocation');
      expect(new Set(ra.keys())).toEqual(twoHop);
    }
    // Node 16 is tied to 5 and 6; through them it reaches 0, 4, 10 and 5, 6 themselves.
    expect([...scoresFrom(graph, '16', 'common-neighbours').keys()].sort()).toEqual(['0', '10', '4', '5', '6']);
  });
});

describe('personalised PageRank (local push) against nx.pagerank with personalization', () => {
  for (const name of ['karate', 'lesmis'] as const) {
    const ref = reference.personalizedPageRank[name];
    it(`${name}, ${ref.weighted ? 'weighted' : 'unweighted'}: s_x * pi_x(y) within the push bound`, () => {
      const graph = view(name);
      const s = nodeStrengths(graph, ref.weighted);
      for (const [source, expected] of Object.entries(ref.scores)) {
        const tolerance = 1e-9;
        const got = scoresFrom(graph, source, 'personalized-pagerank', { weighted: ref.weighted, restart: ref.restart, tolerance });
        const sx = s[graph.indexOf.get(source)!]!;
        for (const [target, pi] of Object.entries(expected as Record<string, number>)) {
          if (target === source) continue;
          const sy = s[graph.indexOf.get(target)!]!;
          const value = (got.get(target) ?? 0) / sx;
          // Push leaves each estimate below the exact value by at most tolerance * s_y.
          expect(value).toBeLessThanOrEqual(pi + 1e-13);
          expect(pi - value).toBeLessThanOrEqual(tolerance * sy + 1e-13);
        }
      }
    });
  }

  it('is symmetric up to the push tolerance: s_x pi_x(y) = s_y pi_y(x)', () => {
    const graph = view('lesmis');
    const a = scoresFrom(graph, 'Valjean', 'personalized-pagerank', { tolerance: 1e-10 });
    const b = scoresFrom(graph, 'Gavroche', 'personalized-pagerank', { tolerance: 1e-10 });
    expect(a.get('Gavroche')!).toBeCloseTo(b.get('Valjean')!, 6);
  });

  it('a hub above 1 / tolerance still pushes (the source always pushes once)', () => {
    const n = 200;
    const sources = Array.from({ length: n - 1 }, () => 0);
    const targets = Array.from({ length: n - 1 }, (_, i) => i + 1);
    const graph = linkGraphFromEdges(n, [...sources, 1], [...targets, 2]);
    const scorer = createSourceScorer(graph, resolveLinkIndex('test', { index: 'personalized-pagerank', tolerance: 0.01 }));
    const buffer = new ScoreBuffer(n);
    scorer.scoreFrom(0, buffer);
    expect(buffer.count).toBeGreaterThan(0);
  });
});

describe('truncated Katz against numpy matrix powers', () => {
  for (const name of ['karate', 'lesmis'] as const) {
    const ref = reference.katz[name];
    it(`${name}, ${ref.weighted ? 'weighted' : 'unweighted'}, beta ${ref.beta}, L ${ref.maxLength}`, () => {
      const graph = view(name);
      for (const [source, expected] of Object.entries(ref.scores)) {
        const got = scoresFrom(graph, source, 'katz', { weighted: ref.weighted, katzBeta: ref.beta, katzMaxLength: ref.maxLength });
        for (const [target, value] of Object.entries(expected as Record<string, number>)) {
          if (target === source) continue;
          expect(Math.abs((got.get(target) ?? 0) - value)).toBeLessThanOrEqual(1e-12 * Math.max(1, value));
        }
      }
    });
  }
});

describe('linkGraphFromEdges', () => {
  it('merges parallel edges, drops self-loops and sorts rows', () => {
    const g = linkGraphFromEdges(4, [2, 0, 2, 1, 3], [0, 2, 1, 1, 0], [1, 2, 3, 4, 5]);
    expect(Array.from(g.offsets)).toEqual([0, 2, 3, 5, 6]);
    expect(Array.from(g.targets)).toEqual([2, 3, 2, 0, 1, 0]);
    expect(Array.from(g.strengths)).toEqual([3, 5, 3, 3, 3, 5]);
    expect(areTied(g, 0, 3)).toBe(true);
    expect(areTied(g, 1, 3)).toBe(false);
  });
});

describe('graphShape against NetworkX', () => {
  for (const name of ['karate', 'florentine', 'lesmis', 'kite'] as const) {
    it(`${name}: transitivity, average clustering, triangles, components`, async () => {
      const { graphShape } = await import('../../../src/algorithms/snowball/transitivity');
      const ref = reference.shape[name];
      const shape = graphShape(snapshot(classicNetwork(name), { statuses: 'all' }));
      expect(shape.transitivity).toBeCloseTo(ref.transitivity, 12);
      expect(shape.averageClustering).toBeCloseTo(ref.averageClustering, 12);
      expect(shape.triangles).toBe(ref.triangles);
      expect(shape.components).toBe(ref.components);
      expect(shape.cycleRank).toBe(shape.ties - shape.nodes + shape.components);
    });
  }
  it('a forest has cycle rank 0 and no triangles', async () => {
    const { graphShape } = await import('../../../src/algorithms/snowball/transitivity');
    const shape = graphShape(linkGraphFromEdges(6, [0, 0, 1, 3], [1, 2, 4, 5]));
    expect(shape).toMatchObject({ triangles: 0, transitivity: 0, components: 2, cycleRank: 0 });
  });
});
