/**
 * redactNetwork: a copy of a network that can be shared outside the
 * organisation. Contacts are personal data (the people who hold each
 * relationship: names, emails, phones); a report, an export or a map made for
 * funders, a board or another programme should carry organisations and their
 * ties, not people. See docs/privacy.md.
 *
 * What goes, and what stays:
 * - partner `contacts` become pseudonyms (`{ id: 'person-3', name: 'person-3' }`),
 *   and so do `pointOfContact` and the `contacts` of every relationship: one
 *   person, one pseudonym across the whole network, so key-person risk still
 *   works on shared data ("person-3 carries 23 relationships"), but names,
 *   roles, emails and phones are gone;
 * - `notes` (partners and relationships) are removed: free text that often
 *   names people ("Ellen asked for a library partner");
 * - custom attributes (on the network, partners and relationships) whose name
 *   looks personal ({@link isPersonalFieldName}: email, phone, address,
 *   contact, person, first name, ...) or is listed in `personalFields` are
 *   removed; inside the custom attributes that stay, a nested record with such
 *   a field (it describes a person) and any text holding an email address are
 *   removed too;
 * - everything else is kept as it is: organisation ids and names, sectors,
 *   statuses, assets, needs, the communication routine (mode, frequency and
 *   the date of the last contact: a fact about the organisation, needed for
 *   overdue checks), dates, tags, value propositions, the network's name and
 *   description, and every relationship (kind, level, strength, dates).
 *
 * The input is never changed: the result is a new graph of the same type,
 * with the same node and edge keys in the same order.
 */
import { describeValue, fail } from '../model/errors';
import { contactKey, type Contact } from '../model/partner';
import { assertNetwork } from './assert-network';
import { partnerId } from './node-keys';
import { getOwn, isPlainObject, setOwn } from './own-properties';
import type { AnyNetwork, PartnerNetwork } from './types';

/** Options of {@link redactNetwork}. */
export interface RedactNetworkOptions {
  /**
   * Names of custom attributes to remove as personal, on the network, its
   * partners and relationships, and inside custom values (a nested record
   * with such a field is removed whole), besides those
   * {@link isPersonalFieldName} finds. Exact names ("coordinator",
   * "Mentor names"): list every column that holds people.
   * @defaultValue []
   */
  personalFields?: readonly string[];
  /**
   * Names of custom attributes to keep even though {@link isPersonalFieldName}
   * finds them personal ("contactMode" is about the organisation, say).
   * @defaultValue []
   */
  keepFields?: readonly string[];
  /**
   * Find personal custom attributes by their names ({@link isPersonalFieldName})
   * and remove text that holds an email address. With false, only the fields
   * partnermap knows (`contacts`, `pointOfContact`, `notes`) and
   * `personalFields` are removed.
   * @defaultValue true
   */
  detectPersonalFields?: boolean;
  /**
   * Keep partners' and relationships' `notes` (free text: review it first).
   * @defaultValue false
   */
  keepNotes?: boolean;
  /**
   * The pseudonym of each contact key: read, and extended with the people
   * this network adds (`person-<n>`, numbered after the largest already in
   * it). Pass one `Map` when redacting several versions of a map (this year
   * and last) so that each person keeps one pseudonym across them. Keep it
   * to yourself: it links pseudonyms back to people.
   * @defaultValue a new Map (pseudonyms numbered from person-1)
   */
  pseudonyms?: Map<string, string>;
}

/**
 * The words that make a custom attribute's name look personal (see
 * {@link isPersonalFieldName}): contact details, people, and personal
 * particulars. A name matches when one of its words, or two or three
 * adjacent words written together, is in this list.
 */
export const PERSONAL_FIELD_WORDS: readonly string[] = Object.freeze([
  // contact details
  'email',
  'emails',
  'mail',
  'phone',
  'phones',
  'telephone',
  'tel',
  'mobile',
  'cell',
  'cellphone',
  'fax',
  'whatsapp',
  'sms',
  'address',
  'addresses',
  'linkedin',
  // people
  'contact',
  'contacts',
  'person',
  'persons',
  'people',
  'personal',
  'nameof',
  'firstname',
  'lastname',
  'surname',
  'forename',
  'fullname',
  'givenname',
  'familyname',
  'middlename',
  'maidenname',
  // particulars
  'birthday',
  'birthdate',
  'dateofbirth',
  'dob',
  'gender',
  'pronouns',
  'ssn',
]);

const PERSONAL_WORDS = new Set(PERSONAL_FIELD_WORDS);

