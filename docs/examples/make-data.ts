/**
 * Writes the example network's CSV tables into docs/examples/data/, the
 * spreadsheet the notebook and the browser example load:
 *
 *   npx tsx docs/examples/make-data.ts
 *
 * test/examples/data.test.ts checks the committed tables are current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleNetwork, toCsv } from '../../src/index';

/** The tables, by file name. */
export function exampleTables(): Record<string, string> {
  const tables = toCsv(exampleNetwork());
  return { 'partners.csv': tables.partners, 'relationships.csv': tables.relationships, 'network.csv': tables.network };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(exampleTables())) {
    writeFileSync(new URL(`./data/${name}`, import.meta.url), text);
    console.log(`wrote docs/examples/data/${name} (${text.split('\n').length - 1} lines)`);
  }
}
