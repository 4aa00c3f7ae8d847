/**
 * Estimated betweenness (Riondato-Kornaropoulos) and harmonic closeness
 * (sampled sources) stay within their stated error bounds of the exact values
 * on mid-size graphs; the path samplers draw shortest paths uniformly.
 */
import { betweenness, createNetwork, harmonicCloseness, snapshot, type PartnerNetwork } from 'partnermap';
import { describe, expect, it } from 'vitest';
import { barabasiAlbert, plantedCommunities, toNetwork } from '../../../bench/synthetic';
import { createHopPathSampler, createWeightedPathSampler } from '../../../src/algorithms/centrality/kernels/path-sampling';
import { riondatoSampleSize } from '../../../src/algorithms/centrality/kernels/vertex-diameter';
import { seededRng } from '../../../src/random';
import { classicNetwork } from '../../fixtures/classic-networks';
import { reference, referenceNetwork } from './reference';

function maxDifference(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let worst = 0;
  for (const [id, value] of a) worst = Math.max(worst, Math.abs(value - b.get(id)!));
  return worst;
}

/** The most nodes on any shortest path, by a search from every node. */
function vertexDiameter(network: PartnerNetwork): number {
  const view = snapshot(network);
  let best = 0;
  for (let s = 0; s < view.order; s += 1) {
    const dist = new Int32Array(view.order).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let h = 0; h < queue.length; h += 1) {
      const v = queue[h]!;
      best = Math.max(best, dist[v]! + 1);
      for (let k = view.offsets[v]!; k < view.offsets[v + 1]!; k += 1) {
        const w = view.targets[k]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
      }
    }
  }
  return best;
}

describe('approximate betweenness', () => {
  const scaleFree = toNetwork(barabasiAlbert(1500, 3, 5));
  const exact = betweenness(scaleFree, { exact: true });

  it('is within epsilon of the exact values on a scale-free graph, with the stated sample size', () => {
    const approx = betweenness(scaleFree, { exact: false, epsilon: 0.02 });
    expect(approx.approximate).toBe(true);
    expect(approx.errorBound).toBe(0.02);
    expect(approx.delta).toBe(0.1);
    const vd = approx.vertexDiameterBound!;
    expect(vd).toBeGreaterThanOrEqual(vertexDiameter(scaleFree));
    // The bound is on the normalized scale; the sample size is for the share of ordered pairs.
    const n = 1500;
    expect(approx.samples).toBe(riondatoSampleSize((0.02 * (n - 2)) / n, 0.1, vd));
    const error = maxDifference(approx.scores, exact.scores);
    expect(error).toBeLessThan(0.02);
    // Far inside the worst-case bound in practice.
    expect(error).toBeLessThan(0.01);
  });

  it('is within the bound on the raw scale too', () => {
    const raw = betweenness(scaleFree, { exact: true, normalized: false });
    const approx = betweenness(scaleFree, { exact: false, normalized: false, epsilon: 0.02 });
    expect(approx.errorBound).toBeCloseTo((0.02 * 1499 * 1498) / 2, 6);
    expect(maxDifference(approx.scores, raw.scores)).toBeLessThan(approx.errorBound);
  });

  it('is within the bound on planted communities, where paths are longer', () => {
    const communities = toNetwork(plantedCommunities(1200, 6, 8, 0.1, 3));
    const approx = betweenness(communities, { exact: false, epsilon: 0.02 });
    expect(maxDifference(approx.scores, betweenness(communities, { exact: true }).scores)).toBeLessThan(0.02);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    const a = betweenness(scaleFree, { exact: false, epsilon: 0.05, seed: 11 });
    const b = betweenness(scaleFree, { exact: false, epsilon: 0.05, seed: 11 });
    const c = betweenness(scaleFree, { exact: false, epsilon: 0.05, seed: 12 });
    expect([...a.scores]).toEqual([...b.scores]);
    expect(maxDifference(a.scores, c.scores)).toBeGreaterThan(0);
  });

  it('weighted (Dijkstra sampling) on Les Misérables', () => {
    const lesmis = classicNetwork('lesmis');
    const approx = betweenness(lesmis, { exact: false, weighted: true, epsilon: 0.03 });
    expect(approx.approximate).toBe(true);
    expect(maxDifference(approx.scores, betweenness(lesmis, { weighted: true }).scores)).toBeLessThan(0.03);
  });

  it('directed, and with endpoints', () => {
    const directed = referenceNetwork(reference('directed'), true);
    const approx = betweenness(directed, { directed: true, exact: false, epsilon: 0.03 });
    expect(maxDifference(approx.scores, betweenness(directed, { directed: true }).scores)).toBeLessThan(0.03);
    const karate = classicNetwork('karate');
    const withEnds = betweenness(karate, { endpoints: true, exact: false, epsilon: 0.03 });
    expect(maxDifference(withEnds.scores, betweenness(karate, { endpoints: true }).scores)).toBeLessThan(0.03);
  });

  it("'auto' is exact on small networks; a network without paths of three is exact at once", () => {
    expect(betweenness(classicNetwork('karate')).approximate).toBe(false);
    const star = createNetwork({ partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], relationships: [{ source: 'a', target: 'b' }] });
    const result = betweenness(star, { exact: false });
    expect(result.approximate).toBe(false);
    expect([...result.scores.values()]).toEqual([0, 0, 0]);
  });
});

