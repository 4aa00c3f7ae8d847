/**
 * `partnermap suggest [file]`: whom to approach next, who can introduce you,
 * and which partners to ask. Without a file, the built-in example network.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  isParticipationLevel,
  isPartnerStatus,
  isSector,
  LINK_INDICES,
  PARTICIPATION_LEVELS,
  SECTORS,
  snowballSuggestions,
  whomToAsk,
  type LinkIndex,
  type SnowballSuggestionsOptions,
} from 'partnermap';
import { CliUsageError } from '../cli-error';
import type { Command } from '../command';
import { progress } from '../progress';
import { integerFlag, listFlag } from '../flags';
import { loadNetwork } from '../load-network';
import { suggestionsText, whomToAskText } from '../sections/snowball';

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'whom to approach next, who can introduce you, and whom to ask',
  help: `Usage: partnermap suggest [file] [--for <id>] [--index <name>] [--limit <n>]
                         [--sector <s>]... [--status <s>]... [--min-level <level>]
                         [--include-former] [--unweighted] [--ask <n>] [--json]

Ranks the organisations worth approaching next (prospects and contacted
organisations by default) for the home partner, or for the partner given with
--for. Each suggestion lists the partners who know the organisation and could
introduce you (with the level and strength of both ties), the warmest path
from you, and the reasons. Then lists the partners to ask "who else should we
contact?". Without a file, uses the built-in example network.

  --for <id>          suggestions for this partner (default: home)
  --index <name>      ${LINK_INDICES.join(', ')}
                      (default resource-allocation)
  --limit <n>         most suggestions (default 10)
  --sector <s>        only these sectors (repeat or comma-separate)
  --status <s>        candidate statuses: prospect, contacted, paused, former
                      (default prospect and contacted)
  --min-level <level> only suggestions with an introducer at this level or above
                      with you: ${PARTICIPATION_LEVELS.join(', ')}
  --include-former    suggest former partners too
  --unweighted        ignore tie strengths and levels
  --ask <n>           partners listed in the ask list (default 5; 0 to hide)`,
  options: {
    for: { type: 'string' },
    index: { type: 'string' },
    limit: { type: 'string' },
    sector: { type: 'string', multiple: true },
    status: { type: 'string', multiple: true },
    'min-level': { type: 'string' },
    'include-former': { type: 'boolean' },
    unweighted: { type: 'boolean' },
    ask: { type: 'string' } },
  async run(args, io) {
    const { values } = args;
    const [file, ...extra] = args.positionals;
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}.`);
    const index = values.index;
    if (index !== undefined && !(LINK_INDICES as readonly unknown[]).includes(index)) {
      throw new CliUsageError(`--index must be one of ${LINK_INDICES.join(', ')}; received ${String(index)}.`);
    }
    const sectors = listFlag(values.sector);
    for (const s of sectors) if (!isSector(s)) throw new CliUsageError(`--sector must be one of ${SECTORS.join(', ')}; received ${s}.`);
    const statuses = listFlag(values.status);
    for (const s of statuses) {
      if (!isPartnerStatus(s) || s === 'active') {
        throw new CliUsageError(`--status must be prospect, contacted, paused or former; received ${s}.`);
      }
    }
    const minLevel = values['min-level'];
    if (minLevel !== undefined && !isParticipationLevel(minLevel)) {
      throw new CliUsageError(`--min-level must be one of ${PARTICIPATION_LEVELS.join(', ')}; received ${String(minLevel)}.`);
    }
    const limit = integerFlag('--limit', values.limit, 10, 0, Number.MAX_SAFE_INTEGER);
    const ask = integerFlag('--ask', values.ask, 5, 0, Number.MAX_SAFE_INTEGER);

    const bar = progress(io, values.quiet === true);
    const loaded = await loadNetwork('suggest', file, io, bar, values.format);
    if (loaded === undefined) return 1;
    const { network, source } = loaded;
    bar.step('scoring');
    const options: SnowballSuggestionsOptions = { limit };
    if (typeof values.for === 'string') options.for = values.for;
    if (index !== undefined) options.index = index as LinkIndex;
    if (sectors.length > 0) options.sectors = sectors as SnowballSuggestionsOptions['sectors'];
    if (statuses.length > 0) options.statuses = statuses as SnowballSuggestionsOptions['statuses'];
    if (minLevel !== undefined) options.minIntroducerLevel = minLevel;
    if (values['include-former'] === true) options.includeFormer = true;
    if (values.unweighted === true) options.weighted = false;
    const suggestions = snowballSuggestions(network, options);
    const askOptions = {
      for: suggestions.for,
      limit: ask,
      includeFormer: options.includeFormer ?? false,
      ...(options.statuses === undefined ? {} : { statuses: options.statuses }),
      ...(options.sectors === undefined ? {} : { sectors: options.sectors }) };
    const asked = ask > 0 ? whomToAsk(network, askOptions) : undefined;
    bar.done();

    const output =
      values.json === true
        ? `${JSON.stringify({ source, suggestions, whomToAsk: asked ?? null }, null, 2)}\n`
        : `${suggestionsText(suggestions)}${asked === undefined ? '' : `\n${whomToAskText(asked)}`}`;
    if (typeof values.out === 'string') {
      await writeFile(resolve(io.cwd, values.out), output);
      if (values.quiet !== true) io.stderr(`wrote ${values.out}\n`);
    } else io.stdout(output);
    return 0;
  } };
