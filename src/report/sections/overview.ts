/**
 * The overview: how many organisations and relationships the map holds, by
 * status and kind, and one line from each analysis the report includes (the
 * top hubs, sectors at the table, communities, fragile points, the busiest
 * contact, the first lead, the findings).
 */
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../../model/relationship-kinds';
import { PARTNER_STATUSES, type PartnerStatus } from '../../model/statuses';
import { SECTOR_LABELS } from '../../model/sectors';
import { getOwn } from '../../network/own-properties';
import type { ReportContext } from '../context';
import { list, paragraph, strong, type ReportBlock, type ReportSpan } from '../document';
import { andList, plural, sentence } from '../format';
import { firstSuggestionLine } from './snowball';

const STATUS_WORDS: Readonly<Record<PartnerStatus, (n: number) => string>> = {
  active: (n) => `${n} active ${n === 1 ? 'partner' : 'partners'}`,
  contacted: (n) => `${n} contacted`,
  paused: (n) => `${n} paused`,
  prospect: (n) => `${plural(n, 'prospect')} not yet contacted`,
  former: (n) => `${n} former`,
};

const KIND_WORDS: Readonly<Record<RelationshipKind, (n: number) => string>> = {
  partnership: (n) => plural(n, 'partnership'),
  referral: (n) => plural(n, 'referral (introduction)', 'referrals (introductions)'),
  'known-tie': (n) => `${plural(n, 'known tie')} between partners`,
  funding: (n) => `${n} funding`,
  membership: (n) => plural(n, 'membership'),
  other: (n) => `${n} other`,
};

/** Active partners first: the map's present, then its pipeline and its past. */
const STATUS_ORDER: readonly PartnerStatus[] = ['active', 'contacted', 'paused', 'prospect', 'former'];

function countBy<K extends string>(values: Iterable<unknown>, allowed: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const v of values) if ((allowed as readonly unknown[]).includes(v)) counts.set(v as K, (counts.get(v as K) ?? 0) + 1);
  return counts;
}

/** The overview section's blocks. */
export function overviewBlocks(ctx: ReportContext): ReportBlock[] {
  const { network, options } = ctx;
  const statuses: unknown[] = [];
  network.forEachNode((_key, attributes) => statuses.push(getOwn(attributes as Record<string, unknown>, 'status') ?? 'active'));
  const kinds: unknown[] = [];
  network.forEachEdge((_key, attributes) => kinds.push(getOwn(attributes as Record<string, unknown>, 'kind') ?? 'known-tie'));
  const byStatus = countBy(statuses, PARTNER_STATUSES);
  const byKind = countBy(kinds, RELATIONSHIP_KINDS);
  const statusText = STATUS_ORDER.filter((s) => byStatus.has(s)).map((s) => STATUS_WORDS[s](byStatus.get(s) as number));
  const kindText = RELATIONSHIP_KINDS.filter((k) => byKind.has(k)).map((k) => KIND_WORDS[k](byKind.get(k) as number));

  const blocks: ReportBlock[] = [
    paragraph(strong(plural(network.order, 'organisation')), ' on the map', statusText.length > 0 ? `: ${andList(statusText)}.` : '.'),
    paragraph(strong(plural(network.size, 'relationship')), kindText.length > 0 ? `: ${andList(kindText)}.` : '.'),
  ];
  if (ctx.home !== null) blocks.push(paragraph(`Home (the organisation whose map this is): ${ctx.name(ctx.home)}.`));
  else blocks.push(paragraph('No home partner is set, so there are no suggestions of whom to approach next: set one (setHome, or the network\'s "home" field).'));

  const highlights: ReportSpan[][] = [];
  const has = (id: Parameters<typeof options.sections.has>[0]) => options.sections.has(id);
  if (has('hubs')) {
    const top = ctx.hubs().hubs.slice(0, 3).map((h) => h.name ?? h.id);
    if (top.length > 0) highlights.push([strong('Hubs: '), { text: `${andList(top)} connect the most of the community.` }]);
  }
  {
    // Sector coverage is part of the overview whether or not the gaps section is.
    const g = ctx.gaps();
    const expected = g.sectors.coverage.filter((c) => c.expected);
    const present = expected.filter((c) => c.partners > 0).length;
    const missing = g.sectors.missing.map((s) => SECTOR_LABELS[s]);
    const thin = g.sectors.thin.map((s) => SECTOR_LABELS[s]);
    const parts = [`${present} of ${expected.length} expected sectors at the table`];
    if (missing.length > 0) parts.push(`missing: ${andList(missing)}`);
    if (thin.length > 0) parts.push(`thin: ${andList(thin)}`);
    highlights.push([strong('Sectors: '), { text: sentence(parts.join('; ')) }]);
  }
  if (has('communities')) highlights.push([strong('Communities: '), { text: sentence(ctx.communities().summary) }]);
  if (has('risks')) {
    const f = ctx.fragility();
    const partners = f.articulationPartners.length;
    const ties = f.bridges.length;
    highlights.push([
      strong('Fragile points: '),
      {
        text:
          partners + ties === 0
            ? 'no single partner or relationship holds the network together.'
            : `${plural(partners, 'partner')} and ${plural(ties, 'relationship')} whose loss would cut partners off.`,
      },
    ]);
    const busiest = f.keyPersons?.contacts[0];
    if (busiest !== undefined) {
      const at = busiest.organisations.length === 0 ? '' : ` (a contact at ${andList(busiest.organisations.map(ctx.name))})`;
      highlights.push([strong('Key person'), { text: `${at}: ${sentence(busiest.reason)}` }]);
    }
  }
  if (has('suggestions')) {
    const s = ctx.suggestions();
    const line = s === null ? null : firstSuggestionLine(s);
    if (line !== null) highlights.push([strong('Next contact: '), { text: line }]);
  }
  if (has('gaps')) {
    const g = ctx.gaps();
    const count = (kind: string) => g.findings.filter((f) => f.kind === kind).length;
    const parts: string[] = [];
    if (g.prospects.length > 0) parts.push(`${plural(g.prospects.length, 'prospect')} waiting to be contacted`);
    if (count('overdue-communication') > 0) parts.push(`${plural(count('overdue-communication'), 'partner')} overdue for contact`);
    if (count('stuck-at-information') > 0) parts.push(`${plural(count('stuck-at-information'), 'partner')} still only sharing information`);
    if (parts.length > 0) highlights.push([strong('To follow up: '), { text: sentence(andList(parts)) }]);
  }
  if (highlights.length > 0) blocks.push(list(highlights));
  return blocks;
}
