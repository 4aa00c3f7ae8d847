/**
 * `partnermap report [file] --out <dir>`: the report a coordinator reads and
 * shares. Writes report.md and map.svg (and with --html one self-contained
 * report.html) into the output directory. Personal data is removed unless
 * --include-personal. Without a file, the built-in example network.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  buildReport,
  formatReportHtml,
  formatReportMarkdown,
  isIsoDate,
  redactNetwork,
  renderSvg,
  type AnyNetwork,
  type ReportMapMode,
  type ReportOptions,
} from 'partnermap';
import { CliUsageError } from '../cli-error';
import { parseSeed } from '../flags';
import { loadNetwork, readNetworkOrReport } from '../load-network';
import type { Command } from '../command';
import { progress } from '../progress';

const MAP_MODES: readonly ReportMapMode[] = ['reference', 'embed', 'none'];

/** Partners from which each analysis shows as a progress step. */
const DETAILED_PROGRESS_FROM = 1000;

/** The default output directory. */
export const DEFAULT_REPORT_DIR = 'partnermap-report';

function limitFlag(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (value === 'all') return Infinity;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliUsageError(`--limit must be a positive integer or all; received ${String(value)}.`);
  }
  return n;
}

async function outputDirectory(out: string, cwd: string): Promise<string> {
  const full = resolve(cwd, out);
  try {
    if (!(await stat(full)).isDirectory()) throw new CliUsageError(`--out must be a directory; ${out} is a file.`);
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    await mkdir(full, { recursive: true });
  }
  return full;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the report (report.md and map.svg) a coordinator can read and share',
  help: `Usage: partnermap report [file] [--out <dir>] [--html] [--previous <file>]
                        [--include-personal] [--limit <n>] [--title <text>]
                        [--as-of <date>] [--map reference|embed|none] [--seed <n>] [--json]

Writes a report of the network into a directory: report.md (Markdown: the
overview, the map, hubs and why, whom to approach next and who can introduce
you, how the network grew, communities, brokers, where the network would
break and the key people, gaps, what changed, and a method note) and map.svg
(the network map it shows). Personal data (contacts' names, emails, phones,
notes, personal custom fields) is removed first, so the report can be shared
outside the organisation; people appear as pseudonyms (person-1, ...).
Same file and --seed, same report. Without a file, uses the built-in example
network.

  --out, -o <dir>       output directory (default ${DEFAULT_REPORT_DIR}; created if needed)
  --html                also write report.html: one self-contained page
                        (inline CSS, the map inline, no script, no external request)
  --previous <file>     an earlier version of the map: adds "What changed"
                        (its format from its extension)
  --include-personal    keep personal data (name contacts): do not share the result
  --limit <n>           rows per table and items per list, or all (default 5)
  --title <text>        the report's title (default "<network name>: network report")
  --as-of <date>        the date the report describes (default the network's own)
  --map <mode>          reference: link map.svg (default); embed: put the map
                        inside report.md as a data URI; none: no map
  --json                print what was written as JSON`,
  options: {
    html: { type: 'boolean' },
    previous: { type: 'string' },
    'include-personal': { type: 'boolean' },
    limit: { type: 'string' },
    title: { type: 'string' },
    'as-of': { type: 'string' },
    map: { type: 'string' } },
  async run(args, io) {
    const { values } = args;
    const [file, ...extra] = args.positionals;
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const seed = parseSeed(values.seed);
    const limit = limitFlag(values.limit);
    const map = values.map ?? 'reference';
    if (typeof map !== 'string' || !(MAP_MODES as readonly string[]).includes(map)) {
      throw new CliUsageError(`--map must be one of ${MAP_MODES.join(', ')}; received ${String(map)}.`);
    }
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new CliUsageError(`--as-of must be an ISO date (2025-06-30); received ${String(asOf)}.`);
    const title = values.title;
    if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) throw new CliUsageError('--title must not be empty.');
    const includePersonal = values['include-personal'] === true;
    const out = typeof values.out === 'string' ? values.out : DEFAULT_REPORT_DIR;

    const bar = progress(io, values.quiet === true);
    const loaded = await loadNetwork('report', file, io, bar, values.format);
    if (loaded === undefined) return 1;
    const { network, source } = loaded;
    let previous: AnyNetwork | undefined;
    if (typeof values.previous === 'string') {
      const read = await readNetworkOrReport('report', values.previous, io, bar, undefined);
      if (read === undefined) return 1;
      previous = read;
    }

    const dir = await outputDirectory(out, io.cwd);
    const written: string[] = [];
    const write = async (name: string, text: string) => {
      await writeFile(join(dir, name), text);
      written.push(join(out, name));
    };

    // The map is drawn once, from the same network the report analyses
    // (redacted unless personal data was asked for), for map.svg and the report.
    let svg: string | undefined;
    if (map !== 'none') {
      bar.step(`drawing the map of ${network.order.toLocaleString('en-US')} partners`);
      svg = renderSvg(includePersonal ? network : redactNetwork(network), { seed });
    }
    bar.step(`analysing ${network.order.toLocaleString('en-US')} partners and ${network.size.toLocaleString('en-US')} relationships`);
    const options: ReportOptions = {
      seed,
      includePersonal,
      map: map as ReportMapMode,
      mapPath: 'map.svg' };
    // Step by step only where it takes a while: small maps are done in a blink.
    if (network.order >= DETAILED_PROGRESS_FROM) options.onProgress = (step) => bar.step(step);
    if (svg !== undefined) options.mapSvg = svg;
    if (previous !== undefined) options.previous = previous;
    if (limit !== undefined) options.limit = limit;
    if (typeof title === 'string') options.title = title;
    if (typeof asOf === 'string') options.asOf = asOf;
    const document = buildReport(network, options);

    bar.step(`writing ${out}`);
    await write('report.md', formatReportMarkdown(document));
    if (svg !== undefined && map === 'reference') await write('map.svg', svg);
    if (values.html === true) await write('report.html', formatReportHtml(document));
    bar.done();

    if (values.json === true) {
      const summary = {
        source,
        previous: typeof values.previous === 'string' ? values.previous : null,
        out,
        files: written,
        partners: network.order,
        relationships: network.size,
        personalData: includePersonal ? 'included' : 'removed',
        asOf: document.asOf,
        sections: document.sections.map((s) => s.id) };
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      const lines = [`Report of ${source} (${network.order} partners, ${network.size} relationships):`, ...written.map((w) => `  ${w}`)];
      lines.push(
        includePersonal
          ? 'It names people (personal data): keep it inside the organisation.'
          : 'Personal data removed (people appear as pseudonyms): it can be shared.',
      );
      io.stdout(`${lines.join('\n')}\n`);
    }
    return 0;
  } };
