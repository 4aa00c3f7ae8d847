import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  brokerage,
  createNetwork,
  isPartnermapError,
  snapshot,
  toJson,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRoleCounts,
  type NetworkInput,
  type PartnerNetwork,
} from 'partnermap';
import { classicNetwork } from '../../fixtures/classic-networks';

type Roles = Record<'w_I' | 'w_O' | 'b_IO' | 'b_OI' | 'b_O' | 't', number | null>;
interface SnaCase {
  nodes: string[];
  groups: string[];
  raw: Record<string, Roles>;
  exp: Record<string, Roles>;
  z: Record<string, Roles>;
  raw_gli: Roles;
  exp_gli: Roles;
  z_gli: Roles;
}
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const sna = read<{ sna: string; cases: Record<string, SnaCase> }>('../../fixtures/brokerage/sna-reference.json');
const burt = read<{ graphs: Record<string, Record<'weighted' | 'unweighted', { effective_size: Record<string, number | null>; constraint: Record<string, number | null> }>> }>(
  '../../fixtures/brokerage/burt-reference.json',
);
const mixedInput = read<NetworkInput>('../../fixtures/brokerage/mixed-network.json');
const florentineGroups = read<{ groups: Record<string, string> }>('../../fixtures/brokerage/florentine-groups.json').groups;

const SNA_COLUMNS: [keyof Roles, keyof BrokerageRoleCounts][] = [
  ['w_I', 'coordinator'],
  ['w_O', 'itinerant'],
  ['b_IO', 'representative'],
  ['b_OI', 'gatekeeper'],
  ['b_O', 'liaison'],
  ['t', 'total'],
];

