/**
 * `partnermap render [file]`: draws the network map as a standalone SVG file.
 * Without a file, the built-in example network.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isPartnerStatus, PARTNER_STATUSES, renderSvg, type PartnerStatus, type RenderSvgOptions } from 'partnermap';
import { CliUsageError } from '../cli-error';
import { listFlag, parseSeed } from '../flags';
import type { Command } from '../command';
import { progress } from '../progress';
import { loadNetwork } from '../load-network';

const COLOR_BY = ['sector', 'status', 'community'] as const;
const SIZE_BY = ['hub', 'degree', 'uniform'] as const;
const THEMES = ['light', 'dark'] as const;

function choice<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CliUsageError(`${flag} must be one of ${allowed.join(', ')}; received ${String(value)}.`);
  }
  return value as T;
}

function pixels(flag: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || n < min || n > max) {
    throw new CliUsageError(`${flag} must be a number from ${min} to ${max}; received ${String(value)}.`);
  }
  return n;
}

function labelsFlag(value: unknown): RenderSvgOptions['labels'] {
  if (value === undefined) return undefined;
  if (value === 'hubs' || value === 'all' || value === 'none') return value;
  if (typeof value === 'string' && /^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new CliUsageError(`--labels must be hubs, all, none or a number of hubs; received ${String(value)}.`);
}

function statusesFlag(value: unknown): PartnerStatus[] | 'all' | undefined {
  if (value === undefined) return undefined;
  const list = listFlag(value);
  if (list.length === 1 && list[0] === 'all') return 'all';
  for (const s of list) {
    if (!isPartnerStatus(s)) throw new CliUsageError(`--status must be all or one of ${PARTNER_STATUSES.join(', ')}; received ${s}.`);
  }
  return list as PartnerStatus[];
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'draw the network map as an SVG picture',
  help: `Usage: partnermap render [file] [--out map.svg] [--color-by <by>] [--size-by <by>]
                        [--labels <which>] [--width <px>] [--height <px>]
                        [--title <text>] [--theme light|dark] [--status <s>]...
                        [--no-legend] [--seed <n>] [--json]

Draws the network map as one standalone SVG file (open it in a browser, put
it in a web page or a slide): partners coloured by sector, status or
community and sized by hub score, prospects hollow, the home partner ringed,
relationships styled by kind (referrals with arrows), hubs labelled, and a
legend. The layout is seeded: the same file and --seed give the same picture.
Without --out, the SVG is written to stdout. Without a file, uses the
built-in example network.

  --color-by <by>   ${COLOR_BY.join(', ')} (default sector)
  --size-by <by>    ${SIZE_BY.join(', ')} (default hub)
  --labels <which>  hubs, all, none, or a number of top hubs (default hubs)
  --width <px>      picture width (default from the network's size)
  --height <px>     picture height (default 3/4 of the width)
  --title <text>    title (default the network's name)
  --theme <t>       light or dark (default light)
  --status <s>      partners drawn: all, or statuses (repeat or comma-separate;
                    default every status but former)
  --no-legend       leave the legend out
  --json            print {source, partners, relationships, out | svg} as JSON`,
  options: {
    'color-by': { type: 'string' },
    'size-by': { type: 'string' },
    labels: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    title: { type: 'string' },
    theme: { type: 'string' },
    status: { type: 'string', multiple: true },
    'no-legend': { type: 'boolean' } },
  async run(args, io) {
    const { values } = args;
    const [file, ...extra] = args.positionals;
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const options: RenderSvgOptions = { seed: parseSeed(values.seed) };
    const colorBy = choice('--color-by', values['color-by'], COLOR_BY);
    if (colorBy !== undefined) options.colorBy = colorBy;
    const sizeBy = choice('--size-by', values['size-by'], SIZE_BY);
    if (sizeBy !== undefined) options.sizeBy = sizeBy;
    const theme = choice('--theme', values.theme, THEMES);
    if (theme !== undefined) options.theme = theme;
    const labels = labelsFlag(values.labels);
    if (labels !== undefined) options.labels = labels;
    const width = pixels('--width', values.width, 200, 10_000);
    if (width !== undefined) options.width = width;
    const height = pixels('--height', values.height, 150, 10_000);
    if (height !== undefined) options.height = height;
    if (typeof values.title === 'string') options.title = values.title;
    const statuses = statusesFlag(values.status);
    if (statuses !== undefined) options.statuses = statuses;
    if (values['no-legend'] === true) options.showLegend = false;

    const bar = progress(io, values.quiet === true);
    const loaded = await loadNetwork('render', file, io, bar, values.format);
    if (loaded === undefined) return 1;
    const { network, source } = loaded;
    bar.step(`laying out ${network.order} partners`);
    const svg = renderSvg(network, options);
    bar.done();

    const out = typeof values.out === 'string' ? values.out : undefined;
    if (out !== undefined) {
      await writeFile(resolve(io.cwd, out), svg);
      if (values.quiet !== true && values.json !== true) io.stderr(`wrote ${out}\n`);
    }
    if (values.json === true) {
      const summary = {
        source,
        partners: network.order,
        relationships: network.size,
        ...(out === undefined ? { svg } : { out }) };
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    } else if (out === undefined) {
      io.stdout(`${svg}\n`);
    }
    return 0;
  } };

