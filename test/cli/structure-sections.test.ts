import { describe, expect, it } from 'vitest';
import { brokerage, createNetwork, exampleNetwork, fragility, gapAnalysis, setHome } from 'partnermap';
import { brokerageJson, brokerageText } from '../../src/cli/sections/brokerage';
import { fragilityJson, fragilityText } from '../../src/cli/sections/fragility';
import { gapsJson, gapsText } from '../../src/cli/sections/gaps';
import { classicNetwork } from '../fixtures/classic-networks';

describe('fragility section', () => {
  it('prints every part with the reasons, and lists are cut at the limit', () => {
    const network = classicNetwork('florentine');
    setHome(network, 'Medici');
    const text = fragilityText(fragility(network, { localBridgeSpans: true }), { limit: 2 });
    expect(text).toContain('15 partners, 20 ties in 1 component(s); measured against home, Medici.');
    expect(text).toContain('Articulation partners (4): partners whose departure disconnects others');
    expect(text).toContain(
      '  - if home (Medici) left, the partners around it would split into 3 groups that no longer reach each other; the largest keeps 11 partners.',
    );
    expect(text).toContain('  ... and 2 more');
    expect(text).toContain('Bridges (5): relationships whose loss disconnects the network');
    expect(text).toMatch(/ {2}- r\d+: the only relationship between Medici and Salviati: without it 2 partners would lose their path to home \(Medici\)\./);
    expect(text).toContain('Local bridges (12)');
    expect(text).toContain('(span: no other path), a bridge');
    expect(text).toContain('Outside home\'s component (0)\n  none: every partner has a path.');
    expect(text).toContain('20 relationships: 0 carried by a single person, 20 with no carrier recorded.');
  });

  it('says when there is nothing, and when home stands in', () => {
    expect(fragilityText(fragility(createNetwork()))).toContain('No partners in the analysis.');
    const text = fragilityText(fragility(classicNetwork('karate'), { keyPersons: false }));
    expect(text).toContain('measured against 33, the best-connected partner of the largest component (no home set).');
    expect(text).not.toContain('Key-person risk');
  });

  it('JSON: plain data, Infinity spans as null, round-trips through JSON.stringify', () => {
    const result = fragility(classicNetwork('karate'), { localBridgeSpans: true });
    const json = JSON.parse(JSON.stringify(fragilityJson(result))) as { localBridges: { partners: string[]; span: number | null }[]; articulationPartners: unknown[] };
    expect(json.localBridges.find((l) => l.partners.join() === '0,11')!.span).toBeNull();
    expect(json.localBridges.find((l) => l.partners.join() === '0,31')!.span).toBe(3);
    expect(json.articulationPartners).toEqual(result.articulationPartners);
  });
});

describe('brokerage section', () => {
  it('prints totals against chance and the top brokers with Burt measures', () => {
    const text = brokerageText(brokerage(classicNetwork('karate'), { groupBy: 'club' }), { limit: 2 });
    expect(text).toContain('Brokerage: who connects partners with no direct tie, by club');
    expect(text).toContain('34 partners in 2 group(s); density 0.139.');
    expect(text).toMatch(/ {2}coordinator +510 \/ 136, z 13\n/);
    expect(text).toMatch(/ {2}liaison +0 \/ 0\n/);
    expect(text).toMatch(/ {2}- 33 brokers \d+ connections between partners with no direct tie: /);
    expect(text).toMatch(/ {4}effective size [\d.]+, constraint [\d.]+\n/);
    expect(text).toMatch(/\.\.\. and \d+ more brokers/);
  });

  it('JSON is the result, serialisable', () => {
    const result = brokerage(classicNetwork('kite'));
    expect(JSON.parse(JSON.stringify(brokerageJson(result)))).toEqual(JSON.parse(JSON.stringify(result)));
    expect(brokerageText(result)).toContain('by sector');
  });
});

describe('gaps section', () => {
  it('prints the sector table, the ladder, the commitments and the findings by heading', () => {
    const result = gapAnalysis(exampleNetwork());
    const text = gapsText(result, { limit: 1 });
    expect(text).toContain('Gaps: what the partnership is missing (as of 2025-06-30)');
    expect(text).toMatch(/ {2}library +0 +0% {2}missing, 1 prospect\(s\)/);
    expect(text).toContain('Participation ladder (relationships, partners at their highest rung):');
    expect(text).toContain('  Sectors:\n    - No library is at the table yet (1 prospect waiting).');
    expect(text).toContain('  Prospects not yet contacted:');
    expect(text).toMatch(/ {4}\.\.\. and \d+ more/);
    expect(JSON.parse(JSON.stringify(gapsJson(result)))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('says when no date is recorded', () => {
    const text = gapsText(gapAnalysis(createNetwork({ partners: [{ id: 'a' }] })));
    expect(text).toContain('no date recorded, so time-based checks are skipped');
  });
});
