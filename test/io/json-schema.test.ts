/**
 * partnermap.schema.json (shipped as `partnermap/schema.json`) describes what
 * toJson writes: every generated network validates, the vocabularies in the
 * schema are the model's, and invalid documents are refused.
 */
import { test } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENTS,
  COMMUNICATION_FREQUENCIES,
  COMMUNICATION_MODES,
  exampleNetwork,
  PARTICIPATION_LEVELS,
  PARTNER_STATUSES,
  RELATIONSHIP_KINDS,
  SECTORS,
  toJsonData,
} from 'partnermap';
import schema from '../../src/io/json/partnermap.schema.json';
import { networkArbitrary } from '../property/arbitraries';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

describe('partnermap.schema.json', () => {
  test.prop([networkArbitrary()], { numRuns: 60 })('toJson output of generated networks validates', (network) => {
    const ok = validate(JSON.parse(JSON.stringify(toJsonData(network))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the example network validates', () => {
    expect(validate(JSON.parse(JSON.stringify(toJsonData(exampleNetwork()))))).toBe(true);
  });

  it('lists the model vocabularies', () => {
    const defs = schema.$defs;
    expect(defs.partner.properties.sector.enum).toEqual([...SECTORS]);
    expect(defs.partner.properties.status.enum).toEqual([...PARTNER_STATUSES]);
    expect(defs.partner.properties.communication.properties.mode.enum).toEqual([...COMMUNICATION_MODES]);
    expect(defs.partner.properties.communication.properties.frequency.enum).toEqual([...COMMUNICATION_FREQUENCIES]);
    expect(defs.relationship.properties.kind.enum).toEqual([...RELATIONSHIP_KINDS]);
    expect(defs.relationship.properties.level.enum).toEqual([...PARTICIPATION_LEVELS]);
    expect(defs.relationship.properties.commitment.enum).toEqual([...COMMITMENTS]);
  });

  it('refuses invalid documents', () => {
    const base = { format: 'partnermap', version: 1, partners: [], relationships: [] };
    expect(validate(base)).toBe(true);
    const bad = [
      { ...base, version: 2 },
      { ...base, partners: [{ id: 'a', name: 'A', status: 'maybe' }] },
      { ...base, partners: [{ id: '', name: 'A', status: 'active' }] },
      { ...base, partners: [{ id: 'a', name: 'A', status: 'active', joined: 'last year' }] },
      { ...base, relationships: [{ id: 'r', source: 'a', target: 'b', directed: false, kind: 'referral' }] },
      { ...base, relationships: [{ id: 'r', source: 'a', target: 'b', directed: true, kind: 'known-tie', strength: 0 }] },
      { ...base, extra: true },
    ];
    for (const doc of bad) expect(validate(doc), JSON.stringify(doc)).toBe(false);
    // Custom attributes are allowed anywhere a record has them.
    expect(validate({ ...base, partners: [{ id: 'a', name: 'A', status: 'active', budget: [1, { x: null }] }] })).toBe(true);
  });
});
