/**
 * Reads a network file for the CLI, choosing the importer from `--format` or
 * the file's extension: partnermap JSON, CSV (a directory holding
 * partners.csv / relationships.csv / network.csv, a partners table with its
 * sibling tables, or a single edge list), GEXF or GraphML.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fromCsv, fromGexf, fromGraphml, fromJson, type CsvInput, type ImportResult } from 'partnermap';
import { CliUsageError } from './cli-error';

/** Formats the CLI reads and writes. */
export const INPUT_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.xml': 'graphml',
};

/** Checks a `--format` / `--to` value. */
export function parseFormat(flag: string, value: unknown): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(INPUT_FORMATS as readonly string[]).includes(value)) {
    throw new CliUsageError(`${flag} must be one of ${INPUT_FORMATS.join(', ')}; received ${String(value)}.`);
  }
  return value as InputFormat;
}

/** The format named by `--format`, or guessed from the path (a directory is CSV tables). */
export async function detectFormat(path: string, format: unknown): Promise<InputFormat> {
  const named = parseFormat('--format', format);
  if (named !== undefined) return named;
  if ((await stat(path)).isDirectory()) return 'csv';
  const guessed = EXTENSIONS[extname(path).toLowerCase()];
  if (guessed !== undefined) return guessed;
  throw new CliUsageError(`cannot tell the format of ${path} from its extension; pass --format (${INPUT_FORMATS.join(', ')}).`);
}

/**
 * The sibling tables of a partners table: `x-partners.csv` goes with
 * `x-relationships.csv` and `x-network.csv`; `list.csv` with
 * `list-relationships.csv`; otherwise `relationships.csv` beside it.
 */
export function siblingTables(partnersPath: string): { relationships: string[]; network: string[] } {
  const dir = dirname(partnersPath);
  const name = basename(partnersPath);
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const named = (table: string) =>
    stem.includes('partners') ? [join(dir, `${stem.replace('partners', table)}${ext}`)] : [join(dir, `${stem}-${table}${ext}`)];
  return {
    relationships: [...named('relationships'), join(dir, `relationships${ext}`)],
    network: [...named('network'), join(dir, `network${ext}`)],
  };
}

async function readIfExists(paths: readonly string[]): Promise<{ path: string; text: string } | undefined> {
  for (const path of paths) {
    try {
      if ((await stat(path)).isFile()) return { path, text: await readFile(path, 'utf8') };
    } catch {
      // not there: try the next spelling
    }
  }
  return undefined;
}

/** True when the first line of a table names a source and a target column (an edge list). */
function isEdgeList(text: string): boolean {
  const header = text.slice(0, text.search(/\r?\n|$/)).toLowerCase();
  const cells = header.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, '').replace(/[\s_.-]+/g, ''));
  return (cells.includes('source') || cells.includes('from')) && (cells.includes('target') || cells.includes('to'));
}

async function readCsvInput(full: string, shown: string): Promise<ImportResult> {
  const tables: CsvInput = {};
  const fileNames: { partners?: string; relationships?: string; network?: string } = {};
  if ((await stat(full)).isDirectory()) {
    for (const table of ['partners', 'relationships', 'network'] as const) {
      const found = await readIfExists([join(full, `${table}.csv`)]);
      if (found !== undefined) {
        tables[table] = found.text;
        fileNames[table] = join(shown, `${table}.csv`);
      }
    }
    if (tables.partners === undefined && tables.relationships === undefined) {
      throw new CliUsageError(`${shown} holds neither partners.csv nor relationships.csv.`);
    }
    return fromCsv(tables, { fileNames });
  }
  const text = await readFile(full, 'utf8');
  if (isEdgeList(text)) return fromCsv({ relationships: text }, { fileNames: { relationships: shown } });
  tables.partners = text;
  fileNames.partners = shown;
  const siblings = siblingTables(full);
  const relationships = await readIfExists(siblings.relationships);
  if (relationships !== undefined) {
    tables.relationships = relationships.text;
    fileNames.relationships = relationships.path;
  }
  const network = await readIfExists(siblings.network);
  if (network !== undefined) {
    tables.network = network.text;
    fileNames.network = network.path;
  }
  return fromCsv(tables, { fileNames });
}

/** Reads and imports a network file; never throws for problems in the data (they are issues). */
export async function readNetworkFile(path: string, cwd: string, format?: unknown): Promise<ImportResult> {
  const full = resolve(cwd, path);
  try {
    await stat(full);
  } catch {
    throw new CliUsageError(`no such file: ${path}`);
  }
  const kind = await detectFormat(full, format);
  switch (kind) {
    case 'json':
      return fromJson(await readFile(full, 'utf8'));
    case 'csv':
      return readCsvInput(full, path);
    case 'gexf':
      return fromGexf(await readFile(full, 'utf8'), { fileName: path });
    case 'graphml':
      return fromGraphml(await readFile(full, 'utf8'), { fileName: path });
  }
}
