/**
 * The network a command works on: the file given, or the built-in example
 * network when there is none. A file with errors stops the command with the
 * errors on stderr and a pointer to `partnermap validate`.
 */
import { exampleNetwork, formatIssue, hasErrors, type PartnerNetwork } from 'partnermap';
import type { CliIo } from './command';
import type { Progress } from './progress';
import { readNetworkFile } from './read-input';

/** A loaded network and how to name where it came from. */
export interface LoadedNetwork {
  network: PartnerNetwork;
  /** The file path, or "the built-in example network". */
  source: string;
}

/** Reads `path`; on errors, prints them and resolves to undefined (the command then exits 1). */
export async function readNetworkOrReport(
  command: string,
  path: string,
  io: CliIo,
  bar: Progress,
  format: unknown,
): Promise<PartnerNetwork | undefined> {
  bar.step(`reading ${path}`);
  const imported = await readNetworkFile(path, io.cwd, format);
  if (!hasErrors(imported.issues)) return imported.network as PartnerNetwork;
  bar.done();
  for (const issue of imported.issues.filter((i) => i.severity === 'error')) io.stderr(`${formatIssue(issue)}\n`);
  io.stderr(`partnermap ${command}: ${path} has errors; run \`partnermap validate ${path}\` for details.\n`);
  return undefined;
}

/** The file's network, or the example network without a file; undefined when the file has errors. */
export async function loadNetwork(
  command: string,
  file: string | undefined,
  io: CliIo,
  bar: Progress,
  format: unknown,
): Promise<LoadedNetwork | undefined> {
  if (file === undefined) return { network: exampleNetwork(), source: 'the built-in example network' };
  const network = await readNetworkOrReport(command, file, io, bar, format);
  return network === undefined ? undefined : { network, source: file };
}
