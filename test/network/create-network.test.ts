import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  getHome,
  getPartner,
  isPartnermapError,
  listPartners,
  listRelationships,
  nodeKey,
  PartnermapError,
} from 'partnermap';
import { HOSTILE_IDS } from '../fixtures/hostile';

function thrown(fn: () => unknown): PartnermapError {
  try {
    fn();
  } catch (error) {
    if (isPartnermapError(error)) return error;
    throw error;
  }
  throw new Error('expected a PartnermapError');
}

describe('createNetwork', () => {
  it('creates an empty mixed multi graph', () => {
    const network = createNetwork();
    expect(network.order).toBe(0);
    expect(network.type).toBe('mixed');
    expect(network.multi).toBe(true);
  });

  it('fills defaults and keeps custom attributes untouched', () => {
    const network = createNetwork({
      name: 'Test map',
      home: 'hub',
      attributes: { region: 'north' },
      partners: [{ id: 'hub', sector: 'out-of-school', county: 'Cedar', nested: { a: [1, 2] } }, { id: 'lib' }],
    });
    expect(getPartner(network, 'lib')).toEqual({ id: 'lib', name: 'lib', status: 'active' });
    expect(getPartner(network, 'hub')).toMatchObject({ county: 'Cedar', nested: { a: [1, 2] }, sector: 'out-of-school' });
    expect(getHome(network)).toBe('hub');
    expect(network.getAttributes()).toEqual({ region: 'north', name: 'Test map', home: 'hub' });
  });

  it('directs referrals and funding by default, not partnerships', () => {
    const network = createNetwork({
      partners: [{ id: 'a' }, { id: 'b' }],
      relationships: [
        { source: 'a', target: 'b', kind: 'referral' },
        { source: 'a', target: 'b', kind: 'funding' },
        { source: 'a', target: 'b', kind: 'partnership' },
        { source: 'a', target: 'b' },
        { source: 'a', target: 'b', kind: 'known-tie', directed: true },
      ],
    });
    expect(listRelationships(network).map((r) => [r.kind, r.directed])).toEqual([
      ['referral', true],
      ['funding', true],
      ['partnership', false],
      ['known-tie', false],
      ['known-tie', true],
    ]);
  });

  it('generates relationship ids that never take an id a later record asks for', () => {
    const network = createNetwork({
      partners: [{ id: 'a' }, { id: 'b' }],
      relationships: [{ source: 'a', target: 'b' }, { id: 'r1', source: 'b', target: 'a' }, { source: 'a', target: 'b' }],
    });
    expect(listRelationships(network).map((r) => r.id)).toEqual(['r2', 'r1', 'r3']);
  });

  it('accepts every hostile id as an ordinary id, without polluting anything', () => {
    const ids = [...HOSTILE_IDS, 'partnermap:x'];
    const network = createNetwork({
      home: '__proto__',
      partners: ids.map((id) => ({ id, sector: 'library' })),
      relationships: ids.slice(1).map((id) => ({ source: '__proto__', target: id, kind: 'partnership' })),
    });
    expect(listPartners(network).map((p) => p.id)).toEqual(ids);
    expect(network.degree(nodeKey('__proto__'))).toBe(ids.length - 1);
    expect(network.neighbors(nodeKey('__proto__'))).toHaveLength(ids.length - 1);
    expect(nodeKey('partnermap:x')).toBe('partnermap:partnermap:x');
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reports every problem at once, each with its path', () => {
    const error = thrown(() =>
      createNetwork({
        home: 'nobody',
        partners: [
          { id: 'a', sector: 'museums' as never },
          { id: 'a' },
          { id: '' },
          { id: 'b', joined: '2024-02-30' },
          { id: 'c', status: 'ACTIVE' as never },
        ],
        relationships: [
          { source: 'a', target: 'zzz' },
          { source: 'a', target: 'b', strength: Number.NaN },
          { source: 'a', target: 'b', kind: 'referral', directed: false },
        ],
      }),
    );
    expect(error.code).toBe('invalid-record');
    expect(error.message.startsWith('createNetwork: ')).toBe(true);
    const byCode = Object.fromEntries(error.issues.map((i) => [i.code, i.where.path]));
    expect(byCode).toEqual({
      'unknown-sector': 'partners[0].sector',
      'duplicate-partner': 'partners[1].id',
      'empty-id': 'partners[2].id',
      'invalid-date': 'partners[3].joined',
      'unknown-status': 'partners[4].status',
      'dangling-relationship': 'relationships[0].target',
      'invalid-number': 'relationships[1].strength',
      'undirected-referral': 'relationships[2].directed',
      'unknown-home': undefined,
    });
    expect(error.issues.find((i) => i.code === 'unknown-sector')!.message).toContain('did you mean "museum"');
    expect(error.issues.find((i) => i.code === 'unknown-status')!.message).toContain('did you mean "active"');
  });

  it('refuses non-finite and non-positive strengths, naming the value', () => {
    for (const strength of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, '2' as never]) {
      const error = thrown(() =>
        createNetwork({ partners: [{ id: 'a' }, { id: 'b' }], relationships: [{ source: 'a', target: 'b', strength }] }),
      );
      expect(error.issues[0]!.code).toBe('invalid-number');
      expect(error.message).toContain(`received ${typeof strength === 'string' ? '"2"' : String(strength)}`);
    }
  });

  it('reads a numeric id as a string and says so', () => {
    const network = createNetwork({ partners: [{ id: 7 as never }] });
    expect(listPartners(network)[0]!.id).toBe('7');
  });

  it('rejects a non-object partner with a clear message', () => {
    const error = thrown(() => createNetwork({ partners: ['a' as never] }));
    expect(error.message).toBe('createNetwork: error [invalid-record] partners[0]: a partner must be an object; received "a"');
  });
});
