/**
 * Formatters for `fragility()` (with its key-person risk) in
 * `partnermap analyze`: plain text for a coordinator in a terminal, and a
 * JSON-safe value for `--json` (Infinity spans become null, the result is
 * otherwise as the library returns it).
 */
import type { FragilityResult } from 'partnermap';

/** Options of {@link fragilityText}. */
export interface FragilityTextOptions {
  /**
   * Most items listed per part; the rest are counted ("... and 12 more").
   * @defaultValue 10
   */
  limit?: number;
}

function listed<T>(items: readonly T[], limit: number, line: (item: T) => string): string[] {
  const out = items.slice(0, limit).map((item) => `  - ${line(item)}`);
  if (items.length > limit) out.push(`  ... and ${items.length - limit} more`);
  return out;
}

/** The fragility of a network as plain text. */
export function fragilityText(result: FragilityResult, options: FragilityTextOptions = {}): string {
  const limit = options.limit ?? 10;
  const ref = result.reference;
  const lines: string[] = ['Fragility: where the network would break', ''];
  if (ref.kind === 'none') {
    lines.push('No partners in the analysis.', '');
    return `${lines.join('\n')}\n`;
  }
  const against = ref.kind === 'home' ? `home, ${ref.name}` : `${ref.name}, the best-connected partner of the largest component (no home set)`;
  lines.push(
    `${result.partners} partners, ${result.ties} ties in ${result.components.count} component(s); measured against ${against}.`,
  );
  if (ref.note !== undefined) lines.push(`Note: ${ref.note}`);
  lines.push('');

  lines.push(`Articulation partners (${result.articulationPartners.length}): partners whose departure disconnects others`);
  if (result.articulationPartners.length === 0) lines.push('  none: no single partner holds the network together.');
  lines.push(...listed(result.articulationPartners, limit, (a) => a.reason));
  lines.push('');

  lines.push(`Bridges (${result.bridges.length}): relationships whose loss disconnects the network`);
  if (result.bridges.length === 0) lines.push('  none: every relationship has a way round it.');
  lines.push(...listed(result.bridges, limit, (b) => `${b.relationships.join(', ')}: ${b.reason}`));
  lines.push('');

  lines.push(`Local bridges (${result.localBridges.length}): ties whose two partners share no neighbour`);
  if (result.localBridges.length === 0) lines.push('  none.');
  lines.push(
    ...listed(result.localBridges, limit, (l) => {
      const span = l.span === undefined ? '' : l.span === Infinity ? ' (span: no other path)' : ` (span ${l.span})`;
      const many = l.relationships.length > 1 ? `, ${l.relationships.length} relationships` : '';
      return `${l.names[0]} - ${l.names[1]}${span}${l.bridge ? ', a bridge' : many}`;
    }),
  );
  lines.push('');

  lines.push(`Outside ${ref.kind === 'home' ? "home's" : 'the main'} component (${result.outsideReference.length})`);
  if (result.outsideReference.length === 0) lines.push('  none: every partner has a path.');
  lines.push(...listed(result.outsideReference, limit, (p) => p.reason));

  const kp = result.keyPersons;
  if (kp !== null) {
    lines.push('', 'Key-person risk: relationships that rest on one person');
    lines.push(
      `  ${kp.relationshipsCounted} relationships: ${kp.singleCarrier.length} carried by a single person, ${kp.unrecordedCarriers} with no carrier recorded.`,
    );
    if (kp.contacts.length > 0) {
      lines.push('  People who carry the most:');
      lines.push(...listed(kp.contacts, limit, (c) => c.reason).map((l) => `  ${l}`));
    }
    if (kp.dependentPartners.length > 0) {
      lines.push(`  Partners whose every relationship rests on one person (${kp.dependentPartners.length}):`);
      lines.push(...listed(kp.dependentPartners, limit, (d) => d.reason).map((l) => `  ${l}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The fragility result as a JSON-safe value (Infinity spans as null). */
export function fragilityJson(result: FragilityResult): unknown {
  return {
    ...result,
    localBridges: result.localBridges.map((l) => (l.span === undefined ? l : { ...l, span: Number.isFinite(l.span) ? l.span : null })),
  };
}
