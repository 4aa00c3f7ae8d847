/**
 * What the report's sections share: the network analysed (redacted unless
 * personal data was asked for), the options, partner names, and each
 * analysis computed at most once, only when a section asks for it.
 */
import { brokerage, type BrokerageResult } from '../algorithms/brokerage/brokerage';
import { hubs, type HubsResult } from '../algorithms/centrality/hubs';
import { compareNetworks, type NetworkComparison } from '../algorithms/change/compare-networks';
import { detectCommunities, type CommunityDetection } from '../algorithms/communities/detect-communities';
import { gapAnalysis, type GapAnalysis } from '../algorithms/gaps/gap-analysis';
import { fragility, type FragilityResult } from '../algorithms/risk/fragility';
import { snowballSuggestions, type SnowballSuggestionsResult } from '../algorithms/snowball/snowball-suggestions';
import { snowballWaves, type SnowballWavesResult } from '../algorithms/snowball/snowball-waves';
import { whomToAsk, type WhomToAskResult } from '../algorithms/snowball/whom-to-ask';
import { getHome } from '../network/home';
import { nodeKey } from '../network/node-keys';
import { getOwn } from '../network/own-properties';
import type { RedactionSummary } from '../network/redact-network';
import type { AnyNetwork } from '../network/types';
import type { ResolvedReportOptions } from './options';

/** Each analysis once, on first use, saying so to the progress callback. */
function lazy<T>(step: string, progress: ((step: string) => void) | undefined, compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      progress?.(step);
      value = compute();
      done = true;
    }
    return value;
  };
}

/** The shared state of one report. */
export interface ReportContext {
  network: AnyNetwork;
  previous: AnyNetwork | undefined;
  options: ResolvedReportOptions;
  /** What redaction removed (null with includePersonal). */
  redaction: RedactionSummary | null;
  /** The home partner's id, or null. */
  home: string | null;
  /** A partner's display name (its id when it has none or is unknown). */
  name: (id: string) => string;
  /** A partner's name in the previous version (then in this one). */
  previousName: (id: string) => string;
  hubs: () => HubsResult;
  communities: () => CommunityDetection;
  brokerage: () => BrokerageResult;
  fragility: () => FragilityResult;
  gaps: () => GapAnalysis;
  /** Null when the network has no home (suggestions are made for home). */
  suggestions: () => SnowballSuggestionsResult | null;
  whomToAsk: () => WhomToAskResult | null;
  waves: () => SnowballWavesResult;
  changes: () => NetworkComparison | null;
}

function nameIn(network: AnyNetwork | undefined, id: string): string | undefined {
  if (network === undefined) return undefined;
  const key = nodeKey(id);
  if (!network.hasNode(key)) return undefined;
  const name = getOwn(network.getNodeAttributes(key) as Record<string, unknown>, 'name');
  return typeof name === 'string' && name !== '' ? name : id;
}

/** The context of one report over `network` (already redacted when it should be). */
export function reportContext(
  network: AnyNetwork,
  previous: AnyNetwork | undefined,
  options: ResolvedReportOptions,
  redaction: RedactionSummary | null,
): ReportContext {
  const home = getHome(network) ?? null;
  const { seed, limit } = options;
  const hasHome = home !== null;
  const p = options.onProgress;
  return {
    network,
    previous,
    options,
    redaction,
    home,
    name: (id) => nameIn(network, id) ?? id,
    previousName: (id) => nameIn(previous, id) ?? nameIn(network, id) ?? id,
    // Rank every partner (the overview counts them) but explain only those shown.
    hubs: lazy('ranking hubs', p, () => hubs(network, { seed, limit: Math.max(limit === Infinity ? Infinity : limit, 3), explain: limit === Infinity ? 100 : limit })),
    communities: lazy('detecting communities', p, () => detectCommunities(network, { seed })),
    brokerage: lazy('counting brokers', p, () => brokerage(network)),
    fragility: lazy('finding fragile points and key people', p, () => fragility(network)),
    gaps: lazy('looking for gaps', p, () => gapAnalysis(network, options.asOf === undefined ? {} : { asOf: options.asOf })),
    suggestions: lazy('scoring whom to approach next', p, () => (hasHome ? snowballSuggestions(network, { limit }) : null)),
    whomToAsk: lazy('listing whom to ask', p, () => (hasHome ? whomToAsk(network, { limit }) : null)),
    waves: lazy('tracing the snowball waves', p, () => snowballWaves(network)),
    changes: lazy('comparing with the previous version', p, () => (previous === undefined ? null : compareNetworks(previous, network, { seed }))),
  };
}