/** The lowercase words of a field name: camelCase, snake_case, kebab-case, spaces and digits all split. */
function fieldWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/**
 * True when a custom attribute's name looks personal: one of its words, or
 * two or three adjacent words written together, is in
 * {@link PERSONAL_FIELD_WORDS}. Words are split at case changes, digits and
 * punctuation: `email`, `E-mail`, `contactPhone`, `home_address`,
 * `First Name`, `name_of_coordinator` and `dateOfBirth` match; `name`,
 * `website`, `county`, `sector`, `personnel` and `amountUsd` do not (an
 * organisation's name is not personal). It errs on the side of removing:
 * `contactMode` matches (keep it with `keepFields`).
 */
export function isPersonalFieldName(name: string): boolean {
  const words = fieldWords(name);
  for (let i = 0; i < words.length; i += 1) {
    const one = words[i] as string;
    if (PERSONAL_WORDS.has(one)) return true;
    const two = i + 1 < words.length ? one + (words[i + 1] as string) : undefined;
    if (two !== undefined && PERSONAL_WORDS.has(two)) return true;
    if (two !== undefined && i + 2 < words.length && PERSONAL_WORDS.has(two + (words[i + 2] as string))) return true;
  }
  return false;
}

// An email address anywhere in a text: local@domain.tld.
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/;

/** Fields partnermap knows on partners and relationships and keeps as they are. */
const KEPT_PARTNER_FIELDS = new Set(['name', 'sector', 'status', 'internal', 'assets', 'needs', 'joined', 'identified', 'tags', 'valueProposition']);
const KEPT_RELATIONSHIP_FIELDS = new Set(['kind', 'level', 'commitment', 'strength', 'since', 'until', 'directed']);
const KEPT_NETWORK_FIELDS = new Set(['name', 'home', 'description']);
const COMMUNICATION_FIELDS = new Set(['mode', 'frequency', 'lastContact']);

/** Marks a value to leave out. */
const DROP: unique symbol = Symbol('drop');

/** What a redaction removed, for the report's method note (names of fields, never values). */
export interface RedactionSummary {
  /** People given a pseudonym. */
  people: number;
  /** Partners whose contacts or point of contact were replaced. */
  partnersWithContacts: number;
  /** Partners and relationships whose notes were removed. */
  notesRemoved: number;
  /** Custom attribute names removed somewhere (sorted). */
  fieldsRemoved: string[];
  /** Custom values removed because they held an email address or a person's record. */
  valuesRemoved: number;
}

interface Redactor {
  personal: (name: string) => boolean;
  detect: boolean;
  keepNotes: boolean;
  pseudonym: (key: string) => string;
  summary: RedactionSummary;
  fields: Set<string>;
}

function stringList(fn: string, name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    fail(fn, 'invalid-argument', `${name} must be an array of field names (strings); received ${describeValue(value)}.`);
  }
  return value as string[];
}

function booleanOption(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(fn, 'invalid-argument', `${name} must be a boolean; received ${describeValue(value)}.`);
  return value;
}

const OPTION_NAMES = ['personalFields', 'keepFields', 'detectPersonalFields', 'keepNotes', 'pseudonyms'];

/** Checks the options at the door (shared with the report, which passes its `redact` option here). */
export function checkRedactOptions(fn: string, options: unknown, name = 'options'): Required<Omit<RedactNetworkOptions, 'pseudonyms'>> & { pseudonyms: Map<string, string> | undefined } {
  if (options === undefined) return { personalFields: [], keepFields: [], detectPersonalFields: true, keepNotes: false, pseudonyms: undefined };
  if (!isPlainObject(options)) fail(fn, 'invalid-argument', `${name} must be an object; received ${describeValue(options)}.`);
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) fail(fn, 'invalid-argument', `unknown option ${JSON.stringify(key)} in ${name}; options are ${OPTION_NAMES.join(', ')}.`);
  }
  const pseudonyms = getOwn(options, 'pseudonyms');
  if (pseudonyms !== undefined && !(pseudonyms instanceof Map)) {
    fail(fn, 'invalid-argument', `pseudonyms must be a Map from contact keys to pseudonyms; received ${describeValue(pseudonyms)}.`);
  }
  return {
    personalFields: stringList(fn, 'personalFields', getOwn(options, 'personalFields')),
    keepFields: stringList(fn, 'keepFields', getOwn(options, 'keepFields')),
    detectPersonalFields: booleanOption(fn, 'detectPersonalFields', getOwn(options, 'detectPersonalFields'), true),
    keepNotes: booleanOption(fn, 'keepNotes', getOwn(options, 'keepNotes'), false),
    pseudonyms: pseudonyms as Map<string, string> | undefined,
  };
}

