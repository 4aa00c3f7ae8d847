/**
 * An RFC 4180 CSV tokenizer with the spreadsheet conventions people meet in
 * practice: a byte-order mark, CRLF, LF or lone CR line ends, quoted fields
 * holding delimiters, quotes (`""`) and line breaks, blank lines, ragged rows.
 *
 * It is written here rather than taken from csv-parse so that it can (1) give
 * each row the physical line it starts on, even after quoted line breaks;
 * (2) tell an unquoted empty cell (absent) from a quoted one (`""`, an empty
 * string), the convention PostgreSQL's COPY uses; (3) enforce size limits
 * while scanning, so that a 100 MB cell or a file of only commas fails fast
 * with an error instead of exhausting memory; (4) yield rows one at a time
 * (a generator), so a million-row file is never held as a table of cells;
 * (5) run anywhere (no `node:` import, no stream API).
 */

/** One row: its cells and the 1-based physical line it starts on. */
export interface CsvRow {
  /** Cell texts; `undefined` for an unquoted empty cell, `''` for a quoted empty one (`""`). */
  cells: (string | undefined)[];
  line: number;
  /** Recoverable oddities met in this row (text after a closing quote). */
  warnings?: string[];
}

/** Why tokenizing stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: 'invalid-csv' | 'limit-exceeded',
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Tokenizer settings. */
export interface TokenizeOptions {
  delimiter: string;
  maxCellLength: number;
  maxColumns: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** Counts physical line breaks (LF, CRLF, lone CR) in `text[from, to)`. */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF) count += 1;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count += 1;
  }
  return count;
}

/** Guesses the delimiter from the first line (its first 64 KiB): the most frequent of `,`, `;` and tab (comma on ties). */
export function detectDelimiter(text: string): string {
  const counts = [0, 0, 0];
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    if (c === 0x2c) counts[0] += 1;
    else if (c === 0x3b) counts[1] += 1;
    else if (c === 0x09) counts[2] += 1;
  }
  const [comma, semicolon, tab] = counts as [number, number, number];
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

/** Yields the rows of `text` (see the module comment). Blank lines yield rows whose only cell is undefined. */
export function* csvRows(text: string, options: TokenizeOptions): Generator<CsvRow> {
  const { maxCellLength, maxColumns } = options;
  const delim = options.delimiter.charCodeAt(0);
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (pos < n) {
    const rowLine = line;
    const cells: (string | undefined)[] = [];
    let warnings: string[] | undefined;
    for (;;) {
      let c = text.charCodeAt(pos);
      // ` "quoted"`: spaces before an opening quote are layout, not data.
      if (c === SPACE) {
        let p = pos;
        while (text.charCodeAt(p) === SPACE) p += 1;
        if (text.charCodeAt(p) === QUOTE) {
          pos = p;
          c = QUOTE;
        }
      }
      let value: string | undefined;
      if (c === QUOTE) {
        const start = pos + 1;
        let p = start;
        let close = -1;
        for (;;) {
          const q = text.indexOf('"', p);
          if (q === -1) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            p = q + 2;
            continue;
          }
          close = q;
          break;
        }
        const end = close === -1 ? n : close;
        if (end - start > maxCellLength) {
          throw new CsvSyntaxError(
            'limit-exceeded',
            `a cell is longer than ${maxCellLength} characters (maxCellLength).`,
            rowLine,
          );
        }
        if (close === -1) {
          throw new CsvSyntaxError('invalid-csv', `a quoted cell opened on line ${line} is never closed.`, rowLine);
        }
        const raw = text.slice(start, close);
        value = raw.includes('"') ? raw.replaceAll('""', '"') : raw;
        line += countBreaks(text, start, close);
        pos = close + 1;
        // Text after the closing quote (`"a"b`): kept, as spreadsheets do, with a warning.
        const after = pos;
        while (pos < n) {
          const d = text.charCodeAt(pos);
          if (d === delim || d === LF || d === CR) break;
          pos += 1;
        }
        if (pos > after) {
          const extra = text.slice(after, pos);
          if (value.length + extra.length > maxCellLength) {
            throw new CsvSyntaxError('limit-exceeded', `a cell is longer than ${maxCellLength} characters (maxCellLength).`, rowLine);
          }
          value += extra;
          (warnings ??= []).push(
            `cell ${cells.length + 1} has text after its closing quote (${JSON.stringify(extra.slice(0, 20))}); it was kept.`,
          );
        }
      } else {
        let p = pos;
        const limit = Math.min(n, pos + maxCellLength + 1);
        while (p < limit) {
          const d = text.charCodeAt(p);
          if (d === delim || d === LF || d === CR) break;
          p += 1;
        }
        if (p - pos > maxCellLength) {
          throw new CsvSyntaxError('limit-exceeded', `a cell is longer than ${maxCellLength} characters (maxCellLength).`, rowLine);
        }
        value = p === pos ? undefined : text.slice(pos, p);
        pos = p;
      }
      cells.push(value);
      if (cells.length > maxColumns) {
        throw new CsvSyntaxError('limit-exceeded', `a row has more than ${maxColumns} cells (maxColumns).`, rowLine);
      }
      if (pos >= n) break;
      const d = text.charCodeAt(pos);
      if (d === delim) {
        pos += 1;
        if (pos >= n) {
          cells.push(undefined);
          break;
        }
        continue;
      }
      // A line end (LF, CRLF or lone CR) ends the row.
      pos += d === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line += 1;
      break;
    }
    yield warnings === undefined ? { cells, line: rowLine } : { cells, line: rowLine, warnings };
  }
}

/** A cell as CSV text: quoted when it holds the delimiter, a quote, a line break, edge spaces, or is empty. */
export function quoteCell(value: string, delimiter: string): string {
  if (value === '') return '""';
  if (
    value.includes('"') ||
    value.includes(delimiter) ||
    value.includes('\n') ||
    value.includes('\r') ||
    value.charCodeAt(0) === SPACE ||
    value.charCodeAt(value.length - 1) === SPACE
  ) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** The characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises spreadsheet formula injection, reversibly: a cell starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (which spreadsheets show as
 * "text"); so does a cell that already starts with `'` followed by one of
 * those or by another `'`, so that {@link unescapeFormula} is its exact inverse.
 */
export function escapeFormula(value: string): string {
  const first = value.charAt(0);
  if (FORMULA_START.has(first)) return `'${value}`;
  if (first === "'" && value.length > 1) {
    const second = value.charAt(1);
    if (second === "'" || FORMULA_START.has(second)) return `'${value}`;
  }
  return value;
}

/** The inverse of {@link escapeFormula}: drops a `'` that precedes a formula character or another `'`. */
export function unescapeFormula(value: string): string {
  if (value.charCodeAt(0) !== 0x27 || value.length < 2) return value;
  const second = value.charAt(1);
  return second === "'" || FORMULA_START.has(second) ? value.slice(1) : value;
}
