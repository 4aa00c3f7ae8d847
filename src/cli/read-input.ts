/**
 * Reads a network file for the CLI, choosing the importer from `--format` or
 * the file's extension.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fromJson, type ImportResult } from 'partnermap';
import { CliUsageError } from './cli-error';

/** Input formats the CLI reads. */
export const INPUT_FORMATS = ['json'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format named by `--format`, or guessed from the path. */
export async function detectFormat(path: string, format: unknown): Promise<InputFormat> {
  if (format !== undefined) {
    if (typeof format !== 'string' || !(INPUT_FORMATS as readonly string[]).includes(format)) {
      throw new CliUsageError(`--format must be one of ${INPUT_FORMATS.join(', ')}; received ${String(format)}.`);
    }
    return format as InputFormat;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  throw new CliUsageError(`cannot tell the format of ${path} from its extension; pass --format (${INPUT_FORMATS.join(', ')}).`);
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
  }
}