/** A deep copy of plain data (records and arrays); other values as they are. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, copy(value[key]));
    return out;
  }
  return value;
}

/** A custom value with people taken out (or DROP when the whole value is personal). */
function clean(r: Redactor, value: unknown): unknown {
  if (typeof value === 'string') {
    if (r.detect && EMAIL.test(value)) {
      r.summary.valuesRemoved += 1;
      return DROP;
    }
    return value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const cleaned = clean(r, item);
      if (cleaned !== DROP) out.push(cleaned);
    }
    return out;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    // A record with a contact field describes a person: its name goes with it.
    if (keys.some((k) => r.personal(k))) {
      r.summary.valuesRemoved += 1;
      return DROP;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const cleaned = clean(r, value[key]);
      if (cleaned !== DROP) setOwn(out, key, cleaned);
    }
    return out;
  }
  return value;
}

/** Copies a custom attribute unless it is personal. */
function customAttribute(r: Redactor, out: Record<string, unknown>, key: string, value: unknown): void {
  if (r.personal(key)) {
    r.fields.add(key);
    return;
  }
  const cleaned = clean(r, value);
  if (cleaned !== DROP) setOwn(out, key, cleaned);
}

function contactKeyOf(contact: unknown): string | undefined {
  if (!isPlainObject(contact)) return undefined;
  const id = getOwn(contact, 'id');
  const name = getOwn(contact, 'name');
  if (typeof id === 'string' && id !== '') return id;
  if (typeof name === 'string' && name !== '') return contactKey(contact as unknown as Contact);
  return undefined;
}

function redactPartner(r: Redactor, attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let hadContacts = false;
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (key === 'contacts') {
      if (!Array.isArray(value)) continue;
      hadContacts = true;
      const seen = new Set<string>();
      const people: Record<string, unknown>[] = [];
      for (const contact of value) {
        const ck = contactKeyOf(contact);
        if (ck === undefined) continue;
        const alias = r.pseudonym(ck);
        if (seen.has(alias)) continue;
        seen.add(alias);
        people.push({ id: alias, name: alias });
      }
      setOwn(out, key, people);
    } else if (key === 'pointOfContact') {
      if (typeof value !== 'string' || value === '') continue;
      hadContacts = true;
      setOwn(out, key, r.pseudonym(value));
    } else if (key === 'notes') {
      if (r.keepNotes) setOwn(out, key, copy(value));
      else if (value !== undefined) r.summary.notesRemoved += 1;
    } else if (key === 'communication') {
      if (!isPlainObject(value)) {
        setOwn(out, key, copy(value));
        continue;
      }
      const communication: Record<string, unknown> = {};
      for (const field of Object.keys(value)) {
        if (COMMUNICATION_FIELDS.has(field)) setOwn(communication, field, copy(value[field]));
        else customAttribute(r, communication, field, value[field]);
      }
      setOwn(out, key, communication);
    } else if (KEPT_PARTNER_FIELDS.has(key)) {
      setOwn(out, key, copy(value));
    } else {
      customAttribute(r, out, key, value);
    }
  }
  if (hadContacts) r.summary.partnersWithContacts += 1;
  return out;
}

function redactRelationship(r: Redactor, attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (key === 'contacts') {
      if (!Array.isArray(value)) continue;
      const aliases: string[] = [];
      for (const ck of value) {
        if (typeof ck !== 'string' || ck.trim() === '') continue;
        const alias = r.pseudonym(ck);
        if (!aliases.includes(alias)) aliases.push(alias);
      }
      setOwn(out, key, aliases);
    } else if (key === 'notes') {
      if (r.keepNotes) setOwn(out, key, copy(value));
      else if (value !== undefined) r.summary.notesRemoved += 1;
    } else if (KEPT_RELATIONSHIP_FIELDS.has(key)) {
      setOwn(out, key, copy(value));
    } else {
      customAttribute(r, out, key, value);
    }
  }
  return out;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Gives pseudonyms in a fixed order: partners by id (contacts, then point of contact), then relationships by id. */
