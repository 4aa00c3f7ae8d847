/**
 * How partnermap values are written as text in the interchange formats whose
 * cells or attributes only hold strings (CSV, GraphML, GEXF), and read back.
 * One set of rules for every format, documented in docs/formats.md:
 *
 * - lists of strings (assets, needs, tags, relationship contacts) are written
 *   `a|b|c` when that reads back exactly, and as a JSON array otherwise
 *   (an item containing `|`, an empty item, leading or trailing spaces, ...);
 * - contacts are written `Name <email>|Name` when that reads back exactly, and
 *   as a JSON array of contact objects otherwise;
 * - custom attributes are typed (string, number, boolean) or, when a column or
 *   attribute mixes types or holds null, arrays or objects, JSON.
 */
import type { Contact } from '../../model/partner';
import { isPlainObject } from '../../network/own-properties';

/** The value types a text column or XML attribute can be declared with. */
export type ValueType = 'string' | 'number' | 'boolean' | 'json';

/** The declared types, for messages and parsing. */
export const VALUE_TYPES: readonly ValueType[] = ['string', 'number', 'boolean', 'json'];

/** True for a string that a `|`-separated list can carry as one item. */
function isPlainItem(item: string): boolean {
  return item.length > 0 && !item.includes('|') && item.trim() === item;
}

/** A list of strings as one text value (see the module comment). */
export function encodeList(items: readonly string[]): string {
  if (items.length > 0 && items.every(isPlainItem) && !(items[0] as string).startsWith('[')) return items.join('|');
  return JSON.stringify(items);
}

/**
 * Reads a list written by {@link encodeList}, or as people write them
 * (`funding | venue`): a JSON array of strings when the text is one, otherwise
 * the `|`-separated items, trimmed, empty ones left out.
 */
export function decodeList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = tryJson(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
  }
  return splitPipes(text);
}

function splitPipes(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split('|')) {
    const item = part.trim();
    if (item.length > 0) out.push(item);
  }
  return out;
}

/** `Name <email>` as spreadsheets write a contact. */
const CONTACT_ITEM = /^([\s\S]*?)\s*<([^<>]*)>$/;

function isPlainContact(contact: Contact): boolean {
  if (!isPlainObject(contact)) return false;
  for (const key of Object.keys(contact)) if (key !== 'name' && key !== 'email') return false;
  const { name, email } = contact;
  if (typeof name !== 'string' || !isPlainItem(name) || /[<>]/.test(name)) return false;
  if (email === undefined) return true;
  return typeof email === 'string' && !/[<>|]/.test(email);
}

/** Contacts as one text value: `Name <email>|Name` when exact, a JSON array otherwise. */
export function encodeContacts(contacts: readonly Contact[]): string {
  if (contacts.length > 0 && contacts.every(isPlainContact) && !(contacts[0] as Contact).name.startsWith('[')) {
    return contacts.map((c) => (c.email === undefined ? c.name : `${c.name} <${c.email}>`)).join('|');
  }
  return JSON.stringify(contacts);
}

/**
 * Reads contacts written by {@link encodeContacts} or by people: a JSON array
 * (returned as parsed, for the record reader to check), or `|`-separated
 * `Name <email>` / `Name` items.
 */
export function decodeContacts(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = tryJson(trimmed);
    if (Array.isArray(parsed)) return parsed;
  }
  return splitPipes(text).map((item) => {
    const m = CONTACT_ITEM.exec(item);
    return m ? { name: m[1] ?? '', email: m[2] ?? '' } : { name: item };
  });
}

/** JSON.parse that returns `undefined` instead of throwing. Keys such as `__proto__` stay own data properties. */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The narrowest type that carries every value given exactly. */
export function inferType(values: Iterable<unknown>): ValueType {
  let type: ValueType | undefined;
  for (const value of values) {
    let t: ValueType;
    if (typeof value === 'string') t = 'string';
    else if (typeof value === 'number' && Number.isFinite(value)) t = 'number';
    else if (typeof value === 'boolean') t = 'boolean';
    else return 'json';
    if (type === undefined) type = t;
    else if (type !== t) return 'json';
  }
  return type ?? 'string';
}

/** A value as text under its declared type. */
export function encodeTyped(value: unknown, type: ValueType): string {
  switch (type) {
    case 'string':
      return value as string;
    case 'number':
    case 'boolean':
      return String(value);
    case 'json':
      return JSON.stringify(value);
  }
}

/** The result of reading a typed text value: the value, or why it could not be read. */
export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Reads a text value under its declared type. Numbers are JavaScript number
 * literals (`1.5`, `-2`, `1e-7`); booleans `true`/`false` (any case) or `1`/`0`.
 */
export function decodeTyped(text: string, type: ValueType): Decoded {
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'number': {
      const trimmed = text.trim();
      const n = trimmed === '' ? Number.NaN : Number(trimmed);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'a finite number' };
    }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === '1') return { ok: true, value: true };
      if (t === 'false' || t === '0') return { ok: true, value: false };
      return { ok: false, reason: 'true or false' };
    }
    case 'json': {
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, reason: 'JSON' };
      }
    }
  }
}

/**
 * A string that stands for "an empty string was written here" while records
 * pass through the lenient record reader (which reads an empty cell as
 * absent). Chosen so that it cannot occur in the input: a run of NUL
 * characters longer than any in the input.
 */
export function emptyMarkerFor(input: string): string {
  let longest = 0;
  let run = 0;
  let at = input.indexOf('\u0000');
  if (at === -1) return '\u0000<empty>';
  for (let i = at; i < input.length; i += 1) {
    if (input.charCodeAt(i) === 0) {
      run += 1;
      if (run > longest) longest = run;
    } else {
      run = 0;
      at = input.indexOf('\u0000', i);
      if (at === -1) break;
      i = at - 1;
    }
  }
  return `${'\u0000'.repeat(longest + 1)}<empty>`;
}

/** The string fields in which an empty string is a value (not "absent"). */
export const PARTNER_TEXT_FIELDS: readonly string[] = ['name', 'pointOfContact', 'valueProposition', 'notes'];
/** The relationship fields in which an empty string is a value. */
export const RELATIONSHIP_TEXT_FIELDS: readonly string[] = ['notes'];
