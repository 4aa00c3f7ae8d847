import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { listPartners, listRelationships, snapshot, type SnapshotOptions } from 'partnermap';
import { networkArbitrary } from './arbitraries';
import fc from 'fast-check';

// The snapshot against a brute-force reading of the same relationships.
test.prop([networkArbitrary({ maxPartners: 10, maxRelationships: 25 }), fc.boolean(), fc.boolean()], { numRuns: 80 })(
  'snapshot equals a brute-force adjacency of the relationships',
  (network, directed, allStatuses) => {
    const options: SnapshotOptions = { directed, statuses: allStatuses ? 'all' : ['active', 'contacted', 'paused'] };
    const view = snapshot(network, options);
    const kept = new Set(listPartners(network).filter((p) => allStatuses || p.status !== 'prospect' && p.status !== 'former').map((p) => p.id));
    const expected = new Map<string, { s: number; m: number }>();
    const levels: Record<string, number> = { information: 0.5, consultation: 0.75, 'deciding-together': 1, 'acting-together': 1.25, 'supporting-independent': 1.5 };
    for (const r of listRelationships(network)) {
      if (!kept.has(r.source) || !kept.has(r.target) || r.source === r.target) continue;
      const w = (r.strength ?? 1) * (r.level ? levels[r.level]! : 1);
      const pairs = directed && r.directed ? [[r.source, r.target]] : [[r.source, r.target], [r.target, r.source]];
      for (const [u, v] of pairs) {
        const key = JSON.stringify([u, v]);
        const cur = expected.get(key) ?? { s: 0, m: 0 };
        expected.set(key, { s: cur.s + w, m: cur.m + 1 });
      }
    }
    const actual = new Map<string, { s: number; m: number }>();
    for (let u = 0; u < view.order; u += 1) {
      let last = -1;
      for (let k = view.offsets[u]!; k < view.offsets[u + 1]!; k += 1) {
        expect(view.targets[k]!).toBeGreaterThan(last);
        last = view.targets[k]!;
        actual.set(JSON.stringify([view.ids[u], view.ids[view.targets[k]!]]), { s: view.strengths[k]!, m: view.multiplicity[k]! });
        expect(view.distances[k]).toBeCloseTo(1 / view.strengths[k]!, 12);
      }
    }
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, value] of expected) {
      expect(actual.get(key)!.m).toBe(value.m);
      expect(actual.get(key)!.s).toBeCloseTo(value.s, 9);
    }
    expect(new Set(view.ids)).toEqual(kept);
  },
);
