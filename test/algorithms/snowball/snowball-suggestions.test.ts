import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  exampleNetwork,
  LINK_INDICES,
  listPartners,
  snapshot,
  snowballSuggestions,
  toJson,
  updatePartner,
  type PartnerInput,
  type RelationshipInput,
} from 'partnermap';
import { classicNetwork } from '../../fixtures/classic-networks';
import reference from '../../fixtures/snowball/reference.json';

/** A small valley: home `hub`, three active partners at different levels, prospects they know. */
function valley(extra: { partners?: PartnerInput[]; relationships?: RelationshipInput[] } = {}) {
  return createNetwork({
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub', sector: 'out-of-school' },
      { id: 'school', name: 'Valley Middle School', sector: 'school' },
      { id: 'museum', name: 'River Museum', sector: 'museum' },
      { id: 'robotics', name: 'Robotics Co', sector: 'stem-company' },
      { id: 'lib', name: 'Town Library', sector: 'library', status: 'prospect' },
      { id: 'bank', name: 'First Bank', sector: 'business', status: 'prospect' },
      { id: 'lab', name: 'Old Lab', sector: 'research', status: 'former' },
      { id: 'club', name: 'Chess Club', sector: 'youth-organization', status: 'contacted' },
      { id: 'scouts', name: 'Scouts', sector: 'youth-organization', status: 'paused' },
      { id: 'school2', name: 'North School', sector: 'school', status: 'prospect' },
      ...(extra.partners ?? []),
    ],
    relationships: [
      { source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together' },
      { source: 'hub', target: 'museum', kind: 'partnership', level: 'consultation' },
      { source: 'hub', target: 'robotics', kind: 'partnership', level: 'information' },
      { source: 'hub', target: 'scouts', kind: 'partnership', level: 'information' },
      { source: 'school', target: 'lib', kind: 'known-tie' },
      { source: 'museum', target: 'lib', kind: 'referral', since: '2024-03-01' },
      { source: 'robotics', target: 'bank', kind: 'known-tie' },
      { source: 'school', target: 'lab', kind: 'known-tie' },
      { source: 'museum', target: 'club', kind: 'known-tie' },
      { source: 'school', target: 'school2', kind: 'known-tie', strength: 2 },
      { source: 'scouts', target: 'club', kind: 'known-tie' },
      ...(extra.relationships ?? []),
    ],
  });
}

