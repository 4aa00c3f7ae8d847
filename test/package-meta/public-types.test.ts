// Type tests: `npm run typecheck` (tsc) checks these; vitest runs them as no-ops.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createNetwork,
  getPartner,
  listRelationships,
  type Partner,
  type PartnerNetwork,
  type ParticipationLevel,
  type Relationship,
  type Sector,
} from 'partnermap';

describe('public types', () => {
  it('carry the user own attributes through the network', () => {
    type Mine = { county: string };
    const network = createNetwork<Mine>({ partners: [{ id: 'a', county: 'Cedar', sector: 'school' }] });
    expectTypeOf(network).toEqualTypeOf<PartnerNetwork<Mine>>();
    const partner = getPartner(network, 'a');
    expectTypeOf(partner.county).toEqualTypeOf<string>();
    expectTypeOf(partner.sector).toEqualTypeOf<Sector | undefined>();
    expectTypeOf(partner).toMatchTypeOf<Partner<Mine>>();
  });

  it('type relationships and the ladder', () => {
    const network = createNetwork();
    expectTypeOf(listRelationships(network)).toEqualTypeOf<Relationship[]>();
    expectTypeOf<NonNullable<Relationship['level']>>().toEqualTypeOf<ParticipationLevel>();
    const misspelt = () =>
      // @ts-expect-error: an unknown sector is a type error
      createNetwork({ partners: [{ id: 'a', sector: 'museums' }] });
    expectTypeOf(misspelt).returns.toEqualTypeOf<PartnerNetwork>();
  });
});
