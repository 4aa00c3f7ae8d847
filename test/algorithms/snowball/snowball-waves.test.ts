import { describe, expect, it } from 'vitest';
import { createNetwork, exampleNetwork, isPartnermapError, listPartners, snowballWaves, toJson, type RelationshipInput } from 'partnermap';

const referral = (source: string, target: string, since?: string): RelationshipInput =>
  since === undefined ? { source, target, kind: 'referral' } : { source, target, kind: 'referral', since };

function grown() {
  return createNetwork({
    home: 'home',
    partners: [
      { id: 'home' },
      { id: 'a', name: 'District', joined: '2022-09-01' },
      { id: 'b', joined: '2023-01-10' },
      { id: 'c', joined: '2023-02-01' },
      { id: 'd', joined: '2024-03-01', status: 'former' },
      { id: 'e', joined: '2023-05-01' },
      { id: 'f', joined: '2024-05-01' },
      { id: 'g' },
      { id: 'h' },
      { id: 'k', joined: '2024-01-01' },
      { id: 'own', joined: '2022-10-01' },
      { id: 'p', status: 'prospect' },
    ],
    relationships: [
      referral('a', 'b', '2022-12-01'),
      referral('b', 'c', '2023-01-20'),
      referral('a', 'c', '2023-01-25'),
      referral('c', 'd', '2024-02-01'),
      // f introduced e after e had joined: it does not count.
      referral('f', 'e', '2024-06-01'),
      referral('a', 'f', '2024-04-01'),
      // g and h introduced each other, nobody else introduced either; k came through h.
      referral('h', 'g'),
      referral('g', 'h'),
      referral('h', 'k'),
      // home's own contact.
      referral('home', 'own', '2022-09-15'),
      referral('d', 'p', '2025-01-01'),
      { source: 'a', target: 'b', kind: 'partnership' },
    ],
  });
}

