/**
 * Risks: where the network would break (partners and relationships whose
 * loss cuts partners off from home) and the people relationships rest on,
 * from {@link fragility} and its key-person risk. When personal data was
 * removed, people appear by pseudonym with the organisations they are at.
 */
import type { ReportContext } from '../context';
import { list, note, paragraph, subheading, table, type ReportBlock } from '../document';
import { andList, asSentence, firstOf, plural, sentence } from '../format';

function reasons(items: readonly { reason: string; name?: string; names?: readonly string[] }[], limit: number): ReportBlock[] {
  const { shown, more } = firstOf(items, limit);
  const blocks = [list(shown.map((i) => asSentence(i.reason, i.names ?? (i.name === undefined ? [] : [i.name]))))];
  if (more > 0) blocks.push(paragraph(`And ${more} more.`));
  return blocks;
}

/** The risks section's blocks. */
export function risksBlocks(ctx: ReportContext): ReportBlock[] {
  const f = ctx.fragility();
  const limit = ctx.options.limit;
  const ref = f.reference;
  const blocks: ReportBlock[] = [subheading('Where the network would break')];
  if (ref.kind === 'none') {
    blocks.push(paragraph('No partners in the analysis.'));
  } else {
    const against = ref.kind === 'home' ? `home (${ref.name})` : `${ref.name}, the best-connected partner of the largest group (no home is set)`;
    blocks.push(
      paragraph(
        `${plural(f.partners, 'partner')} and ${plural(f.ties, 'tie')} in ${plural(f.components.count, 'connected group')}, measured against ${against}.`,
      ),
    );
    if (ref.note !== undefined) blocks.push(note(ref.note));
    if (f.articulationPartners.length + f.bridges.length + f.outsideReference.length === 0) {
      blocks.push(paragraph('No single partner or relationship holds the network together: if any one left, everyone would keep a path to home.'));
    }
    if (f.articulationPartners.length > 0) {
      blocks.push(paragraph('Partners whose departure would cut others off:'), ...reasons(f.articulationPartners, limit));
    }
    if (f.bridges.length > 0) blocks.push(paragraph('Relationships whose loss would cut others off:'), ...reasons(f.bridges, limit));
    if (f.outsideReference.length > 0) blocks.push(paragraph(`Partners with no path to ${ref.kind === 'home' ? 'home' : 'the main group'}:`), ...reasons(f.outsideReference, limit));
  }

  const kp = f.keyPersons;
  if (kp === null) return blocks;
  blocks.push(subheading('Key people'));
  blocks.push(
    paragraph(
      `Of ${plural(kp.relationshipsCounted, 'relationship')}, ${kp.singleCarrier.length} rest on a single person` +
        (kp.unrecordedCarriers > 0 ? ` and ${kp.unrecordedCarriers} have nobody recorded as carrying them` : '') +
        '. When that person leaves, the partnership can be lost.',
    ),
  );
  if (kp.contacts.length > 0) {
    const { shown, more } = firstOf(kp.contacts, limit);
    blocks.push(
      table(
        ['person', 'a contact at', 'if they left'],
        // The reason starts with the person's name: it keeps its own case.
        shown.map((c) => [c.name, andList(c.organisations.map(ctx.name)) || 'not listed by a partner', sentence(c.reason)]),
      ),
    );
    if (more > 0) blocks.push(paragraph(`And ${plural(more, 'more person', 'more people')} carrying relationships.`));
  }
  if (kp.dependentPartners.length > 0) {
    blocks.push(paragraph('Partners whose every relationship rests on one person:'), ...reasons(kp.dependentPartners, limit));
  }
  if (ctx.redaction !== null && kp.contacts.length > 0) {
    blocks.push(note('People appear by pseudonym (person-1, person-2, ...): personal data was removed from this report. Your full records say who they are.'));
  }
  return blocks;
}
