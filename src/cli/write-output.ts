/**
 * Writes a network file for the CLI in the format named by `--to` or the
 * output's extension: partnermap JSON, CSV tables (a directory, or a
 * partners table with its sibling relationships and network tables), GEXF or
 * GraphML.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { toCsv, toGexf, toGraphml, toJson, type PartnerNetwork } from 'partnermap';
import { CliUsageError } from './cli-error';
import { parseFormat, siblingTables, type InputFormat } from './read-input';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.xml': 'graphml',
};

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The output format: `--to`, else the extension; a directory (or a path ending in `/`) means CSV tables. */
export async function outputFormat(path: string, full: string, to: unknown): Promise<InputFormat> {
  const named = parseFormat('--to', to);
  if (named !== undefined) return named;
  if (path.endsWith('/') || (await isDirectory(full))) return 'csv';
  const guessed = EXTENSIONS[extname(path).toLowerCase()];
  if (guessed !== undefined) return guessed;
  throw new CliUsageError(`cannot tell the output format of ${path} from its extension; pass --to (json, csv, gexf, graphml).`);
}

/** Options of {@link writeNetworkFile}. */
export interface WriteOptions {
  to?: unknown;
  gexfVersion?: '1.2draft' | '1.3';
}

/** Writes the network; returns the paths written. */
export async function writeNetworkFile(network: PartnerNetwork, path: string, cwd: string, options: WriteOptions = {}): Promise<string[]> {
  const full = resolve(cwd, path);
  const format = await outputFormat(path, full, options.to);
  switch (format) {
    case 'json':
      await writeFile(full, toJson(network));
      return [path];
    case 'gexf':
      await writeFile(full, toGexf(network, options.gexfVersion === undefined ? {} : { version: options.gexfVersion }));
      return [path];
    case 'graphml':
      await writeFile(full, toGraphml(network));
      return [path];
    case 'csv': {
      const tables = toCsv(network);
      const hasNetworkRows = tables.network.split(/\r?\n/).filter((l) => l !== '').length > 1;
      if (path.endsWith('/') || extname(path) === '' || (await isDirectory(full))) {
        await mkdir(full, { recursive: true });
        const written = [join(path, 'partners.csv'), join(path, 'relationships.csv')];
        await writeFile(join(full, 'partners.csv'), tables.partners);
        await writeFile(join(full, 'relationships.csv'), tables.relationships);
        if (hasNetworkRows) {
          await writeFile(join(full, 'network.csv'), tables.network);
          written.push(join(path, 'network.csv'));
        }
        return written;
      }
      const siblings = siblingTables(full);
      const relationships = siblings.relationships[0] as string;
      const networkPath = siblings.network[0] as string;
      await writeFile(full, tables.partners);
      await writeFile(relationships, tables.relationships);
      const written = [path, relationships];
      if (hasNetworkRows) {
        await writeFile(networkPath, tables.network);
        written.push(networkPath);
      }
      return written;
    }
  }
}