describe('snowballWaves', () => {
  it('assigns waves by breadth-first search from partners nobody introduced', () => {
    const result = snowballWaves(grown());
    const wave = new Map(result.partners.map((p) => [p.id, p]));
    expect(wave.get('a')).toMatchObject({ wave: 0, introducers: [], joinedNetwork: true });
    expect(wave.get('a')!.introducer).toBeUndefined();
    expect(wave.get('b')).toMatchObject({ wave: 1, introducer: 'a', introducers: ['a'] });
    // Two introducers: the earliest wave wins, and the introducer from the wave before is the primary.
    expect(wave.get('c')).toMatchObject({ wave: 1, introducer: 'a', introducers: ['b', 'a'] });
    expect(wave.get('d')).toMatchObject({ wave: 2, introducer: 'c', status: 'former', joinedNetwork: true });
    expect(wave.get('e')).toMatchObject({ wave: 0, introducers: [] });
    expect(wave.get('f')).toMatchObject({ wave: 1, introducer: 'a' });
    expect(wave.get('own')).toMatchObject({ wave: 0, introducers: [] });
    expect(wave.get('p')).toMatchObject({ wave: 3, introducer: 'd', joinedNetwork: false });
    expect(wave.has('home')).toBe(false);
  });

  it('breaks a circle of introductions at the member recorded first, and records it', () => {
    const result = snowballWaves(grown());
    const wave = new Map(result.partners.map((p) => [p.id, p]));
    expect(result.cyclesBroken).toEqual(['g']);
    expect(wave.get('g')).toMatchObject({ wave: 0, cycleBroken: true, introducers: ['h'] });
    expect(wave.get('h')).toMatchObject({ wave: 1, introducer: 'g' });
    // k hangs below the circle: it is not a circle member, so it is not made wave 0.
    expect(wave.get('k')).toMatchObject({ wave: 2, introducer: 'h' });
    expect(wave.get('k')!.cycleBroken).toBeUndefined();
  });

  it('with join dates, the member of a circle who joined first starts it', () => {
    const network = createNetwork({
      partners: [{ id: 'x', joined: '2024-01-01' }, { id: 'y', joined: '2023-01-01' }],
      relationships: [referral('x', 'y'), referral('y', 'x')],
    });
    expect(snowballWaves(network).cyclesBroken).toEqual(['y']);
  });

  it('lists ignored referrals with the reason', () => {
    const result = snowballWaves(grown());
    expect(result.ignoredReferrals).toHaveLength(1);
    expect(result.ignoredReferrals[0]).toMatchObject({ source: 'f', target: 'e' });
    expect(result.ignoredReferrals[0]!.reason).toContain('after e joined on 2023-05-01');
  });

  it('totals per wave (joined and pipeline) and per year, and ranks introducers', () => {
    const result = snowballWaves(grown());
    expect(result.waves).toEqual([
      { wave: 0, joined: 4, pipeline: 0 },
      { wave: 1, joined: 4, pipeline: 0 },
      { wave: 2, joined: 2, pipeline: 0 },
      { wave: 3, joined: 0, pipeline: 1 },
    ]);
    expect(result.years).toEqual([
      { year: 2022, joined: 2, byWave: [2, 0, 0, 0] },
      { year: 2023, joined: 3, byWave: [1, 2, 0, 0] },
      { year: 2024, joined: 3, byWave: [0, 1, 2, 0] },
      { year: null, joined: 2, byWave: [1, 1, 0, 0] },
    ]);
    expect(result.introducers[0]).toMatchObject({ id: 'a', name: 'District', introduced: 3, primary: 3, pending: 0, wave: 0, introducedIds: ['b', 'c', 'f'] });
    const d = result.introducers.find((i) => i.id === 'd')!;
    expect(d).toMatchObject({ introduced: 0, pending: 1, introducedIds: ['p'] });
    expect(result.introducers.some((i) => i.id === 'home')).toBe(false);
    // b introduced c, but c reached wave 1 through a: b is not c's primary introducer.
    expect(result.introducers.find((i) => i.id === 'b')).toMatchObject({ introduced: 1, primary: 0 });
  });

  it('asOf: the waves as they stood on a date', () => {
    const result = snowballWaves(grown(), { asOf: '2023-12-31' });
    const wave = new Map(result.partners.map((p) => [p.id, p]));
    expect(wave.get('d')!.joinedNetwork).toBe(false);
    expect(wave.get('f')).toMatchObject({ wave: 0, introducers: [] });
    expect(result.ignoredReferrals.map((r) => r.reason)).toContain('dated after 2023-12-31');
  });

  it('on the example network: every introduced partner is one wave after its introducer', () => {
    const network = exampleNetwork();
    const before = toJson(network);
    const result = snowballWaves(network);
    expect(toJson(network)).toBe(before);
    const wave = new Map(result.partners.map((p) => [p.id, p.wave]));
    expect(result.partners).toHaveLength(listPartners(network).length - 1);
    for (const p of result.partners) {
      if (p.introducer !== undefined) expect(p.wave).toBe(wave.get(p.introducer)! + 1);
      else expect(p.wave === 0).toBe(true);
      for (const i of p.introducers) if (wave.has(i)) expect(wave.get(i)!).toBeGreaterThanOrEqual(p.wave - 1);
    }
    const joined = result.partners.filter((p) => p.joinedNetwork).length;
    expect(result.waves.reduce((s, w) => s + w.joined, 0)).toBe(joined);
    expect(result.years.reduce((s, y) => s + y.joined, 0)).toBe(joined);
    expect(result.waves.length).toBeGreaterThanOrEqual(3);
    expect(result.introducers[0]!.introduced).toBeGreaterThanOrEqual(result.introducers[1]!.introduced);
  });

  it('handles hostile ids and checks its options', () => {
    const network = createNetwork({
      home: 'constructor',
      partners: [{ id: 'constructor' }, { id: '__proto__' }, { id: 'toString' }],
      relationships: [referral('__proto__', 'toString'), referral('constructor', '__proto__')],
    });
    const result = snowballWaves(network);
    expect(result.partners.map((p) => [p.id, p.wave])).toEqual([
      ['__proto__', 0],
      ['toString', 1],
    ]);
    expect(result.home).toBe('constructor');
    expect(() => snowballWaves(network, { asOf: 'soon' })).toThrow(/snowballWaves: asOf must be an ISO 8601 date/);
    expect(() => snowballWaves({} as never)).toThrow(/snowballWaves: /);
    try {
      snowballWaves(network, null as never);
    } catch (error) {
      expect(isPartnermapError(error)).toBe(true);
    }
  });
});
