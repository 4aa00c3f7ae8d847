/**
 * Formatters for `gapAnalysis()` in `partnermap analyze`: plain text (the
 * sector table, the ladder, the commitment mix and every finding in words)
 * and a JSON-safe value for `--json`.
 */
import type { GapAnalysis, GapFindingKind } from 'partnermap';

/** Options of {@link gapsText}. */
export interface GapsTextOptions {
  /**
   * Most findings listed per kind; the rest are counted.
   * @defaultValue 10
   */
  limit?: number;
}

const HEADINGS: [GapFindingKind[], string][] = [
  [['missing-sector', 'thin-sector', 'over-reliant-sector', 'sector-not-recorded'], 'Sectors'],
  [['level-never-reached', 'stuck-at-information'], 'Participation ladder'],
  [['no-long-term-commitment', 'mostly-quick-wins'], 'Commitments'],
  [['prospect-waiting'], 'Prospects not yet contacted'],
  [['overdue-communication', 'communication-not-recorded'], 'Communication'],
  [['only-tied-to-home'], 'Tied only to home'],
];

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The gap analysis as plain text. */
export function gapsText(result: GapAnalysis, options: GapsTextOptions = {}): string {
  const limit = options.limit ?? 10;
  const date = result.asOf === null ? 'no date recorded, so time-based checks are skipped' : `as of ${result.asOf}`;
  const lines: string[] = [`Gaps: what the partnership is missing (${date})`, `${result.counted} partners at the table.`, ''];

  lines.push('Sector coverage:');
  for (const c of result.sectors.coverage) {
    if (c.status === 'not-expected' && c.prospects === 0) continue;
    const waiting = c.prospects > 0 ? `, ${c.prospects} prospect(s)` : '';
    lines.push(`  ${c.label.padEnd(42)} ${String(c.partners).padStart(4)} ${pct(c.share).padStart(4)}  ${c.status}${waiting}`);
  }
  lines.push('', 'Participation ladder (relationships, partners at their highest rung):');
  for (const l of result.ladder.levels) lines.push(`  ${l.label.padEnd(42)} ${String(l.relationships).padStart(4)} ${String(l.partners).padStart(4)}`);
  const mix = result.commitments.counts.map((c) => `${c.commitment} ${c.relationships}`).join(', ');
  lines.push('', `Commitments: ${mix}${result.commitments.unrecorded > 0 ? `, not recorded ${result.commitments.unrecorded}` : ''}.`);

  lines.push('', `Findings (${result.findings.length}):`);
  if (result.findings.length === 0) lines.push('  none.');
  for (const [kinds, heading] of HEADINGS) {
    const found = result.findings.filter((f) => kinds.includes(f.kind));
    if (found.length === 0) continue;
    lines.push(`  ${heading}:`);
    for (const kind of kinds) {
      const ofKind = found.filter((f) => f.kind === kind);
      for (const f of ofKind.slice(0, limit)) lines.push(`    - ${f.message}`);
      if (ofKind.length > limit) lines.push(`    ... and ${ofKind.length - limit} more`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The gap analysis as a JSON-safe value. */
export function gapsJson(result: GapAnalysis): unknown {
  return result;
}
