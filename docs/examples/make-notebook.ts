/**
 * Writes docs/examples/notebook.ipynb (Deno's Jupyter kernel) from
 * notebook.ts, whose `// %%` markers separate the cells (the "percent"
 * format VS Code and Jupytext read too):
 *
 *   npx tsx docs/examples/make-notebook.ts
 *
 * test/examples/notebook.test.ts checks the committed notebook is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Cell {
  id: string;
  cell_type: 'markdown' | 'code';
  metadata: Record<string, never>;
  source: string[];
  execution_count?: null;
  outputs?: never[];
}

/** Lines as a notebook stores them: each but the last ends with a newline. */
function sourceLines(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line));
}

/** The notebook (as JSON text) made of a percent-format script. */
export function notebookFromScript(script: string): string {
  const cells: Cell[] = [];
  let kind: Cell['cell_type'] | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (kind === null) return;
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
    if (kind === 'markdown') lines = lines.map((l) => l.replace(/^\/\/ ?/, ''));
    // nbformat 4.5 wants an id per cell: stable ones keep the file's diffs small.
    const cell: Cell = { id: `cell-${cells.length + 1}`, cell_type: kind, metadata: {}, source: sourceLines(lines) };
    if (kind === 'code') Object.assign(cell, { execution_count: null, outputs: [] });
    cells.push(cell);
  };
  for (const line of script.split('\n')) {
    const marker = /^\/\/ %%( \[markdown\])?/.exec(line);
    if (marker !== null) {
      flush();
      kind = marker[1] === undefined ? 'code' : 'markdown';
      lines = [];
    } else if (kind !== null) lines.push(line);
  }
  flush();
  const notebook = {
    cells,
    metadata: {
      kernelspec: { display_name: 'Deno', language: 'typescript', name: 'deno' },
      language_info: { name: 'typescript', file_extension: '.ts', mimetype: 'text/x.typescript', pygments_lexer: 'typescript', nbconvert_exporter: 'script' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const script = readFileSync(new URL('./notebook.ts', import.meta.url), 'utf8');
  writeFileSync(new URL('./notebook.ipynb', import.meta.url), notebookFromScript(script));
  console.log('wrote docs/examples/notebook.ipynb');
}
