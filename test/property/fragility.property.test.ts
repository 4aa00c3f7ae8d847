/**
 * fragility and keyPersonRisk against a brute-force oracle written from the
 * definitions: remove each partner / each relationship / each person's
 * relationships and recount components and reachability with plain BFS over
 * the relationship list. Multigraphs, directed ties, self-loops, every status
 * and hostile ids come from the arbitraries.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  fragility,
  getHome,
  keyPersonRisk,
  listPartners,
  listRelationships,
  toJson,
  createNetwork,
  type NetworkInput,
  type PartnerNetwork,
  type FragilityResult,
} from 'partnermap';
import { networkInputArbitrary } from './arbitraries';

const COUNTED = new Set(['contacted', 'active', 'paused']);
const PEOPLE = ['ana', 'ben', 'cy', '__proto__', 'constructor', 'toString'];
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A network input whose relationships are carried by a small pool of people, so people carry several. */
function withCarriers(options: Parameters<typeof networkInputArbitrary>[0]): fc.Arbitrary<NetworkInput> {
  return networkInputArbitrary(options).chain((input) => {
    const rels = input.relationships ?? [];
    return fc
      .array(fc.subarray(PEOPLE, { maxLength: 2 }), { minLength: rels.length, maxLength: rels.length })
      .map((carriers) => ({
        ...input,
        relationships: rels.map((r, i) => ({ ...r, contacts: carriers[i] })),
      }));
  });
}

interface Oracle {
  nodes: string[];
  /** Relationships of the view: [id, u, v, carriers]. */
  rels: { id: string; u: string; v: string; carriers: string[] }[];
}

function oracleView(network: PartnerNetwork, statuses: Set<string> | 'all'): Oracle {
  const nodes = listPartners(network)
    .filter((p) => statuses === 'all' || statuses.has(p.status))
    .map((p) => p.id);
  const inView = new Set(nodes);
  const rels = listRelationships(network)
    .filter((r) => inView.has(r.source) && inView.has(r.target) && r.source !== r.target)
    .map((r) => ({ id: r.id, u: r.source, v: r.target, carriers: [...new Set((r.contacts ?? []).filter((c) => c.trim() !== ''))] }));
  return { nodes, rels };
}

/** Components of the graph on `nodes` minus `skipNode`, using relationships not in `skipRels`. */
function components(o: Oracle, skipNode: string | null, skipRels: Set<string>): Map<string, number> {
  const adj = new Map<string, string[]>(o.nodes.map((n) => [n, []]));
  for (const r of o.rels) {
    if (skipRels.has(r.id) || r.u === skipNode || r.v === skipNode) continue;
    adj.get(r.u)!.push(r.v);
    adj.get(r.v)!.push(r.u);
  }
  const label = new Map<string, number>();
  let c = 0;
  for (const s of o.nodes) {
    if (s === skipNode || label.has(s)) continue;
    label.set(s, c);
    const queue = [s];
    while (queue.length > 0) {
      const x = queue.pop()!;
      for (const y of adj.get(x)!) {
        if (!label.has(y)) {
          label.set(y, c);
          queue.push(y);
        }
      }
    }
    c += 1;
  }
  return label;
}

function count(label: Map<string, number>): number {
  return new Set(label.values()).size;
}

function sizeOf(label: Map<string, number>, c: number): number {
  let s = 0;
  for (const v of label.values()) if (v === c) s += 1;
  return s;
}

function neighbours(o: Oracle, x: string): Set<string> {
  const out = new Set<string>();
  for (const r of o.rels) {
    if (r.u === x) out.add(r.v);
    if (r.v === x) out.add(r.u);
  }
  return out;
}

function expectedReference(network: PartnerNetwork, o: Oracle): string | null {
  const home = getHome(network);
  if (home !== undefined && o.nodes.includes(home)) return home;
  if (o.nodes.length === 0) return null;
  const label = components(o, null, new Set());
  let largest = 0;
  for (const c of new Set(label.values())) largest = Math.max(largest, sizeOf(label, c));
  let best: string | null = null;
  let bestDegree = -1;
  for (const x of o.nodes) {
    if (sizeOf(label, label.get(x)!) !== largest) continue;
    const d = neighbours(o, x).size;
    if (d > bestDegree || (d === bestDegree && cmp(x, best!) < 0)) {
      best = x;
      bestDegree = d;
    }
  }
  return best;
}

/** Partners that reach `ref` in the full view but not without skipNode / skipRels. */
function lostFrom(o: Oracle, ref: string, skipNode: string | null, skipRels: Set<string>): string[] {
  const before = components(o, null, new Set());
  const after = components(o, skipNode, skipRels);
  const out: string[] = [];
  for (const x of o.nodes) {
    if (x === skipNode || x === ref) continue;
    if (before.get(x) === before.get(ref) && after.get(x) !== after.get(ref)) out.push(x);
  }
  return out.sort(cmp);
}

