/**
 * Communities: clusters of partners who work together, with their main
 * sectors and hubs, from {@link detectCommunities}.
 */
import { SECTOR_LABELS } from '../../model/sectors';
import type { ReportContext } from '../context';
import { paragraph, table, type ReportBlock } from '../document';
import { andList, firstOf, plural, sentence } from '../format';

/** Sectors named per community. */
const SECTORS = 3;

/** The communities section's blocks. */
export function communitiesBlocks(ctx: ReportContext): ReportBlock[] {
  const result = ctx.communities();
  const limit = ctx.options.limit;
  const blocks: ReportBlock[] = [paragraph(sentence(result.summary))];
  const groups = result.communities.filter((c) => c.size > 1);
  const alone = result.communities.filter((c) => c.size === 1);
  const { shown, more } = firstOf(groups, limit);
  if (shown.length > 0) {
    blocks.push(
      table(
        ['community', 'partners:', 'main sectors', 'hubs'],
        shown.map((c) => {
          const sectors = c.sectors.slice(0, SECTORS).map((s) => `${SECTOR_LABELS[s.sector]} ${s.count}`);
          if (c.sectors.length > SECTORS) sectors.push('...');
          return [c.label, String(c.size), sectors.join(', '), c.hubs.map((h) => h.name).join(', ')];
        }),
      ),
    );
  }
  const notes: string[] = [];
  if (more > 0) notes.push(`And ${plural(more, 'smaller community', 'smaller communities')}.`);
  if (alone.length > 0) {
    const names = firstOf(
      alone.map((c) => ctx.name(c.members[0] as string)),
      limit,
    );
    notes.push(`On their own (no ties into a community): ${andList(names.more > 0 ? [...names.shown, `${names.more} more`] : names.shown)}.`);
  }
  if (result.unassigned.length > 0) notes.push(`${plural(result.unassigned.length, 'partner')} left out by status (prospects and former partners).`);
  if (notes.length > 0) blocks.push(paragraph(notes.join(' ')));
  return blocks;
}
