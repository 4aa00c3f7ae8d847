/**
 * The network type: a graphology graph whose nodes are partners and whose
 * edges are relationships. It is mixed (referrals are directed, partnerships
 * are not) and multi (two organisations can share several relationships), so
 * sigma.js and the graphology-* packages take it as it is.
 */
// graphology-types, not graphology's own d.ts: graphology's declaration file is
// CJS-style (`export default`), which under moduleResolution nodenext makes
// `Graph` the module namespace in our emitted types.
import type { AbstractGraph as Graph } from 'graphology-types';
import type { CustomAttributes, PartnerAttributes } from '../model/partner';
import type { RelationshipAttributes } from '../model/relationship';

/** The fields partnermap knows about the network itself. */
export interface NetworkFields {
  /** A title for the map ("Cedar Valley STEM Career Connections"). */
  name?: string;
  /** Id of the home partner: the organisation whose map this is. */
  home?: string;
  /** Free description. */
  description?: string;
}

/** The graph-level attributes: partnermap's fields and the user's own. */
export type NetworkAttributes = NetworkFields & CustomAttributes;

/**
 * A partnership network: a graphology `Graph` (type `mixed`, `multi`) keyed by
 * partner id and relationship id. `P` and `R` are the user's own partner and
 * relationship attributes.
 */
export type PartnerNetwork<P extends object = CustomAttributes, R extends object = CustomAttributes> = Graph<
  PartnerAttributes<P>,
  RelationshipAttributes<R>,
  NetworkAttributes
>;

/**
 * Any partner network, whatever its custom attribute types: what analyses take.
 * (Graph's methods make `PartnerNetwork<P>` invariant in `P`, hence `any`.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNetwork = PartnerNetwork<any, any>;