describe('snowballSuggestions', () => {
  it('scores by weighted resource allocation times the sector gain, every component in the result', () => {
    const result = snowballSuggestions(valley());
    expect(result.for).toBe('hub');
    expect(result.index).toBe('resource-allocation');
    expect(result.formula).toContain('score = index x (1 + sectorWeight x sectorGain)');
    const byId = new Map(result.suggestions.map((s) => [s.id, s]));
    // lib: via school (1.25 with hub, 1 with lib; strength 2.25 + 1 to school2 + 1 to lab = 4.25... ) computed by hand below.
    const sSchool = 1.25 + 1 + 2 + 1; // hub, lib, school2, lab
    const sMuseum = 0.75 + 1 + 1; // hub, lib, club
    const libIndex = (1.25 + 1) / 2 / sSchool + (0.75 + 1) / 2 / sMuseum;
    const lib = byId.get('lib')!;
    expect(lib.components.index).toBeCloseTo(libIndex, 14);
    expect(lib.components).toMatchObject({ sectorGain: 1, partnersInSector: 0, sectorWeight: 1 });
    expect(lib.score).toBeCloseTo(libIndex * 2, 14);
    // North School: schools are covered once already (gain 1/2).
    const school2 = byId.get('school2')!;
    expect(school2.components.sectorGain).toBe(0.5);
    expect(school2.components.partnersInSector).toBe(1);
    expect(school2.components.index).toBeCloseTo((1.25 + 2) / 2 / sSchool, 14);
    expect(school2.score).toBeCloseTo(school2.components.index * 1.5, 14);
    for (const s of result.suggestions) {
      expect(s.score).toBeCloseTo(s.components.index * (1 + s.components.sectorWeight * s.components.sectorGain), 14);
    }
    // Sorted by score, ranks 1..n.
    expect(result.suggestions.map((s) => s.rank)).toEqual(result.suggestions.map((_, i) => i + 1));
    for (let i = 1; i < result.suggestions.length; i += 1) {
      expect(result.suggestions[i - 1]!.score).toBeGreaterThanOrEqual(result.suggestions[i]!.score);
    }
  });

  it('never suggests home, active or former partners by default; contacted yes, paused only when asked', () => {
    const ids = snowballSuggestions(valley(), { limit: Infinity }).suggestions.map((s) => s.id).sort();
    expect(ids).toEqual(['bank', 'club', 'lib', 'school2']);
    const withFormer = snowballSuggestions(valley(), { includeFormer: true, limit: Infinity }).suggestions.map((s) => s.id);
    expect(withFormer).toContain('lab');
    const lab = snowballSuggestions(valley(), { includeFormer: true }).suggestions.find((s) => s.id === 'lab')!;
    expect(lab.reasons.join(' ')).toContain('a former partner');
    const paused = snowballSuggestions(valley(), { statuses: ['paused'] }).suggestions.map((s) => s.id);
    expect(paused).toEqual(['scouts']);
  });

  it('introducers carry the level and strength of both ties, warmest first; the warmest path and reasons', () => {
    const lib = snowballSuggestions(valley()).suggestions.find((s) => s.id === 'lib')!;
    expect(lib.introducers).toEqual([
      {
        id: 'school',
        name: 'Valley Middle School',
        status: 'active',
        toYou: { strength: 1.25, level: 'acting-together', kinds: ['partnership'] },
        toThem: { strength: 1, kinds: ['known-tie'] },
      },
      {
        id: 'museum',
        name: 'River Museum',
        status: 'active',
        toYou: { strength: 0.75, level: 'consultation', kinds: ['partnership'] },
        toThem: { strength: 1, kinds: ['referral'] },
      },
    ]);
    expect(lib.path).toEqual({
      ids: ['hub', 'school', 'lib'],
      names: ['Valley STEM Hub', 'Valley Middle School', 'Town Library'],
      distance: 1 / 1.25 + 1,
      weakestTie: 1,
    });
    expect(lib.referrals).toEqual([{ from: 'museum', name: 'River Museum', since: '2024-03-01' }]);
    expect(lib.wave).toBe(1);
    expect(lib.reasons).toEqual([
      'known by two of your partners, one at acting together level',
      'would be your first library',
      'introduced by River Museum in 2024, wave 1',
    ]);
    const club = snowballSuggestions(valley()).suggestions.find((s) => s.id === 'club')!;
    expect(club.reasons).toContain('already contacted: this would be a follow-up');
    expect(club.reasons[0]).toBe('known by one of your partners, River Museum (consultation level)');
  });

  it('filters: sectors, statuses, minIntroducerLevel, limit; sectorWeight 0 ranks by the index alone', () => {
    expect(snowballSuggestions(valley(), { sectors: ['business', 'school'] }).suggestions.map((s) => s.id).sort()).toEqual(['bank', 'school2']);
    expect(snowballSuggestions(valley(), { statuses: ['contacted'] }).suggestions.map((s) => s.id)).toEqual(['club']);
    const level = snowballSuggestions(valley(), { minIntroducerLevel: 'acting-together', limit: Infinity });
    expect(level.suggestions.map((s) => s.id).sort()).toEqual(['lib', 'school2']);
    expect(level.candidates).toBe(2);
    expect(snowballSuggestions(valley(), { limit: 1 }).suggestions).toHaveLength(1);
    expect(snowballSuggestions(valley(), { limit: 0 }).suggestions).toEqual([]);
    const plain = snowballSuggestions(valley(), { sectorWeight: 0, limit: Infinity }).suggestions;
    for (const s of plain) expect(s.score).toBe(s.components.index);
    for (let i = 1; i < plain.length; i += 1) expect(plain[i - 1]!.components.index).toBeGreaterThanOrEqual(plain[i]!.components.index);
    // The paused scouts do not introduce (only active partners do) but the index counts their tie:
    // the chess club is ahead on the index alone, the library (a first library) with the sector gain.
    expect(plain[0]!.id).toBe('club');
    expect(plain[0]!.introducers.map((z) => z.id)).toEqual(['museum']);
    expect(snowballSuggestions(valley(), { sectorWeight: 0, limit: 1, introducerStatuses: ['active', 'paused'] }).suggestions[0]!.introducers.map((z) => z.id)).toEqual(['museum', 'scouts']);
  });

  it('for another partner: its neighbours are its partners, organisations it already knows are left out', () => {
    const result = snowballSuggestions(valley(), { for: 'museum', limit: Infinity });
    expect(result.for).toBe('museum');
    const ids = result.suggestions.map((s) => s.id);
    expect(ids).not.toContain('lib');
    expect(ids).not.toContain('club');
    expect(ids).not.toContain('hub');
    expect(ids).toContain('school2');
    const school2 = result.suggestions.find((s) => s.id === 'school2')!;
    expect(school2.introducers).toEqual([]);
    expect(school2.path!.ids).toEqual(['museum', 'hub', 'school', 'school2']);
    expect(school2.reasons[0]).toBe(
      "none of River Museum's partners knows them directly; the warmest route runs through Valley STEM Hub, then Valley Middle School",
    );
    // Home is one of the museum's partners: it introduces the museum to the robotics company's contact.
    const bank = result.suggestions.find((s) => s.id === 'bank')!;
    expect(bank.introducers).toEqual([]);
    const viaHome = snowballSuggestions(valley({ relationships: [{ source: 'hub', target: 'bank' }] }), { for: 'museum' });
    expect(viaHome.suggestions.find((s) => s.id === 'bank')!.introducers.map((z) => z.id)).toEqual(['hub']);
  });

  it('unweighted resource allocation equals NetworkX on karate (prospects made of half the club)', () => {
    const network = classicNetwork('karate');
    for (const p of listPartners(network)) if (Number(p.id) >= 17) updatePartner(network, p.id, { status: 'prospect' });
    const result = snowballSuggestions(network, { for: '0', weighted: false, sectorWeight: 0, limit: Infinity });
    const expected = reference.neighbourhood.karate.filter((r) => r.source === '0' && Number(r.target) >= 17);
    expect(result.suggestions.length).toBe(expected.length);
    const got = new Map(result.suggestions.map((s) => [s.id, s.components.index]));
    for (const row of expected) expect(Math.abs(got.get(row.target)! - row['resource-allocation'])).toBeLessThanOrEqual(1e-12);
  });

  it('every index can be chosen and ranks the example network', () => {
    for (const index of LINK_INDICES) {
      const result = snowballSuggestions(exampleNetwork(), { index, limit: 5 });
      expect(result.index).toBe(index);
      expect(result.suggestions.length).toBe(5);
      expect(result.suggestions[0]!.score).toBeGreaterThan(0);
    }
  });

  it('on the example network: the library first, deterministic, input untouched, no warnings', () => {
    const network = exampleNetwork();
    const before = toJson(network);
    const a = snowballSuggestions(network);
    const b = snowballSuggestions(network);
    expect(toJson(network)).toBe(before);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.warnings).toEqual([]);
    const top = a.suggestions[0]!;
    expect(top.name).toBe('Cedar County Public Library');
    expect(top.reasons).toContain('would be your first library');
    expect(top.introducers.length).toBeGreaterThanOrEqual(2);
    expect(top.path!.ids[0]).toBe('cvscc');
    const statuses = new Map(listPartners(network).map((p) => [p.id, p.status]));
    for (const s of a.suggestions) expect(['prospect', 'contacted']).toContain(statuses.get(s.id));
  });

  it('warns when the indices mean little: small, tree-like, no ties, no candidates, partners without a recorded tie', () => {
    const tiny = snowballSuggestions(valley());
    expect(tiny.warnings.map((w) => w.code)).toContain('too-small');
    const tree = createNetwork({
      home: 'h',
      partners: [{ id: 'h' }, { id: 'a' }, { id: 'b' }, { id: 'p', status: 'prospect' }],
      relationships: [
        { source: 'h', target: 'a' },
        { source: 'a', target: 'p' },
      ],
    });
    const codes = snowballSuggestions(tree).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['too-small', 'tree-like', 'untied-partners']));
    const lonely = createNetwork({ home: 'h', partners: [{ id: 'h' }, { id: 'p', status: 'prospect' }] });
    expect(snowballSuggestions(lonely).warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-ties', 'no-introducers']));
    const none = createNetwork({ home: 'h', partners: [{ id: 'h' }, { id: 'a' }], relationships: [{ source: 'h', target: 'a' }] });
    expect(snowballSuggestions(none).warnings.map((w) => w.code)).toContain('no-candidates');
    const partial = snowballSuggestions(valley(), { snapshot: snapshot(valley()) });
    expect(partial.warnings.map((w) => w.code)).toContain('partial-snapshot');
    // Karate has enough ties and clustering: no shape warning.
    const karate = classicNetwork('karate');
    updatePartner(karate, '33', { status: 'prospect' });
    expect(snowballSuggestions(karate, { for: '0' }).warnings).toEqual([]);
  });

  it('reuses a snapshot built with statuses all and gives the same result', () => {
    const network = valley();
    const view = snapshot(network, { statuses: 'all' });
    expect(JSON.stringify(snowballSuggestions(network, { snapshot: view }))).toBe(JSON.stringify(snowballSuggestions(network)));
  });

  it('checks every option at the door', () => {
    const network = valley();
    const bad: [object, RegExp][] = [
      [{ index: 'magic' }, /index must be one of resource-allocation/],
      [{ limit: -1 }, /limit must be a non-negative integer or Infinity; received -1/],
      [{ limit: 1.5 }, /limit must be/],
      [{ statuses: ['active'] }, /statuses may hold prospect, contacted, paused, former; received "active"/],
      [{ statuses: 'prospect' }, /statuses must be an array/],
      [{ sectors: ['museums'] }, /sectors has an unknown sector "museums"/],
      [{ minIntroducerLevel: 'high' }, /minIntroducerLevel must be one of information/],
      [{ introducerStatuses: ['prospect'] }, /introducerStatuses may hold active, paused, contacted/],
      [{ sectorWeight: -1 }, /sectorWeight must be a non-negative finite number/],
      [{ weighted: 'yes' }, /weighted must be a boolean/],
      [{ includeFormer: 1 }, /includeFormer must be a boolean/],
      [{ restart: 1 }, /restart must be a number strictly between 0 and 1/],
      [{ tolerance: 0 }, /tolerance must be/],
      [{ katzBeta: 2 }, /katzBeta must be/],
      [{ katzMaxLength: 7 }, /katzMaxLength must be an integer from 2 to 4/],
      [{ for: 'nobody' }, /no partner has for "nobody"/],
      [{ directed: true }, /directed must be false/],
      [{ snapshot: snapshot(network, { directed: true, statuses: 'all' }) }, /snapshot must be undirected/],
    ];
    for (const [options, message] of bad) {
      expect(() => snowballSuggestions(network, options as never)).toThrow(message);
      expect(() => snowballSuggestions(network, options as never)).toThrow(/^snowballSuggestions: /);
    }
    expect(() => snowballSuggestions(createNetwork({ partners: [{ id: 'a' }] }))).toThrow(/no home partner/);
    expect(() => snowballSuggestions(network, null as never)).toThrow(/options must be an object/);
    expect(() => snowballSuggestions('graph' as never)).toThrow(/snowballSuggestions: the given network is not a graphology graph/);
  });

  it('works with hostile ids everywhere', () => {
    const network = createNetwork({
      home: '__proto__',
      partners: [
        { id: '__proto__', sector: 'out-of-school' },
        { id: 'constructor', sector: 'school' },
        { id: 'toString', sector: 'museum' },
        { id: 'hasOwnProperty', sector: 'library', status: 'prospect' },
        { id: 'valueOf', sector: 'business', status: 'prospect' },
      ],
      relationships: [
        { source: '__proto__', target: 'constructor', kind: 'partnership', level: 'acting-together' },
        { source: '__proto__', target: 'toString', kind: 'partnership' },
        { source: 'constructor', target: 'hasOwnProperty', kind: 'referral', since: '2024-01-01' },
        { source: 'toString', target: 'hasOwnProperty' },
        { source: 'toString', target: 'valueOf' },
      ],
    });
    const result = snowballSuggestions(network);
    expect(result.for).toBe('__proto__');
    expect(result.suggestions.map((s) => s.id)).toEqual(['hasOwnProperty', 'valueOf']);
    expect(result.suggestions[0]!.introducers.map((z) => z.id)).toEqual(['constructor', 'toString']);
    expect(result.suggestions[0]!.path!.ids).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(result.suggestions[0]!.reasons).toContain('introduced by constructor in 2024, wave 1');
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });
});
