/**
 * What changed since an earlier version of the map: partners who joined and
 * left, status moves, relationships added and ended, moves on the ladder,
 * hub ranks, community stability and single points of failure, from
 * {@link compareNetworks}. Only structural fields are compared, so nothing
 * personal can appear here beyond what the two networks carry.
 */
import { STATUS_LABELS } from '../../model/statuses';
import type { ReportContext } from '../context';
import { list, paragraph, table, type ReportBlock } from '../document';
import { andList, firstOf, plural, sentence } from '../format';

function names(all: readonly string[], limit: number): string {
  const { shown, more } = firstOf(all, limit);
  return andList(more > 0 ? [...shown, `${more} more`] : shown);
}

const ordinal = (rank: number | undefined): string => (rank === undefined ? 'not ranked' : String(rank));

/** The change section's blocks (empty without a previous version). */
export function changesBlocks(ctx: ReportContext): ReportBlock[] {
  const c = ctx.changes();
  if (c === null) return [];
  const limit = ctx.options.limit;
  const blocks: ReportBlock[] = [paragraph(c.summary)];
  const items: string[] = [];
  if (c.partners.added.length > 0) {
    items.push(`Joined the map (${c.partners.added.length}): ${names(c.partners.added.map((p) => p.name), limit)}.`);
  }
  if (c.partners.removed.length > 0) {
    items.push(`No longer on the map (${c.partners.removed.length}): ${names(c.partners.removed.map((p) => p.name), limit)}.`);
  }
  for (const m of c.partners.statusMoves) {
    items.push(`${plural(m.count, 'partner')} moved from ${STATUS_LABELS[m.from]} to ${STATUS_LABELS[m.to]}.`);
  }
  const pair = (r: { source: string; target: string }, name: (id: string) => string) => `${name(r.source)} - ${name(r.target)}`;
  if (c.relationships.added.length > 0) {
    items.push(`Relationships added (${c.relationships.added.length}): ${names(c.relationships.added.map((r) => pair(r, ctx.name)), limit)}.`);
  }
  if (c.relationships.removed.length > 0) {
    items.push(`Relationships ended (${c.relationships.removed.length}): ${names(c.relationships.removed.map((r) => pair(r, ctx.previousName)), limit)}.`);
  }
  const up = c.relationships.changed.filter((r) => r.ladder === 'up');
  const down = c.relationships.changed.filter((r) => r.ladder === 'down');
  if (up.length > 0) items.push(`Up the participation ladder (${up.length}): ${names(up.map((r) => pair(r, ctx.name)), limit)}.`);
  if (down.length > 0) items.push(`Down the participation ladder (${down.length}): ${names(down.map((r) => pair(r, ctx.name)), limit)}.`);
  if (c.fragility !== null) {
    const f = c.fragility;
    if (f.newArticulationPartners.length > 0) {
      items.push(`New single points of failure: ${names(f.newArticulationPartners.map(ctx.name), limit)}.`);
    }
    if (f.resolvedArticulationPartners.length > 0) {
      items.push(`No longer single points of failure: ${names(f.resolvedArticulationPartners.map(ctx.previousName), limit)}.`);
    }
    if (f.newBridges.length > 0) items.push(`New relationships everything rests on: ${names(f.newBridges.map(([a, b]) => `${ctx.name(a)} - ${ctx.name(b)}`), limit)}.`);
  }
  if (items.length > 0) blocks.push(list(items.map(sentence)));
  const moved = c.hubs?.moved ?? [];
  if (moved.length > 0) {
    const { shown, more } = firstOf(moved, limit);
    blocks.push(
      table(
        ['hub', 'rank before:', 'rank now:'],
        shown.map((m) => [m.name, ordinal(m.before), ordinal(m.after)]),
      ),
    );
    if (more > 0) blocks.push(paragraph(`And ${plural(more, 'more hub')} moved.`));
  }
  return blocks;
}
