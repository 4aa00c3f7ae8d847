/**
 * createNetwork: a partnership network from plain data, validated.
 */
import { throwIfErrors } from '../model/errors';
import type { CustomAttributes, PartnerInput } from '../model/partner';
import type { RelationshipInput } from '../model/relationship';
import { buildNetwork } from './build-network';
import type { NetworkFields, PartnerNetwork } from './types';

/** What {@link createNetwork} takes; every part is optional. */
export interface NetworkInput<P extends object = CustomAttributes, R extends object = CustomAttributes>
  extends NetworkFields {
  /** The user's own graph-level attributes. */
  attributes?: CustomAttributes;
  /** Partners; `id` is required, `status` defaults to `active` and `name` to the id. */
  partners?: readonly PartnerInput<NoInfer<P>>[];
  /** Relationships; `kind` defaults to `known-tie`, ids are generated when absent. */
  relationships?: readonly RelationshipInput<NoInfer<R>>[];
}

/**
 * Creates a partnership network: a graphology graph (mixed, multi) whose nodes
 * are partners and whose edges are relationships.
 *
 * @throws PartnermapError `invalid-record` listing every problem found (unknown
 * sector, duplicate id, relationship to a missing partner, bad date, ...), with
 * the issues attached.
 *
 * @example
 * const network = createNetwork({
 *   home: 'hub',
 *   partners: [{ id: 'hub', name: 'Valley STEM Hub', sector: 'out-of-school' }, { id: 'lib', sector: 'library' }],
 *   relationships: [{ source: 'hub', target: 'lib', kind: 'partnership', level: 'consultation' }],
 * });
 */
export function createNetwork<P extends object = CustomAttributes, R extends object = CustomAttributes>(
  data: NetworkInput<P, R> = {},
): PartnerNetwork<P, R> {
  const { partners = [], relationships = [], attributes, ...fields } = data;
  const graphAttributes: Record<string, unknown> = { ...attributes };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) graphAttributes[key] = value;
  const { network, issues } = buildNetwork(
    {
      attributes: graphAttributes,
      partners: partners.map((value, i) => ({ value, where: { path: `partners[${i}]` } })),
      relationships: relationships.map((value, i) => ({ value, where: { path: `relationships[${i}]` } })),
    },
    { lenient: false, createMissingPartners: false },
  );
  throwIfErrors('createNetwork', 'invalid-record', issues);
  return network as unknown as PartnerNetwork<P, R>;
}
