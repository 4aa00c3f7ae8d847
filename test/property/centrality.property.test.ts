/**
 * Centralities against graphology-metrics on random small graphs where both
 * are defined (plain ids, simple undirected graphs), harmonic closeness
 * against a brute-force search, and invariants on arbitrary partnership
 * networks (hostile ids, multi-edges, every status and kind).
 */
import { fc, test } from '@fast-check/vitest';
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import graphologyCloseness from 'graphology-metrics/centrality/closeness';
import { degreeCentrality as graphologyDegree } from 'graphology-metrics/centrality/degree';
import graphologyEigenvector from 'graphology-metrics/centrality/eigenvector';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import {
  betweenness,
  closeness,
  createNetwork,
  degreeCentrality,
  eigenvector,
  harmonicCloseness,
  hubs,
  pagerank,
  snapshot,
  type PartnerNetwork,
} from 'partnermap';
import { describe, expect } from 'vitest';
import { networkArbitrary } from './arbitraries';

interface SmallGraph {
  n: number;
  edges: [number, number, number][];
}

/** A simple undirected graph on up to 30 nodes with strengths from a small set (so equal path lengths occur). */
const smallGraph: fc.Arbitrary<SmallGraph> = fc
  .integer({ min: 2, max: 30 })
  .chain((n) =>
    fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(0.5, 1, 1, 2, 3, 4)), { maxLength: 3 * n })
      .map((raw) => {
        const seen = new Set<string>();
        const edges: [number, number, number][] = [];
        for (const [u, v, w] of raw) {
          const key = u < v ? `${u} ${v}` : `${v} ${u}`;
          if (u === v || seen.has(key)) continue;
          seen.add(key);
          edges.push([u, v, w]);
        }
        return { n, edges };
      }),
  );

function build(graph: SmallGraph): { network: PartnerNetwork; other: UndirectedGraph } {
  const ids = Array.from({ length: graph.n }, (_, i) => `n${i}`);
  const network = createNetwork({
    partners: ids.map((id) => ({ id })),
    relationships: graph.edges.map(([u, v, w]) => ({ source: ids[u]!, target: ids[v]!, kind: 'known-tie' as const, strength: w })),
  });
  const other = new UndirectedGraph();
  for (const id of ids) other.addNode(id);
  for (const [u, v, w] of graph.edges) other.addEdge(ids[u]!, ids[v]!, { weight: w, distance: 1 / w });
  return { network, other };
}

function expectClose(ours: ReadonlyMap<string, number>, theirs: Record<string, number>, tolerance: number): void {
  expect([...ours.keys()].sort()).toEqual(Object.keys(theirs).sort());
  for (const [id, value] of ours) expect(Math.abs(value - theirs[id]!), id).toBeLessThanOrEqual(tolerance);
}

describe('centralities agree with graphology-metrics', () => {
  test.prop([smallGraph], { numRuns: 100 })('betweenness, unweighted and weighted (distance = 1 / strength)', (graph) => {
    const { network, other } = build(graph);
    expectClose(betweenness(network, { exact: true }).scores, graphologyBetweenness(other, { getEdgeWeight: null }), 1e-9);
    expectClose(betweenness(network, { exact: true, weighted: true }).scores, graphologyBetweenness(other, { getEdgeWeight: 'distance' }), 1e-9);
    expectClose(
      betweenness(network, { exact: true, normalized: false }).scores,
      graphologyBetweenness(other, { getEdgeWeight: null, normalized: false }),
      1e-9,
    );
  });

  test.prop([smallGraph], { numRuns: 100 })('degree centrality and closeness', (graph) => {
    const { network, other } = build(graph);
    expectClose(degreeCentrality(network).scores, graphologyDegree(other), 1e-12);
    expectClose(closeness(network, { wassermanFaust: false }).scores, graphologyCloseness(other), 1e-12);
    expectClose(closeness(network).scores, graphologyCloseness(other, { wassermanFaust: true }), 1e-12);
  });

  test.prop([smallGraph], { numRuns: 100 })('PageRank, weighted by strength', (graph) => {
    const { network, other } = build(graph);
    const theirs = graphologyPagerank(other, { getEdgeWeight: 'weight', tolerance: 1e-15, maxIterations: 100_000 });
    expectClose(pagerank(network, { tolerance: 1e-14, maxIterations: 100_000 }).scores, theirs, 1e-9);
  });

  test.prop([smallGraph], { numRuns: 100 })('eigenvector, where graphology-metrics converges', (graph) => {
    const { network, other } = build(graph);
    let theirs: Record<string, number>;
    try {
      theirs = graphologyEigenvector(other, { getEdgeWeight: 'weight', tolerance: 1e-14, maxIterations: 20_000 });
    } catch {
      return; // Not defined there (no convergence within its iterations): nothing to compare.
    }
    const ours = eigenvector(network, { tolerance: 1e-13 * graph.n, maxIterations: 20_000 });
    expect(ours.converged).toBe(true);
    expectClose(ours.scores, theirs, 1e-7);
  });
});

