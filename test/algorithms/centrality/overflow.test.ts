/**
 * Path counts that overflow 32 bits: on the 25 x 25 grid, opposite corners
 * are joined by C(48, 24) = 32,247,603,683,100 shortest paths. graphology-
 * metrics keeps path counts in a Uint32Array and silently returns wrong
 * betweenness there; partnermap's floating-point counts match NetworkX.
 */
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { betweenness, harmonicCloseness, snapshot } from 'partnermap';
import { describe, expect, it } from 'vitest';
import { brandesWeighted } from '../../../src/algorithms/centrality/kernels/brandes';
import { expectScores, reference, referenceNetwork } from './reference';

describe('the 25 x 25 grid', () => {
  const ref = reference('grid25');
  const network = referenceNetwork(ref);

  it('has more corner-to-corner shortest paths than 32 bits can count', () => {
    expect(ref.cornerPaths).toBe(32_247_603_683_100);
    expect(ref.cornerPaths!).toBeGreaterThan(2 ** 32);
  });

  it('exact betweenness matches NetworkX, normalized and raw', () => {
    const result = betweenness(network, { exact: true });
    expectScores(result.scores, ref.betweenness.unweighted!);
    // Raw scores reach ~2e4: compare to 1e-9 relative to the largest.
    const raw = betweenness(network, { exact: true, normalized: false }).scores;
    const largest = Math.max(...Object.values(ref.betweenness.unweightedRaw!));
    expectScores(raw, ref.betweenness.unweightedRaw!, 1e-9 * largest);
  });

  it('the Dijkstra kernel counts paths in floating point too', () => {
    // Equal strengths send betweenness() to the breadth-first kernel; call the weighted one directly.
    const view = snapshot(network);
    const n = view.order;
    const out = new Float64Array(n);
    const sources = Int32Array.from({ length: n }, (_, i) => i);
    brandesWeighted({ n, offsets: view.offsets, targets: view.targets, distances: view.distances }, sources, 0, n, out, false);
    const scale = 1 / ((n - 1) * (n - 2));
    const scores = new Map(view.ids.map((id, i) => [id, out[i]! * scale]));
    expectScores(scores, ref.betweenness.unweighted!);
  });

  it('graphology-metrics overflows on the same grid', () => {
    const graph = new UndirectedGraph();
    for (const id of ref.nodes) graph.addNode(id);
    for (const [s, t] of ref.edges) graph.addEdge(s, t);
    const theirs = graphologyBetweenness(graph, { getEdgeWeight: null, normalized: true }) as Record<string, number>;
    let worst = 0;
    for (const [id, value] of Object.entries(ref.betweenness.unweighted!)) worst = Math.max(worst, Math.abs(theirs[id]! - value));
    // Not rounding noise: whole percentage points of the normalized score.
    expect(worst).toBeGreaterThan(1e-3);
  });

  it('harmonic closeness matches NetworkX', () => {
    expectScores(harmonicCloseness(network, { normalized: false }).scores, ref.harmonic.unweighted!);
  });
});
