import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  EXAMPLE_AS_OF,
  exampleNetwork,
  gapAnalysis,
  isPartnermapError,
  SECTORS,
  toJson,
  type GapAnalysisOptions,
  type NetworkInput,
} from 'partnermap';

const input: NetworkInput = {
  home: 'hub',
  partners: [
    { id: 'hub', name: 'Valley STEM Hub', sector: 'out-of-school' },
    { id: 's1', name: 'Alder School', sector: 'school', communication: { frequency: 'monthly', lastContact: '2024-04-01', mode: 'email' }, pointOfContact: 'ann', contacts: [{ id: 'ann', name: 'Ann Alder' }] },
    { id: 's2', name: 'Birch School', sector: 'school', communication: { frequency: 'monthly', lastContact: '2024-05-20' } },
    { id: 's3', name: 'Cedar School', sector: 'school', communication: { frequency: 'weekly' } },
    { id: 's4', name: 'Dogwood School', sector: 'school', status: 'paused', communication: { frequency: 'weekly', lastContact: '2020-01-01' } },
    { id: 'm', name: 'River Museum', sector: 'museum', communication: { frequency: 'as-needed', lastContact: '2020-01-01' } },
    { id: 'co', name: 'Prairie Robotics', sector: 'stem-company', joined: '2023-09-01' },
    { id: 'x', name: 'Mystery Org' },
    { id: 'lib', name: 'Town Library', sector: 'library', status: 'prospect', identified: '2024-01-15' },
    { id: 'fam', name: 'Family Night', sector: 'family-organization', status: 'prospect' },
    { id: 'old', name: 'Old Partner', sector: 'research', status: 'former' },
  ],
  relationships: [
    { id: 'p1', source: 'hub', target: 's1', kind: 'partnership', level: 'acting-together', commitment: 'long-term', since: '2022-09-01' },
    { id: 'p2', source: 'hub', target: 's2', kind: 'partnership', level: 'information', commitment: 'quick-win', since: '2023-10-01' },
    { id: 'p3', source: 'hub', target: 's3', kind: 'partnership', level: 'information', commitment: 'quick-win', since: '2024-02-01' },
    { id: 'p3b', source: 'hub', target: 's3', kind: 'partnership', level: 'information', since: '2023-03-01' },
    { id: 'p4', source: 'hub', target: 'm', kind: 'partnership', level: 'consultation', commitment: 'quick-win' },
    { id: 'p5', source: 'hub', target: 'co', kind: 'partnership' },
    { id: 'k1', source: 's1', target: 's2', kind: 'known-tie' },
    { id: 'k2', source: 'co', target: 'x', kind: 'known-tie' },
    { id: 'ref', source: 'co', target: 'lib', kind: 'referral', since: '2024-01-15' },
    { id: 'ended', source: 'hub', target: 'x', kind: 'partnership', level: 'supporting-independent', until: '2023-01-01' },
  ],
};

