/**
 * `partnermap analyze [file]`: every structural analysis of a network, one
 * section each: hubs, communities, brokers, fragility (with key-person risk)
 * and gaps. Text for people, `--json` for programs. Without a file, the
 * built-in example network. Contacts are pseudonymised unless
 * `--include-personal`.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  brokerage,
  detectCommunities,
  fragility,
  gapAnalysis,
  hubs,
  isIsoDate,
  redactNetwork,
  snapshot,
  type HubsOptions,
} from 'partnermap';
import { CliUsageError } from '../cli-error';
import type { Command } from '../command';
import { integerFlag, listFlag, parseSeed } from '../flags';
import { loadNetwork } from '../load-network';
import { progress } from '../progress';
import { brokerageJson, brokerageText } from '../sections/brokerage';
import { communitiesJson, communitiesSection } from '../sections/communities';
import { fragilityJson, fragilityText } from '../sections/fragility';
import { gapsJson, gapsText } from '../sections/gaps';
import { hubsJson, hubsText } from '../sections/hubs';

/** The sections, in the order they print. */
export const ANALYZE_SECTIONS = ['hubs', 'communities', 'brokers', 'fragility', 'gaps'] as const;
type SectionName = (typeof ANALYZE_SECTIONS)[number];

function sectionsFlag(value: unknown): SectionName[] {
  const list = listFlag(value);
  if (list.length === 0) return [...ANALYZE_SECTIONS];
  for (const name of list) {
    if (!(ANALYZE_SECTIONS as readonly string[]).includes(name)) {
      throw new CliUsageError(`--sections must list some of ${ANALYZE_SECTIONS.join(', ')}; received ${name}.`);
    }
  }
  return ANALYZE_SECTIONS.filter((name) => list.includes(name));
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'hubs, communities, brokers, fragility and gaps, with reasons',
  help: `Usage: partnermap analyze [file] [--sections <list>] [--top <n>] [--exact] [--as-of <date>] [--json]

Analyses the network and prints one section per analysis:
  hubs          the partners who connect the community, ranked by a composite
                of degree, betweenness, closeness, eigenvector, PageRank and
                introductions made, each with its reasons
  communities   clusters of partners who work together (Leiden), with their
                sectors and hubs
  brokers       who brokers between sectors (Gould-Fernandez roles) and Burt's
                structural holes
  fragility     partners and ties whose loss would split the network, and
                key-person risk (relationships that rest on one person)
  gaps          missing or thin sectors, the participation ladder, commitment
                mix, prospects waiting, overdue communication
Prospects and former partners are left out of hubs, communities and
fragility; the home partner is scored but not ranked among hubs. On large
networks betweenness and closeness are estimated from samples (the output says
so); --exact computes them exactly. Contacts appear as pseudonyms (person-1,
...) unless --include-personal. Without a file, uses the built-in example
network.

  --sections <list>   some of ${ANALYZE_SECTIONS.join(',')} (default all)
  --top <n>           rows listed per section (default 10)
  --exact             exact betweenness and closeness, however large the network
                      (about 6 s for 10,000 partners with 50,000 ties; the time
                      grows with partners x ties: about 10 minutes for 100,000
                      with 500,000)
  --as-of <date>      the date gaps are judged on (default: the latest date the
                      network records)
  --include-personal  name contacts instead of pseudonyms
  --seed <n>          seed of sampling and community detection (default 1)`,
  options: {
    sections: { type: 'string', multiple: true },
    top: { type: 'string' },
    exact: { type: 'boolean' },
    'as-of': { type: 'string' },
    'include-personal': { type: 'boolean' },
  },
  async run(args, io) {
    const { values } = args;
    const [file, ...extra] = args.positionals;
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const sections = sectionsFlag(values.sections);
    const top = integerFlag('--top', values.top, 10, 1, Number.MAX_SAFE_INTEGER);
    const seed = parseSeed(values.seed);
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new CliUsageError(`--as-of must be an ISO date (2025-06-30); received ${String(asOf)}.`);
    const json = values.json === true;

    const bar = progress(io, values.quiet === true);
    const loaded = await loadNetwork('analyze', file, io, bar, values.format);
    if (loaded === undefined) return 1;
    const { source } = loaded;
    const network = values['include-personal'] === true ? loaded.network : redactNetwork(loaded.network);
    const name = network.getAttribute('name');
    const title = typeof name === 'string' && name !== '' ? name : source;
    const size = network.order.toLocaleString('en-US');

    // Hubs, communities and fragility share one view of the current network.
    const view = sections.some((s) => s === 'hubs' || s === 'communities' || s === 'fragility') ? snapshot(network) : undefined;
    const text: string[] = [`${title}: ${network.order} partners, ${network.size} relationships.\n`];
    const data: Record<string, unknown> = { source, name: title, partners: network.order, relationships: network.size };
    for (const section of sections) {
      switch (section) {
        case 'hubs': {
          bar.step(`ranking hubs among ${size} partners`);
          // Text shows the top hubs only; JSON every partner.
          const options: HubsOptions = { seed, explain: top, snapshot: view, ...(json ? {} : { limit: top }) };
          if (values.exact === true) options.exact = true;
          const result = hubs(network, options);
          text.push(hubsText(result, { top }));
          data.hubs = hubsJson(result);
          break;
        }
        case 'communities': {
          bar.step(`finding communities among ${size} partners`);
          const result = detectCommunities(network, { seed, snapshot: view });
          text.push(communitiesSection(result, { limit: top }));
          data.communities = communitiesJson(result);
          break;
        }
        case 'brokers': {
          bar.step(`counting brokerage roles among ${size} partners`);
          const result = brokerage(network);
          text.push(brokerageText(result, { limit: top }));
          data.brokerage = brokerageJson(result);
          break;
        }
        case 'fragility': {
          bar.step(`looking for single points of failure among ${size} partners`);
          const result = fragility(network, { snapshot: view });
          text.push(fragilityText(result, { limit: top }));
          data.fragility = fragilityJson(result);
          break;
        }
        case 'gaps': {
          bar.step('looking for gaps');
          const result = gapAnalysis(network, asOf === undefined ? {} : { asOf });
          text.push(gapsText(result, { limit: top }));
          data.gaps = gapsJson(result);
          break;
        }
      }
    }
    bar.done();

    const output = json ? `${JSON.stringify(data, null, 2)}\n` : `${text.map((t) => t.trimEnd()).join('\n\n')}\n`;
    if (typeof values.out === 'string') {
      await writeFile(resolve(io.cwd, values.out), output);
      if (values.quiet !== true) io.stderr(`wrote ${values.out}\n`);
    } else io.stdout(output);
    return 0;
  },
};
