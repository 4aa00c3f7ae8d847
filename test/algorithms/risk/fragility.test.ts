import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  fragility,
  isPartnermapError,
  keyPersonRisk,
  setHome,
  snapshot,
  toJson,
  type FragilityResult,
  type NetworkInput,
} from 'partnermap';
import { classicNetwork } from '../../fixtures/classic-networks';
import { HOSTILE_IDS } from '../../fixtures/hostile';

interface GraphReference {
  nodes: number;
  articulation_points: string[];
  bridges: [string, string][];
  local_bridges: [string, string, number | null][];
  components: number[];
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/risk/structure-reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, GraphReference>;
};
const mixedInput = JSON.parse(readFileSync(new URL('../../fixtures/brokerage/mixed-network.json', import.meta.url), 'utf8')) as NetworkInput;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const pairs = (list: [string, string][]): [string, string][] =>
  list.map((p) => [...p].sort(cmp) as [string, string]).sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));

function expectMatchesNetworkX(result: FragilityResult, ref: GraphReference): void {
  expect(result.partners).toBe(ref.nodes);
  expect(result.articulationPartners.map((a) => a.id).sort(cmp)).toEqual(ref.articulation_points);
  expect(pairs(result.bridges.map((b) => b.partners))).toEqual(ref.bridges);
  expect(result.localBridges.map((l) => [l.partners[0], l.partners[1], l.span === Infinity ? null : l.span])).toEqual(ref.local_bridges);
  expect(result.components.sizes).toEqual(ref.components);
}

describe('fragility on the classic networks (NetworkX 2.8.8 reference values)', () => {
  for (const name of ['karate', 'florentine', 'kite', 'lesmis'] as const) {
    it(`${name}: articulation points, bridges, local bridges with span, components`, () => {
      expectMatchesNetworkX(fragility(classicNetwork(name), { localBridgeSpans: true }), reference.graphs[name]!);
    });
  }

  it('karate: articulation partner {0}, bridge (0, 11)', () => {
    const result = fragility(classicNetwork('karate'));
    expect(result.articulationPartners.map((a) => a.id)).toEqual(['0']);
    expect(result.bridges.map((b) => b.partners)).toEqual([['0', '11']]);
    expect(result.bridges[0]!.relationships).toHaveLength(1);
    // No home: the best-connected partner (33, 17 ties) stands in; without 0,
    // 11 and the group {4, 5, 6, 10, 16} lose their way to it.
    expect(result.reference).toEqual({ kind: 'largest-component', id: '33', name: '33', componentSize: 34 });
    expect(result.articulationPartners[0]).toMatchObject({ cutOff: 6, separated: 6, pieces: 3, largestPiece: 27 });
    expect(result.bridges[0]).toMatchObject({ cutOff: 1, separated: 1 });
  });

  it('Florentine: articulation {Albizzi, Guadagni, Medici, Salviati}; with Medici as home', () => {
    const network = classicNetwork('florentine');
    setHome(network, 'Medici');
    const result = fragility(network);
    expect(result.reference).toMatchObject({ kind: 'home', id: 'Medici', componentSize: 15 });
    expect(result.articulationPartners.map((a) => [a.id, a.cutOff, a.pieces, a.largestPiece])).toEqual([
      // Medici is home: without it Acciaiuoli, {Salviati, Pazzi} and the other 11 fall apart.
      ['Medici', 3, 3, 11],
      ['Albizzi', 1, 2, 13],
      ['Guadagni', 1, 2, 13],
      ['Salviati', 1, 2, 13],
    ]);
    expect(result.articulationPartners[1]!.reason).toBe('if Albizzi left, 1 partner would lose its path to home (Medici).');
    expect(result.articulationPartners[0]!.reason).toBe(
      'if home (Medici) left, the partners around it would split into 3 groups that no longer reach each other; the largest keeps 11 partners.',
    );
    expect(result.bridges.map((b) => [b.partners, b.cutOff])).toEqual([
      [['Medici', 'Salviati'], 2],
      [['Albizzi', 'Ginori'], 1],
      [['Guadagni', 'Lamberteschi'], 1],
      [['Medici', 'Acciaiuoli'], 1],
      [['Salviati', 'Pazzi'], 1],
    ]);
  });

  it('Les Misérables (77 characters): 8 articulation points and 18 bridges', () => {
    const result = fragility(classicNetwork('lesmis'));
    expect(result.partners).toBe(77);
    expect(result.articulationPartners).toHaveLength(8);
    expect(result.bridges).toHaveLength(18);
    // Valjean is the stand-in for home (36 ties); Myriel alone ties seven
    // characters (Napoleon, CountessDeLo, Geborand, Champtercier, Cravatte,
    // Count, OldMan) to the rest.
    expect(result.reference.id).toBe('Valjean');
    const myriel = result.articulationPartners.find((a) => a.id === 'Myriel')!;
    expect(myriel).toMatchObject({ cutOff: 7, pieces: 8 });
  });

  it('the mixed network as a multigraph: two relationships between lib and ost2 are not a bridge', () => {
    const network = createNetwork(mixedInput);
    const result = fragility(network, { localBridgeSpans: true });
    expectMatchesNetworkX(result, reference.graphs.mixed!);
    expect(result.bridges.some((b) => b.partners.includes('ost2'))).toBe(false);
    const local = result.localBridges.find((l) => l.partners.join() === 'lib,ost2')!;
    expect(local.relationships).toHaveLength(2);
    expect(local.bridge).toBe(false);
    expect(local.span).toBe(Infinity);
  });
});

