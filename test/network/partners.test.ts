import { describe, expect, it } from 'vitest';
import {
  addPartner,
  addRelationship,
  createNetwork,
  getHome,
  getPartner,
  hasPartner,
  isPartnermapError,
  listPartners,
  removePartner,
  setHome,
  updatePartner,
} from 'partnermap';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPartnermapError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('partner operations', () => {
  it('adds, reads and lists partners in insertion order', () => {
    const network = createNetwork();
    expect(addPartner(network, { id: 'b', sector: 'library' })).toEqual({ id: 'b', name: 'b', sector: 'library', status: 'active' });
    addPartner(network, { id: 'a', status: 'prospect', identified: '2024-03' });
    expect(listPartners(network).map((p) => p.id)).toEqual(['b', 'a']);
    expect(hasPartner(network, 'a')).toBe(true);
    expect(hasPartner(network, 'z')).toBe(false);
  });

  it('returns copies: editing a result does not edit the network', () => {
    const network = createNetwork({ partners: [{ id: 'a', tags: ['x'] }] });
    const partner = getPartner(network, 'a');
    partner.name = 'changed';
    expect(getPartner(network, 'a').name).toBe('a');
  });

  it('refuses duplicates, unknown ids and bad fields, naming them', () => {
    const network = createNetwork({ partners: [{ id: 'a' }] });
    expect(code(() => addPartner(network, { id: 'a' }))).toBe('duplicate-partner: addPartner: a partner with id "a" already exists.');
    expect(code(() => getPartner(network, 'nope'))).toBe('unknown-partner: getPartner: no partner has id "nope".');
    expect(code(() => addPartner(network, { id: 'b', internal: 'yes' as never }))).toContain(
      'invalid-record: addPartner: error [invalid-type] field internal: internal must be true or false; received "yes"',
    );
    expect(code(() => addPartner(network, { id: 'c', contacts: [{ role: 'x' } as never] }))).toContain('contacts[0].name must be a string');
    expect(code(() => getPartner({} as never, 'a'))).toContain('invalid-network: getPartner: the given network is not a graphology graph');
  });

  it('updates, removes attributes with undefined, and validates the result', () => {
    const network = createNetwork({ partners: [{ id: 'a', sector: 'school', notes: 'n', custom: 1 }] });
    const updated = updatePartner(network, 'a', { sector: 'library', notes: undefined, custom: 2 });
    expect(updated).toEqual({ id: 'a', name: 'a', sector: 'library', status: 'active', custom: 2 });
    expect(code(() => updatePartner(network, 'a', { sector: 'moon' as never }))).toContain('unknown-sector');
    expect(getPartner(network, 'a').sector).toBe('library');
    expect(code(() => updatePartner(network, 'a', { status: undefined }))).toBe('invalid-argument: updatePartner: status cannot be removed.');
    expect(code(() => updatePartner(network, 'a', { id: 'b' } as never))).toContain('a partner id cannot change');
  });

  it('keeps a custom attribute named __proto__ as data', () => {
    const network = createNetwork({ partners: [{ id: 'a' }] });
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c"}') as Record<string, unknown>;
    updatePartner(network, 'a', patch);
    const partner = getPartner(network, 'a') as Record<string, unknown>;
    expect(Object.hasOwn(partner, '__proto__')).toBe(true);
    expect(partner.constructor).toBe('c');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('removes a partner with its relationships and clears home', () => {
    const network = createNetwork({
      home: 'a',
      partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      relationships: [
        { id: 'x', source: 'a', target: 'b' },
        { id: 'y', source: 'b', target: 'c' },
        { id: 'z', source: 'c', target: 'a', kind: 'referral' },
      ],
    });
    const removed = removePartner(network, 'a');
    expect(removed.partner.id).toBe('a');
    expect(removed.relationships.map((r) => r.id).sort()).toEqual(['x', 'z']);
    expect(network.size).toBe(1);
    expect(getHome(network)).toBeUndefined();
    expect(code(() => setHome(network, 'a'))).toBe('unknown-partner: setHome: no partner has id "a".');
    setHome(network, 'b');
    expect(getHome(network)).toBe('b');
  });

  it('removes hostile-id partners too', () => {
    const network = createNetwork({
      partners: [{ id: '__proto__' }, { id: 'constructor' }, { id: 'a' }],
      relationships: [
        { source: '__proto__', target: 'constructor' },
        { source: 'a', target: '__proto__', kind: 'referral' },
      ],
    });
    addRelationship(network, { source: 'constructor', target: 'a' });
    expect(removePartner(network, '__proto__').relationships).toHaveLength(2);
    expect(listPartners(network).map((p) => p.id)).toEqual(['constructor', 'a']);
    expect(network.size).toBe(1);
  });
});
