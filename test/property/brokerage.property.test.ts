/**
 * brokerage against oracles written from the definitions: Gould-Fernandez
 * roles by enumerating every ordered triple (i, j, k) over the arc set built
 * from listRelationships, and Burt's measures by a literal transcription of
 * NetworkX's formulas over Maps. Multigraphs, directed ties, self-loops, every
 * status and hostile ids come from the arbitraries.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokerage, createNetwork, listPartners, listRelationships, type PartnerNetwork } from 'partnermap';
import { networkInputArbitrary } from './arbitraries';

const COUNTED = new Set(['contacted', 'active', 'paused']);
const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;

interface Arcs {
  nodes: string[];
  sector: Map<string, string | null>;
  /** weight of arc u -> v (merged relationships summed): out.get(u).get(v). */
  out: Map<string, Map<string, number>>;
}

function arcsOf(network: PartnerNetwork, directed: boolean): Arcs {
  const partners = listPartners(network).filter((p) => COUNTED.has(p.status));
  const nodes = partners.map((p) => p.id);
  const inView = new Set(nodes);
  const out = new Map(nodes.map((x) => [x, new Map<string, number>()]));
  const add = (u: string, v: string, w: number): void => {
    const row = out.get(u)!;
    row.set(v, (row.get(v) ?? 0) + w);
  };
  for (const r of listRelationships(network)) {
    if (!inView.has(r.source) || !inView.has(r.target) || r.source === r.target) continue;
    // The default weighting: strength x level multiplier.
    const level = { information: 0.5, consultation: 0.75, 'deciding-together': 1, 'acting-together': 1.25, 'supporting-independent': 1.5 };
    const w = (r.strength ?? 1) * (r.level === undefined ? 1 : level[r.level]);
    add(r.source, r.target, w);
    if (!directed || !r.directed) add(r.target, r.source, w);
  }
  return { nodes, sector: new Map(partners.map((p) => [p.id, p.sector ?? null])), out };
}

const has = (a: Arcs, u: string, v: string): boolean => a.out.get(u)!.has(v);

function oracleRoles(a: Arcs, missing: 'group' | 'exclude'): Map<string, number[]> {
  const out = new Map(a.nodes.map((x) => [x, [0, 0, 0, 0, 0]]));
  const g = (x: string): string | null | undefined => {
    const s = a.sector.get(x) ?? null;
    return s === null && missing === 'exclude' ? undefined : s;
  };
  for (const i of a.nodes) {
    for (const j of a.nodes) {
      for (const k of a.nodes) {
        if (i === j || j === k || i === k) continue;
        if (!has(a, i, j) || !has(a, j, k) || has(a, i, k)) continue;
        const [gi, gj, gk] = [g(i), g(j), g(k)];
        if (gi === undefined || gj === undefined || gk === undefined) continue;
        const role = gi === gj && gj === gk ? 0 : gi === gk ? 1 : gi === gj ? 2 : gj === gk ? 3 : 4;
        out.get(j)![role]! += 1;
      }
    }
  }
  return out;
}

/** NetworkX's effective_size and constraint, transcribed. */
function oracleBurt(a: Arcs, weighted: boolean): Map<string, [number | null, number | null]> {
  const w = (u: string, v: string): number => {
    const x = a.out.get(u)!.get(v);
    return x === undefined ? 0 : weighted ? x : 1;
  };
  const mutual = (u: string, v: string): number => w(u, v) + w(v, u);
  const nbrs = new Map(a.nodes.map((u) => [u, a.nodes.filter((v) => v !== u && (has(a, u, v) || has(a, v, u)))]));
  const scales = new Map(
    a.nodes.map((u) => {
      const values = nbrs.get(u)!.map((x) => mutual(u, x));
      return [u, { sum: values.reduce((s, x) => s + x, 0), max: Math.max(0, ...values) }];
    }),
  );
  const nmw = (u: string, v: string, norm: 'sum' | 'max'): number => {
    const scale = scales.get(u)![norm];
    return scale === 0 ? 0 : mutual(u, v) / scale;
  };
  const out = new Map<string, [number | null, number | null]>();
  for (const u of a.nodes) {
    const N = nbrs.get(u)!;
    if (N.length === 0) {
      out.set(u, [null, null]);
      continue;
    }
    let es = 0;
    let c = 0;
    for (const v of N) {
      es += 1 - N.reduce((s, x) => s + nmw(u, x, 'sum') * (nbrs.get(v)!.length > 0 ? nmw(v, x, 'max') : 0), 0);
      const indirect = N.reduce((s, x) => s + nmw(u, x, 'sum') * nmw(x, v, 'sum'), 0);
      c += (nmw(u, v, 'sum') + indirect) ** 2;
    }
    out.set(u, [es, c]);
  }
  return out;
}

describe('brokerage against brute-force oracles', () => {
  test.prop([networkInputArbitrary({ maxPartners: 14, maxRelationships: 36 }), fc.boolean(), fc.constantFrom('group' as const, 'exclude' as const)], {
    numRuns: 100,
  })('role counts equal the enumeration of every two-path i -> j -> k without i -> k', (input, directed, missing) => {
    const network = createNetwork(input);
    const result = brokerage(network, { directed, missing });
    const arcs = arcsOf(network, directed);
    const expected = oracleRoles(arcs, missing);
    expect(result.partners.map((p) => p.id).sort()).toEqual([...arcs.nodes].sort());
    const totals = [0, 0, 0, 0, 0];
    for (const p of result.partners) {
      const e = expected.get(p.id)!;
      expect(ROLES.map((r) => p.roles[r])).toEqual(e);
      expect(p.roles.total).toBe(e.reduce((s, x) => s + x, 0));
      e.forEach((x, r) => (totals[r] += x));
    }
    expect(ROLES.map((r) => result.totals[r])).toEqual(totals);
    // Ranked by total, then id.
    for (let i = 1; i < result.partners.length; i += 1) {
      const [a, b] = [result.partners[i - 1]!, result.partners[i]!];
      expect(a.roles.total > b.roles.total || (a.roles.total === b.roles.total && a.id < b.id)).toBe(true);
    }
  });

  test.prop([networkInputArbitrary({ maxPartners: 12, maxRelationships: 30 }), fc.boolean(), fc.boolean()], { numRuns: 80 })(
    "effective size and constraint equal NetworkX's formulas",
    (input, directed, weighted) => {
      const network = createNetwork(input);
      const result = brokerage(network, { directed, weighted });
      const expected = oracleBurt(arcsOf(network, directed), weighted);
      for (const p of result.partners) {
        const [es, c] = expected.get(p.id)!;
        if (es === null) {
          expect(p.effectiveSize).toBeNull();
          expect(p.constraint).toBeNull();
        } else {
          expect(p.effectiveSize).toBeCloseTo(es, 9);
          expect(p.constraint).toBeCloseTo(c!, 9);
        }
      }
    },
  );
});
