/**
 * The example network: Cedar Valley STEM Career Connections, a fictional rural
 * STEM career-connections programme over three school years (2022-23 to
 * 2024-25), as its map stood on 30 June 2025. It is the default network of the
 * CLI's commands and of the documentation's examples, so every analysis has
 * something realistic to show: hubs, snowball waves, prospects in missing
 * sectors, clusters, fragile points and a key person.
 */
import type { NetworkInput } from '../network/create-network';
import { createNetwork } from '../network/create-network';
import type { PartnerNetwork } from '../network/types';
import { EXAMPLE_HOME, EXAMPLE_PARTNERS, type ExamplePartnerExtras } from './data/partners';
import { EXAMPLE_RELATIONSHIPS, type ExampleRelationshipExtras } from './data/relationships';

/** The date the example map describes (for overdue communication and other "as of" questions). */
export const EXAMPLE_AS_OF = '2025-06-30';

/** The raw data of the example network, as given to `createNetwork`. */
export type ExampleNetworkInput = NetworkInput<ExamplePartnerExtras, ExampleRelationshipExtras>;

/**
 * The example network's records: the input `exampleNetwork()` builds from, for
 * documentation and for code that wants plain data (deeply frozen: copy it
 * before changing anything, or call `exampleNetwork()` for a network of your own).
 */
export const EXAMPLE_NETWORK_INPUT: ExampleNetworkInput = deepFreeze({
  name: 'Cedar Valley STEM Career Connections',
  home: EXAMPLE_HOME,
  description:
    'A fictional rural STEM career-connections programme in Cedar County over the school years 2022-23 to 2024-25: ' +
    'partners, prospects, who introduced whom, and who works with whom, as of 30 June 2025.',
  attributes: {
    region: 'Cedar County (rural)',
    asOf: EXAMPLE_AS_OF,
    schoolYears: ['2022-23', '2023-24', '2024-25'],
  },
  partners: EXAMPLE_PARTNERS,
  relationships: EXAMPLE_RELATIONSHIPS,
});

/**
 * A fresh copy of the example network: Cedar Valley STEM Career Connections,
 * a fictional rural programme (60 organisations in 14 sectors: schools, an
 * afterschool collaborative, 4-H, a museum an hour away, a community college,
 * STEM businesses, a foundation, ...) with prospects not yet contacted, three
 * school years of referrals growing in snowball waves, partnerships across the
 * participation ladder, contacts and communication routines (some overdue as
 * of {@link EXAMPLE_AS_OF}), and one key person, the district's CTE
 * coordinator, who carries many of the ties. Everything in it is fictional.
 *
 * Each call builds a new, independent network: change it freely.
 *
 * @example
 * const network = exampleNetwork();
 * network.order; // 60 partners
 * getHome(network); // 'cvscc'
 */
export function exampleNetwork(): PartnerNetwork {
  return createNetwork(copyData(EXAMPLE_NETWORK_INPUT) as NetworkInput);
}

/** A deep copy of plain data (records, arrays, primitives), so no network shares the frozen input. */
function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyData(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: copyData(item), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