describe('fragility: reference, components and reasons', () => {
  const input: NetworkInput = {
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub' },
      { id: 'a', name: 'Alder School' },
      { id: 'b', name: 'Birch Library' },
      { id: 'c', name: 'Cedar Museum' },
      { id: 'd', name: 'Dogwood Makers' },
      { id: 'x', name: 'Xeric Club' },
      { id: 'y', name: 'Yew Youth' },
      { id: 'lone', name: 'Lone Co' },
      { id: 'p', name: 'Prospect Co', status: 'prospect' },
    ],
    relationships: [
      { id: 'r1', source: 'hub', target: 'a' },
      { id: 'r2', source: 'hub', target: 'b' },
      { id: 'r3', source: 'a', target: 'b' },
      { id: 'r4', source: 'b', target: 'c', kind: 'referral' },
      { id: 'r5', source: 'c', target: 'd' },
      { id: 'r6', source: 'x', target: 'y' },
      { id: 'r7', source: 'hub', target: 'p' },
    ],
  };

  it('measures against home and lists partners outside its component', () => {
    const result = fragility(createNetwork(input));
    expect(result.partners).toBe(8); // the prospect is left out
    expect(result.components).toEqual({ count: 3, sizes: [5, 2, 1] });
    expect(result.articulationPartners.map((a) => [a.id, a.cutOff])).toEqual([
      ['b', 2],
      ['c', 1],
    ]);
    expect(result.articulationPartners[0]!.reason).toBe(
      'if Birch Library left, 2 partners would lose their path to home (Valley STEM Hub).',
    );
    // The referral b -> c counts for connectivity, direction ignored.
    expect(result.bridges.map((b) => [b.partners, b.relationships, b.cutOff])).toEqual([
      [['b', 'c'], ['r4'], 2],
      [['c', 'd'], ['r5'], 1],
      [['x', 'y'], ['r6'], 0],
    ]);
    expect(result.outsideReference.map((p) => [p.id, p.componentSize])).toEqual([
      ['x', 2],
      ['y', 2],
      ['lone', 1],
    ]);
    expect(result.outsideReference[2]!.reason).toBe('Lone Co has no tie in the network, so no path to home (Valley STEM Hub).');
  });

  it('falls back to the largest component when home is left out of the view, and says so', () => {
    const network = createNetwork({ ...input, partners: input.partners!.map((p) => (p.id === 'hub' ? { ...p, status: 'former' } : p)) });
    const result = fragility(network);
    expect(result.reference.kind).toBe('largest-component');
    expect(result.reference.id).toBe('b');
    expect(result.reference.note).toMatch(/home "hub" is left out/);
  });

  it('home: null ignores home; home: id picks another reference', () => {
    const network = createNetwork(input);
    expect(fragility(network, { home: null }).reference).toMatchObject({ kind: 'largest-component', id: 'b' });
    const fromD = fragility(network, { home: 'd' });
    expect(fromD.reference).toMatchObject({ kind: 'home', id: 'd' });
    expect(fromD.articulationPartners.map((a) => [a.id, a.cutOff])).toEqual([
      ['c', 3],
      ['b', 2],
    ]);
  });

  it('statuses and kinds narrow the view; a reused snapshot gives the same result', () => {
    const network = createNetwork(input);
    expect(fragility(network, { statuses: 'all' }).partners).toBe(9);
    const noReferrals = fragility(network, { kinds: ['known-tie'] });
    expect(noReferrals.components.count).toBe(4);
    const view = snapshot(network);
    expect(fragility(network, { snapshot: view })).toEqual(fragility(network));
  });

  it('an empty network has no reference and nothing to report', () => {
    const result = fragility(createNetwork());
    expect(result.reference).toEqual({ kind: 'none', id: null, name: null, componentSize: 0 });
    expect(result.articulationPartners).toEqual([]);
    expect(result.keyPersons?.contacts).toEqual([]);
  });

  it('never changes the network', () => {
    const network = createNetwork(input);
    const before = toJson(network);
    fragility(network, { localBridgeSpans: true });
    expect(toJson(network)).toBe(before);
  });
});

