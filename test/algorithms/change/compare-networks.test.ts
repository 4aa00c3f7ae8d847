import { describe, expect, it } from 'vitest';
import {
  addPartner,
  addRelationship,
  compareNetworks,
  createNetwork,
  exampleNetwork,
  fromJson,
  listRelationships,
  removePartner,
  toJson,
  toJsonData,
  updatePartner,
  updateRelationship,
} from 'partnermap';

describe('compareNetworks', () => {
  it('finds nothing between two copies of the same map', () => {
    const result = compareNetworks(exampleNetwork(), exampleNetwork());
    expect(result.partners).toEqual({ added: [], removed: [], changed: [], statusMoves: [] });
    expect(result.relationships.added).toEqual([]);
    expect(result.relationships.removed).toEqual([]);
    expect(result.relationships.changed).toEqual([]);
    expect(result.hubs!.moved).toEqual([]);
    expect(result.communities!.stability).toBe(1);
    expect(result.fragility).toEqual({ newArticulationPartners: [], resolvedArticulationPartners: [], newBridges: [], resolvedBridges: [] });
    expect(result.summary.startsWith('No partner joined the map.')).toBe(true);
  });

  it('matches relationships of two imports of the same spreadsheet even when their ids were regenerated', () => {
    const data = toJsonData(exampleNetwork());
    const reimported = fromJson({ ...data, relationships: [...data.relationships].reverse().map(({ id: _id, ...rest }) => rest) }, { strict: true }).network;
    const result = compareNetworks(exampleNetwork(), reimported, { structure: false });
    expect(result.relationships.kept).toBe(data.relationships.length);
    expect(result.relationships.added).toEqual([]);
    expect(result.relationships.removed).toEqual([]);
    expect(result.hubs).toBeNull();
  });

  it('reports a year of growth: joins, departures, status moves, ladder moves, hubs and summary', () => {
    const before = exampleNetwork();
    const after = exampleNetwork();
    const beforeText = toJson(before);
    addPartner(after, { id: 'new-school', name: 'Ridge Elementary', sector: 'school' });
    addPartner(after, { id: 'new-library', name: 'Cedar County Library', sector: 'library' });
    addRelationship(after, { source: 'cvscc', target: 'new-school', kind: 'partnership', level: 'consultation' });
    addRelationship(after, { source: 'new-school', target: 'new-library', kind: 'known-tie' });
    const prospect = listRelationships(after).find((r) => r.kind === 'partnership' && r.level === 'information')!;
    updateRelationship(after, prospect.id, { level: 'acting-together' });
    const leaving = toJsonData(after).partners.find((p) => p.status === 'former')!;
    removePartner(after, leaving.id);
    const promoted = toJsonData(after).partners.find((p) => p.status === 'contacted')!;
    updatePartner(after, promoted.id, { status: 'active' });

    const result = compareNetworks(before, after);
    expect(result.partners.added.map((p) => p.id)).toEqual(['new-school', 'new-library']);
    expect(result.partners.removed.map((p) => p.id)).toEqual([leaving.id]);
    expect(result.partners.changed).toEqual([
      { id: promoted.id, name: promoted.name, changes: [{ field: 'status', before: 'contacted', after: 'active' }] },
    ]);
    expect(result.partners.statusMoves).toEqual([{ from: 'contacted', to: 'active', count: 1 }]);
    expect(result.relationships.added).toHaveLength(2);
    expect(result.relationships.changed).toEqual([
      expect.objectContaining({ id: prospect.id, ladder: 'up', changes: [{ field: 'level', before: 'information', after: 'acting-together' }] }),
    ]);
    expect(result.relationships.removed.every((r) => r.source === leaving.id || r.target === leaving.id)).toBe(true);
    expect(result.summary).toContain('2 partners joined the map (1 library, 1 school or district)');
    expect(result.summary).toContain('1 partner became active.');
    expect(result.summary).toContain('1 partnership moved up the participation ladder');
    expect(result.summary).toMatch(/stability \d\.\d\d on a 0-1 scale/);
    expect(toJson(before)).toBe(beforeText);
  });

  it('finds new and resolved single points of failure', () => {
    const partners = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    const triangle = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'a' },
      { source: 'a', target: 'd' },
    ];
    const before = createNetwork({ partners, relationships: [...triangle, { source: 'b', target: 'd' }] });
    const after = createNetwork({ partners, relationships: triangle });
    const forward = compareNetworks(before, after);
    expect(forward.fragility).toEqual({
      newArticulationPartners: ['a'],
      resolvedArticulationPartners: [],
      newBridges: [['a', 'd']],
      resolvedBridges: [],
    });
    expect(forward.summary).toContain('New single points of failure: a.');
    expect(compareNetworks(after, before).fragility!.resolvedArticulationPartners).toEqual(['a']);
  });

  it('checks options at the door', () => {
    const n = createNetwork();
    expect(() => compareNetworks(n, n, { topHubs: 0 })).toThrow('compareNetworks: topHubs must be a positive integer; received 0.');
    expect(() => compareNetworks(n, n, { seed: -1 })).toThrow('compareNetworks: seed must be an integer');
    expect(() => compareNetworks(n, {} as never)).toThrow('compareNetworks: the given network is not a graphology graph');
  });
});
