/**
 * Formatters for `brokerage()` in `partnermap analyze`: plain text (the top
 * brokers with their roles and Burt's measures, the network totals against
 * chance) and a JSON-safe value for `--json`.
 */
import type { BrokerageResult, BrokerageRoleCounts } from 'partnermap';

/** Options of {@link brokerageText}. */
export interface BrokerageTextOptions {
  /**
   * Most partners listed.
   * @defaultValue 10
   */
  limit?: number;
}

const ROLES: [keyof BrokerageRoleCounts, string][] = [
  ['coordinator', 'coordinator'],
  ['itinerant', 'itinerant'],
  ['representative', 'representative'],
  ['gatekeeper', 'gatekeeper'],
  ['liaison', 'liaison'],
  ['total', 'total'],
];

/** 3 significant digits: 1.5, 0.568, 12.3. */
const num = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))));

/** Brokerage as plain text. */
export function brokerageText(result: BrokerageResult, options: BrokerageTextOptions = {}): string {
  const limit = options.limit ?? 10;
  const by = result.groupBy === 'function' ? 'a custom grouping' : result.groupBy;
  const lines: string[] = [
    `Brokerage: who connects partners with no direct tie, by ${by}`,
    `${result.counted} partners in ${result.groups.length} group(s); density ${num(result.density)}.`,
    '',
    'Network totals (observed / expected by chance, z):',
  ];
  for (const [key, label] of ROLES) {
    const e = result.expectedTotals?.[key];
    const z = result.zTotals?.[key];
    const chance = e === undefined ? '' : ` / ${num(e)}${z === null || z === undefined ? '' : `, z ${num(z)}`}`;
    lines.push(`  ${label.padEnd(15)} ${String(result.totals[key]).padStart(7)}${chance}`);
  }
  lines.push('', 'Top brokers (effective size = non-redundant contacts; constraint = how much ties lead back to each other):');
  const top = result.partners.filter((p) => p.roles.total > 0).slice(0, limit);
  if (top.length === 0) lines.push('  none: every two partners linked through a third are also linked directly.');
  for (const p of top) {
    const es = p.effectiveSize === null ? 'n/a' : num(p.effectiveSize);
    const c = p.constraint === null ? 'n/a' : num(p.constraint);
    lines.push(`  - ${p.reason}`, `    effective size ${es}, constraint ${c}`);
  }
  const more = result.partners.filter((p) => p.roles.total > 0).length - top.length;
  if (more > 0) lines.push(`  ... and ${more} more brokers`);
  return `${lines.join('\n')}\n`;
}

/** The brokerage result as a JSON-safe value. */
export function brokerageJson(result: BrokerageResult): unknown {
  return result;
}
