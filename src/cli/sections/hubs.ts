/**
 * Formatters for `hubs()` in `partnermap analyze`: plain text (the top hubs
 * with their scores and reasons) for a coordinator in a terminal, and a
 * JSON-safe value for `--json` (every partner with every component).
 */
import { SECTOR_LABELS, type Hub, type HubsResult } from 'partnermap';

/** Options of {@link hubsText}. */
export interface HubsTextOptions {
  /**
   * Hubs listed.
   * @defaultValue 10
   */
  top?: number;
  /**
   * Reasons shown per hub.
   * @defaultValue 3
   */
  reasons?: number;
}

function label(hub: Hub): string {
  const name = hub.name ?? hub.id;
  const details = [hub.id === name ? null : hub.id, hub.sector === undefined ? null : SECTOR_LABELS[hub.sector]].filter((d) => d !== null);
  return details.length === 0 ? name : `${name} (${details.join('; ')})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function estimateNote(result: HubsResult): string[] {
  const notes: string[] = [];
  const b = result.betweenness;
  if (b.approximate) {
    notes.push(
      `Betweenness estimated from ${b.samples.toLocaleString('en-US')} sampled shortest paths: within ${b.errorBound} of the exact value with probability ${1 - b.delta} (use --exact to compute it exactly).`,
    );
  }
  const c = result.closeness;
  if (c.approximate) {
    notes.push(`Closeness estimated from ${c.samples.toLocaleString('en-US')} sampled partners: within ${c.errorBound} with probability ${1 - c.delta}.`);
  }
  return notes;
}

/** The top hubs as plain text: rank, name, score, the components and the main reasons. */
export function hubsText(result: HubsResult, options: HubsTextOptions = {}): string {
  const top = options.top ?? 10;
  const reasons = options.reasons ?? 3;
  const lines: string[] = ['Hubs: the partners who connect the community', ''];
  if (result.hubs.length === 0) {
    lines.push('No partners to rank.', '');
    return `${lines.join('\n')}\n`;
  }
  const shown = result.hubs.slice(0, top);
  const width = String(shown.length).length;
  for (const hub of shown) {
    lines.push(`${String(hub.rank).padStart(width)}. ${label(hub)}  hub score ${fixed(hub.hubScore, 2)}`);
    for (const reason of hub.reasons.slice(0, reasons)) lines.push(`${' '.repeat(width + 2)}- ${reason}`);
    lines.push(
      `${' '.repeat(width + 2)}  degree ${hub.degree}, betweenness ${fixed(hub.betweenness, 3)}, closeness ${fixed(hub.closeness, 3)}, ` +
        `PageRank ${fixed(hub.pagerank, 3)}, eigenvector ${fixed(hub.eigenvector, 3)}, introductions ${hub.introductions}`,
    );
  }
  if (result.partners > shown.length) lines.push(`... and ${result.partners - shown.length} more partners (--top <n> to list more).`);
  lines.push('');
  const w = result.weights;
  lines.push(
    `Hub score: ${Math.round(w.betweenness * 100)}% betweenness, ${Math.round(w.degree * 100)}% degree, ${Math.round(w.closeness * 100)}% closeness, ` +
      `${Math.round(w.eigenvector * 100)}% eigenvector, ${Math.round(w.pagerank * 100)}% PageRank, ${Math.round(w.introductions * 100)}% introductions, ` +
      'each relative to the best partner on it.',
  );
  if (result.home !== undefined) {
    lines.push(`Home (${result.home.name ?? result.home.id}) is not ranked: the map is drawn around it (hub score ${fixed(result.home.hubScore, 2)}).`);
  }
  if (result.excludedPartners > 0) {
    lines.push(`${plural(result.excludedPartners, 'partner')} left out by status (by default prospects and former partners).`);
  }
  lines.push(...estimateNote(result));
  return `${lines.join('\n')}\n`;
}

/** One partner's scores for `--json`. */
export interface HubJson {
  id: string;
  name: string | null;
  sector: string | null;
  rank: number;
  home: boolean;
  hubScore: number;
  degree: number;
  strength: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  introductions: number;
  components: Hub['components'];
  sectorsConnected: number;
  introduced: readonly string[];
  bridges: Hub['bridges'] | null;
  reasons: string[];
}

function hubJson(hub: Hub): HubJson {
  return {
    id: hub.id,
    name: hub.name ?? null,
    sector: hub.sector ?? null,
    rank: hub.rank,
    home: hub.home === true,
    hubScore: hub.hubScore,
    degree: hub.degree,
    strength: hub.strength,
    betweenness: hub.betweenness,
    closeness: hub.closeness,
    pagerank: hub.pagerank,
    eigenvector: hub.eigenvector,
    introductions: hub.introductions,
    components: hub.components,
    sectorsConnected: hub.sectorsConnected,
    introduced: hub.introduced,
    bridges: hub.bridges ?? null,
    reasons: hub.reasons,
  };
}

/** Every partner (the ranked ones, then home when it is not ranked) with every component, and how they were computed. */
export function hubsJson(result: HubsResult): {
  partners: HubJson[];
  weights: HubsResult['weights'];
  betweenness: HubsResult['betweenness'];
  closeness: HubsResult['closeness'];
  pagerank: HubsResult['pagerank'];
  eigenvector: HubsResult['eigenvector'];
  excludedPartners: number;
  ranked: number;
} {
  const partners = result.hubs.map(hubJson);
  // Ranked partners beyond a limit are not in the result: say so rather than pretend to be complete.
  if (result.home !== undefined) partners.push(hubJson(result.home));
  return {
    partners,
    weights: result.weights,
    betweenness: result.betweenness,
    closeness: result.closeness,
    pagerank: result.pagerank,
    eigenvector: result.eigenvector,
    excludedPartners: result.excludedPartners,
    ranked: result.partners,
  };
}
