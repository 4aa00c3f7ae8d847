/**
 * Typed attribute declarations shared by the GraphML and GEXF writers and
 * readers. Each partner, relationship and network attribute becomes one
 * declaration (a GraphML `<key>`, a GEXF `<attribute>`) with an XML Schema
 * type NetworkX, igraph, Gephi and Cytoscape understand: `string`, `int`,
 * `long`, `double` or `boolean`. Values no single type carries (a custom
 * attribute mixing types, null, arrays, objects) are declared `string`, hold
 * JSON text, and are marked `partnermap:type="json"`.
 */
import type { Partner } from '../../model/partner';
import type { Relationship } from '../../model/relationship';
import {
  needsCommunicationJson,
  PARTNER_TEXT_COLUMNS,
  partnerFieldText,
  RELATIONSHIP_TEXT_COLUMNS,
  relationshipFieldText,
  type PartnerColumn,
} from '../common/fields';
import { inferType, type Decoded } from '../common/values';

/** The XML types partnermap writes. */
export type XmlType = 'string' | 'int' | 'long' | 'double' | 'boolean';

/** What a declaration is attached to. */
export type Scope = 'node' | 'edge' | 'graph';

/** One attribute declaration and how to get each record's value as text. */
export interface Declaration<T> {
  id: string;
  name: string;
  type: XmlType;
  /** The values are JSON text. */
  json: boolean;
  /** The value's text, or undefined when the record has none. */
  text: (record: T) => string | undefined;
}

/** The declarations of a network. */
export interface Declarations {
  node: Declaration<Partner>[];
  edge: Declaration<Relationship>[];
  graph: Declaration<Record<string, unknown>>[];
}

const PARTNER_KNOWN = new Set<string>(['id', 'name', 'sector', 'status', 'internal', 'assets', 'needs', 'contacts',
  'pointOfContact', 'communication', 'joined', 'identified', 'tags', 'valueProposition', 'notes']);
const RELATIONSHIP_KNOWN = new Set<string>(['id', 'source', 'target', 'directed', 'kind', 'level', 'commitment',
  'strength', 'since', 'until', 'contacts', 'notes']);
const NETWORK_KNOWN = new Set<string>(['name', 'home', 'description']);

/** The XML type of a custom attribute from its values. */
function customType(values: readonly unknown[]): { type: XmlType; json: boolean } {
  const type = inferType(values);
  if (type === 'string') return { type: 'string', json: false };
  if (type === 'boolean') return { type: 'boolean', json: false };
  if (type === 'json') return { type: 'string', json: true };
  const numbers = values as number[];
  if (numbers.every((n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647)) return { type: 'int', json: false };
  if (numbers.every((n) => Number.isSafeInteger(n))) return { type: 'long', json: false };
  return { type: 'double', json: false };
}

function encode(value: unknown, json: boolean): string {
  return json ? JSON.stringify(value) : String(value);
}

/** Custom attribute keys of the records in first-seen order, with their values (undefined skipped). */
function customValues(records: readonly object[], known: ReadonlySet<string>, skip: ReadonlySet<string>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const record of records) {
    const r = record as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      if (known.has(key) || skip.has(key)) continue;
      const value = r[key];
      if (value === undefined) continue;
      let list = out.get(key);
      if (list === undefined) out.set(key, (list = []));
      list.push(value);
    }
  }
  return out;
}

function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Options of {@link declare}: what the format carries outside declarations. */
export interface DeclareOptions {
  /** The partner name is the node's label (GEXF), not a declared attribute. */
  nameAsLabel: boolean;
  /** The relationship strength is the edge's weight (GEXF), not a declared attribute. */
  strengthAsWeight: boolean;
  /** Custom partner/relationship attributes written another way (GEXF `viz`). */
  skipNodeCustom: ReadonlySet<string>;
  skipEdgeCustom: ReadonlySet<string>;
}

/**
 * The declarations for a network: partnermap's fields that any record uses
 * (`name`, `status` and `kind` always, so a reader can tell a partnermap file
 * from a generic graph), then custom attributes in first-seen order.
 */
