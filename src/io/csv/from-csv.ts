/**
 * fromCsv: reads partners.csv, relationships.csv and network.csv (or a single
 * edge list) into a network, with the physical line of every issue. Accepts
 * what spreadsheets write (BOM, CRLF, quoted line breaks, `;` or tab
 * separators, `From`/`To` columns, "Science Center", "yes", "a | b") and what
 * `toCsv` writes, exactly. See docs/formats.md.
 */
import { describeValue, fail } from '../../model/errors';
import type { Issue, IssueLocation } from '../../model/issues';
import { buildNetwork, type RawRecord } from '../../network/build-network';
import { isPlainObject, setOwn } from '../../network/own-properties';
import type { ImportOptions, ImportResult } from '../import-types';
import { failedImport, finishImport, readFlag, readLimit, readStrict, restoreEmptyStrings } from '../common/finish';
import { finishPartnerRecord, setPartnerField, setRelationshipField, type PartnerDraft } from '../common/fields';
import { decodeTyped, emptyMarkerFor } from '../common/values';
import {
  normalizeHeader,
  readPartnerHeaders,
  readRelationshipHeaders,
  splitTypedHeader,
  type HeaderMeaning,
  type PartnerColumn,
  type RelationshipColumn,
} from './columns';
import { CsvSyntaxError, csvRows, detectDelimiter, unescapeFormula, type CsvRow } from './tokenizer';

/** The CSV tables to read. Only `relationships` is needed for an edge list. */
export interface CsvInput {
  /** partners.csv text. When absent, partners are created from the relationship endpoints. */
  partners?: string;
  /** relationships.csv text. */
  relationships?: string;
  /** network.csv text (`key,value` rows). */
  network?: string;
}

/** Options of {@link fromCsv}. */
export interface FromCsvOptions extends ImportOptions {
  /**
   * The cell separator; by default guessed from each table's header line
   * (the most frequent of `,`, `;` and tab).
   * @defaultValue guessed
   */
  delimiter?: ',' | ';' | '\t';
  /**
   * Remove the `'` that `toCsv` puts before cells a spreadsheet would run as a
   * formula (see `ToCsvOptions.escapeFormulas`).
   * @defaultValue true
   */
  unescapeFormulas?: boolean;
  /**
   * The longest cell read, in characters; a longer one stops the import with
   * a `limit-exceeded` error.
   * @defaultValue 1000000
   */
  maxCellLength?: number;
  /**
   * The most cells in a row; more stops the import with `limit-exceeded`.
   * @defaultValue 10000
   */
  maxColumns?: number;
  /**
   * The names issues give the tables.
   * @defaultValue `{ partners: 'partners.csv', relationships: 'relationships.csv', network: 'network.csv' }`
   */
  fileNames?: { partners?: string; relationships?: string; network?: string };
}

/** Default of {@link FromCsvOptions.maxCellLength}. */
export const DEFAULT_MAX_CELL_LENGTH = 1_000_000;
/** Default of {@link FromCsvOptions.maxColumns}. */
export const DEFAULT_MAX_COLUMNS = 10_000;

interface Settings {
  delimiter: string | undefined;
  unescape: boolean;
  maxCellLength: number;
  maxColumns: number;
  marker: string;
}

/** A stop: the input cannot be read further. */
class Stop extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

/**
 * Reads a network from CSV tables: `{ partners, relationships, network }`,
 * or a single edge-list string (relationships only; partners are created from
 * the ids, reported as an info issue). Returns the network and every issue
 * found, each with its file and 1-based physical line; drops nothing silently.
 *
 * @throws PartnermapError in strict mode when an error is found (`parse-error`,
 * or `limit-exceeded` when a size limit was reached).
 *
 * @example
 * const { network, issues } = fromCsv({ partners: partnersText, relationships: relationshipsText });
 * const { network: fromEdges } = fromCsv('source,target\nhub,library\n');
 */
