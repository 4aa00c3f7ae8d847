/**
 * `partnermap validate <file>`: reads a network file and prints every issue;
 * exit code 1 when any is an error.
 */
import { formatIssue, hasErrors, validateNetwork } from 'partnermap';
import { CliUsageError } from '../cli-error';
import type { Command } from '../command';
import { readNetworkFile } from '../read-input';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a network file and list its problems',
  help: `Usage: partnermap validate <file> [--format <fmt>] [--json]

Reads the file (partnermap JSON, CSV tables, GEXF or GraphML; see
\`partnermap convert --help\` for how files are recognised), checks every
partner and relationship, and prints each issue (errors, warnings, info) with
where it was found: the file and line for CSV, the element and line for XML,
the JSON path for JSON. Exit code 1 when there are errors, 0 otherwise.`,
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliUsageError('validate needs a file.');
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const { network, issues: importIssues } = await readNetworkFile(file, io.cwd, args.values.format);
    const issues = [...importIssues, ...(hasErrors(importIssues) ? [] : validateNetwork(network))];
    if (args.values.json === true) {
      io.stdout(`${JSON.stringify({ file, partners: network.order, relationships: network.size, issues }, null, 2)}\n`);
    } else {
      for (const issue of issues) io.stdout(`${formatIssue(issue)}\n`);
      const errors = issues.filter((i) => i.severity === 'error').length;
      const warnings = issues.filter((i) => i.severity === 'warning').length;
      io.stdout(
        `${file}: ${network.order} partners, ${network.size} relationships; ${errors} error(s), ${warnings} warning(s).\n`,
      );
    }
    return hasErrors(issues) ? 1 : 0;
  },
};
