/**
 * The CSV tokenizer and cell writer against an independent parser
 * (csv-parse, RFC 4180): whatever table of strings toCsv's cell writer
 * produces, csv-parse reads the same cells, and so does partnermap's
 * tokenizer, which also reports the physical line each row starts on.
 */
import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRows, escapeFormula, quoteCell, unescapeFormula } from '../../src/io/csv/tokenizer';
import { HOSTILE_STRINGS } from '../fixtures/hostile';

const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'grapheme', maxLength: 4 }));
const table = fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));
const options = { delimiter: ',', maxCellLength: 1000, maxColumns: 100 };

describe('CSV tokenizer', () => {
  test.prop([table, fc.constantFrom('\r\n', '\n')], { numRuns: 100 })('csv-parse and csvRows read what quoteCell writes', (rows, eol) => {
    // A row of one empty cell is a blank line to csv-parse; quoteCell writes "" for it, which is not blank.
    const text = rows.map((r) => r.map((c) => quoteCell(c, ',')).join(',')).join(eol) + eol;
    expect(parse(text, { relax_column_count: true })).toEqual(rows);
    const ours = [...csvRows(text, options)];
    expect(ours.map((r) => r.cells.map((c) => c ?? ''))).toEqual(rows);
    // Physical lines: each row starts after the line breaks of the rows before it.
    let line = 1;
    rows.forEach((r, i) => {
      expect(ours[i]!.line).toBe(line);
      line += 1 + r.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    });
  });

  test.prop([cell], { numRuns: 200 })('formula escaping is reversible and leaves no formula start', (value) => {
    expect(unescapeFormula(escapeFormula(value))).toBe(value);
    expect(escapeFormula(value)).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('tells quoted empty cells from empty ones and handles lone CR and a final delimiter', () => {
    expect([...csvRows('a,"",\r"b"\r\n', options)].map((r) => [r.cells, r.line])).toEqual([
      [['a', '', undefined], 1],
      [['b'], 2],
    ]);
  });
});
