/**
 * The columns of the CSV tables: which header names mean which field (matched
 * case-insensitively, ignoring spaces, `_`, `-` and `.`), and how a custom
 * column declares its type with a `:number`, `:boolean`, `:json` or
 * `:string` suffix.
 */
import {
  PARTNER_TEXT_COLUMNS,
  RELATIONSHIP_TEXT_COLUMNS,
  type PartnerColumn,
  type RelationshipColumn,
} from '../common/fields';
import { VALUE_TYPES, type ValueType } from '../common/values';

export type { PartnerColumn, RelationshipColumn };

/** The partners.csv columns partnermap writes, in order (`communication` is added when needed). */
export const PARTNER_COLUMNS: readonly PartnerColumn[] = ['id', ...PARTNER_TEXT_COLUMNS];

/** The relationships.csv columns partnermap writes, in order. */
export const RELATIONSHIP_COLUMNS: readonly RelationshipColumn[] = ['id', 'source', 'target', 'directed', ...RELATIONSHIP_TEXT_COLUMNS];

/** A header name as matched: lower case, without spaces, `_`, `-` and `.`. */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-]+/g, '');
}

/** Alternative spellings, by normalised header. Aliases apply only when the main spelling is absent. */
const PARTNER_ALIASES: ReadonlyMap<string, PartnerColumn> = new Map([
  ['partnerid', 'id'],
  ['label', 'name'],
  ['mode', 'communication.mode'],
  ['frequency', 'communication.frequency'],
  ['lastcontact', 'communication.lastContact'],
]);

const RELATIONSHIP_ALIASES: ReadonlyMap<string, RelationshipColumn> = new Map([
  ['relationshipid', 'id'],
  ['from', 'source'],
  ['to', 'target'],
  ['weight', 'strength'],
]);

function table<T extends string>(columns: readonly T[]): Map<string, T> {
  return new Map(columns.map((c) => [normalizeHeader(c), c]));
}

const PARTNER_TABLE = table<PartnerColumn>([...PARTNER_COLUMNS, 'communication']);
const RELATIONSHIP_TABLE = table<RelationshipColumn>([...RELATIONSHIP_COLUMNS, 'type']);

/** How one header was understood. */
export type HeaderMeaning<T extends string> =
  | { kind: 'field'; field: T; alias?: string }
  | { kind: 'custom'; key: string; type: ValueType }
  | { kind: 'unnamed' };

/** Splits `name:type` into the key and type, when the suffix is a known type. */
export function splitTypedHeader(header: string): { key: string; type: ValueType } | undefined {
  const colon = header.lastIndexOf(':');
  if (colon === -1) return undefined;
  const suffix = header.slice(colon + 1).trim().toLowerCase();
  return (VALUE_TYPES as readonly string[]).includes(suffix)
    ? { key: header.slice(0, colon), type: suffix as ValueType }
    : undefined;
}

/**
 * Reads a header row. A header with a type suffix is always custom; a header
 * matching a field (or, when that field has no column of its own, an alias)
 * is that field; anything else is a custom string column named exactly as
 * written. The first column wins when two mean the same field.
 */
function readHeaders<T extends string>(
  headers: readonly string[],
  main: ReadonlyMap<string, T>,
  aliases: ReadonlyMap<string, T>,
): HeaderMeaning<T>[] {
  const present = new Set<T>();
  for (const h of headers) {
    if (splitTypedHeader(h) !== undefined) continue;
    const field = main.get(normalizeHeader(h));
    if (field !== undefined) present.add(field);
  }
  const taken = new Set<T>();
  return headers.map((h): HeaderMeaning<T> => {
    const typed = splitTypedHeader(h);
    if (typed !== undefined) return { kind: 'custom', key: typed.key, type: typed.type };
    if (h.trim() === '') return { kind: 'unnamed' };
    const normal = normalizeHeader(h);
    const field = main.get(normal);
    if (field !== undefined && !taken.has(field)) {
      taken.add(field);
      return { kind: 'field', field };
    }
    const alias = aliases.get(normal);
    if (field === undefined && alias !== undefined && !present.has(alias) && !taken.has(alias)) {
      taken.add(alias);
      return { kind: 'field', field: alias, alias: h };
    }
    return { kind: 'custom', key: h, type: 'string' };
  });
}

/** Reads the partners.csv header row. */
export function readPartnerHeaders(headers: readonly string[]): HeaderMeaning<PartnerColumn>[] {
  return readHeaders(headers, PARTNER_TABLE, PARTNER_ALIASES);
}

/** Reads the relationships.csv header row. */
export function readRelationshipHeaders(headers: readonly string[]): HeaderMeaning<RelationshipColumn>[] {
  const meanings = readHeaders(headers, RELATIONSHIP_TABLE, RELATIONSHIP_ALIASES);
  // Gephi's `Type` column gives the direction only when no `directed` column does.
  const hasDirected = meanings.some((m) => m.kind === 'field' && m.field === 'directed');
  return meanings.map((m, i) =>
    m.kind === 'field' && m.field === 'type' && hasDirected ? { kind: 'custom', key: headers[i] as string, type: 'string' } : m,
  );
}

/** Every normalised header that means something in a table (fields and aliases): custom columns with these names need a type suffix. */
export const RESERVED_PARTNER_HEADERS: ReadonlySet<string> = new Set([...PARTNER_TABLE.keys(), ...PARTNER_ALIASES.keys()]);
/** See {@link RESERVED_PARTNER_HEADERS}. */
export const RESERVED_RELATIONSHIP_HEADERS: ReadonlySet<string> = new Set([
  ...RELATIONSHIP_TABLE.keys(),
  ...RELATIONSHIP_ALIASES.keys(),
]);

/**
 * The header for a custom column: the key itself when it reads back as a
 * custom string column, otherwise `key:type`.
 */
export function customHeader(key: string, type: ValueType, reserved: ReadonlySet<string>): string {
  const plain =
    type === 'string' && key.trim() !== '' && !key.includes(':') && !reserved.has(normalizeHeader(key)) && key.trim() === key;
  return plain ? key : `${key}:${type}`;
}
