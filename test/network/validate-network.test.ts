import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { createNetwork, validateNetwork } from 'partnermap';

describe('validateNetwork', () => {
  it('finds nothing wrong in a clean network', () => {
    const network = createNetwork({ partners: [{ id: 'a', sector: 'school' }, { id: 'b' }], relationships: [{ source: 'a', target: 'b' }] });
    expect(validateNetwork(network)).toEqual([]);
  });

  it('finds what hand edits broke, with where', () => {
    const network = createNetwork({
      home: 'a',
      partners: [{ id: 'a', contacts: [{ name: 'Ana' }], pointOfContact: 'Ana' }, { id: 'b' }],
      relationships: [{ id: 'r1', source: 'a', target: 'b' }],
    });
    network.setNodeAttribute('a', 'sector', 'spaceport' as never);
    network.setNodeAttribute('b', 'pointOfContact', 'Zed');
    network.setEdgeAttribute('r1', 'strength', Number.NaN);
    network.addUndirectedEdgeWithKey('loop', 'b', 'b', { kind: 'known-tie' });
    network.setNodeAttribute('b', 'when', new Date(0) as never);
    network.setAttribute('home', 'gone');
    const found = validateNetwork(network).map((i) => [i.severity, i.code, i.where.partner ?? i.where.relationship ?? i.where.field]);
    expect(found).toEqual([
      ['error', 'unknown-sector', 'a'],
      ['warning', 'non-json-value', 'b'],
      ['error', 'invalid-number', 'r1'],
      ['warning', 'self-loop', 'loop'],
      ['error', 'unknown-home', 'home'],
      ['warning', 'unknown-point-of-contact', 'b'],
    ]);
  });

  it('flags an undirected referral added behind the API', () => {
    const network = createNetwork({ partners: [{ id: 'a' }, { id: 'b' }] });
    network.addUndirectedEdgeWithKey('x', 'a', 'b', { kind: 'referral' });
    expect(validateNetwork(network).map((i) => i.code)).toEqual(['undirected-referral']);
  });

  it('never throws, whatever it is given', () => {
    for (const value of [null, undefined, 42, 'graph', {}, [], new Graph(), { forEachNode: 1 }]) {
      expect(() => validateNetwork(value)).not.toThrow();
    }
    expect(validateNetwork(null)[0]!.code).toBe('invalid-network');
    const weird = new Graph();
    weird.addNode('x', { get status(): string { throw new Error('boom'); } } as never);
    expect(validateNetwork(weird).map((i) => i.code)).toEqual(['unreadable-record']);
  });
});