function assignPseudonyms(network: AnyNetwork, r: Redactor): void {
  const partners: [string, Record<string, unknown>][] = [];
  network.forEachNode((key, attributes) => partners.push([partnerId(key), attributes as Record<string, unknown>]));
  partners.sort((a, b) => byCodeUnits(a[0], b[0]));
  for (const [, attributes] of partners) {
    const contacts = getOwn(attributes, 'contacts');
    if (Array.isArray(contacts)) {
      for (const contact of contacts) {
        const ck = contactKeyOf(contact);
        if (ck !== undefined) r.pseudonym(ck);
      }
    }
    const poc = getOwn(attributes, 'pointOfContact');
    if (typeof poc === 'string' && poc !== '') r.pseudonym(poc);
  }
  const relationships: [string, Record<string, unknown>][] = [];
  network.forEachEdge((key, attributes) => relationships.push([key, attributes as Record<string, unknown>]));
  relationships.sort((a, b) => byCodeUnits(a[0], b[0]));
  for (const [, attributes] of relationships) {
    const contacts = getOwn(attributes, 'contacts');
    if (!Array.isArray(contacts)) continue;
    for (const ck of contacts) if (typeof ck === 'string' && ck.trim() !== '') r.pseudonym(ck);
  }
}

/** The redaction with what it removed (the report's method note uses the summary). */
export function redactWithSummary(
  network: AnyNetwork,
  options: ReturnType<typeof checkRedactOptions>,
): { network: PartnerNetwork; summary: RedactionSummary } {
  const explicit = new Set(options.personalFields);
  const kept = new Set(options.keepFields);
  const detect = options.detectPersonalFields;
  const table = options.pseudonyms ?? new Map<string, string>();
  const taken = new Set(table.values());
  let next = 1;
  for (const alias of taken) {
    const m = /^person-(\d+)$/.exec(alias);
    if (m !== null) next = Math.max(next, Number(m[1]) + 1);
  }
  const summary: RedactionSummary = { people: 0, partnersWithContacts: 0, notesRemoved: 0, fieldsRemoved: [], valuesRemoved: 0 };
  const people = new Set<string>();
  const r: Redactor = {
    personal: (name) => explicit.has(name) || (detect && !kept.has(name) && isPersonalFieldName(name)),
    detect,
    keepNotes: options.keepNotes,
    summary,
    fields: new Set(),
    pseudonym(key) {
      let alias = table.get(key);
      if (alias === undefined) {
        while (taken.has(`person-${next}`)) next += 1;
        alias = `person-${next}`;
        next += 1;
        taken.add(alias);
        table.set(key, alias);
      }
      people.add(alias);
      return alias;
    },
  };
  assignPseudonyms(network, r);

  const graph = network.nullCopy() as unknown as PartnerNetwork;
  const attributes = network.getAttributes() as Record<string, unknown>;
  const networkOut: Record<string, unknown> = {};
  for (const key of Object.keys(attributes)) {
    if (KEPT_NETWORK_FIELDS.has(key)) setOwn(networkOut, key, copy(attributes[key]));
    else customAttribute(r, networkOut, key, attributes[key]);
  }
  graph.replaceAttributes(networkOut);
  network.forEachNode((key, nodeAttributes) => {
    graph.addNode(key, redactPartner(r, nodeAttributes as Record<string, unknown>) as never);
  });
  network.forEachEdge((key, edgeAttributes, source, target, _s, _t, undirected) => {
    const redacted = redactRelationship(r, edgeAttributes as Record<string, unknown>) as never;
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, redacted);
    else graph.addDirectedEdgeWithKey(key, source, target, redacted);
  });
  summary.people = people.size;
  summary.fieldsRemoved = [...r.fields].sort(byCodeUnits);
  return { network: graph, summary };
}

/**
 * A copy of the network without personal data, to share outside the
 * organisation: contacts, points of contact and the people on relationships
 * become stable pseudonyms (`person-1`, `person-2`, ...), notes are removed,
 * and so are custom attributes that look personal (see
 * {@link isPersonalFieldName}) or are listed in `personalFields`. Organisations,
 * their sectors, statuses and ties are kept, so every analysis, export and
 * map works on the copy; key-person risk speaks of pseudonyms. The input is
 * never changed. See docs/privacy.md for what counts as personal.
 *
 * @example
 * const shared = redactNetwork(network);
 * toJson(shared); // no names, emails or phones of contacts
 * keyPersonRisk(shared).contacts[0].name; // 'person-7'
 */
export function redactNetwork(network: AnyNetwork, options: RedactNetworkOptions = {}): PartnerNetwork {
  const fn = 'redactNetwork';
  assertNetwork(fn, network);
  return redactWithSummary(network, checkRedactOptions(fn, options)).network;
}