describe('key-person risk', () => {
  const input: NetworkInput = {
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub', contacts: [{ id: 'maria', name: 'Maria Lopez' }, { name: 'Sam Lee' }] },
      { id: 'a', name: 'Alder School', contacts: [{ name: 'Ann Alder' }] },
      { id: 'b', name: 'Birch Library' },
      { id: 'c', name: 'Cedar Museum' },
      { id: 'd', name: 'Dogwood Makers' },
    ],
    relationships: [
      { id: 'r1', source: 'hub', target: 'a', contacts: ['maria'] },
      { id: 'r2', source: 'hub', target: 'b', contacts: ['maria'] },
      { id: 'r3', source: 'a', target: 'b', contacts: ['maria', 'Ann Alder'] },
      { id: 'r4', source: 'b', target: 'c', contacts: ['maria'] },
      { id: 'r5', source: 'b', target: 'c', contacts: ['Sam Lee'] },
      { id: 'r6', source: 'c', target: 'd', contacts: ['maria'] },
      { id: 'r7', source: 'hub', target: 'd' },
    ],
  };

  it('finds single-carrier relationships, ranks people by what they carry and what leaving would cost', () => {
    const risk = keyPersonRisk(createNetwork(input));
    expect(risk.relationshipsCounted).toBe(7);
    expect(risk.unrecordedCarriers).toBe(1);
    expect(risk.singleCarrier.map((s) => [s.contact, s.id])).toEqual([
      ['Sam Lee', 'r5'],
      ['maria', 'r1'],
      ['maria', 'r2'],
      ['maria', 'r4'],
      ['maria', 'r6'],
    ]);
    expect(risk.singleCarrier[1]!.reason).toBe('the relationship between Valley STEM Hub and Alder School rests on Maria Lopez alone.');
    const [maria, sam, ann] = risk.contacts; // Sam and Ann carry 1 each; Sam carries his alone
    // Without Maria: hub-a, hub-b and c-d go; b-c keeps Sam's relationship and
    // a-b Ann's, but a, b and c no longer reach home, which keeps only d.
    expect(maria).toMatchObject({
      key: 'maria',
      name: 'Maria Lopez',
      organisations: ['hub'],
      relationships: ['r1', 'r2', 'r3', 'r4', 'r6'],
      soleCarrierOf: ['r1', 'r2', 'r4', 'r6'],
      tiesLost: 3,
      cutOff: ['a', 'b', 'c'],
    });
    expect(maria!.reason).toBe(
      'Maria Lopez carries 5 relationships, 4 of them alone; if Maria Lopez left, 3 partners would lose their path to home (Valley STEM Hub).',
    );
    expect(ann).toMatchObject({ key: 'Ann Alder', organisations: ['a'], soleCarrierOf: [], tiesLost: 0, cutOff: [] });
    expect(sam).toMatchObject({ key: 'Sam Lee', soleCarrierOf: ['r5'], tiesLost: 0, cutOff: [] });
    expect(sam!.reason).toBe(
      'Sam Lee carries 1 relationship, 1 of them alone; if Sam Lee left, those relationships would go but every tie keeps another relationship.',
    );
  });

  it('finds partners whose every relationship rests on one person', () => {
    const risk = keyPersonRisk(createNetwork(input));
    expect(risk.dependentPartners.map((d) => [d.id, d.contact, d.relationships])).toEqual([]);
    const two = keyPersonRisk(
      createNetwork({
        partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
        relationships: [
          { id: 'r1', source: 'a', target: 'b', contacts: ['kim'] },
          { id: 'r2', source: 'b', target: 'c', contacts: ['kim'] },
          { id: 'r3', source: 'b', target: 'c', contacts: ['kim', 'kim'] },
        ],
      }),
    );
    expect(two.dependentPartners.map((d) => [d.id, d.contact, d.relationships])).toEqual([
      ['a', 'kim', ['r1']],
      ['b', 'kim', ['r1', 'r2', 'r3']],
      ['c', 'kim', ['r2', 'r3']],
    ]);
    expect(two.dependentPartners[1]!.reason).toBe("all 3 of b's relationships rest on kim alone.");
  });

  it('a tie recorded in both directions is lost when its one carrier leaves', () => {
    const risk = keyPersonRisk(
      createNetwork({
        home: 'a',
        partners: [{ id: 'a' }, { id: 'b' }],
        relationships: [
          { id: 'r1', source: 'a', target: 'b', kind: 'referral', contacts: ['kim'] },
          { id: 'r2', source: 'b', target: 'a', contacts: ['kim'] },
        ],
      }),
    );
    expect(risk.contacts[0]).toMatchObject({ key: 'kim', soleCarrierOf: ['r1', 'r2'], tiesLost: 1, cutOff: ['b'] });
  });

  it('is part of fragility unless keyPersons is false', () => {
    const network = createNetwork(input);
    expect(fragility(network).keyPersons).toEqual(keyPersonRisk(network));
    expect(fragility(network, { keyPersons: false }).keyPersons).toBeNull();
  });
});

