/**
 * `partnermap convert <in> <out>`: converts between partnermap JSON, CSV
 * tables, GEXF and GraphML, formats inferred from the extensions.
 */
import { formatIssue, hasErrors, redactNetwork } from 'partnermap';
import { CliUsageError } from '../cli-error';
import type { Command } from '../command';
import { readNetworkFile } from '../read-input';
import { writeNetworkFile } from '../write-output';

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert a network between JSON, CSV, GEXF and GraphML',
  help: `Usage: partnermap convert <in> <out> [--format <fmt>] [--to <fmt>] [--gexf-version 1.2draft|1.3] [--redact]

Reads <in> and writes <out>, each in the format its extension names:
  .json             partnermap JSON
  .csv              CSV tables: partners.csv with its sibling relationships.csv
                    and network.csv (x-partners.csv goes with x-relationships.csv),
                    or a single edge list (source,target columns)
  a directory       CSV tables partners.csv, relationships.csv, network.csv in it
  .gexf             GEXF (Gephi); 1.2draft unless --gexf-version 1.3
  .graphml, .xml    GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph)
--format overrides the input format, --to the output format.

Conversion keeps everything, personal data included: it is your data moving
between your tools. Add --redact when the file leaves your organisation:
contacts become pseudonyms and personal fields are removed (docs/privacy.md).

Problems in the input go to stderr. When any is an error nothing is written
and the exit code is 1. Examples:
  partnermap convert partners.csv map.gexf
  partnermap convert map.graphml tables/
  partnermap convert karate.graphml karate.json
  partnermap convert partners.csv shared.graphml --redact`,
  options: {
    to: { type: 'string' },
    'gexf-version': { type: 'string' },
    redact: { type: 'boolean' },
  },
  async run(args, io) {
    const [input, output, ...extra] = args.positionals;
    if (input === undefined || output === undefined) throw new CliUsageError('convert needs an input and an output file.');
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const gexfVersion = args.values['gexf-version'];
    if (gexfVersion !== undefined && gexfVersion !== '1.2draft' && gexfVersion !== '1.3') {
      throw new CliUsageError(`--gexf-version must be 1.2draft or 1.3; received ${String(gexfVersion)}.`);
    }
    const { network, issues } = await readNetworkFile(input, io.cwd, args.values.format);
    const quiet = args.values.quiet === true;
    for (const issue of issues) {
      if (issue.severity === 'error' || issue.severity === 'warning' || !quiet) io.stderr(`${formatIssue(issue)}\n`);
    }
    if (hasErrors(issues)) {
      const errors = issues.filter((i) => i.severity === 'error').length;
      io.stderr(`partnermap convert: ${input} has ${errors} error(s); nothing was written.\n`);
      return 1;
    }
    const redact = args.values.redact === true;
    const written = await writeNetworkFile(redact ? redactNetwork(network) : network, output, io.cwd, {
      to: args.values.to,
      ...(gexfVersion === undefined ? {} : { gexfVersion: gexfVersion as '1.2draft' | '1.3' }),
    });
    if (!quiet) {
      const note = redact ? ' (redacted: contacts pseudonymised, personal fields removed)' : '';
      io.stderr(`wrote ${network.order} partners and ${network.size} relationships to ${written.join(', ')}${note}\n`);
    }
    return 0;
  },
};