describe('harmonic closeness against a brute-force search', () => {
  test.prop([smallGraph, fc.boolean()], { numRuns: 100 })('hop distances, normalized or not', (graph, normalized) => {
    const { network } = build(graph);
    const adjacency = Array.from({ length: graph.n }, () => [] as number[]);
    for (const [u, v] of graph.edges) {
      adjacency[u]!.push(v);
      adjacency[v]!.push(u);
    }
    const expected: Record<string, number> = {};
    for (let v = 0; v < graph.n; v += 1) expected[`n${v}`] = 0;
    for (let s = 0; s < graph.n; s += 1) {
      const dist = new Array<number>(graph.n).fill(-1);
      dist[s] = 0;
      const queue = [s];
      for (let h = 0; h < queue.length; h += 1) {
        for (const w of adjacency[queue[h]!]!) {
          if (dist[w] === -1) {
            dist[w] = dist[queue[h]!]! + 1;
            queue.push(w);
          }
        }
      }
      for (let v = 0; v < graph.n; v += 1) if (dist[v]! > 0) expected[`n${v}`] += 1 / dist[v]! / (normalized ? graph.n - 1 : 1);
    }
    expectClose(harmonicCloseness(network, { normalized }).scores, expected, 1e-12);
  });
});

describe('invariants on any partnership network', () => {
  test.prop([networkArbitrary({ maxPartners: 14, maxRelationships: 30 }), fc.boolean()], { numRuns: 60 })(
    'every centrality scores exactly the partners of the view, finite, in range; hubs ranks them',
    (network, directed) => {
      const view = snapshot(network, { directed });
      const ids = [...view.ids].sort();
      const options = { directed };
      const check = (scores: ReadonlyMap<string, number>, low = 0): void => {
        expect([...scores.keys()].sort()).toEqual(ids);
        for (const value of scores.values()) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(low - 1e-12);
        }
      };
      check(degreeCentrality(network, options).scores);
      const between = betweenness(network, options).scores;
      check(between);
      for (const value of between.values()) expect(value).toBeLessThanOrEqual(1 + 1e-12);
      check(closeness(network, options).scores);
      check(harmonicCloseness(network, options).scores);
      const rank = pagerank(network, options).scores;
      check(rank);
      if (view.order > 0) expect([...rank.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      check(eigenvector(network, options).scores);
      const ranking = hubs(network, options);
      const ranked = ranking.hubs.map((h) => h.id);
      if (ranking.home !== undefined) ranked.push(ranking.home.id);
      expect(ranked.sort()).toEqual(ids);
      for (const hub of ranking.hubs) {
        expect(hub.hubScore).toBeGreaterThanOrEqual(0);
        expect(hub.hubScore).toBeLessThanOrEqual(1 + 1e-12);
      }
    },
  );

  test.prop([networkArbitrary({ maxPartners: 12, maxRelationships: 24 })], { numRuns: 40 })(
    'relabelling partners does not change their scores',
    (network) => {
      // Build the same network with partners and relationships in reverse order.
      const view = snapshot(network);
      const reversed = network.copy();
      reversed.clear();
      const nodes: [string, Record<string, unknown>][] = [];
      network.forEachNode((key, attributes) => nodes.push([key, attributes]));
      for (const [key, attributes] of nodes.reverse()) reversed.addNode(key, { ...attributes } as never);
      const edges: [string, string, string, Record<string, unknown>, boolean][] = [];
      network.forEachEdge((key, attributes, source, target, _s, _t, undirected) => edges.push([key, source, target, attributes, undirected]));
      for (const [key, source, target, attributes, undirected] of edges.reverse()) {
        if (undirected) reversed.addUndirectedEdgeWithKey(key, source, target, { ...attributes } as never);
        else reversed.addDirectedEdgeWithKey(key, source, target, { ...attributes } as never);
      }
      const a = betweenness(network, { exact: true }).scores;
      const b = betweenness(reversed, { exact: true }).scores;
      for (const id of view.ids) expect(b.get(id)).toBeCloseTo(a.get(id)!, 9);
      const pa = pagerank(network).scores;
      const pb = pagerank(reversed).scores;
      for (const id of view.ids) expect(pb.get(id)).toBeCloseTo(pa.get(id)!, 9);
    },
  );
});
