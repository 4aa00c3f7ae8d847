import { describe, expect, it } from 'vitest';
import {
  addRelationship,
  createNetwork,
  getRelationship,
  hasRelationship,
  isPartnermapError,
  relationshipsOf,
  removeRelationship,
  updateRelationship,
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

const base = () =>
  createNetwork({
    partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    relationships: [{ id: 'r1', source: 'a', target: 'b', kind: 'partnership', level: 'consultation' }],
  });

describe('relationship operations', () => {
  it('adds with generated ids and reads back', () => {
    const network = base();
    const added = addRelationship(network, { source: 'b', target: 'c', kind: 'referral', since: '2024-05-01' });
    expect(added).toEqual({ id: 'r2', source: 'b', target: 'c', directed: true, kind: 'referral', since: '2024-05-01' });
    expect(getRelationship(network, 'r2')).toEqual(added);
    expect(hasRelationship(network, 'r2')).toBe(true);
    // Two organisations can share several relationships.
    addRelationship(network, { source: 'a', target: 'b', kind: 'known-tie' });
    expect(relationshipsOf(network, 'a').map((r) => r.id).sort()).toEqual(['r1', 'r3']);
  });

  it('refuses unknown endpoints, duplicate ids and bad fields', () => {
    const network = base();
    expect(code(() => addRelationship(network, { source: 'a', target: 'q' }))).toBe(
      'unknown-partner: addRelationship: no partner has target "q".',
    );
    expect(code(() => addRelationship(network, { id: 'r1', source: 'a', target: 'c' }))).toBe(
      'duplicate-relationship: addRelationship: a relationship with id "r1" already exists.',
    );
    expect(code(() => addRelationship(network, { source: 'a', target: 'c', level: 'high' as never }))).toContain('unknown-level');
    expect(code(() => addRelationship(network, { source: 'a', target: 'c', since: 'last year' }))).toContain('invalid-date');
    expect(code(() => getRelationship(network, 'nope'))).toBe('unknown-relationship: getRelationship: no relationship has id "nope".');
  });

  it('updates attributes but never endpoints or direction', () => {
    const network = base();
    expect(updateRelationship(network, 'r1', { level: 'acting-together', commitment: 'long-term' })).toMatchObject({
      level: 'acting-together',
      commitment: 'long-term',
    });
    expect(updateRelationship(network, 'r1', { level: undefined })).not.toHaveProperty('level');
    expect(code(() => updateRelationship(network, 'r1', { source: 'c' } as never))).toContain('source cannot change');
    expect(code(() => updateRelationship(network, 'r1', { directed: true } as never))).toContain('directed cannot change');
    expect(code(() => updateRelationship(network, 'r1', { kind: undefined }))).toContain('kind cannot be removed');
  });

  it('removes and returns the relationship', () => {
    const network = base();
    expect(removeRelationship(network, 'r1').id).toBe('r1');
    expect(network.size).toBe(0);
    expect(code(() => removeRelationship(network, 'r1'))).toContain('unknown-relationship');
  });

  it('works between hostile ids', () => {
    const network = createNetwork({ partners: [{ id: '__proto__' }, { id: 'toString' }] });
    addRelationship(network, { id: 'constructor', source: 'toString', target: '__proto__', kind: 'referral' });
    expect(getRelationship(network, 'constructor')).toMatchObject({ source: 'toString', target: '__proto__', directed: true });
    expect(relationshipsOf(network, '__proto__')).toHaveLength(1);
    removeRelationship(network, 'constructor');
    expect(relationshipsOf(network, 'toString')).toHaveLength(0);
  });
});
