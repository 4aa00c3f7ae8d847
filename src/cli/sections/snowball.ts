/**
 * Formatters for the snowball results as plain text, for `partnermap suggest`
 * (read by a coordinator in a terminal). They say what the map records and
 * present suggestions with their introducers, as leads to check, never as
 * certainties. The Markdown forms live in the core with the report
 * (src/report/sections/snowball.ts) and are re-exported here for the CLI.
 */
import {
  LEVEL_LABELS,
  SECTOR_LABELS,
  STATUS_LABELS,
  type SnowballSuggestion,
  type SnowballSuggestionsResult,
  type SnowballWavesResult,
  type TieSummary,
  type WhomToAskResult,
} from 'partnermap';

// The report area's barrel until src/index.ts re-exports it; then these
// imports move to 'partnermap' with the others.
import { SUGGESTION_CAVEAT } from 'partnermap';

export { SUGGESTION_CAVEAT, suggestionsMarkdown, wavesMarkdown, whomToAskMarkdown } from 'partnermap';

/** 3 significant digits, no trailing zeros: 1.5, 0.75, 0.568, 12.3. */
const num = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))));

const statusText = (status: SnowballSuggestion['status']): string => (status === 'prospect' ? 'prospect, not yet contacted' : STATUS_LABELS[status]);

function tieText(tie: TieSummary | null, side: string): string {
  if (tie === null) return `no recorded tie ${side}`;
  const level = tie.level === undefined ? '' : `${LEVEL_LABELS[tie.level]}, `;
  const kinds = tie.kinds.length > 0 ? `${tie.kinds.join(' + ')}, ` : '';
  return `${side}: ${level}${kinds}strength ${num(tie.strength)}`;
}

function sectorText(s: SnowballSuggestion): string {
  return `${s.sector === undefined ? 'sector not recorded' : SECTOR_LABELS[s.sector]}; ${statusText(s.status)}`;
}

function scoreText(s: SnowballSuggestion): string {
  const c = s.components;
  return `score ${num(s.score)} = index ${num(c.index)} x (1 + ${num(c.sectorWeight)} x sector gain ${num(c.sectorGain)})`;
}

/** The suggestions as plain text. */
export function suggestionsText(result: SnowballSuggestionsResult): string {
  const lines: string[] = [
    `Whom to approach next: snowball suggestions for ${result.forName}`,
    `Index: ${result.description}. ${result.candidates} organisation(s) considered, ${result.withIntroducers} known by a partner.`,
    `${result.formula}`,
    '',
  ];
  if (result.suggestions.length === 0) lines.push('No suggestions: no organisation passes the filters.', '');
  const width = String(result.suggestions.length).length;
  for (const s of result.suggestions) {
    const pad = ' '.repeat(width + 2);
    lines.push(`${String(s.rank).padStart(width)}. ${s.name} (${sectorText(s)})`);
    lines.push(`${pad}${scoreText(s)}`);
    lines.push(`${pad}Why: ${s.reasons.join('; ')}.`);
    if (s.introducers.length > 0) {
      lines.push(`${pad}Who can introduce you:`);
      for (const z of s.introducers) {
        lines.push(`${pad}  - ${z.name} (${tieText(z.toYou, 'with you')}; ${tieText(z.toThem, 'with them')})`);
      }
    }
    lines.push(`${pad}Warmest path: ${s.path === null ? 'none through your partners' : s.path.names.join(' > ')}`);
    lines.push('');
  }
  for (const w of result.warnings) lines.push(`Warning: ${w.message}`);
  if (result.warnings.length > 0) lines.push('');
  lines.push(SUGGESTION_CAVEAT);
  return `${lines.join('\n')}\n`;
}

/** The "ask" list as plain text. */
export function whomToAskText(result: WhomToAskResult): string {
  const lines: string[] = [`Whom to ask "who else should we contact?" (partners of ${result.forName}, most unexplored contacts first)`];
  if (result.partners.length === 0) lines.push('  No partner is recorded as knowing an unexplored organisation.');
  for (const p of result.partners) {
    const level = p.level === undefined ? '' : ` [${LEVEL_LABELS[p.level]}]`;
    lines.push(`  ${p.rank}. ${p.name}${level}: ${p.reason}`);
    if (p.doors.length > 1 || !p.reason.includes(p.doors[0]!.name)) {
      lines.push(`     ${p.doors.map((d) => `${d.name}${d.onlyDoor ? ' (only door)' : ''}`).join(', ')}`);
    }
  }
  if (result.unreachable.length > 0) {
    lines.push(`  No partner is recorded as knowing: ${result.unreachable.map((u) => u.name).join(', ')} (a cold approach, or ask around).`);
  }
  if (result.notYetAsked.length > 0) {
    lines.push(`  The map knows nothing of these partners' networks (ask them too): ${result.notYetAsked.join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The waves as plain text. */
export function wavesText(result: SnowballWavesResult): string {
  const lines = ['How the map grew, wave by wave (wave 0: nobody introduced them)'];
  for (const w of result.waves) lines.push(`  wave ${w.wave}: ${w.joined} joined${w.pipeline > 0 ? `, ${w.pipeline} in the pipeline` : ''}`);
  lines.push('By year joined:');
  for (const y of result.years) {
    const waves = y.byWave.map((c, w) => (c > 0 ? `wave ${w}: ${c}` : '')).filter(Boolean).join(', ');
    lines.push(`  ${y.year ?? 'date not recorded'}: ${y.joined} joined (${waves})`);
  }
  const top = result.introducers.slice(0, 5);
  if (top.length > 0) {
    lines.push('Introducers who brought in the most partners:');
    for (const i of top) lines.push(`  ${i.name}: ${i.introduced} joined${i.pending > 0 ? `, ${i.pending} pending` : ''}`);
  }
  if (result.cyclesBroken.length > 0) lines.push(`Circles of introductions started at: ${result.cyclesBroken.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
