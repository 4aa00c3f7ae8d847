import { describe, expect, it } from 'vitest';
import { createNetwork, exampleNetwork, toJson, whomToAsk } from 'partnermap';

function valley() {
  return createNetwork({
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub' },
      { id: 'school', name: 'Valley Middle School', sector: 'school' },
      { id: 'museum', name: 'River Museum', sector: 'museum' },
      { id: '__proto__', name: 'Proto Robotics', sector: 'stem-company' },
      { id: 'quiet', name: 'Quiet Partner' },
      { id: 'lib', name: 'Town Library', sector: 'library', status: 'prospect' },
      { id: 'bank', name: 'First Bank', sector: 'business', status: 'prospect' },
      { id: 'farm', name: 'Green Farm', sector: 'business', status: 'contacted' },
      { id: 'lonely', name: 'Lonely Lab', sector: 'research', status: 'prospect' },
      { id: 'gone', name: 'Gone Org', status: 'former' },
    ],
    relationships: [
      { source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together' },
      { source: 'hub', target: 'museum', kind: 'partnership', level: 'consultation' },
      { source: 'hub', target: '__proto__', kind: 'partnership' },
      { source: 'hub', target: 'quiet', kind: 'partnership' },
      { source: 'school', target: 'lib', kind: 'known-tie' },
      { source: 'museum', target: 'lib', kind: 'referral', since: '2024-03-01' },
      { source: '__proto__', target: 'bank', kind: 'known-tie' },
      { source: '__proto__', target: 'farm', kind: 'known-tie', strength: 2 },
      { source: 'school', target: 'gone' },
    ],
  });
}

describe('whomToAsk', () => {
  it('ranks partners by doors, then doors only they open, with the doors listed', () => {
    const result = whomToAsk(valley());
    expect(result.for).toBe('hub');
    expect(result.partners.map((p) => [p.id, p.doors.map((d) => d.id), p.onlyDoors])).toEqual([
      ['__proto__', ['farm', 'bank'], 2],
      ['museum', ['lib'], 0],
      ['school', ['lib'], 0],
    ]);
    expect(result.partners[0]).toMatchObject({
      rank: 1,
      name: 'Proto Robotics',
      sector: 'stem-company',
      reason: 'could open doors to two unexplored organisations, none of which any other partner of yours knows',
    });
    expect(result.partners[0]!.doors[0]).toEqual({ id: 'farm', name: 'Green Farm', sector: 'business', status: 'contacted', strength: 2, onlyDoor: true });
    expect(result.partners[1]).toMatchObject({ level: 'consultation', reason: 'knows one unexplored organisation, Town Library' });
    expect(result.unreachable).toEqual([{ id: 'lonely', name: 'Lonely Lab', sector: 'research', status: 'prospect' }]);
    expect(result.notYetAsked).toEqual(['quiet']);
    expect(result.warnings).toEqual([]);
  });

  it('filters by status, sector, former and limit', () => {
    expect(whomToAsk(valley(), { statuses: ['contacted'] }).partners.map((p) => p.id)).toEqual(['__proto__']);
    expect(whomToAsk(valley(), { sectors: ['library'] }).partners.map((p) => p.id)).toEqual(['museum', 'school']);
    expect(whomToAsk(valley(), { includeFormer: true }).partners.find((p) => p.id === 'school')!.doors.map((d) => d.id)).toEqual(['gone', 'lib']);
    expect(whomToAsk(valley(), { limit: 1 }).partners).toHaveLength(1);
    expect(whomToAsk(valley(), { sectors: ['museum'] }).warnings.map((w) => w.code)).toEqual(['no-doors']);
    expect(() => whomToAsk(valley(), { limit: 'all' as never })).toThrow(/whomToAsk: limit must be/);
    expect(() => whomToAsk(valley(), { statuses: ['active'] })).toThrow(/whomToAsk: statuses may hold/);
  });

  it('on the example network: every door is a prospect or contacted organisation known by that partner', () => {
    const network = exampleNetwork();
    const before = toJson(network);
    const result = whomToAsk(network, { limit: Infinity });
    expect(toJson(network)).toBe(before);
    expect(result.partners.length).toBeGreaterThan(3);
    for (const p of result.partners) {
      expect(p.doors.length).toBeGreaterThan(0);
      for (const d of p.doors) expect(['prospect', 'contacted']).toContain(d.status);
      expect(p.onlyDoors).toBe(p.doors.filter((d) => d.onlyDoor).length);
    }
    for (let i = 1; i < result.partners.length; i += 1) {
      expect(result.partners[i - 1]!.doors.length).toBeGreaterThanOrEqual(result.partners[i]!.doors.length);
    }
  });
});