describe('approximate harmonic closeness', () => {
  it('samples sources when that is cheaper, within epsilon', () => {
    const network = toNetwork(barabasiAlbert(4000, 3, 9));
    const exact = harmonicCloseness(network, { exact: true });
    const approx = harmonicCloseness(network, { exact: false, epsilon: 0.05 });
    expect(approx.approximate).toBe(true);
    expect(approx.samples).toBe(Math.ceil(Math.log((2 * 4000) / 0.1) / (2 * ((0.05 * 3999) / 4000) ** 2)));
    expect(approx.samples).toBeLessThan(4000);
    expect(maxDifference(approx.scores, exact.scores)).toBeLessThan(0.05);
    // Raw sums: the bound scales with n - 1.
    const raw = harmonicCloseness(network, { exact: false, normalized: false });
    expect(raw.errorBound).toBeCloseTo(0.05 * 3999, 9);
    expect(maxDifference(raw.scores, harmonicCloseness(network, { exact: true, normalized: false }).scores)).toBeLessThan(raw.errorBound);
  });

  it('stays exact when the sample would cover the network', () => {
    const result = harmonicCloseness(classicNetwork('karate'), { exact: false });
    expect(result.approximate).toBe(false);
    expect(result.samples).toBe(0);
  });
});

describe('shortest-path samplers draw uniformly', () => {
  // A 5 x 5 grid: 70 shortest paths from corner to corner; node (r, c) lies on C(r+c, r) C(8-r-c, 4-r) of them.
  const ids: string[] = [];
  const relationships: { source: string; target: string; strength: number }[] = [];
  for (let r = 0; r < 5; r += 1) {
    for (let c = 0; c < 5; c += 1) {
      ids.push(`${r}-${c}`);
      if (r < 4) relationships.push({ source: `${r}-${c}`, target: `${r + 1}-${c}`, strength: 1 });
      if (c < 4) relationships.push({ source: `${r}-${c}`, target: `${r}-${c + 1}`, strength: 1 });
    }
  }
  const grid = createNetwork({ partners: ids.map((id) => ({ id })), relationships });
  const view = snapshot(grid);
  const g = { n: view.order, offsets: view.offsets, targets: view.targets, distances: view.distances };
  const choose = (a: number, b: number): number => {
    let out = 1;
    for (let i = 0; i < b; i += 1) out = (out * (a - i)) / (i + 1);
    return out;
  };

  it.each([
    ['bidirectional breadth-first', createHopPathSampler(g, g)],
    ['Dijkstra', createWeightedPathSampler(g, g)],
  ])('%s', (_name, sampler) => {
    const rng = seededRng(4);
    const s = view.indexOf.get('0-0')!;
    const t = view.indexOf.get('4-4')!;
    const draws = 20_000;
    const hits = new Float64Array(view.order);
    for (let i = 0; i < draws; i += 1) {
      const length = sampler.sample(s, t, rng);
      expect(length).toBe(7);
      for (let j = 0; j < length; j += 1) hits[sampler.interior[j]!] += 1;
    }
    for (let r = 0; r < 5; r += 1) {
      for (let c = 0; c < 5; c += 1) {
        if ((r === 0 && c === 0) || (r === 4 && c === 4)) continue;
        const p = (choose(r + c, r) * choose(8 - r - c, 4 - r)) / 70;
        const observed = hits[view.indexOf.get(`${r}-${c}`)!]! / draws;
        expect(Math.abs(observed - p), `${r}-${c}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / draws) + 1e-9);
      }
    }
  });

  it('report unreachable pairs', () => {
    const two = createNetwork({ partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], relationships: [{ source: 'a', target: 'b' }] });
    const v = snapshot(two);
    const arrays = { n: 3, offsets: v.offsets, targets: v.targets, distances: v.distances };
    expect(createHopPathSampler(arrays, arrays).sample(0, 2, seededRng(1))).toBe(-1);
    expect(createWeightedPathSampler(arrays, arrays).sample(0, 2, seededRng(1))).toBe(-1);
    expect(createHopPathSampler(arrays, arrays).sample(0, 1, seededRng(1))).toBe(0);
  });
});