describe('gapAnalysis on a hand-made network', () => {
  const gaps = gapAnalysis(createNetwork(input), { asOf: '2024-06-01' });

  it('counts the partners at the table: current statuses, home excluded', () => {
    expect(gaps.asOf).toBe('2024-06-01');
    expect(gaps.asOfSource).toBe('option');
    expect(gaps.home).toBe('hub');
    expect(gaps.counted).toBe(7); // s1, s2, s3, s4 (paused), m, co, x
  });

  it('sector coverage: missing, thin, over-reliant, not recorded', () => {
    const coverage = new Map(gaps.sectors.coverage.map((c) => [c.sector, c]));
    expect(gaps.sectors.coverage.map((c) => c.sector)).toEqual([...SECTORS]);
    expect(coverage.get('school')).toMatchObject({ partners: 4, share: 4 / 6, status: 'over-reliant' });
    expect(coverage.get('museum')).toMatchObject({ partners: 1, status: 'thin' });
    expect(coverage.get('library')).toMatchObject({ partners: 0, prospects: 1, status: 'missing' });
    expect(coverage.get('other')).toMatchObject({ partners: 0, status: 'not-expected', expected: false });
    expect(coverage.get('out-of-school')!.partners).toBe(0); // home is not counted
    expect(gaps.sectors.thin).toEqual(['museum', 'stem-company']);
    expect(gaps.sectors.overReliant).toEqual(['school']);
    expect(gaps.sectors.missing).toHaveLength(11); // 14 expected sectors, 3 at the table
    expect(gaps.sectors.unrecorded).toBe(1);
    const messages = gaps.findings.map((f) => f.message);
    expect(messages).toContain('No library is at the table yet (1 prospect waiting).');
    expect(messages).toContain('No research team is at the table yet.');
    expect(messages).toContain('The museum or science centre sector is thin: only River Museum.');
    expect(messages).toContain('The partnership leans on one sector: 4 of 6 partners (67%) are school or district.');
    expect(messages).toContain('1 partner has no sector recorded, so coverage may be better than it looks.');
  });

  it('the participation ladder: current relationships only', () => {
    expect(gaps.ladder.levels.map((l) => [l.level, l.relationships, l.partners])).toEqual([
      ['information', 3, 2],
      ['consultation', 1, 1],
      ['deciding-together', 0, 0],
      ['acting-together', 1, 1],
      ['supporting-independent', 0, 0], // the ended partnership does not count
    ]);
    expect(gaps.ladder.unleveled).toBe(1);
    expect(gaps.ladder.neverReached).toEqual(['deciding-together', 'supporting-independent']);
    expect(gaps.ladder.highestReached).toBe('acting-together');
    expect(gaps.ladder.stuckAtInformation.map((s) => [s.id, s.relationships, s.since, s.days])).toEqual([
      ['s3', ['p3', 'p3b'], '2023-03-01', 458],
      ['s2', ['p2'], '2023-10-01', 244],
    ]);
    expect(gaps.ladder.stuckAtInformation[0]!.reason).toBe(
      'Cedar School has only shared information for 458 days (since 2023-03-01); no partnership with it has reached consultation or beyond.',
    );
    expect(gaps.findings.filter((f) => f.kind === 'level-never-reached').map((f) => f.message)).toEqual([
      'No partnership has reached "deciding together" on the participation ladder.',
      'No partnership has reached "supporting independent community interest" on the participation ladder.',
    ]);
  });

  it('the commitment mix', () => {
    expect(gaps.commitments.counts).toEqual([
      { commitment: 'quick-win', relationships: 3, share: 0.75 },
      { commitment: 'short-term', relationships: 0, share: 0 },
      { commitment: 'long-term', relationships: 1, share: 0.25 },
    ]);
    expect(gaps.commitments.unrecorded).toBe(2);
    expect(gaps.findings.find((f) => f.kind === 'mostly-quick-wins')!.message).toBe(
      '3 of 4 commitments (75%) are quick wins, such as a career-fair visit; 1 is long-term.',
    );
    expect(gaps.findings.some((f) => f.kind === 'no-long-term-commitment')).toBe(false);
  });

  it('prospects, how long they have waited, and who can introduce them', () => {
    expect(gaps.prospects.map((p) => [p.id, p.daysWaiting, p.introducedBy, p.fillsMissingSector])).toEqual([
      ['lib', 138, ['co'], true],
      ['fam', null, [], true],
    ]);
    expect(gaps.prospects[0]!.reason).toBe(
      'Town Library (library) is a prospect not yet contacted, known for 138 days (since 2024-01-15); it would be your first library; Prairie Robotics can introduce you.',
    );
  });

  it('overdue communication as of the date; paused and as-needed partners are not chased', () => {
    expect(gaps.overdue.map((o) => [o.id, o.daysSince, o.daysOverdue])).toEqual([['s1', 61, 30]]);
    expect(gaps.overdue[0]!.reason).toBe(
      'Alder School agreed to monthly contact, but the last was 61 days ago (2024-04-01); reach Ann Alder by email.',
    );
    expect(gaps.communicationNotRecorded.map((c) => c.id)).toEqual(['s3']);
  });

  it('partners tied only to home', () => {
    expect(gaps.onlyTiedToHome.map((o) => [o.id, o.relationships])).toEqual([
      ['m', ['p4']],
      ['s3', ['p3', 'p3b']],
    ]);
    expect(gaps.onlyTiedToHome[0]!.reason).toBe('River Museum is tied only to Valley STEM Hub: not yet woven into the rest of the community.');
  });

  it('lists findings section by section', () => {
    const order = [
      'missing-sector',
      'thin-sector',
      'over-reliant-sector',
      'sector-not-recorded',
      'level-never-reached',
      'stuck-at-information',
      'no-long-term-commitment',
      'mostly-quick-wins',
      'prospect-waiting',
      'overdue-communication',
      'communication-not-recorded',
      'only-tied-to-home',
    ];
    const ranks = gaps.findings.map((f) => order.indexOf(f.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('gapAnalysis options and defaults', () => {
  it('asOf defaults to the latest date recorded in the network, then to none', () => {
    const gaps = gapAnalysis(createNetwork(input));
    expect(gaps.asOfSource).toBe('latest-recorded-date');
    expect(gaps.asOf).toBe('2024-05-20'); // s2's last contact; 'until' dates do not count
    const none = gapAnalysis(createNetwork({ partners: [{ id: 'a', communication: { frequency: 'weekly' } }, { id: 'p', status: 'prospect' }] }));
    expect(none.asOf).toBeNull();
    expect(none.asOfSource).toBe('none');
    expect(none.prospects[0]!.daysWaiting).toBeNull();
    expect(none.overdue).toEqual([]);
  });

  it("uses the network's own asOf attribute when it holds a date", () => {
    const gaps = gapAnalysis(createNetwork({ ...input, attributes: { asOf: '2024-07-01' } }));
    expect(gaps.asOf).toBe('2024-07-01');
    expect(gaps.asOfSource).toBe('network-attribute');
  });

  it('thresholds, expected sectors, statuses, kinds and home change the picture', () => {
    const network = createNetwork(input);
    const o: GapAnalysisOptions = { asOf: '2024-06-01' };
    expect(gapAnalysis(network, { ...o, overRelianceShare: 0.7 }).sectors.overReliant).toEqual([]);
    expect(gapAnalysis(network, { ...o, minPartnersForShare: 10 }).sectors.overReliant).toEqual([]);
    expect(gapAnalysis(network, { ...o, thinBelow: 1 }).sectors.thin).toEqual([]);
    expect(gapAnalysis(network, { ...o, sectors: ['school', 'library'] }).sectors.missing).toEqual(['library']);
    expect(gapAnalysis(network, { ...o, statuses: ['active'] }).counted).toBe(6);
    expect(gapAnalysis(network, { ...o, kinds: ['known-tie'] }).ladder.levels.every((l) => l.relationships === 0)).toBe(true);
    const noHome = gapAnalysis(network, { ...o, home: null });
    expect(noHome.onlyTiedToHome).toEqual([]);
    expect(noHome.counted).toBe(8);
    expect(gapAnalysis(network, { ...o, quickWinShare: 0.8 }).findings.some((f) => f.kind === 'mostly-quick-wins')).toBe(false);
  });

  it('no long-term commitment is a finding', () => {
    const gaps = gapAnalysis(
      createNetwork({ partners: [{ id: 'a' }, { id: 'b' }], relationships: [{ source: 'a', target: 'b', kind: 'partnership', commitment: 'short-term' }] }),
    );
    expect(gaps.findings.find((f) => f.kind === 'no-long-term-commitment')!.message).toBe(
      'None of the 1 commitment recorded is long-term: no partner yet has a lasting role such as mentoring youth over weeks.',
    );
  });

  it('validates options at the door', () => {
    const network = createNetwork(input);
    const bad: [unknown, RegExp][] = [
      [{ asOf: '2024-13-01' }, /gapAnalysis: asOf must be an ISO 8601 date; received "2024-13-01"/],
      [{ statuses: ['dormant'] }, /statuses has an unknown value "dormant"/],
      [{ statuses: 'active' }, /statuses must be an array or 'all'/],
      [{ kinds: ['gift'] }, /kinds has an unknown value "gift"/],
      [{ sectors: ['space'] }, /sectors has an unknown value "space"/],
      [{ sectors: 'school' }, /sectors must be an array of sectors/],
      [{ thinBelow: 0 }, /thinBelow must be an integer of at least 1; received 0/],
      [{ thinBelow: 1.5 }, /thinBelow must be an integer/],
      [{ overRelianceShare: 1.5 }, /overRelianceShare must be a number above 0 and at most 1; received 1.5/],
      [{ minPartnersForShare: -1 }, /minPartnersForShare must be an integer of at least 0/],
      [{ quickWinShare: 0 }, /quickWinShare must be a number above 0/],
      [{ home: 'ghost' }, /no partner has home "ghost"/],
      ['x', /options must be an object/],
    ];
    for (const [options, message] of bad) {
      let error: unknown;
      try {
        gapAnalysis(network, options as GapAnalysisOptions);
      } catch (e) {
        error = e;
      }
      expect(isPartnermapError(error), String(message)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('hostile ids, determinism, and the network left unchanged', () => {
    const network = createNetwork({
      home: '__proto__',
      partners: [
        { id: '__proto__', sector: 'school' },
        { id: 'constructor', sector: 'museum', communication: { frequency: 'weekly', lastContact: '2024-01-01' } },
        { id: 'toString', status: 'prospect', identified: '2023-12-01', sector: 'library' },
      ],
      relationships: [
        { source: '__proto__', target: 'constructor', kind: 'partnership', level: 'information', since: '2023-01-01' },
        { source: 'constructor', target: 'toString', kind: 'referral' },
      ],
    });
    const before = toJson(network);
    const gaps = gapAnalysis(network);
    expect(gaps.asOf).toBe('2024-01-01');
    expect(gaps.onlyTiedToHome.map((o) => o.id)).toEqual(['constructor']);
    expect(gaps.prospects.map((p) => [p.id, p.daysWaiting, p.introducedBy])).toEqual([['toString', 31, ['constructor']]]);
    expect(gaps.ladder.stuckAtInformation.map((s) => s.id)).toEqual(['constructor']);
    expect(gapAnalysis(network)).toEqual(gaps);
    expect(toJson(network)).toBe(before);
  });
});

describe('gapAnalysis on the example network', () => {
  it('finds the missing library, the prospect that would fill it, and overdue contact as of 30 June 2025', () => {
    const gaps = gapAnalysis(exampleNetwork(), { asOf: EXAMPLE_AS_OF });
    expect(gaps.home).toBe('cvscc');
    expect(gaps.sectors.missing).toContain('library');
    const library = gaps.prospects.find((p) => p.sector === 'library')!;
    expect(library.fillsMissingSector).toBe(true);
    expect(library.introducedBy.length).toBeGreaterThan(0);
    expect(gaps.overdue.length).toBeGreaterThan(0);
    for (const o of gaps.overdue) expect(o.daysOverdue).toBeGreaterThan(0);
    expect(gaps.ladder.levels.reduce((s, l) => s + l.partners, 0)).toBeLessThanOrEqual(gaps.counted);
    expect({ ...gapAnalysis(exampleNetwork()), asOfSource: 'option' }).toEqual(gaps); // the network's own asOf attribute
  });
});
