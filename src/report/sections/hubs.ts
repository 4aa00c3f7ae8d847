/**
 * Hubs: the partners who connect the community, with their reasons (many
 * ties, bridges between sectors, introductions made), from {@link hubs}.
 */
import { SECTOR_LABELS } from '../../model/sectors';
import type { ReportContext } from '../context';
import { paragraph, table, type ReportBlock } from '../document';
import { asSentence, plural } from '../format';

/** Reasons shown per hub: the strongest three, as one sentence. */
const REASONS = 3;

/** The hubs section's blocks. */
export function hubsBlocks(ctx: ReportContext): ReportBlock[] {
  const result = ctx.hubs();
  const blocks: ReportBlock[] = [
    paragraph(
      'Hubs connect the most of the community: many ties, bridges between sectors or clusters, introductions made. ' +
        'They are ranked by a hub score from 0 to 1 that combines six measures (see Method).',
    ),
  ];
  const shown = result.hubs.slice(0, ctx.options.limit);
  if (shown.length === 0) {
    blocks.push(paragraph('No partners to rank.'));
    return blocks;
  }
  blocks.push(
    table(
      ['#', 'partner', 'sector', 'hub score:', 'why'],
      shown.map((h) => [
        String(h.rank),
        h.name ?? h.id,
        h.sector === undefined ? '' : SECTOR_LABELS[h.sector],
        h.hubScore.toFixed(2),
        h.reasons.length === 0 ? '' : asSentence(h.reasons.slice(0, REASONS).join('; '), [h.name ?? h.id]),
      ]),
    ),
  );
  const notes: string[] = [];
  if (result.partners > shown.length) notes.push(`${plural(result.partners, 'partner')} ranked in all.`);
  if (result.home !== undefined) {
    notes.push(`Home, ${result.home.name ?? result.home.id}, is not ranked: the map is drawn around it (hub score ${result.home.hubScore.toFixed(2)}).`);
  }
  if (notes.length > 0) blocks.push(paragraph(notes.join(' ')));
  return blocks;
}
