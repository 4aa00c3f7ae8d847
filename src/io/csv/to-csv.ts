/**
 * toCsv: a network as three CSV tables (partners, relationships, network
 * attributes), lossless and safe to open in a spreadsheet. See
 * docs/formats.md for the columns and the escaping rules.
 */
import { describeValue, fail } from '../../model/errors';
import type { Partner } from '../../model/partner';
import { PARTNER_FIELDS } from '../../model/partner';
import { RELATIONSHIP_FIELDS } from '../../model/relationship';
import { assertNetwork } from '../../network/assert-network';
import { findNonJsonValue } from '../../network/json-values';
import { listPartners } from '../../network/partners';
import { listRelationships } from '../../network/relationships';
import type { AnyNetwork } from '../../network/types';
import {
  needsCommunicationJson,
  PARTNER_TEXT_COLUMNS,
  partnerFieldText,
  RELATIONSHIP_TEXT_COLUMNS,
  relationshipFieldText } from '../common/fields';
import { encodeTyped, inferType, type ValueType } from '../common/values';
import {
  customHeader,
  PARTNER_COLUMNS,
  RELATIONSHIP_COLUMNS,
  RESERVED_PARTNER_HEADERS,
  RESERVED_RELATIONSHIP_HEADERS } from './columns';
import { escapeFormula, quoteCell } from './tokenizer';

/** The CSV tables of a network. */
export interface CsvTables {
  /** partners.csv: one row per partner. */
  partners: string;
  /** relationships.csv: one row per relationship. */
  relationships: string;
  /** network.csv: `key,value` rows for the network's name, home, description and custom attributes (only a header when it has none). */
  network: string;
}

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /**
   * The cell separator.
   * @defaultValue ","
   */
  delimiter?: ',' | ';' | '\t';
  /**
   * The line end (RFC 4180 says CRLF; spreadsheets read both).
   * @defaultValue "\r\n"
   */
  lineEnding?: '\r\n' | '\n';
  /**
   * Prefix with `'` the text cells a spreadsheet would run as a formula
   * (starting with `=`, `+`, `-`, `@`, tab or CR), reversibly: `fromCsv`
   * removes exactly that prefix. Turn off only for files no spreadsheet opens.
   * @defaultValue true
   */
  escapeFormulas?: boolean;
}

const PARTNER_KNOWN = new Set<string>(['id', ...PARTNER_FIELDS]);
const RELATIONSHIP_KNOWN = new Set<string>(['id', 'source', 'target', 'directed', ...RELATIONSHIP_FIELDS]);
const NETWORK_RESERVED: ReadonlySet<string> = new Set(['name', 'home', 'description']);

/** A custom column: its key, its type and header. */
interface CustomColumn {
  key: string;
  type: ValueType;
  header: string;
}

/** The custom attribute keys of the records, in first-seen order, each with the type that carries all its values. */
function customColumns(
  records: readonly Record<string, unknown>[],
  known: ReadonlySet<string>,
  reserved: ReadonlySet<string>,
): CustomColumn[] {
  const values = new Map<string, unknown[]>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      const value = record[key];
      if (value === undefined) continue;
      let list = values.get(key);
      if (list === undefined) values.set(key, (list = []));
      list.push(value);
    }
  }
  return [...values].map(([key, list]) => {
    const type = inferType(list);
    return { key, type, header: customHeader(key, type, reserved) };
  });
}

/**
 * The network as CSV tables (see docs/formats.md): `partners`,
 * `relationships` and `network` (its attributes), lossless through
 * {@link fromCsv}.
 *
 * @throws PartnermapError `unsupported` when a custom value cannot be written
 * (NaN, Infinity, a Date, a cycle), naming the partner or relationship.
 *
 * @example
 * const { partners, relationships, network: attributes } = toCsv(network);
 * const { network: copy } = fromCsv({ partners, relationships, network: attributes });
 */
