/**
 * A relationship between two partners (an edge). Two organisations can share
 * several relationships; referrals are directed (introducer -> introduced),
 * partnerships and known ties are not.
 */
import type { Commitment } from './commitment';
import type { ParticipationLevel } from './participation';
import type { CustomAttributes } from './partner';
import type { RelationshipKind } from './relationship-kinds';

/** The fields partnermap knows about a relationship. Only `kind` is always present. */
export interface RelationshipFields {
  /** What the relationship is; defaults to `known-tie`. */
  kind: RelationshipKind;
  /** The agreed rung of the participation ladder (partnerships mostly). */
  level?: ParticipationLevel;
  /** How much the partnership asks over time. */
  commitment?: Commitment;
  /** Tie strength, a positive number; 1 when absent. Also read from a file's `weight`. */
  strength?: number;
  /** ISO date the relationship began (for a referral: the date of the introduction). */
  since?: string;
  /** ISO date the relationship ended. */
  until?: string;
  /** Keys of the contacts (people) who carry the relationship, on either side. */
  contacts?: string[];
  /** Free notes. */
  notes?: string;
}

/** The attributes stored on a relationship edge: partnermap's fields and the user's own. */
export type RelationshipAttributes<X extends object = CustomAttributes> = RelationshipFields & X;

/** A relationship as read back from a network. */
export type Relationship<X extends object = CustomAttributes> = {
  id: string;
  source: string;
  target: string;
  /** True when the relationship has a direction (source -> target). */
  directed: boolean;
} & RelationshipAttributes<X>;

/** A relationship as given to `addRelationship` or `createNetwork`. */
export type RelationshipInput<X extends object = CustomAttributes> = {
  /** Generated (`r1`, `r2`, ...) when absent. */
  id?: string;
  source: string;
  target: string;
  /** Defaults to true for referrals and funding, false otherwise. A referral is always directed. */
  directed?: boolean;
} & Partial<RelationshipFields> &
  X;

/** The field names of {@link RelationshipFields}, in export order. Anything else is custom. */
export const RELATIONSHIP_FIELDS = [
  'kind',
  'level',
  'commitment',
  'strength',
  'since',
  'until',
  'contacts',
  'notes',
] as const satisfies readonly (keyof RelationshipFields)[];
