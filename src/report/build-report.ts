/**
 * The report: a Markdown (or HTML) document a programme coordinator can read
 * and share. It puts together the analyses in the order a coordinator asks
 * the questions (what is on the map, who connects it, whom to approach next,
 * which clusters, who brokers, where it would break and who it rests on,
 * what is missing, what changed) and ends with a method note. Every section
 * uses the analyses' own plain-language reasons; nothing is re-derived here.
 *
 * By default the network is redacted first ({@link redactNetwork}), so the
 * report carries no personal data and can be shared outside the organisation.
 */
import { assertNetwork } from '../network/assert-network';
import { redactWithSummary, type RedactionSummary } from '../network/redact-network';
import type { AnyNetwork } from '../network/types';
import { renderSvg } from '../render/render-svg';
import { VERSION } from '../version';
import { reportContext, type ReportContext } from './context';
import { em, paragraph, subheading, type ReportBlock, type ReportDocument, type ReportSection, type ReportSpan } from './document';
import { formatReportHtml } from './html';
import { formatReportMarkdown } from './markdown';
import { REPORT_SECTIONS, resolveReportOptions, type ReportOptions, type ReportSectionId } from './options';
import { brokersBlocks } from './sections/brokers';
import { changesBlocks } from './sections/changes';
import { communitiesBlocks } from './sections/communities';
import { gapsBlocks } from './sections/gaps';
import { hubsBlocks } from './sections/hubs';
import { methodBlocks } from './sections/method';
import { overviewBlocks } from './sections/overview';
import { risksBlocks } from './sections/risks';
import { suggestionsBlocks, wavesBlocks, whomToAskBlocks } from './sections/snowball';

