/**
 * Brokers: partners who link partners with no direct tie, by sector (Gould
 * and Fernandez's roles), from {@link brokerage}.
 */
import type { ReportContext } from '../context';
import { list, paragraph, type ReportBlock } from '../document';
import { asSentence, plural, sentence } from '../format';

/** The brokers section's blocks. */
export function brokersBlocks(ctx: ReportContext): ReportBlock[] {
  const result = ctx.brokerage();
  const blocks: ReportBlock[] = [
    paragraph(
      'Brokers stand between partners who have no direct tie, so introductions and information pass through them. ' +
        'Their roles are counted by sector: coordinator (within their own sector), gatekeeper (into it), representative (out of it), ' +
        'liaison (between two other sectors) and itinerant (within another sector).',
    ),
  ];
  const brokers = result.partners.filter((p) => p.roles.total > 0);
  const home = brokers.find((p) => p.id === ctx.home);
  const others = brokers.filter((p) => p.id !== ctx.home);
  if (others.length === 0) blocks.push(paragraph('No partner brokers: every two partners linked through a third are also linked directly.'));
  else {
    const shown = others.slice(0, ctx.options.limit);
    blocks.push(list(shown.map((p) => asSentence(p.reason, [p.name]))));
    if (others.length > shown.length) blocks.push(paragraph(`And ${plural(others.length - shown.length, 'more broker')}.`));
  }
  if (home !== undefined) blocks.push(paragraph(`Home is a broker by construction (the map is drawn around it): ${sentence(home.reason)}`));
  return blocks;
}