export function toCsv(network: AnyNetwork, options: ToCsvOptions = {}): CsvTables {
  assertNetwork('toCsv', network);
  const { delimiter = ',', lineEnding = '\r\n', escapeFormulas = true } = options;
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    fail('toCsv', 'invalid-argument', `delimiter must be ",", ";" or "\\t"; received ${describeValue(delimiter)}.`);
  }
  if (lineEnding !== '\r\n' && lineEnding !== '\n') {
    fail('toCsv', 'invalid-argument', `lineEnding must be "\\r\\n" or "\\n"; received ${describeValue(lineEnding)}.`);
  }
  if (typeof escapeFormulas !== 'boolean') {
    fail('toCsv', 'invalid-argument', `escapeFormulas must be a boolean; received ${describeValue(escapeFormulas)}.`);
  }
  const attributes = { ...network.getAttributes() } as Record<string, unknown>;
  const partners = listPartners(network);
  const relationships = listRelationships(network);
  const bad =
    findNonJsonValue(attributes, 'network') ??
    firstFound(partners, (p) => findNonJsonValue(p, `partner ${JSON.stringify(p.id)}`)) ??
    firstFound(relationships, (r) => findNonJsonValue(r, `relationship ${JSON.stringify(r.id)}`));
  if (bad !== undefined) fail('toCsv', 'unsupported', `${bad}, which CSV cannot carry; store it as a string or number.`);

  const text = (value: string): string => quoteCell(escapeFormulas ? escapeFormula(value) : value, delimiter);
  const raw = (value: string): string => quoteCell(value, delimiter);
  const optionalText = (value: unknown): string => (typeof value === 'string' ? text(value) : '');
  const row = (cells: readonly string[]): string => cells.join(delimiter) + lineEnding;
  const typed = (value: unknown, type: ValueType): string => {
    if (value === undefined) return '';
    const encoded = encodeTyped(value, type);
    return type === 'string' ? text(encoded) : raw(encoded);
  };

  // partners.csv
  const partnerCustom = customColumns(partners as Record<string, unknown>[], PARTNER_KNOWN, RESERVED_PARTNER_HEADERS);
  const communicationJson = partners.some(needsCommunicationJson);
  const partnerHeader = [
    ...PARTNER_COLUMNS,
    ...(communicationJson ? ['communication'] : []),
    ...partnerCustom.map((c) => c.header),
  ];
  const partnerLines: string[] = [row(partnerHeader.map(text))];
  for (const p of partners) partnerLines.push(row(partnerRow(p, partnerCustom, communicationJson, { text, raw, optionalText, typed })));

  // relationships.csv
  const relationshipCustom = customColumns(
    relationships as Record<string, unknown>[],
    RELATIONSHIP_KNOWN,
    RESERVED_RELATIONSHIP_HEADERS,
  );
  const relationshipLines: string[] = [row([...RELATIONSHIP_COLUMNS, ...relationshipCustom.map((c) => c.header)].map(text))];
  for (const r of relationships) {
    const cells = [text(r.id), text(r.source), text(r.target), String(r.directed)];
    for (const column of RELATIONSHIP_TEXT_COLUMNS) {
      const value = relationshipFieldText(r, column);
      cells.push(value === undefined ? '' : column === 'strength' ? raw(value) : text(value));
    }
    const record = r as Record<string, unknown>;
    for (const c of relationshipCustom) cells.push(typed(Object.hasOwn(record, c.key) ? record[c.key] : undefined, c.type));
    relationshipLines.push(row(cells));
  }

  // network.csv
  const networkLines: string[] = [row(['key', 'value'])];
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value === undefined) continue;
    if (NETWORK_RESERVED.has(key)) {
      networkLines.push(row([text(key), text(value as string)]));
      continue;
    }
    const type = inferType([value]);
    networkLines.push(row([text(customHeader(key, type, NETWORK_RESERVED)), typed(value, type)]));
  }

  return { partners: partnerLines.join(''), relationships: relationshipLines.join(''), network: networkLines.join('') };
}

interface CellWriters {
  text: (value: string) => string;
  raw: (value: string) => string;
  optionalText: (value: unknown) => string;
  typed: (value: unknown, type: ValueType) => string;
}

function partnerRow(p: Partner, custom: readonly CustomColumn[], communicationJson: boolean, w: CellWriters): string[] {
  const cells = [w.text(p.id)];
  for (const column of PARTNER_TEXT_COLUMNS) {
    const value = partnerFieldText(p, column);
    cells.push(value === undefined ? '' : column === 'internal' ? value : w.text(value));
  }
  if (communicationJson) {
    const value = partnerFieldText(p, 'communication');
    cells.push(value === undefined ? '' : w.raw(value));
  }
  const record = p as Record<string, unknown>;
  for (const c of custom) cells.push(w.typed(Object.hasOwn(record, c.key) ? record[c.key] : undefined, c.type));
  return cells;
}

function firstFound<T>(items: readonly T[], find: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
