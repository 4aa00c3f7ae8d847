/**
 * Kinds of relationship between two organisations. A partnership is ours
 * (with a participation level and a commitment); a referral records who
 * introduced, or offered to introduce, us to whom (directed, introducer ->
 * introduced); a known tie is a link between two organisations that we learned
 * of. Funding and membership are common enough in ecosystems to name.
 */
import { memberOf } from './vocabulary';

/** Every relationship kind. */
export const RELATIONSHIP_KINDS = ['partnership', 'referral', 'known-tie', 'funding', 'membership', 'other'] as const;

/** What a relationship is. */
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Plain-language names of the kinds. */
export const KIND_LABELS: Readonly<Record<RelationshipKind, string>> = {
  partnership: 'partnership',
  referral: 'referral (introduction)',
  'known-tie': 'known tie',
  funding: 'funding',
  membership: 'membership',
  other: 'other',
};

/**
 * Kinds that have a direction by nature: a referral goes from introducer to the
 * introduced organisation, funding from funder to recipient. Other kinds are
 * undirected unless a relationship says otherwise (a directed edge read from a
 * GraphML file keeps its direction whatever its kind).
 */
export const DIRECTED_KINDS: readonly RelationshipKind[] = ['referral', 'funding'];

/** True when `value` is one of {@link RELATIONSHIP_KINDS}. */
export const isRelationshipKind = memberOf(RELATIONSHIP_KINDS);

/** Whether a relationship of this kind is directed when it does not say. */
export function isDirectedByDefault(kind: RelationshipKind): boolean {
  return DIRECTED_KINDS.includes(kind);
}