function close(actual: number | null | undefined, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(Math.abs(actual! - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function expectMatchesSna(result: BrokerageResult, ref: SnaCase): void {
  const byId = new Map(result.partners.map((p) => [p.id, p]));
  for (const id of ref.nodes) {
    const p = byId.get(id)!;
    for (const [col, role] of SNA_COLUMNS) {
      expect(p.roles[role], `${id} ${role}`).toBe(ref.raw[id]![col]);
      close(p.expected![role], ref.exp[id]![col], `${id} expected ${role}`);
      close(p.z![role], ref.z[id]![col], `${id} z ${role}`);
    }
  }
  for (const [col, role] of SNA_COLUMNS) {
    expect(result.totals[role], `total ${role}`).toBe(ref.raw_gli[col]);
    close(result.expectedTotals![role], ref.exp_gli[col], `expected total ${role}`);
    close(result.zTotals![role], ref.z_gli[col], `z total ${role}`);
  }
}

describe('Gould-Fernandez roles against R sna 2.7-1 brokerage()', () => {
  it('karate club, grouped by club (Mr. Hi / Officer)', () => {
    const result = brokerage(classicNetwork('karate'), { groupBy: 'club' });
    expectMatchesSna(result, sna.cases.karate!);
    expect(result.totals).toEqual({ coordinator: 510, itinerant: 20, representative: 128, gatekeeper: 128, liaison: 0, total: 786 });
    expect(result.groups).toEqual([
      { value: 'Mr. Hi', label: 'Mr. Hi', size: 17 },
      { value: 'Officer', label: 'Officer', size: 17 },
    ]);
    // Undirected ties count both ways, so representative and gatekeeper mirror each other.
    for (const p of result.partners) expect(p.roles.representative).toBe(p.roles.gatekeeper);
    expect(result.partners[0]!.id).toBe('33');
  });

  it('Florentine families, three groups (all five roles occur)', () => {
    const result = brokerage(classicNetwork('florentine'), { groupBy: (p) => florentineGroups[p.id] });
    expectMatchesSna(result, sna.cases.florentine!);
    expect(result.groupBy).toBe('function');
    expect(result.totals.liaison).toBe(14);
  });

  it('Les Misérables grouped by initial (many groups: the power-sum expectations)', () => {
    const result = brokerage(classicNetwork('lesmis'), { groupBy: (p) => p.id.slice(0, 1) });
    expect(result.groups.length).toBeGreaterThan(15);
    expectMatchesSna(result, sna.cases.lesmis!);
  });

  it('a mixed network: referrals and funding one way, parallel relationships merged, a partner with no sector', () => {
    const network = createNetwork(mixedInput);
    const result = brokerage(network);
    expectMatchesSna(result, sna.cases.mixed!);
    // Directed ties break the mirror between representative and gatekeeper.
    expect(result.totals.representative).toBe(4);
    expect(result.totals.gatekeeper).toBe(5);
    expect(result.groups.at(-1)).toEqual({ value: null, label: '(not recorded)', size: 1 });
    const hub = result.partners[0]!;
    expect(hub.id).toBe('hub');
    expect(hub.reason).toBe('hub brokers 17 connections between partners with no direct tie: 17 as liaison between two other sectors.');
  });

  it("missing: 'exclude' is sna on the partners with a group", () => {
    const result = brokerage(createNetwork(mixedInput), { missing: 'exclude' });
    expectMatchesSna(result, sna.cases['mixed-known']!);
    const cbo = result.partners.find((p) => p.id === 'cbo')!;
    expect(cbo).toMatchObject({ counted: false, group: null, expected: null, z: null });
    expect(cbo.reason).toBe('cbo is left out of the role counts: no sector recorded.');
    expect(cbo.effectiveSize).not.toBeNull();
    expect(result.counted).toBe(11);
  });

  it('directed: false counts every relationship both ways', () => {
    const network = createNetwork(mixedInput);
    const sym = brokerage(network, { directed: false });
    for (const p of sym.partners) expect(p.roles.representative).toBe(p.roles.gatekeeper);
  });
});

describe("Burt's effective size and constraint against NetworkX 2.8.8", () => {
  const cases: [string, () => PartnerNetwork][] = [
    ['karate', () => classicNetwork('karate')],
    ['florentine', () => classicNetwork('florentine')],
    ['kite', () => classicNetwork('kite')],
    ['lesmis', () => classicNetwork('lesmis')],
    ['mixed', () => createNetwork(mixedInput)],
  ];
  for (const [name, make] of cases) {
    for (const weighted of [false, true]) {
      it(`${name}, ${weighted ? 'weighted' : 'unweighted'}${name === 'mixed' ? ' (DiGraph)' : ''}`, () => {
        const ref = burt.graphs[name]![weighted ? 'weighted' : 'unweighted'];
        const result = brokerage(make(), { weighted });
        for (const p of result.partners) {
          close(p.effectiveSize, ref.effective_size[p.id]!, `${p.id} effective size`);
          close(p.constraint, ref.constraint[p.id]!, `${p.id} constraint`);
        }
        expect(result.partners).toHaveLength(Object.keys(ref.constraint).length);
      });
    }
  }

  it('a partner with no tie has neither', () => {
    const result = brokerage(createNetwork({ partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], relationships: [{ source: 'a', target: 'b' }] }));
    const c = result.partners.find((p) => p.id === 'c')!;
    expect(c.effectiveSize).toBeNull();
    expect(c.constraint).toBeNull();
    expect(c.reason).toBe('c brokers no connection: no two partners reach each other only through it.');
  });
});

describe('brokerage: groups, options, safety', () => {
  it('groups by sector by default with plain-language labels', () => {
    const network = createNetwork({
      partners: [
        { id: 'a', name: 'Alder School', sector: 'school' },
        { id: 'h', name: 'Hub', sector: 'out-of-school' },
        { id: 'b', name: 'Birch School', sector: 'school' },
        { id: 'm', name: 'Museum', sector: 'museum' },
      ],
      relationships: [
        { source: 'a', target: 'h' },
        { source: 'h', target: 'b' },
        { source: 'h', target: 'm' },
      ],
    });
    const result = brokerage(network);
    expect(result.groups.map((g) => g.label)).toEqual(['school or district', 'out-of-school-time programme', 'museum or science centre']);
    const hub = result.partners[0]!;
    expect(hub.roles).toEqual({ coordinator: 0, itinerant: 2, representative: 0, gatekeeper: 0, liaison: 4, total: 6 });
    expect(hub.reason).toBe(
      'Hub brokers 6 connections between partners with no direct tie: 4 as liaison between two other sectors, 2 as itinerant broker within another sector.',
    );
  });

  it('custom attributes, numbers vs strings, booleans, and hostile attribute names', () => {
    const network = createNetwork({
      partners: [
        { id: '__proto__', constructor: 1, internal: true },
        { id: 'constructor', constructor: '1', internal: false },
        { id: 'toString', constructor: 1, internal: true },
        { id: 'x', internal: false },
      ],
      relationships: [
        { source: '__proto__', target: 'constructor' },
        { source: 'constructor', target: 'toString' },
        { source: 'constructor', target: 'x' },
      ],
    });
    const byCustom = brokerage(network, { groupBy: 'constructor' });
    expect(byCustom.groups).toEqual([
      { value: 1, label: '1', size: 2 },
      { value: '1', label: '1', size: 1 },
      { value: null, label: '(not recorded)', size: 1 },
    ]);
    const broker = byCustom.partners[0]!;
    expect(broker.id).toBe('constructor');
    // __proto__ <-> toString (both group 1, broker '1'): itinerant both ways; with x: liaison.
    expect(broker.roles).toMatchObject({ itinerant: 2, liaison: 4, total: 6 });
    const byInternal = brokerage(network, { groupBy: 'internal' });
    expect(byInternal.groups.map((g) => g.value)).toEqual([true, false]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is deterministic, reuses a snapshot and never changes the network', () => {
    const network = createNetwork(mixedInput);
    const before = toJson(network);
    const a = brokerage(network);
    expect(brokerage(network, { snapshot: snapshot(network, { directed: true }) })).toEqual(a);
    expect(brokerage(createNetwork(mixedInput))).toEqual(a);
    expect(toJson(network)).toBe(before);
  });

  it('validates options at the door', () => {
    const network = classicNetwork('kite');
    const bad: [unknown, RegExp][] = [
      [{ groupBy: 3 }, /brokerage: groupBy must be an attribute name or a function; received 3/],
      [{ groupBy: '' }, /groupBy must be a non-empty attribute name/],
      [{ groupBy: () => ({}) }, /groupBy returned an object for partner "Andre"/],
      [{ missing: 'drop' }, /missing must be 'group' or 'exclude'; received "drop"/],
      [{ weighted: 'no' }, /weighted must be a boolean/],
      [{ directed: 1 }, /directed must be a boolean/],
      [{ snapshot: snapshot(network) }, /snapshot must be a directed view to match directed: true/],
      [{ kinds: ['friendship'] }, /kinds has an unknown value "friendship"/],
      [[], /brokerage: options must be an object; received an array/],
    ];
    for (const [options, message] of bad) {
      let error: unknown;
      try {
        brokerage(network, options as BrokerageOptions);
      } catch (e) {
        error = e;
      }
      expect(isPartnermapError(error), String(message)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('fewer than three partners: counts but no expectations', () => {
    const result = brokerage(createNetwork({ partners: [{ id: 'a' }, { id: 'b' }], relationships: [{ source: 'a', target: 'b' }] }));
    expect(result.expectedTotals).toBeNull();
    expect(result.totals.total).toBe(0);
    expect(result.partners[0]!.expected).toBeNull();
  });
});