export function declare(
  partners: readonly Partner[],
  relationships: readonly Relationship[],
  attributes: Record<string, unknown>,
  options: DeclareOptions,
): Declarations {
  const node: Declaration<Partner>[] = [];
  const columns: Exclude<PartnerColumn, 'id'>[] = [...PARTNER_TEXT_COLUMNS];
  if (partners.some(needsCommunicationJson)) columns.splice(columns.indexOf('communication.lastContact') + 1, 0, 'communication');
  for (const column of columns) {
    if (column === 'name' && options.nameAsLabel) continue;
    const always = column === 'name' || column === 'status';
    if (!always && !partners.some((p) => partnerFieldText(p, column) !== undefined)) continue;
    node.push({
      id: `n${node.length}`,
      name: column,
      type: column === 'internal' ? 'boolean' : 'string',
      json: false,
      text: (p) => partnerFieldText(p, column),
    });
  }
  for (const [key, values] of customValues(partners, PARTNER_KNOWN, options.skipNodeCustom)) {
    const { type, json } = customType(values);
    node.push({ id: `n${node.length}`, name: key, type, json, text: (p) => {
      const v = own(p, key);
      return v === undefined ? undefined : encode(v, json);
    } });
  }

  const edge: Declaration<Relationship>[] = [];
  const edgeCustom = customValues(relationships, RELATIONSHIP_KNOWN, options.skipEdgeCustom);
  for (const column of RELATIONSHIP_TEXT_COLUMNS) {
    if (column === 'strength' && options.strengthAsWeight) continue;
    // Declaring `strength` whenever a custom `weight` exists stops readers taking `weight` for the strength.
    const always = column === 'kind' || (column === 'strength' && edgeCustom.has('weight'));
    if (!always && !relationships.some((r) => relationshipFieldText(r, column) !== undefined)) continue;
    edge.push({
      id: `e${edge.length}`,
      name: column,
      type: column === 'strength' ? 'double' : 'string',
      json: false,
      text: (r) => relationshipFieldText(r, column),
    });
  }
  for (const [key, values] of edgeCustom) {
    const { type, json } = customType(values);
    edge.push({ id: `e${edge.length}`, name: key, type, json, text: (r) => {
      const v = own(r, key);
      return v === undefined ? undefined : encode(v, json);
    } });
  }

  const graph: Declaration<Record<string, unknown>>[] = [];
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value === undefined) continue;
    const { type, json } = NETWORK_KNOWN.has(key) ? { type: 'string' as const, json: false } : customType([value]);
    graph.push({ id: `g${graph.length}`, name: key, type, json, text: (a) => {
      const v = own(a, key);
      return v === undefined ? undefined : encode(v, json);
    } });
  }
  return { node, edge, graph };
}

/** A declaration as read from a file. */
export interface ReadDeclaration {
  id: string;
  name: string;
  /** The declared type, lower case (`string`, `int`, `integer`, `double`, `liststring`, ...). */
  type: string;
  json: boolean;
  /** The declared default, if any. */
  defaultText?: string;
}

const NUMBER_TYPES = new Set(['int', 'integer', 'long', 'short', 'byte', 'float', 'double', 'bigdecimal', 'biginteger']);

/** Reads a value under its declaration: numbers and booleans typed, JSON parsed, everything else as text. */
export function decodeDeclared(text: string, declaration: ReadDeclaration): Decoded {
  if (declaration.json) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, reason: 'JSON text (it is marked partnermap:type="json")' };
    }
  }
  if (NUMBER_TYPES.has(declaration.type)) {
    const trimmed = text.trim();
    const n = trimmed === '' ? Number.NaN : Number(trimmed);
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: `a finite number (it is declared ${declaration.type})` };
  }
  if (declaration.type === 'boolean') {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === '1') return { ok: true, value: true };
    if (t === 'false' || t === '0') return { ok: true, value: false };
    return { ok: false, reason: 'true or false (it is declared boolean)' };
  }
  return { ok: true, value: text };
}