function networkName(network: AnyNetwork): string | undefined {
  const name = network.getAttribute('name');
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

function mapBlocks(ctx: ReportContext, svg: string | null): ReportBlock[] {
  const name = networkName(ctx.network) ?? 'the network';
  const alt = `Map of ${name}: partners coloured by sector and sized by hub score; prospects are hollow circles and home is ringed`;
  const { map, mapPath } = ctx.options;
  return [{ type: 'map', alt, path: map === 'reference' ? mapPath : null, svg, embed: map === 'embed' }];
}

function suggestionSectionBlocks(ctx: ReportContext): ReportBlock[] {
  const suggestions = ctx.suggestions();
  if (suggestions === null) {
    return [paragraph('No home partner is set: suggestions are made for home. Set one to see whom to approach next and who can introduce you.')];
  }
  const blocks = suggestionsBlocks(suggestions);
  const ask = ctx.whomToAsk();
  if (ask !== null) blocks.push(subheading('Whom to ask "who else should we contact?"'), ...whomToAskBlocks(ask));
  return blocks;
}

const TITLES: Readonly<Record<ReportSectionId, string>> = {
  overview: 'Overview',
  map: 'The network map',
  hubs: 'Hubs: who connects the community',
  suggestions: 'Whom to approach next',
  growth: 'How the network grew',
  communities: 'Communities: who works together',
  brokers: 'Brokers: who links partners with no direct tie',
  risks: 'Risks: where the network would break, and key people',
  gaps: 'Gaps: what the partnership is missing',
  changes: 'What changed',
  method: 'Method',
};

const BUILDERS: Readonly<Record<Exclude<ReportSectionId, 'map'>, (ctx: ReportContext) => ReportBlock[]>> = {
  overview: overviewBlocks,
  hubs: hubsBlocks,
  suggestions: suggestionSectionBlocks,
  growth: (ctx) => wavesBlocks(ctx.waves(), ctx.options.limit),
  communities: communitiesBlocks,
  brokers: brokersBlocks,
  risks: risksBlocks,
  gaps: gapsBlocks,
  changes: changesBlocks,
  method: methodBlocks,
};

/** Builds the document; `svgWanted` is false when the Markdown only links to the map and nobody needs the SVG itself. */
function build(fn: string, network: unknown, options: unknown, svgWanted: boolean): ReportDocument {
  assertNetwork(fn, network);
  const o = resolveReportOptions(fn, options);
  let analysed: AnyNetwork = network;
  let previous = o.previous;
  let redaction: RedactionSummary | null = null;
  if (!o.includePersonal) {
    o.onProgress?.('removing personal data');
    // One pseudonym table for both versions: a person keeps one pseudonym across them.
    const pseudonyms = o.redact.pseudonyms ?? new Map<string, string>();
    const redacted = redactWithSummary(network, { ...o.redact, pseudonyms });
    analysed = redacted.network;
    redaction = redacted.summary;
    if (previous !== undefined) previous = redactWithSummary(previous, { ...o.redact, pseudonyms }).network;
  }
  const ctx = reportContext(analysed, previous, o, redaction);

  const sections: ReportSection[] = [];
  for (const id of REPORT_SECTIONS) {
    if (!o.sections.has(id)) continue;
    let blocks: ReportBlock[];
    if (id === 'map') {
      if (o.map === 'none') continue;
      const needSvg = svgWanted || o.map === 'embed';
      if (o.mapSvg === undefined && needSvg) o.onProgress?.('drawing the map');
      const svg = o.mapSvg ?? (needSvg ? renderSvg(analysed, { seed: o.seed, ...o.mapOptions }) : null);
      blocks = mapBlocks(ctx, svg);
    } else {
      blocks = BUILDERS[id](ctx);
    }
    sections.push({ id, title: TITLES[id], blocks });
  }

  const name = networkName(analysed);
  const asOf = ctx.gaps().asOf;
  const lead: ReportSpan[][] = [];
  const description = analysed.getAttribute('description');
  if (typeof description === 'string' && description.trim() !== '') lead.push([{ text: description }]);
  lead.push([
    em(
      `${asOf === null ? 'No date recorded' : `As of ${asOf}`}. ` +
        (redaction === null
          ? 'This report names people (personal data): keep it inside the organisation.'
          : 'Personal data removed: people appear as pseudonyms, so this report can be shared.') +
        ` Made with partnermap ${VERSION}.`,
    ),
  ]);
  return {
    title: o.title ?? (name === undefined ? 'Partnership network report' : `${name}: network report`),
    lead,
    asOf,
    redacted: redaction !== null,
    sections,
  };
}

/**
 * The report as a document model (plain data: title, lead lines, sections of
 * paragraphs, lists, tables and the map), to write with
 * {@link formatReportMarkdown} or {@link formatReportHtml}, or to show your
 * own way. Computes each analysis once; the map is drawn unless `map` is
 * `'none'` or `mapSvg` is given.
 */
export function buildReport(network: AnyNetwork, options: ReportOptions = {}): ReportDocument {
  return build('buildReport', network, options, true);
}

/**
 * A Markdown report of the network that a coordinator can read and share:
 * overview numbers, the map, top hubs and why, whom to approach next with
 * who can introduce you, how the network grew, communities, brokers,
 * fragility and key-person risks, gaps, what changed since `previous`, and a
 * method note. Personal data is removed unless `includePersonal` is true.
 * Deterministic: the same network, options and seed give the same text.
 *
 * @example
 * const markdown = report(exampleNetwork(), { limit: 5 });
 * // write it beside the map it links to:
 * // writeFileSync('report.md', markdown); writeFileSync('map.svg', renderSvg(redactNetwork(network)));
 */
export function report(network: AnyNetwork, options: ReportOptions = {}): string {
  return formatReportMarkdown(build('report', network, options, false));
}

/**
 * The same report as one self-contained HTML page (inline CSS, the map
 * inline as SVG, no script, no external request): open it in a browser,
 * print it, or mail it.
 */
export function reportHtml(network: AnyNetwork, options: ReportOptions = {}): string {
  return formatReportHtml(build('reportHtml', network, options, true));
}
