/**
 * The examples' files stay current: the notebook (notebook.ipynb) has the
 * cells of its script (notebook.ts), and the CSV tables in
 * docs/examples/data/ are the example network's and read back to it. The
 * script itself runs under Deno against the packed package in CI
 * (test/package/run-smoke.sh).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleNetwork, fromCsv, toJson } from 'partnermap';
import { exampleTables } from '../../docs/examples/make-data';
import { notebookFromScript } from '../../docs/examples/make-notebook';

const file = (name: string) => readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8');

describe('docs/examples', () => {
  it('notebook.ipynb has the cells of notebook.ts (regenerate: npx tsx docs/examples/make-notebook.ts)', () => {
    const script = file('notebook.ts');
    expect(file('notebook.ipynb')).toBe(notebookFromScript(script));
    const notebook = JSON.parse(file('notebook.ipynb'));
    expect(notebook.metadata.kernelspec.name).toBe('deno');
    const code = notebook.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').map((c: { source: string[] }) => c.source.join(''));
    expect(code.length).toBe(7);
    for (const cell of code) expect(script).toContain(cell);
    expect(code[0]).toContain("from 'npm:partnermap'");
  });

  it('data/ holds the example network as CSV tables, which read back to it (regenerate: npx tsx docs/examples/make-data.ts)', () => {
    const tables = exampleTables();
    for (const [name, text] of Object.entries(tables)) expect(file(`data/${name}`)).toBe(text);
    const { network, issues } = fromCsv({ partners: file('data/partners.csv'), relationships: file('data/relationships.csv'), network: file('data/network.csv') });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The same records (CSV columns come in their own order).
    expect(JSON.parse(toJson(network))).toEqual(JSON.parse(toJson(exampleNetwork())));
  });
});
