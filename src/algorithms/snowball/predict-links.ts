/**
 * predictLinks: the best pairs not yet tied, by a link-prediction index, for
 * researchers evaluating indices and for apps suggesting introductions between
 * partners (not only to home).
 *
 * It never looks at all n^2 pairs: each source walks only the nodes its index
 * can reach (2 hops for the neighbourhood indices, the local push of
 * personalised PageRank, `katzMaxLength` hops for Katz), scores land in a
 * reusable sparse buffer, and a bounded heap keeps the best `limit`. Work is
 * Σ over sources of their 2-hop volume; memory is O(n + limit).
 *
 * A pair is scored from one end only: the end that is a source (`touching`),
 * or the lower snapshot index when both are. Neighbourhood indices and Katz
 * are symmetric exactly; personalised PageRank up to its push tolerance.
 */
import { assertNetwork } from '../../network/assert-network';
import type { NetworkSnapshot, SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { fail } from '../../model/errors';
import { describeIndex, resolveLinkIndex, type LinkIndex, type LinkIndexOptions } from './indices/link-index';
import { ScoreBuffer } from './indices/score-buffer';
import { createSourceScorer } from './indices/source-scorer';
import { assertOptions, checkIdsInView, checkLimit, undirectedView } from './options';
import { TopPairs } from './top-pairs';
import { shapeWarnings, type SnowballWarning } from './warnings';

/** Options of {@link predictLinks}. */
export interface PredictLinksOptions extends SnapshotOptions, LinkIndexOptions {
  /**
   * Most pairs returned (a non-negative integer, or Infinity for every scored pair).
   * @defaultValue 20
   */
  limit?: number;
  /**
   * Only pairs with at least one end among these partner ids.
   * @defaultValue undefined (every pair)
   */
  touching?: readonly string[];
  /**
   * Only pairs with both ends among these partner ids.
   * @defaultValue undefined (every pair)
   */
  among?: readonly string[];
  /**
   * Measure the network's shape and warn when the indices mean little (costs
   * O(m^1.5); turn off for repeated calls on one large network).
   * @defaultValue true
   */
  warnings?: boolean;
  /** A snapshot to reuse (undirected). */
  snapshot?: NetworkSnapshot;
}

/** A predicted tie. */
export interface PredictedLink {
  /** One end: the one in `touching` when only one is, otherwise the smaller id. */
  source: string;
  target: string;
  score: number;
}

/** What {@link predictLinks} returns. */
export interface PredictLinksResult {
  /** Best first; equal scores by source id, then target id. */
  links: PredictedLink[];
  index: LinkIndex;
  weighted: boolean;
  /** The index and its parameters, in words. */
  description: string;
  /** Why the scores may mean little here, if they may. */
  warnings: SnowballWarning[];
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rank of every node when sorted by partner id (code units). */
function idRanks(ids: readonly string[]): Int32Array {
  const order = Array.from(ids.keys()).sort((a, b) => compareIds(ids[a]!, ids[b]!));
  const rank = new Int32Array(ids.length);
  order.forEach((node, r) => {
    rank[node] = r;
  });
  return rank;
}

/**
 * The best-scored pairs of partners not yet tied.
 *
 * @example
 * const { links } = predictLinks(exampleNetwork(), { limit: 3 });
 * // [{ source: 'cedar-4h', target: 'ymca', score: 0.638 }, { source: 'cvscc-makerspace', target: 'cvusd', score: 0.605 },
 * //  { source: 'extension', target: 'fieldsense', score: 0.486 }]  (scores rounded here)
 */
export function predictLinks(network: AnyNetwork, options: PredictLinksOptions = {}): PredictLinksResult {
  const fn = 'predictLinks';
  assertNetwork(fn, network);
  assertOptions(fn, options);
  const spec = resolveLinkIndex(fn, options);
  const limit = checkLimit(fn, options.limit, 20);
  const { touching, among, warnings: wantWarnings = true } = options;
  if (typeof wantWarnings !== 'boolean') fail(fn, 'invalid-argument', 'warnings must be a boolean.');
  if (touching !== undefined && among !== undefined) fail(fn, 'invalid-argument', 'give touching or among, not both.');
  const view = undirectedView(fn, network, {
    statuses: options.statuses,
    kinds: options.kinds,
    weighting: options.weighting,
    asOf: options.asOf,
    directed: options.directed,
    snapshot: options.snapshot,
  });
  const touchingIds = checkIdsInView(fn, 'touching', touching, view);
  const amongIds = checkIdsInView(fn, 'among', among, view);
  const links = topLinks(view, spec, limit, touchingIds, amongIds);
  return {
    links,
    index: spec.index,
    weighted: spec.weighted,
    description: describeIndex(spec),
    warnings: wantWarnings ? shapeWarnings(view).warnings : [],
  };
}

/** The kernel of predictLinks, on a view (exported for the benchmark). */
export function topLinks(
  view: NetworkSnapshot,
  spec: ReturnType<typeof resolveLinkIndex>,
  limit: number,
  touching?: readonly number[],
  among?: readonly number[],
): PredictedLink[] {
  const n = view.order;
  const { offsets, targets, ids } = view;
  if (limit === 0 || n === 0) return [];
  const sources = touching ?? among ?? null;
  // Sorting every id costs O(n log n) string comparisons: worth it only when most nodes are sources.
  const rank = sources === null || sources.length * 8 > n ? idRanks(ids) : null;
  const compareNodes =
    rank === null ? (u: number, v: number) => compareIds(ids[u]!, ids[v]!) : (u: number, v: number) => rank[u]! - rank[v]!;
  const heap = new TopPairs(limit, compareNodes);
  const source = new Uint8Array(n);
  const allowed = new Uint8Array(n);
  if (sources === null) {
    source.fill(1);
    allowed.fill(1);
  } else {
    for (const u of sources) source[u] = 1;
    if (among !== undefined) for (const u of among) allowed[u] = 1;
    else allowed.fill(1);
  }
  const scorer = createSourceScorer(view, spec);
  const buffer = new ScoreBuffer(n);
  const tied = new Int32Array(n).fill(-1);
  const list = sources ?? Array.from({ length: n }, (_, i) => i);
  for (const x of list) {
    // Scoring every pair from its lower end: pairs below x were scored from their other end.
    scorer.scoreFrom(x, buffer, sources === null ? x : -1);
    for (let k = offsets[x]!; k < offsets[x + 1]!; k += 1) tied[targets[k]!] = x;
    const { score } = buffer;
    for (let i = 0; i < buffer.count; i += 1) {
      const y = buffer.list[i]!;
      const s = score[y]!;
      // Tied pairs are not predictions; a pair of two sources is scored from its lower index.
      if (s <= 0 || tied[y] === x || allowed[y] === 0 || (source[y] === 1 && y < x)) continue;
      // Orientation: the touching end first, else the smaller id.
      if (touching !== undefined && source[y] === 0) heap.offer(s, x, y);
      else if (compareNodes(x, y) < 0) heap.offer(s, x, y);
      else heap.offer(s, y, x);
    }
  }
  return heap.sorted().map(([s, u, v]) => ({ source: view.ids[u]!, target: view.ids[v]!, score: s }));
}
