/**
 * The snowball sections of the report: whom to approach next (suggestions
 * with their introducers), whom to ask "who else should we contact?", and
 * how the map grew wave by wave. Suggestions are presented with the partners
 * who can introduce you, as leads to check, never as certainties.
 *
 * Each section is built as blocks of the report's document model; the
 * `...Markdown` functions write one section on its own (the `suggest`
 * command and apps use them).
 */
import { describeValue, fail } from '../../model/errors';
import { SECTOR_LABELS } from '../../model/sectors';
import type { SnowballSuggestionsResult } from '../../algorithms/snowball/snowball-suggestions';
import type { SnowballWavesResult } from '../../algorithms/snowball/snowball-waves';
import type { WhomToAskResult } from '../../algorithms/snowball/whom-to-ask';
import { em, note, paragraph, table, type ReportBlock, type ReportSection } from '../document';
import { num } from '../format';
import { sectionMarkdown } from '../markdown';

/** The caveat printed under every list of suggestions. */
export const SUGGESTION_CAVEAT =
  'These are leads to check with the introducers, not certainties: the map only knows the ties recorded on it.';

/** The suggestions as blocks: what was ranked, a table with the introducers and reasons, warnings and the caveat. */
export function suggestionsBlocks(result: SnowballSuggestionsResult): ReportBlock[] {
  const blocks: ReportBlock[] = [paragraph(`Snowball suggestions for ${result.forName}, by ${result.description}; ${result.formula}.`)];
  if (result.suggestions.length === 0) blocks.push(paragraph('No organisation passes the filters.'));
  else {
    blocks.push(
      table(
        ['#', 'organisation', 'sector', 'status', 'score:', 'who can introduce you', 'why'],
        result.suggestions.map((s) => [
          String(s.rank),
          s.name,
          s.sector === undefined ? '' : SECTOR_LABELS[s.sector],
          s.status,
          num(s.score),
          s.introducers.map((z) => z.name).join(', ') || 'none',
          s.reasons.join('; '),
        ]),
      ),
    );
  }
  for (const w of result.warnings) blocks.push(note(`Warning: ${w.message}`));
  blocks.push(paragraph(em(SUGGESTION_CAVEAT)));
  return blocks;
}

/** The ask list as blocks. */
export function whomToAskBlocks(result: WhomToAskResult): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (result.partners.length === 0) blocks.push(paragraph('No partner is recorded as knowing an unexplored organisation.'));
  else {
    blocks.push(
      table(
        ['#', 'partner', 'could introduce you to', 'why'],
        result.partners.map((p) => [String(p.rank), p.name, p.doors.map((d) => d.name).join(', '), p.reason]),
      ),
    );
  }
  if (result.unreachable.length > 0) {
    blocks.push(paragraph(`No partner is recorded as knowing ${result.unreachable.map((u) => u.name).join(', ')}: a cold approach, or ask around.`));
  }
  if (result.notYetAsked.length > 0) blocks.push(paragraph(`Partners whose networks are not on the map yet: ${result.notYetAsked.join(', ')}.`));
  return blocks;
}

/** The waves as blocks: partners joined per wave, per year, and the introducers who brought in the most. */
export function wavesBlocks(result: SnowballWavesResult, introducers = 5): ReportBlock[] {
  const blocks: ReportBlock[] = [
    paragraph(
      'Wave 0 joined on their own (nobody introduced them); wave 1 was introduced by wave 0, and so on. ' +
        'In the pipeline: on the map but not partners yet (prospects and organisations contacted).',
    ),
    table(
      ['wave', 'joined:', 'in the pipeline:'],
      result.waves.map((w) => [String(w.wave), String(w.joined), String(w.pipeline)]),
    ),
    table(
      ['year', 'joined:', 'by wave'],
      result.years.map((y) => [
        y.year === null ? 'not recorded' : String(y.year),
        String(y.joined),
        y.byWave
          .map((c, w) => (c > 0 ? `${w}: ${c}` : ''))
          .filter(Boolean)
          .join(', '),
      ]),
    ),
  ];
  const top = result.introducers.slice(0, introducers);
  if (top.length > 0) {
    blocks.push(
      table(
        ['introducer', 'partners brought in:', 'pending:'],
        top.map((i) => [i.name, String(i.introduced), String(i.pending)]),
      ),
    );
  }
  if (result.cyclesBroken.length > 0) blocks.push(paragraph(`Circles of introductions started at: ${result.cyclesBroken.join(', ')}.`));
  return blocks;
}

/** A section written on its own as Markdown, with its heading at the given level (`'##'`). */
function standalone(fn: string, section: ReportSection, heading: unknown): string {
  if (typeof heading !== 'string' || !/^#{1,6}$/.test(heading)) {
    fail(fn, 'invalid-argument', `heading must be one to six # characters; received ${describeValue(heading)}.`);
  }
  return sectionMarkdown(section, heading.length);
}

/**
 * The suggestions as a Markdown section: a table of organisations with who
 * can introduce you and why, warnings, and the caveat that these are leads.
 * User text is escaped ({@link escapeMarkdown}).
 *
 * @param heading - the section heading's level, `'#'` to `'######'` (default `'##'`)
 */
export function suggestionsMarkdown(result: SnowballSuggestionsResult, heading = '##'): string {
  return standalone('suggestionsMarkdown', { id: 'suggestions', title: 'Whom to approach next', blocks: suggestionsBlocks(result) }, heading);
}

/**
 * The "whom to ask" list as a Markdown section: partners who know
 * organisations not yet on the map, and which.
 *
 * @param heading - the section heading's level (default `'##'`)
 */
export function whomToAskMarkdown(result: WhomToAskResult, heading = '##'): string {
  return standalone('whomToAskMarkdown', { id: 'ask', title: 'Whom to ask for introductions', blocks: whomToAskBlocks(result) }, heading);
}

/**
 * The snowball waves as a Markdown section: partners joined per wave and per
 * year, and the introducers who brought in the most.
 *
 * @param heading - the section heading's level (default `'##'`)
 */
export function wavesMarkdown(result: SnowballWavesResult, heading = '##'): string {
  return standalone('wavesMarkdown', { id: 'growth', title: 'How the network grew', blocks: wavesBlocks(result) }, heading);
}

/** One sentence on the first suggestion and its introducers, for the overview (null when there is none). */
export function firstSuggestionLine(result: SnowballSuggestionsResult): string | null {
  const first = result.suggestions[0];
  if (first === undefined) return null;
  const sector = first.sector === undefined ? '' : ` (${SECTOR_LABELS[first.sector]})`;
  const via = first.introducers.length === 0 ? 'no partner is recorded as knowing it' : `${first.introducers.map((z) => z.name).join(' or ')} can introduce you`;
  return `${first.name}${sector}; ${via}.`;
}
