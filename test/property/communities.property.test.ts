import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createNetwork, detectCommunities, listPartners, modularity, snapshot, type NetworkSnapshot } from 'partnermap';
import { networkArbitrary, networkInputArbitrary } from './arbitraries';

const networks = networkArbitrary({ maxPartners: 24, maxRelationships: 50 });
const algorithm = fc.constantFrom('leiden' as const, 'louvain' as const);
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Modularity by its definition: (1/2m) sum over ordered pairs in one community of (A_ij - gamma k_i k_j / 2m). */
function bruteForceModularity(view: NetworkSnapshot, community: (i: number) => number, resolution: number): number {
  const n = view.order;
  const A = Array.from({ length: n }, () => new Float64Array(n));
  const k = new Float64Array(n);
  for (let u = 0; u < n; u += 1) {
    for (let a = view.offsets[u]!; a < view.offsets[u + 1]!; a += 1) {
      A[u]![view.targets[a]!] = A[u]![view.targets[a]!]! + view.strengths[a]!;
      k[u] = k[u]! + view.strengths[a]!;
    }
  }
  const twoM = k.reduce((s, x) => s + x, 0);
  let q = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (community(i) === community(j)) q += A[i]![j]! - (resolution * k[i]! * k[j]!) / twoM;
    }
  }
  return q / twoM;
}

function isConnectedWithin(view: NetworkSnapshot, members: readonly string[]): boolean {
  const inside = new Set(members.map((id) => view.indexOf.get(id)!));
  const [start] = inside;
  const seen = new Set([start!]);
  const stack = [start!];
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
}

describe('communities invariants', () => {
  test.prop([networks, algorithm, seed], { numRuns: 80 })(
    'the partition covers every partner of the view exactly once; the others are unassigned',
    (network, algo, s) => {
      const view = snapshot(network);
      const result = detectCommunities(network, { algorithm: algo, seed: s });
      const members = result.communities.flatMap((c) => c.members);
      expect(members.length).toBe(view.order);
      expect(new Set(members).size).toBe(view.order);
      expect([...result.assignment.keys()].sort()).toEqual([...view.ids].sort());
      result.communities.forEach((c, i) => {
        expect(c.index).toBe(i);
        expect(c.size).toBe(c.members.length);
        expect(c.size).toBeGreaterThan(0);
        for (const id of c.members) expect(result.assignment.get(id)).toBe(i);
      });
      const all = listPartners(network).map((p) => p.id);
      expect([...result.unassigned].sort()).toEqual(all.filter((id) => !view.indexOf.has(id)).sort());
    },
  );

  test.prop([networks, seed, fc.constantFrom('modularity' as const, 'cpm' as const), fc.constantFrom(0.05, 0.5, 1, 2)], { numRuns: 80 })(
    'every Leiden community induces a connected subgraph',
    (network, s, objective, resolution) => {
      const view = snapshot(network);
      const result = detectCommunities(network, { seed: s, objective, resolution });
      for (const c of result.communities) expect(isConnectedWithin(view, c.members)).toBe(true);
    },
  );

  test.prop([networks, algorithm, fc.constantFrom(0.5, 1, 1.7)], { numRuns: 60 })(
    'the modularity reported equals a brute-force recomputation',
    (network, algo, resolution) => {
      const view = snapshot(network);
      const result = detectCommunities(network, { algorithm: algo, resolution });
      const community = (i: number) => result.assignment.get(view.ids[i]!)!;
      if (view.strengths.length === 0) {
        expect(result.modularity).toBeNaN();
        return;
      }
      expect(result.modularity).toBeCloseTo(bruteForceModularity(view, community, 1), 10);
      expect(result.quality).toBeCloseTo(bruteForceModularity(view, community, resolution), 10);
      expect(modularity(network, result.assignment, { resolution })).toBeCloseTo(result.quality, 10);
    },
  );

  test.prop([networks, algorithm, seed], { numRuns: 50 })('the same seed gives the same result, byte for byte', (network, algo, s) => {
    const a = detectCommunities(network, { algorithm: algo, seed: s });
    const b = detectCommunities(network, { algorithm: algo, seed: s });
    expect(JSON.stringify([...a.assignment])).toBe(JSON.stringify([...b.assignment]));
    expect(JSON.stringify(a.communities)).toBe(JSON.stringify(b.communities));
    expect(a.modularity).toBe(b.modularity);
  });

  test.prop([networks, seed], { numRuns: 50 })('Leiden never ends below the all-alone partition', (network, s) => {
    const view = snapshot(network);
    if (view.strengths.length === 0) return;
    const result = detectCommunities(network, { seed: s });
    const alone = bruteForceModularity(view, (i) => i, 1);
    expect(result.modularity).toBeGreaterThanOrEqual(alone - 1e-12);
  });

  test.prop([networkInputArbitrary({ maxPartners: 20, maxRelationships: 40, hostile: true }), seed], { numRuns: 40 })(
    'renaming partners (same order) leaves the partition structure unchanged',
    (input, s) => {
      const rename = (id: string) => `renamed:${id}`;
      const renamed = createNetwork({
        ...input,
        partners: input.partners?.map((p) => ({ ...p, id: rename(p.id) })),
        relationships: input.relationships?.map((r) => ({ ...r, source: rename(r.source), target: rename(r.target) })),
        home: input.home === undefined ? undefined : rename(input.home),
      });
      const a = detectCommunities(createNetwork(input), { seed: s });
      const b = detectCommunities(renamed, { seed: s });
      const structure = (r: typeof a, f: (id: string) => string) =>
        r.communities.map((c) => c.members.map(f).sort().join('\u0000')).sort();
      expect(structure(b, (id) => id)).toEqual(structure(a, rename));
    },
  );
});