describe('hostile ids and option checks', () => {
  it('works with ids named like Object.prototype members', () => {
    const ids = HOSTILE_IDS;
    const network = createNetwork({
      home: ids[0],
      partners: ids.map((id) => ({ id, contacts: [{ id: '__proto__', name: 'Proto' }] })),
      relationships: ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id, contacts: ['__proto__'] })),
    });
    const result = fragility(network, { localBridgeSpans: true });
    // A path: every inner partner is an articulation point, every relationship a bridge.
    expect(result.articulationPartners.map((a) => a.id).sort()).toEqual(ids.slice(1, -1).slice().sort());
    expect(result.bridges).toHaveLength(ids.length - 1);
    expect(result.articulationPartners.find((a) => a.id === 'constructor')!.cutOff).toBe(ids.length - 2);
    const proto = result.keyPersons!.contacts[0]!;
    expect(proto.key).toBe('__proto__');
    expect(proto.cutOff).toHaveLength(ids.length - 1);
    expect(result.keyPersons!.dependentPartners).toHaveLength(ids.length);
  });

  it('validates options at the door', () => {
    const network = classicNetwork('kite');
    const bad: [unknown, RegExp][] = [
      [{ directed: true }, /fragility: directed must be false/],
      [{ localBridgeSpans: 'yes' }, /localBridgeSpans must be a boolean; received "yes"/],
      [{ keyPersons: 1 }, /keyPersons must be a boolean; received 1/],
      [{ home: 'nobody' }, /no partner has home "nobody"/],
      [{ snapshot: snapshot(network, { directed: true }) }, /snapshot must be an undirected view/],
      [{ snapshot: {} }, /snapshot must be a NetworkSnapshot/],
      [{ statuses: ['gone'] }, /statuses has an unknown value "gone"/],
      [{ asOf: 'soon' }, /asOf must be an ISO 8601 date/],
      [null, /options must be an object/],
    ];
    for (const [options, message] of bad) {
      let error: unknown;
      try {
        fragility(network, options as never);
      } catch (e) {
        error = e;
      }
      expect(isPartnermapError(error), String(message)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
    expect(() => keyPersonRisk({} as never)).toThrow(/keyPersonRisk: the given network is not a graphology graph/);
  });
});
