import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createNetwork, fromJson, isPartnermapError, toJson, validateNetwork, addPartner, hasPartner, listPartners, removePartner, listRelationships } from 'partnermap';
import { networkArbitrary, networkInputArbitrary } from './arbitraries';

describe('model invariants', () => {
  test.prop([networkArbitrary()], { numRuns: 60 })('JSON round trip is lossless and stable', (network) => {
    const text = toJson(network);
    const { network: back, issues } = fromJson(text, { strict: true });
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(toJson(back)).toBe(text);
    expect(back.order).toBe(network.order);
    expect(back.size).toBe(network.size);
  });

  test.prop([networkArbitrary()], { numRuns: 60 })('a network built by createNetwork validates clean', (network) => {
    const problems = validateNetwork(network).filter((i) => i.severity === 'error');
    expect(problems).toEqual([]);
  });

  test.prop([fc.anything()], { numRuns: 200 })('validateNetwork never throws, fromJson never throws without strict', (value) => {
    expect(Array.isArray(validateNetwork(value))).toBe(true);
    expect(() => fromJson(value)).not.toThrow();
    expect(() => fromJson(JSON.stringify(value) ?? 'undefined')).not.toThrow();
  });

  test.prop([fc.array(fc.anything(), { maxLength: 4 })], { numRuns: 150 })(
    'createNetwork either builds or throws a PartnermapError',
    (partners) => {
      try {
        createNetwork({ partners: partners as never });
      } catch (error) {
        expect(isPartnermapError(error)).toBe(true);
      }
    },
  );

  test.prop([networkInputArbitrary({ maxPartners: 8 })], { numRuns: 40 })(
    'removing a partner removes exactly its relationships, whatever the ids',
    (input) => {
      const network = createNetwork(input);
      const ids = listPartners(network).map((p) => p.id);
      if (ids.length === 0) return;
      const victim = ids[0]!;
      const before = listRelationships(network);
      removePartner(network, victim);
      const after = listRelationships(network);
      expect(after).toEqual(before.filter((r) => r.source !== victim && r.target !== victim));
      expect(hasPartner(network, victim)).toBe(false);
      addPartner(network, { id: victim });
      expect(hasPartner(network, victim)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