export function fromCsv(input: CsvInput | string, options: FromCsvOptions = {}): ImportResult {
  const fn = 'fromCsv';
  const strict = readStrict(fn, options.strict);
  const { delimiter } = options;
  if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    fail(fn, 'invalid-argument', `delimiter must be ",", ";" or "\\t"; received ${describeValue(delimiter)}.`);
  }
  const tables: CsvInput = typeof input === 'string' ? { relationships: input } : input;
  // Checked as unknown so the guard does not narrow `tables` away from CsvInput.
  if (!isPlainObject(tables as unknown)) {
    fail(fn, 'invalid-argument', `input must be a string or { partners?, relationships?, network? }; received ${describeValue(input)}.`);
  }
  for (const key of ['partners', 'relationships', 'network'] as const) {
    const value = Object.hasOwn(tables, key) ? tables[key] : undefined;
    if (value !== undefined && typeof value !== 'string') {
      fail(fn, 'invalid-argument', `input.${key} must be a string; received ${describeValue(value)}.`);
    }
  }
  const names = {
    partners: options.fileNames?.partners ?? 'partners.csv',
    relationships: options.fileNames?.relationships ?? 'relationships.csv',
    network: options.fileNames?.network ?? 'network.csv',
  };
  const all = `${tables.partners ?? ''}${tables.relationships ?? ''}${tables.network ?? ''}`;
  const settings: Settings = {
    delimiter,
    unescape: readFlag(fn, 'unescapeFormulas', options.unescapeFormulas, true),
    maxCellLength: readLimit(fn, 'maxCellLength', options.maxCellLength, DEFAULT_MAX_CELL_LENGTH),
    maxColumns: readLimit(fn, 'maxColumns', options.maxColumns, DEFAULT_MAX_COLUMNS),
    marker: emptyMarkerFor(all),
  };
  const issues: Issue[] = [];
  let result: ImportResult;
  try {
    const attributes = tables.network === undefined ? undefined : readNetworkTable(tables.network, names.network, settings, issues);
    const partners = tables.partners === undefined ? [] : readPartners(tables.partners, names.partners, settings, issues);
    const relationships =
      tables.relationships === undefined ? [] : readRelationships(tables.relationships, names.relationships, settings, issues);
    const built = buildNetwork(
      { attributes, partners, relationships },
      { lenient: true, createMissingPartners: tables.partners === undefined },
    );
    restoreEmptyStrings(built.network, settings.marker);
    result = { network: built.network, issues: [...issues, ...built.issues] };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    result = failedImport([...issues, error.issue]);
  }
  return finishImport(fn, result, strict);
}

