/**
 * `partnermap analyze [file]`: the network's analyses in sections (hubs
 * first; other analyses are added as sections of their own). Without a file,
 * the built-in example network.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exampleNetwork, formatIssue, hasErrors, hubs, type HubsOptions, type PartnerNetwork } from 'partnermap';
import { CliUsageError } from '../cli-error';
import type { Command } from '../command';
import { progress } from '../progress';
import { readNetworkFile } from '../read-input';
import { hubsJson, hubsText } from '../sections/hubs';

function integerFlag(flag: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliUsageError(`${flag} must be an integer from ${min} to ${max}; received ${String(value)}.`);
  }
  return n;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'hubs and other analyses of a network, with reasons',
  help: `Usage: partnermap analyze [file] [--top <n>] [--exact] [--seed <n>] [--json]

Analyses the network and prints one section per analysis. Hubs: the partners
who connect the community, ranked by a composite of degree, betweenness,
closeness, eigenvector, PageRank and introductions made, each with its
reasons ("connects 4 sectors through 9 partners", "on 15% of shortest paths
between STEM company and government agency partners", "introduced 6
partners"). Prospects and former partners are left out; the home partner is
scored but not ranked. On large networks betweenness and closeness are
estimated from samples (the output says so); --exact computes them exactly.
With --json, every partner with every component. Without a file, uses the
built-in example network.

  --top <n>     hubs listed (default 10)
  --exact       exact betweenness and closeness, however large the network
                (about 6 s for 10,000 partners with 50,000 ties; the time grows
                with partners x ties: about 10 minutes for 100,000 with 500,000)
  --seed <n>    seed of the sampling (default 1)`,
  options: {
    top: { type: 'string' },
    exact: { type: 'boolean' },
  },
  async run(args, io) {
    const { values } = args;
    const [file, ...extra] = args.positionals;
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const top = integerFlag('--top', values.top, 10, 1, Number.MAX_SAFE_INTEGER);
    const seed = integerFlag('--seed', values.seed, 1, 0, 4294967295);

    const bar = progress(io, values.quiet === true);
    let network: PartnerNetwork;
    let source: string;
    if (file === undefined) {
      network = exampleNetwork();
      source = 'the built-in example network';
    } else {
      bar.step(`reading ${file}`);
      const imported = await readNetworkFile(file, io.cwd, values.format);
      if (hasErrors(imported.issues)) {
        bar.done();
        for (const issue of imported.issues.filter((i) => i.severity === 'error')) io.stderr(`${formatIssue(issue)}\n`);
        io.stderr(`partnermap analyze: ${file} has errors; run \`partnermap validate ${file}\` for details.\n`);
        return 1;
      }
      network = imported.network as PartnerNetwork;
      source = file;
    }

    bar.step(`ranking hubs among ${network.order.toLocaleString('en-US')} partners`);
    // Text shows the top hubs only; JSON every partner.
    const options: HubsOptions = { seed, explain: top, ...(values.json === true ? {} : { limit: top }) };
    if (values.exact === true) options.exact = true;
    const ranking = hubs(network, options);
    bar.done();

    const name = network.getAttribute('name');
    const title = typeof name === 'string' && name !== '' ? name : source;
    let output: string;
    if (values.json === true) {
      output = `${JSON.stringify({ source, name: title, partners: network.order, relationships: network.size, hubs: hubsJson(ranking) }, null, 2)}\n`;
    } else {
      const header = `${title}: ${network.order} partners, ${network.size} relationships.\n\n`;
      output = header + hubsText(ranking, { top });
    }
    if (typeof values.out === 'string') {
      await writeFile(resolve(io.cwd, values.out), output);
      if (values.quiet !== true) io.stderr(`wrote ${values.out}\n`);
    } else io.stdout(output);
    return 0;
  },
};
