import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromCsv, fromGexf, fromGraphml, toCsv, toGexf, toGraphml, type PartnerNetwork } from 'partnermap';
import { canonicalJson } from '../io/canonical';
import { networkArbitrary } from './arbitraries';

const canonical = canonicalJson;

const formats = {
  csv: (n: PartnerNetwork) => fromCsv(toCsv(n), { strict: true }),
  'csv (semicolons, LF, no formula escaping)': (n: PartnerNetwork) =>
    fromCsv(toCsv(n, { delimiter: ';', lineEnding: '\n', escapeFormulas: false }), { strict: true, unescapeFormulas: false }),
  graphml: (n: PartnerNetwork) => fromGraphml(toGraphml(n), { strict: true }),
  'gexf 1.2draft': (n: PartnerNetwork) => fromGexf(toGexf(n), { strict: true }),
  'gexf 1.3': (n: PartnerNetwork) => fromGexf(toGexf(n, { version: '1.3' }), { strict: true }),
};

describe('interchange round trips', () => {
  for (const [name, roundTrip] of Object.entries(formats)) {
    test.prop([networkArbitrary()], { numRuns: 60 })(`${name}: toX -> fromX -> toJson equals the original`, (network) => {
      const { network: back, issues } = roundTrip(network);
      expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(canonical(back)).toBe(canonical(network));
      // Order of partners and relationships is kept, not just the sets.
      expect(back.nodes()).toEqual(network.nodes());
      expect(back.edges()).toEqual(network.edges());
    });
  }

  test.prop([networkArbitrary({ maxPartners: 8, maxRelationships: 12 })], { numRuns: 40 })(
    'exports are deterministic and a second round trip writes the same text',
    (network) => {
      const csv = toCsv(network);
      expect(toCsv(fromCsv(csv).network)).toEqual(csv);
      const graphml = toGraphml(network);
      expect(toGraphml(fromGraphml(graphml).network)).toBe(graphml);
      const gexf = toGexf(network);
      expect(toGexf(fromGexf(gexf).network)).toBe(gexf);
    },
  );

  test.prop([fc.string({ maxLength: 300 })], { numRuns: 100 })('fromCsv and the XML importers never throw without strict', (text) => {
    expect(() => fromCsv(text)).not.toThrow();
    expect(() => fromCsv({ partners: text, relationships: text, network: text })).not.toThrow();
    expect(() => fromGraphml(text)).not.toThrow();
    expect(() => fromGexf(text)).not.toThrow();
  });
});