function checkFragility(network: PartnerNetwork, result: FragilityResult, o: Oracle): void {
  const ref = expectedReference(network, o);
  expect(result.reference.id).toBe(ref);
  const full = components(o, null, new Set());
  expect(result.components.count).toBe(count(full));

  // Articulation partners: removing them splits their component.
  const expectedArticulation: string[] = [];
  for (const x of o.nodes) {
    const isolated = neighbours(o, x).size === 0;
    const without = components(o, x, new Set());
    if (!isolated && count(without) > count(full)) expectedArticulation.push(x);
  }
  expect(result.articulationPartners.map((a) => a.id).sort(cmp)).toEqual(expectedArticulation.sort(cmp));
  for (const a of result.articulationPartners) {
    const without = components(o, a.id, new Set());
    const myComponent = full.get(a.id)!;
    const pieceSizes = new Map<number, number>();
    for (const [x, c] of without) if (full.get(x) === myComponent) pieceSizes.set(c, (pieceSizes.get(c) ?? 0) + 1);
    const sizes = [...pieceSizes.values()];
    expect(a.pieces).toBe(sizes.length);
    expect(a.largestPiece).toBe(Math.max(...sizes));
    expect(a.componentSize).toBe(sizeOf(full, myComponent));
    expect(a.separated).toBe(a.componentSize - 1 - a.largestPiece);
    if (a.id === ref) expect(a.cutOff).toBe(a.separated);
    else expect(a.cutOff).toBe(lostFrom(o, ref!, a.id, new Set()).length);
  }

  // Bridges: relationships whose single removal splits a component.
  const expectedBridges: string[] = [];
  for (const r of o.rels) if (count(components(o, null, new Set([r.id]))) > count(full)) expectedBridges.push(r.id);
  expect(result.bridges.flatMap((b) => b.relationships).sort(cmp)).toEqual(expectedBridges.sort(cmp));
  for (const b of result.bridges) {
    expect(b.relationships).toHaveLength(1);
    const [near, far] = b.partners;
    const r = o.rels.find((x) => x.id === b.relationships[0])!;
    expect([r.u, r.v].sort(cmp)).toEqual([near, far].sort(cmp));
    const after = components(o, null, new Set(b.relationships));
    const farSize = sizeOf(after, after.get(far)!);
    const nearSize = sizeOf(after, after.get(near)!);
    expect(b.separated).toBe(Math.min(farSize, nearSize));
    expect(b.cutOff).toBe(ref === null ? 0 : lostFrom(o, ref, null, new Set(b.relationships)).length);
    if (b.cutOff > 0) expect(after.get(near)).toBe(after.get(ref!));
  }

  // Local bridges: partner pairs with a relationship and no common neighbour; span by BFS without the pair's relationships.
  const pairs = new Map<string, { a: string; b: string; ids: string[] }>();
  for (const r of o.rels) {
    const [a, b] = [r.u, r.v].sort(cmp);
    const key = JSON.stringify([a, b]);
    if (!pairs.has(key)) pairs.set(key, { a: a!, b: b!, ids: [] });
    pairs.get(key)!.ids.push(r.id);
  }
  const expectedLocal: { partners: string[]; relationships: string[]; span: number }[] = [];
  for (const { a, b, ids } of pairs.values()) {
    const na = neighbours(o, a);
    const nb = neighbours(o, b);
    if ([...na].some((x) => nb.has(x))) continue;
    // BFS distance from a to b without this pair's relationships.
    const skip = new Set(ids);
    const dist = new Map<string, number>([[a, 0]]);
    const queue = [a];
    while (queue.length > 0) {
      const x = queue.shift()!;
      for (const r of o.rels) {
        if (skip.has(r.id)) continue;
        const y = r.u === x ? r.v : r.v === x ? r.u : null;
        if (y !== null && !dist.has(y)) {
          dist.set(y, dist.get(x)! + 1);
          queue.push(y);
        }
      }
    }
    expectedLocal.push({ partners: [a, b], relationships: ids.sort(cmp), span: dist.get(b) ?? Infinity });
  }
  expectedLocal.sort((x, y) => cmp(x.partners[0]!, y.partners[0]!) || cmp(x.partners[1]!, y.partners[1]!));
  expect(result.localBridges.map((l) => ({ partners: l.partners, relationships: l.relationships, span: l.span }))).toEqual(expectedLocal);
  for (const l of result.localBridges) {
    expect(l.bridge).toBe(l.relationships.length === 1 && expectedBridges.includes(l.relationships[0]!));
  }

  // Outside the reference's component.
  const outside = ref === null ? [] : o.nodes.filter((x) => full.get(x) !== full.get(ref));
  expect(result.outsideReference.map((p) => p.id).sort(cmp)).toEqual(outside.sort(cmp));
}