/** The rows of one table, with the header row first; stops on a syntax error or a limit. */
function* rowsOf(text: string, file: string, settings: Settings): Generator<CsvRow> {
  const delimiter = settings.delimiter ?? detectDelimiter(text);
  try {
    for (const row of csvRows(text, { delimiter, maxCellLength: settings.maxCellLength, maxColumns: settings.maxColumns })) {
      if (settings.unescape) {
        const cells = row.cells;
        for (let i = 0; i < cells.length; i += 1) {
          const cell = cells[i];
          if (cell !== undefined && cell.charCodeAt(0) === 0x27) cells[i] = unescapeFormula(cell);
        }
      }
      yield row;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new Stop({ severity: 'error', code: error.code, message: error.message, where: { file, line: error.line } });
  }
}

/** True for a blank line or a row of empty cells. */
function isBlank(row: CsvRow): boolean {
  return row.cells.every((cell) => cell === undefined);
}

/** Reads the header row, or stops with an error naming the columns needed. */
function headerRow(rows: Generator<CsvRow>, file: string, issues: Issue[]): CsvRow | undefined {
  // next() rather than for...of: leaving a for...of would close the generator.
  let blankRows = 0;
  let firstLine = 1;
  for (let next = rows.next(); !next.done; next = rows.next()) {
    if (isBlank(next.value)) {
      if (blankRows === 0) firstLine = next.value.line;
      if (next.value.cells.length > 1) blankRows += 1;
      continue;
    }
    pushWarnings(next.value, file, issues);
    return next.value;
  }
  // Rows of empty cells only (",,,"): no header to read.
  if (blankRows > 0) throw missingColumn(file, firstLine, `${file} has only empty cells; the first row must name the columns.`);
  return undefined;
}

function pushWarnings(row: CsvRow, file: string, issues: Issue[]): void {
  for (const message of row.warnings ?? []) {
    issues.push({ severity: 'warning', code: 'csv-quote', message, where: { file, line: row.line } });
  }
}

/** Reports cells beyond the header and unnamed columns with values (each once per column). */
class Leftovers {
  private readonly reported = new Set<number>();
  constructor(
    private readonly file: string,
    private readonly width: number,
    private readonly issues: Issue[],
  ) {}

  extra(row: CsvRow): void {
    const extra = row.cells.slice(this.width).filter((c) => c !== undefined);
    if (extra.length === 0) return;
    this.issues.push({
      severity: 'warning',
      code: 'extra-cells',
      message: `the row has ${row.cells.length} cells but the header names ${this.width}; the extra values ${extra
        .slice(0, 3)
        .map((c) => describeValue(c))
        .join(', ')} were left out.`,
      where: { file: this.file, line: row.line },
    });
  }

  unnamed(column: number, row: CsvRow): void {
    if (this.reported.has(column)) return;
    this.reported.add(column);
    this.issues.push({
      severity: 'warning',
      code: 'unnamed-column',
      message: `column ${column + 1} has no header name; its values (first: ${describeValue(row.cells[column])}) were left out.`,
      where: { file: this.file, line: row.line },
    });
  }
}

function headerNames(row: CsvRow): string[] {
  return row.cells.map((cell) => cell ?? '');
}

function missingColumn(file: string, line: number, message: string): Stop {
  return new Stop({ severity: 'error', code: 'missing-column', message, where: { file, line } });
}

/** Decodes a custom cell under its type; reports and returns undefined when it cannot. */
function customValue(
  text: string,
  meaning: { key: string; type: 'string' | 'number' | 'boolean' | 'json' },
  where: IssueLocation,
  issues: Issue[],
): unknown {
  const decoded = decodeTyped(text, meaning.type);
  if (decoded.ok) return decoded.value;
  issues.push({
    severity: 'error',
    code: 'invalid-value',
    message: `${meaning.key} is a ${meaning.type} column, so each cell must be ${decoded.reason}; received ${describeValue(text)}; the value was left out.`,
    where: { ...where, field: meaning.key },
  });
  return undefined;
}

function readPartners(text: string, file: string, settings: Settings, issues: Issue[]): RawRecord[] {
  const rows = rowsOf(text, file, settings);
  const header = headerRow(rows, file, issues);
  if (header === undefined) return [];
  const meanings = readPartnerHeaders(headerNames(header));
  if (!meanings.some((m) => m.kind === 'field' && m.field === 'id')) {
    throw missingColumn(file, header.line, `partners.csv needs an "id" column; the header has ${describeHeaders(header)}.`);
  }
  reportAliases(meanings, file, header.line, issues);
  const leftovers = new Leftovers(file, meanings.length, issues);
  const records: RawRecord[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    pushWarnings(row, file, issues);
    leftovers.extra(row);
    const where: IssueLocation = { file, line: row.line };
    const draft: PartnerDraft = { record: {} };
    for (let i = 0; i < meanings.length; i += 1) {
      const cell = row.cells[i];
      if (cell === undefined) continue;
      const meaning = meanings[i] as HeaderMeaning<PartnerColumn>;
      if (meaning.kind === 'unnamed') leftovers.unnamed(i, row);
      else if (meaning.kind === 'custom') {
        const value = customValue(cell, meaning, where, issues);
        if (value !== undefined) setOwn(draft.record, meaning.key, value);
      } else setPartnerField(draft, meaning.field, cell, settings.marker);
    }
    const record = finishPartnerRecord(draft);
    records.push({ value: record, where });
  }
  return records;
}

function readRelationships(text: string, file: string, settings: Settings, issues: Issue[]): RawRecord[] {
  const rows = rowsOf(text, file, settings);
  const header = headerRow(rows, file, issues);
  if (header === undefined) return [];
  const meanings = readRelationshipHeaders(headerNames(header));
  const has = (f: RelationshipColumn): boolean => meanings.some((m) => m.kind === 'field' && m.field === f);
  if (!has('source') || !has('target')) {
    throw missingColumn(
      file,
      header.line,
      `relationships need "source" and "target" (or "from" and "to") columns; the header has ${describeHeaders(header)}.`,
    );
  }
  reportAliases(meanings, file, header.line, issues);
  const leftovers = new Leftovers(file, meanings.length, issues);
  const records: RawRecord[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    pushWarnings(row, file, issues);
    leftovers.extra(row);
    const where: IssueLocation = { file, line: row.line };
    const record: Record<string, unknown> = {};
    for (let i = 0; i < meanings.length; i += 1) {
      const cell = row.cells[i];
      if (cell === undefined) continue;
      const meaning = meanings[i] as HeaderMeaning<RelationshipColumn>;
      if (meaning.kind === 'unnamed') {
        leftovers.unnamed(i, row);
        continue;
      }
      if (meaning.kind === 'custom') {
        const value = customValue(cell, meaning, where, issues);
        if (value !== undefined) setOwn(record, meaning.key, value);
        continue;
      }
      if (meaning.field === 'type') readGephiType(record, cell, where, issues);
      else if (meaning.field !== 'directed') setRelationshipField(record, meaning.field, cell, settings.marker);
      else if (cell !== '') record.directed = cell;
    }
    records.push({ value: record, where });
  }
  return records;
}

/** Gephi's edge-table `Type` column: Directed, Undirected (or Mutual). */
function readGephiType(record: Record<string, unknown>, cell: string, where: IssueLocation, issues: Issue[]): void {
  const t = cell.trim().toLowerCase();
  if (t === 'directed') record.directed = true;
  else if (t === 'undirected' || t === 'mutual') record.directed = false;
  else if (t !== '') {
    issues.push({
      severity: 'error',
      code: 'unknown-direction',
      message: `type must be "Directed" or "Undirected" (Gephi's edge table); received ${describeValue(cell)}; the default direction of the kind was used.`,
      where: { ...where, field: 'type' },
    });
  }
}

const NETWORK_FIELDS = new Set(['name', 'home', 'description']);

function readNetworkTable(text: string, file: string, settings: Settings, issues: Issue[]): Record<string, unknown> | undefined {
  const rows = rowsOf(text, file, settings);
  const header = headerRow(rows, file, issues);
  if (header === undefined) return undefined;
  const names = headerNames(header).map(normalizeHeader);
  const keyColumn = names.findIndex((h) => h === 'key' || h === 'attribute');
  const valueColumn = names.indexOf('value');
  if (keyColumn === -1 || valueColumn === -1) {
    throw missingColumn(file, header.line, `network.csv needs "key" and "value" columns; the header has ${describeHeaders(header)}.`);
  }
  const attributes: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    if (isBlank(row)) continue;
    pushWarnings(row, file, issues);
    const where: IssueLocation = { file, line: row.line };
    const keyCell = row.cells[keyColumn];
    const valueCell = row.cells[valueColumn];
    if (keyCell === undefined) {
      issues.push({
        severity: 'warning',
        code: 'missing-key',
        message: `the row has no key; its value ${describeValue(valueCell)} was left out.`,
        where,
      });
      continue;
    }
    if (valueCell === undefined) continue;
    const typed = splitTypedHeader(keyCell);
    let key: string;
    let value: unknown;
    if (typed === undefined && NETWORK_FIELDS.has(normalizeHeader(keyCell))) {
      key = normalizeHeader(keyCell);
      value = valueCell === '' && key !== 'home' ? settings.marker : valueCell;
    } else {
      const meaning = typed ?? { key: keyCell, type: 'string' as const };
      key = meaning.key;
      value = customValue(valueCell, meaning, where, issues);
      if (value === undefined) continue;
    }
    if (seen.has(key)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-key',
        message: `network attribute ${JSON.stringify(key)} appears twice; this row was left out and the first kept.`,
        where: { ...where, field: key },
      });
      continue;
    }
    seen.add(key);
    setOwn(attributes, key, value);
  }
  return attributes;
}

function describeHeaders(row: CsvRow): string {
  const names = headerNames(row);
  if (names.every((n) => n.trim() === '')) return 'no names';
  const shown = names.slice(0, 8).map((n) => JSON.stringify(n));
  return names.length > 8 ? `${shown.join(', ')} and ${names.length - 8} more` : shown.join(', ');
}

function reportAliases<T extends string>(meanings: readonly HeaderMeaning<T>[], file: string, line: number, issues: Issue[]): void {
  for (const m of meanings) {
    if (m.kind === 'field' && m.alias !== undefined) {
      issues.push({
        severity: 'info',
        code: 'column-alias',
        message: `read column ${JSON.stringify(m.alias)} as ${m.field}.`,
        where: { file, line, field: m.field },
      });
    }
  }
}
