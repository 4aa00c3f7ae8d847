/**
 * Gaps: what the partnership is missing (sectors, rungs of the ladder,
 * long-term commitments, prospects never contacted, overdue communication),
 * each finding in words, from {@link gapAnalysis}.
 */
import type { GapFindingKind } from '../../algorithms/gaps/gap-analysis';
import type { ReportContext } from '../context';
import { list, paragraph, subheading, type ReportBlock } from '../document';
import { firstOf, plural } from '../format';

const GROUPS: [GapFindingKind[], string][] = [
  [['missing-sector', 'thin-sector', 'over-reliant-sector', 'sector-not-recorded'], 'Sectors'],
  [['level-never-reached', 'stuck-at-information'], 'Participation ladder'],
  [['no-long-term-commitment', 'mostly-quick-wins'], 'Commitments'],
  [['prospect-waiting'], 'Prospects not yet contacted'],
  [['overdue-communication', 'communication-not-recorded'], 'Communication'],
  [['only-tied-to-home'], 'Tied only to home'],
];

/** The gaps section's blocks. */
export function gapsBlocks(ctx: ReportContext): ReportBlock[] {
  const g = ctx.gaps();
  const limit = ctx.options.limit;
  const date = g.asOf === null ? 'No date is known, so the checks that count days are skipped.' : `As of ${g.asOf}.`;
  const blocks: ReportBlock[] = [paragraph(`${plural(g.counted, 'partner')} at the table. ${date}`)];
  if (g.findings.length === 0) {
    blocks.push(paragraph('No gaps found.'));
    return blocks;
  }
  for (const [kinds, heading] of GROUPS) {
    const items: string[] = [];
    for (const kind of kinds) {
      const { shown, more } = firstOf(
        g.findings.filter((f) => f.kind === kind),
        limit,
      );
      items.push(...shown.map((f) => f.message));
      if (more > 0) items.push(`... and ${more} more like this.`);
    }
    if (items.length > 0) blocks.push(subheading(heading), list(items));
  }
  return blocks;
}
