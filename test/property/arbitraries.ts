/**
 * fast-check arbitraries for partnership networks: every status, kind, level
 * and commitment, multi-edges, self-loops, custom attributes, hostile ids and
 * strings. Sizes are small by default so property runs stay fast.
 */
import fc from 'fast-check';
import {
  ASSETS,
  COMMITMENTS,
  COMMUNICATION_FREQUENCIES,
  COMMUNICATION_MODES,
  createNetwork,
  PARTICIPATION_LEVELS,
  PARTNER_STATUSES,
  RELATIONSHIP_KINDS,
  SECTORS,
  type NetworkInput,
  type PartnerInput,
  type PartnerNetwork,
  type RelationshipInput,
} from 'partnermap';
import { HOSTILE_IDS, HOSTILE_STRINGS } from '../fixtures/hostile';

/** Options of {@link networkInputArbitrary}. */
export interface NetworkArbitraryOptions {
  /** Most partners. @defaultValue 12 */
  maxPartners?: number;
  /** Most relationships. @defaultValue 30 */
  maxRelationships?: number;
  /** Draw ids and strings from the hostile lists too. @defaultValue true */
  hostile?: boolean;
  /** Allow self-loops. @defaultValue true */
  selfLoops?: boolean;
  /** Fill the optional fields (contacts, dates, assets, custom attributes). @defaultValue true */
  rich?: boolean;
}

const date = fc
  .tuple(fc.integer({ min: 2015, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Any string a user could type, hostile ones included. */
export function textArbitrary(hostile = true): fc.Arbitrary<string> {
  const plain = fc.string({ maxLength: 12 });
  return hostile ? fc.oneof(plain, fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'grapheme', maxLength: 6 })) : plain;
}

/** A partner id (non-empty), hostile ones included. */
export function idArbitrary(hostile = true): fc.Arbitrary<string> {
  const plain = fc.string({ minLength: 1, maxLength: 8 });
  return hostile ? fc.oneof(plain, fc.constantFrom(...HOSTILE_IDS)) : fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
}

/** JSON-compatible custom attribute values. */
function customValue(hostile: boolean): fc.Arbitrary<unknown> {
  return fc.oneof(
    textArbitrary(hostile),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(textArbitrary(hostile), { maxLength: 3 }),
  );
}

function customAttributes(hostile: boolean): fc.Arbitrary<Record<string, unknown>> {
  const key = hostile
    ? fc.oneof(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/), fc.constantFrom('__proto__', 'constructor', 'toString', 'x y'))
    : fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);
  return fc
    .array(fc.tuple(key, customValue(hostile)), { maxLength: 3 })
    .map((pairs) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of pairs) {
        if (['id', 'name', 'sector', 'status', 'internal', 'assets', 'needs', 'contacts', 'pointOfContact',
          'communication', 'joined', 'identified', 'tags', 'valueProposition', 'notes', 'source', 'target',
          'directed', 'kind', 'level', 'commitment', 'strength', 'since', 'until'].includes(k)) continue;
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return out;
    });
}

function partnerArbitrary(id: string, o: Required<NetworkArbitraryOptions>): fc.Arbitrary<PartnerInput> {
  const text = textArbitrary(o.hostile);
  if (!o.rich) {
    return fc.record({ sector: fc.constantFrom(...SECTORS), status: fc.constantFrom(...PARTNER_STATUSES) }).map((p) => ({ id, ...p }));
  }
  return fc
    .record(
      {
        name: text,
        sector: fc.constantFrom(...SECTORS),
        status: fc.constantFrom(...PARTNER_STATUSES),
        internal: fc.boolean(),
        assets: fc.uniqueArray(fc.oneof(fc.constantFrom(...ASSETS), text), { maxLength: 3 }),
        contacts: fc.array(
          fc.record({ name: text, email: fc.emailAddress() }, { requiredKeys: ['name'] }),
          { maxLength: 2 },
        ),
        communication: fc.record(
          {
            mode: fc.constantFrom(...COMMUNICATION_MODES),
            frequency: fc.constantFrom(...COMMUNICATION_FREQUENCIES),
            lastContact: date,
          },
          { requiredKeys: [] },
        ),
        joined: date,
        identified: date,
        tags: fc.array(text, { maxLength: 2 }),
        notes: text,
      },
      { requiredKeys: ['status'] },
    )
    .chain((fields) => customAttributes(o.hostile).map((custom) => ({ ...custom, ...fields, id })));
}

function relationshipArbitrary(ids: readonly string[], o: Required<NetworkArbitraryOptions>): fc.Arbitrary<RelationshipInput> {
  const endpoint = fc.constantFrom(...ids);
  return fc
    .record(
      {
        source: endpoint,
        target: endpoint,
        kind: fc.constantFrom(...RELATIONSHIP_KINDS),
        directed: fc.boolean(),
        level: fc.constantFrom(...PARTICIPATION_LEVELS),
        commitment: fc.constantFrom(...COMMITMENTS),
        strength: fc.double({ min: 0.01, max: 10, noNaN: true }),
        since: date,
        contacts: fc.array(textArbitrary(o.hostile), { maxLength: 2 }),
        notes: textArbitrary(o.hostile),
      },
      { requiredKeys: ['source', 'target', 'kind'] },
    )
    .filter((r) => o.selfLoops || r.source !== r.target)
    .map((r) => (r.kind === 'referral' ? { ...r, directed: true } : r))
    .chain((r) => (o.rich ? customAttributes(o.hostile).map((custom) => ({ ...custom, ...r })) : fc.constant(r)));
}

/** Valid input for `createNetwork`: unique ids, endpoints that exist, optional home. */
export function networkInputArbitrary(options: NetworkArbitraryOptions = {}): fc.Arbitrary<NetworkInput> {
  const o: Required<NetworkArbitraryOptions> = {
    maxPartners: 12,
    maxRelationships: 30,
    hostile: true,
    selfLoops: true,
    rich: true,
    ...options,
  };
  return fc.uniqueArray(idArbitrary(o.hostile), { minLength: 0, maxLength: o.maxPartners }).chain((ids) => {
    const partners = ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map((id) => partnerArbitrary(id, o)));
    const relationships =
      ids.length === 0 ? fc.constant([]) : fc.array(relationshipArbitrary(ids, o), { maxLength: o.maxRelationships });
    const home = ids.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids), { nil: undefined });
    return fc.record({ partners, relationships, home, name: textArbitrary(o.hostile) }).map((input) => {
      const out: NetworkInput = { partners: input.partners, relationships: input.relationships, name: input.name };
      if (input.home !== undefined) out.home = input.home;
      return out;
    });
  });
}

/** A valid network (see {@link networkInputArbitrary}). */
export function networkArbitrary(options: NetworkArbitraryOptions = {}): fc.Arbitrary<PartnerNetwork> {
  return networkInputArbitrary(options).map((input) => createNetwork(input));
}