function checkKeyPersons(network: PartnerNetwork, result: FragilityResult, o: Oracle): void {
  const kp = result.keyPersons!;
  const ref = expectedReference(network, o);
  expect(kp.relationshipsCounted).toBe(o.rels.length);
  expect(kp.unrecordedCarriers).toBe(o.rels.filter((r) => r.carriers.length === 0).length);
  expect(kp.singleCarrier.map((s) => [s.contact, s.id])).toEqual(
    o.rels
      .filter((r) => r.carriers.length === 1)
      .map((r) => [r.carriers[0]!, r.id])
      .sort((x, y) => cmp(x[0]!, y[0]!) || cmp(x[1]!, y[1]!)),
  );
  const people = [...new Set(o.rels.flatMap((r) => r.carriers))].sort(cmp);
  expect(kp.contacts.map((c) => c.key).sort(cmp)).toEqual(people);
  for (const c of kp.contacts) {
    const carried = o.rels.filter((r) => r.carriers.includes(c.key)).map((r) => r.id).sort(cmp);
    const sole = o.rels.filter((r) => r.carriers.length === 1 && r.carriers[0] === c.key).map((r) => r.id);
    expect(c.relationships).toEqual(carried);
    expect(c.soleCarrierOf).toEqual([...sole].sort(cmp));
    const removed = new Set(sole);
    // Ties lost: partner pairs all of whose relationships are removed.
    const pairs = new Map<string, { total: number; gone: number }>();
    for (const r of o.rels) {
      const key = JSON.stringify([r.u, r.v].sort(cmp));
      const p = pairs.get(key) ?? { total: 0, gone: 0 };
      p.total += 1;
      if (removed.has(r.id)) p.gone += 1;
      pairs.set(key, p);
    }
    expect(c.tiesLost).toBe([...pairs.values()].filter((p) => p.gone > 0 && p.gone === p.total).length);
    expect(c.cutOff).toEqual(ref === null ? [] : lostFrom(o, ref, null, removed));
  }
  // Ranking.
  for (let i = 1; i < kp.contacts.length; i += 1) {
    const [a, b] = [kp.contacts[i - 1]!, kp.contacts[i]!];
    const order =
      b.relationships.length - a.relationships.length ||
      b.cutOff.length - a.cutOff.length ||
      b.soleCarrierOf.length - a.soleCarrierOf.length ||
      cmp(a.key, b.key);
    expect(order).toBeLessThan(0);
  }
  // Dependent partners: every relationship carried by one and the same person alone.
  const expectedDependent: [string, string][] = [];
  for (const x of o.nodes) {
    const mine = o.rels.filter((r) => r.u === x || r.v === x);
    if (mine.length === 0) continue;
    const first = mine[0]!.carriers;
    if (first.length === 1 && mine.every((r) => r.carriers.length === 1 && r.carriers[0] === first[0])) {
      expectedDependent.push([x, first[0]!]);
    }
  }
  expect(kp.dependentPartners.map((d) => [d.id, d.contact])).toEqual(expectedDependent.sort((a, b) => cmp(a[0], b[0])));
}

describe('fragility against a brute-force oracle', () => {
  test.prop([withCarriers({ maxPartners: 14, maxRelationships: 24 })], { numRuns: 100 })(
    'articulation partners, bridges, local bridges, outside partners and key persons (default statuses)',
    (input) => {
      const network = createNetwork(input);
      const before = toJson(network);
      const result = fragility(network, { localBridgeSpans: true });
      const o = oracleView(network, COUNTED);
      checkFragility(network, result, o);
      checkKeyPersons(network, result, o);
      expect(keyPersonRisk(network)).toEqual(result.keyPersons);
      expect(toJson(network)).toBe(before);
    },
  );

  test.prop([withCarriers({ maxPartners: 30, maxRelationships: 40, rich: false })], { numRuns: 60 })(
    'the same on sparser networks of up to 30 partners, every status counted',
    (input) => {
      const network = createNetwork(input);
      const result = fragility(network, { statuses: 'all', localBridgeSpans: true });
      const o = oracleView(network, 'all');
      checkFragility(network, result, o);
      checkKeyPersons(network, result, o);
    },
  );

  test.prop([withCarriers({ maxPartners: 20, maxRelationships: 30 })], { numRuns: 40 })(
    'deterministic, and without spans the rest is unchanged',
    (input) => {
      const a = fragility(createNetwork(input), { localBridgeSpans: true });
      const b = fragility(createNetwork(input));
      expect(b.localBridges.map(({ span: _s, reason: _r, ...rest }) => rest)).toEqual(
        a.localBridges.map(({ span: _s, reason: _r, ...rest }) => rest),
      );
      expect({ ...b, localBridges: [] }).toEqual({ ...a, localBridges: [] });
      expect(fragility(createNetwork(input))).toEqual(b);
    },
  );
});
