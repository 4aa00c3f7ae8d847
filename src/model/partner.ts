/**
 * A partner: an organisation on the network map (a node). Fields follow the
 * domain model; any other attribute a user gives (custom spreadsheet columns,
 * layout positions, ...) is kept untouched through every operation and export.
 */
import type { AssetName } from './assets';
import type { CommunicationFrequency, CommunicationMode } from './communication';
import type { PartnerStatus } from './statuses';
import type { Sector } from './sectors';

/** The user's own attributes. Values should be JSON-compatible so that every export keeps them. */
export type CustomAttributes = Record<string, unknown>;

/**
 * A person who holds a relationship with a partner. Contacts are personal data:
 * `redactNetwork` removes them before a network is shared.
 */
export interface Contact {
  /** A stable key for the person; when absent, `name` is the key. */
  id?: string;
  /** The person's name. */
  name: string;
  /** Their role at the organisation ("STEM coordinator"). */
  role?: string;
  email?: string;
  phone?: string;
}

/** The agreed communication routine with a partner. */
export interface Communication {
  /** How the partner prefers to be reached. */
  mode?: CommunicationMode;
  /** How often contact is agreed. */
  frequency?: CommunicationFrequency;
  /** ISO date of the last contact, used to flag overdue communication. */
  lastContact?: string;
}

/** The fields partnermap knows about a partner. Only `name` and `status` are always present. */
export interface PartnerFields {
  /** Display name; defaults to the id. */
  name: string;
  /** The sector; absent when not recorded. */
  sector?: Sector;
  /** Where the partner stands in the pipeline; defaults to `active`. */
  status: PartnerStatus;
  /** True for the home organisation's own departments and units (internal partners). */
  internal?: boolean;
  /** What the partner brings. */
  assets?: AssetName[];
  /** What the partner needs from the partnership. */
  needs?: AssetName[];
  /** The people who hold the relationship (personal data). */
  contacts?: Contact[];
  /** Key (id or name) of the contact who is the single point of contact. */
  pointOfContact?: string;
  /** The agreed communication routine. */
  communication?: Communication;
  /** ISO date the partner joined (became active). */
  joined?: string;
  /** ISO date the partner was first put on the map (for prospects: when they became known). */
  identified?: string;
  /** Free tags. */
  tags?: string[];
  /** What the partnership offers this partner and us (SERC's value proposition). */
  valueProposition?: string;
  /** Free notes. */
  notes?: string;
}

/** The attributes stored on a partner node: partnermap's fields and the user's own. */
export type PartnerAttributes<X extends object = CustomAttributes> = PartnerFields & X;

/** A partner as read back from a network: its id and its attributes. */
export type Partner<X extends object = CustomAttributes> = { id: string } & PartnerAttributes<X>;

/** A partner as given to `addPartner` or `createNetwork`: an id, the rest optional. */
export type PartnerInput<X extends object = CustomAttributes> = { id: string } & Partial<PartnerFields> & X;

/** The field names of {@link PartnerFields}, in the order exports write them. Anything else is custom. */
export const PARTNER_FIELDS = [
  'name',
  'sector',
  'status',
  'internal',
  'assets',
  'needs',
  'contacts',
  'pointOfContact',
  'communication',
  'joined',
  'identified',
  'tags',
  'valueProposition',
  'notes',
] as const satisfies readonly (keyof PartnerFields)[];

/** The key by which relationships and `pointOfContact` refer to a contact. */
export function contactKey(contact: Contact): string {
  return contact.id ?? contact.name;
}
