/**
 * layoutNetwork: positions for the partners of a network map, by ForceAtlas2
 * (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous
 * graph layout algorithm for handy network visualization designed for the
 * Gephi software", PLoS ONE 9(6)), through graphology-layout-forceatlas2 run
 * synchronously.
 *
 * Deterministic: initial positions come from our seeded generator and
 * ForceAtlas2 itself draws no random numbers, so the same network, options
 * and seed give the same positions bit for bit.
 *
 * - Each connected component is laid out on its own and the components are
 *   packed in rows, largest first (pack-components.ts).
 * - ForceAtlas2 runs on an index-keyed projection (a simple undirected graph
 *   keyed "0".."n-1", one edge per tie of the snapshot, weighted by tie
 *   strength), so no partner id ever becomes a key of a plain object there.
 * - Positions given by the caller (`positions`) or stored on partners (`x`,
 *   `y` attributes) are kept: when every drawn partner has one, they are used
 *   as they are; when some have, those are pinned and the others placed
 *   around them by ForceAtlas2.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describeValue, fail } from '../model/errors';
import { isPartnerStatus, type PartnerStatus } from '../model/statuses';
import { assertNetwork } from '../network/assert-network';
import { nodeKey } from '../network/node-keys';
import { getOwn } from '../network/own-properties';
import { snapshot, type NetworkSnapshot } from '../network/snapshot';
import type { AnyNetwork } from '../network/types';
import type { RelationshipKind } from '../model/relationship-kinds';
import { resolveRng, type RandomOptions, type Rng } from '../random';
import { packComponents, type ComponentLayout, type Point } from './pack-components';

export type { Point } from './pack-components';

/** Statuses drawn by default: every partner but former ones (prospects are drawn hollow). */
export const MAP_STATUSES: readonly PartnerStatus[] = ['prospect', 'contacted', 'active', 'paused'];

/** ForceAtlas2 settings partnermap chooses (see {@link inferLayoutSettings}); any can be overridden. */
export interface LayoutSettings {
  /** Iterations of ForceAtlas2 (a positive integer, at most 10,000). */
  iterations: number;
  /** Repulsion strength (> 0): larger spreads the map. */
  scalingRatio: number;
  /** Pull towards the centre (>= 0). */
  gravity: number;
  /** Gravity grows with distance: keeps hubs' satellites close and the map round. */
  strongGravityMode: boolean;
  /** Lin-log attraction: tighter, more separated clusters. */
  linLogMode: boolean;
  /** Divides hubs' attraction by their degree: hubs move to the centre of their satellites less. */
  outboundAttractionDistribution: boolean;
  /** Barnes-Hut approximation of repulsion (O(n log n) per iteration instead of O(n^2)). */
  barnesHutOptimize: boolean;
  /** Barnes-Hut accuracy (> 0); smaller is more accurate and slower. */
  barnesHutTheta: number;
  /** Damping (> 0); larger moves nodes less per iteration. */
  slowDown: number;
}

/** Options of {@link layoutNetwork}. */
export interface LayoutOptions extends RandomOptions {
  /**
   * Partners placed, by status.
   * @defaultValue {@link MAP_STATUSES}: every status but `former`
   */
  statuses?: readonly PartnerStatus[] | 'all';
  /**
   * Relationship kinds that pull partners together.
   * @defaultValue `'all'`
   */
  kinds?: readonly RelationshipKind[] | 'all';
  /**
   * Positions to keep, by partner id (finite `x` and `y`). They override
   * partners' own `x`/`y` attributes. When every placed partner has a position
   * the layout is not run; when some have, they are pinned.
   * @defaultValue none
   */
  positions?: ReadonlyMap<string, Point>;
  /**
   * Read positions from partners' numeric `x` and `y` attributes (as GEXF and
   * Gephi exports carry them).
   * @defaultValue true
   */
  positionAttributes?: boolean;
  /**
   * ForceAtlas2 settings to override those inferred from the network's size.
   * @defaultValue {@link inferLayoutSettings}(number of partners placed)
   */
  settings?: Partial<LayoutSettings>;
  /**
   * Width / height of the area the layout will fill, used to arrange
   * disconnected components in rows of that shape.
   * @defaultValue 1.25
   */
  aspect?: number;
}

/**
 * ForceAtlas2 settings by size, chosen by rendering networks of 10 to 2,000
 * partners and looking at them (docs/algorithms/render.md): strong gravity
 * keeps the map round and compact; repulsion grows with size so that large
 * maps do not collapse into a ball; Barnes-Hut from 300 partners; fewer
 * iterations as each grows dearer.
 */
export function inferLayoutSettings(order: number): LayoutSettings {
  const n = Math.max(1, order);
  return {
    iterations: n <= 100 ? 600 : n <= 500 ? 350 : n <= 1500 ? 220 : 160,
    scalingRatio: n <= 100 ? 4 : n <= 1000 ? 8 : 12,
    gravity: 0.3,
    strongGravityMode: true,
    linLogMode: false,
    outboundAttractionDistribution: false,
    barnesHutOptimize: n > 300,
    barnesHutTheta: 0.6,
    slowDown: 1 + Math.log(n),
  };
}

/**
 * Places the partners of a network for drawing: a deterministic, seeded
 * ForceAtlas2 layout per connected component, components packed side by side;
 * or the positions given (option or `x`/`y` attributes).
 *
 * @returns positions by partner id, in network order, in layout units (the
 * renderer scales them to the picture).
 * @example
 * ```ts
 * const positions = layoutNetwork(network, { seed: 3 });
 * positions.get('library'); // { x: 12.5, y: -40.1 }
 * ```
 */
export function layoutNetwork(network: AnyNetwork, options: LayoutOptions = {}): Map<string, Point> {
  const fn = 'layoutNetwork';
  assertNetwork(fn, network);
  const resolved = resolveLayoutOptions(fn, network, options);
  const view = snapshot(network, { statuses: resolved.statuses, kinds: resolved.kinds }, fn);
  const { xs, ys } = computeLayout(network, view, resolved);
  const out = new Map<string, Point>();
  for (let i = 0; i < view.order; i += 1) out.set(view.ids[i] as string, { x: xs[i] as number, y: ys[i] as number });
  return out;
}

/** Options after checking. */
export interface ResolvedLayout {
  statuses: readonly PartnerStatus[] | 'all';
  kinds: readonly RelationshipKind[] | 'all';
  positions: ReadonlyMap<string, Point> | undefined;
  positionAttributes: boolean;
  settings: Partial<LayoutSettings>;
  aspect: number;
  rng: Rng;
}

const BOOLEAN_SETTINGS = ['strongGravityMode', 'linLogMode', 'outboundAttractionDistribution', 'barnesHutOptimize'] as const;
const NUMBER_SETTINGS: readonly [keyof LayoutSettings, (v: number) => boolean, string][] = [
  ['iterations', (v) => Number.isInteger(v) && v >= 1 && v <= 10_000, 'an integer from 1 to 10000'],
  ['scalingRatio', (v) => v > 0, 'a positive number'],
  ['gravity', (v) => v >= 0, 'a number >= 0'],
  ['barnesHutTheta', (v) => v > 0, 'a positive number'],
  ['slowDown', (v) => v > 0, 'a positive number'],
];

/** Checks layout options at the door (shared with renderSvg). */
export function resolveLayoutOptions(fn: string, network: AnyNetwork, options: LayoutOptions, settingsName = 'settings'): ResolvedLayout {
  if (typeof options !== 'object' || options === null) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const { statuses = MAP_STATUSES, kinds = 'all', positions, positionAttributes = true, settings = {}, aspect = 1.25 } = options;
  if (statuses !== 'all') {
    if (!Array.isArray(statuses)) fail(fn, 'invalid-argument', `statuses must be an array of statuses or 'all'; received ${describeValue(statuses)}.`);
    for (const s of statuses) if (!isPartnerStatus(s)) fail(fn, 'invalid-argument', `statuses has an unknown status ${describeValue(s)}.`);
  }
  if (positions !== undefined) {
    if (!(positions instanceof Map)) fail(fn, 'invalid-argument', `positions must be a Map from partner id to { x, y }; received ${describeValue(positions)}.`);
    for (const [id, p] of positions) {
      if (typeof id !== 'string' || !network.hasNode(nodeKey(id))) {
        fail(fn, 'invalid-argument', `positions names no partner of the network: ${describeValue(id)}.`);
      }
      const point = p as Partial<Point> | null;
      if (typeof point !== 'object' || point === null || !Number.isFinite(point.x) || !Number.isFinite(point.y)) {
        fail(fn, 'invalid-argument', `positions of ${JSON.stringify(id)} must be { x, y } with finite numbers; received ${describeValue(p)}.`);
      }
    }
  }
  if (typeof positionAttributes !== 'boolean') {
    fail(fn, 'invalid-argument', `positionAttributes must be a boolean; received ${describeValue(positionAttributes)}.`);
  }
  if (typeof settings !== 'object' || settings === null) {
    fail(fn, 'invalid-argument', `${settingsName} must be an object; received ${describeValue(settings)}.`);
  }
  for (const name of BOOLEAN_SETTINGS) {
    const v = getOwn(settings as Record<string, unknown>, name);
    if (v !== undefined && typeof v !== 'boolean') fail(fn, 'invalid-argument', `${settingsName}.${name} must be a boolean; received ${describeValue(v)}.`);
  }
  for (const [name, ok, range] of NUMBER_SETTINGS) {
    const v = getOwn(settings as Record<string, unknown>, name);
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || !ok(v))) {
      fail(fn, 'invalid-argument', `${settingsName}.${name} must be ${range}; received ${describeValue(v)}.`);
    }
  }
  if (typeof aspect !== 'number' || !Number.isFinite(aspect) || aspect < 0.1 || aspect > 10) {
    fail(fn, 'invalid-argument', `aspect must be a number from 0.1 to 10; received ${describeValue(aspect)}.`);
  }
  const rng = resolveRng(fn, options);
  // kinds is checked by snapshot() with the same message style.
  return { statuses, kinds, positions, positionAttributes, settings, aspect, rng };
}

/** The given position of each partner of the view (option first, then attributes), or undefined. */
function givenPositions(network: AnyNetwork, view: NetworkSnapshot, o: ResolvedLayout): (Point | undefined)[] {
  const out: (Point | undefined)[] = new Array<Point | undefined>(view.order).fill(undefined);
  for (let i = 0; i < view.order; i += 1) {
    const id = view.ids[i] as string;
    const p = o.positions?.get(id);
    if (p !== undefined) {
      out[i] = { x: p.x, y: p.y };
      continue;
    }
    if (!o.positionAttributes) continue;
    const attributes = network.getNodeAttributes(nodeKey(id)) as Record<string, unknown>;
    const x = getOwn(attributes, 'x');
    const y = getOwn(attributes, 'y');
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) out[i] = { x, y };
  }
  return out;
}

/** The adjacency the layout reads: a snapshot, or any undirected CSR graph. */
export type Adjacency = Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets' | 'strengths'>;

/** Connected components of the view (undirected), largest first, ties by smallest member index. */
export function connectedComponents(view: Adjacency): number[][] {
  const n = view.order;
  const seen = new Uint8Array(n);
  const components: number[][] = [];
  const stack: number[] = [];
  for (let s = 0; s < n; s += 1) {
    if (seen[s] === 1) continue;
    const members: number[] = [];
    seen[s] = 1;
    stack.push(s);
    while (stack.length > 0) {
      const u = stack.pop() as number;
      members.push(u);
      for (let a = view.offsets[u] as number; a < (view.offsets[u + 1] as number); a += 1) {
        const v = view.targets[a] as number;
        if (seen[v] === 0) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    members.sort((a, b) => a - b);
    components.push(members);
  }
  // Stable sort: equal sizes keep discovery order, which is smallest member first.
  return components.sort((a, b) => b.length - a.length);
}

/** Mean tie strength of the view, to normalise ForceAtlas2's edge weights. */
function meanStrength(view: Adjacency): number {
  let sum = 0;
  for (let a = 0; a < view.strengths.length; a += 1) sum += view.strengths[a] as number;
  return view.strengths.length === 0 ? 1 : sum / view.strengths.length;
}

/**
 * Runs ForceAtlas2 on the members of one component (or, when `pinned` is
 * given, on the whole view), from seeded positions. Weights are tie strengths
 * divided by the mean, clamped to [0.25, 4], so that one very strong tie does
 * not fold the map.
 */
function forceLayout(
  view: Adjacency,
  members: readonly number[],
  settings: LayoutSettings,
  rng: Rng,
  pinned: readonly (Point | undefined)[] | undefined,
  mean: number,
): ComponentLayout {
  const k = members.length;
  const local = new Int32Array(view.order).fill(-1);
  members.forEach((u, i) => {
    local[u] = i;
  });
  const xs = new Float64Array(k);
  const ys = new Float64Array(k);
  // Seeded start: a disc whose area grows with the component, so that
  // ForceAtlas2 starts near its equilibrium scale.
  const spread = Math.sqrt(k) * Math.sqrt(settings.scalingRatio) * 4;
  let cx = 0;
  let cy = 0;
  let pinnedCount = 0;
  if (pinned !== undefined) {
    for (const u of members) {
      const p = pinned[u];
      if (p !== undefined) {
        cx += p.x;
        cy += p.y;
        pinnedCount += 1;
      }
    }
    if (pinnedCount > 0) {
      cx /= pinnedCount;
      cy /= pinnedCount;
    }
  }
  for (let i = 0; i < k; i += 1) {
    const angle = rng() * 2 * Math.PI;
    const radius = Math.sqrt(rng()) * spread;
    const p = pinned?.[members[i] as number];
    xs[i] = p?.x ?? cx + radius * Math.cos(angle);
    ys[i] = p?.y ?? cy + radius * Math.sin(angle);
  }
  if (k < 2 || pinnedCount === k) return { members, xs, ys };

  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < k; i += 1) {
    const attributes: Record<string, unknown> = { x: xs[i], y: ys[i] };
    if (pinned?.[members[i] as number] !== undefined) attributes.fixed = true;
    graph.addNode(String(i), attributes);
  }
  for (let i = 0; i < k; i += 1) {
    const u = members[i] as number;
    for (let a = view.offsets[u] as number; a < (view.offsets[u + 1] as number); a += 1) {
      const j = local[view.targets[a] as number] as number;
      // Each undirected tie once (the directed view never reaches here).
      if (j <= i) continue;
      const weight = Math.min(4, Math.max(0.25, (view.strengths[a] as number) / mean));
      graph.mergeEdge(String(i), String(j), { weight });
    }
  }
  const { iterations, ...fa2 } = settings;
  const result = forceAtlas2(graph, { iterations, settings: fa2, getEdgeWeight: 'weight' });
  for (let i = 0; i < k; i += 1) {
    const p = result[String(i)];
    if (p !== undefined) {
      xs[i] = p.x;
      ys[i] = p.y;
    }
  }
  return { members, xs, ys };
}

/** Positions (parallel to the view's indices) for a checked set of options. */
export function computeLayout(
  network: AnyNetwork,
  view: NetworkSnapshot,
  o: ResolvedLayout,
): { xs: Float64Array; ys: Float64Array; settings: LayoutSettings } {
  const n = view.order;
  const settings: LayoutSettings = { ...inferLayoutSettings(n), ...o.settings };
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const given = givenPositions(network, view, o);
  const givenCount = given.reduce((c, p) => c + (p === undefined ? 0 : 1), 0);

  if (givenCount === n) {
    for (let i = 0; i < n; i += 1) {
      xs[i] = (given[i] as Point).x;
      ys[i] = (given[i] as Point).y;
    }
    return { xs, ys, settings };
  }
  const mean = meanStrength(view);
  if (givenCount > 0) {
    // Pinned partners hold absolute coordinates: one layout over everything.
    const all = Array.from({ length: n }, (_, i) => i);
    const layout = forceLayout(view, all, settings, o.rng, given, mean);
    xs.set(layout.xs);
    ys.set(layout.ys);
    return { xs, ys, settings };
  }

  const packed = layoutComponents(view, settings, o.rng, o.aspect);
  xs.set(packed.xs);
  ys.set(packed.ys);
  return { xs, ys, settings };
}

/**
 * Lays out each connected component of an undirected adjacency with
 * ForceAtlas2 and packs the components (no positions given).
 */
export function layoutComponents(view: Adjacency, settings: LayoutSettings, rng: Rng, aspect: number): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(view.order);
  const ys = new Float64Array(view.order);
  const mean = meanStrength(view);
  const layouts = connectedComponents(view).map((members) => {
    // Barnes-Hut only pays on large components.
    const local = { ...settings, barnesHutOptimize: settings.barnesHutOptimize && members.length > 300 };
    return forceLayout(view, members, local, rng, undefined, mean);
  });
  packComponents(layouts, typicalTieLength(view, layouts, settings), aspect);
  for (const layout of layouts) {
    layout.members.forEach((u, i) => {
      xs[u] = layout.xs[i] as number;
      ys[u] = layout.ys[i] as number;
    });
  }
  return { xs, ys };
}

/** The gap left between packed components: 0.6 times the median tie length of the largest component. */
function typicalTieLength(view: Adjacency, layouts: readonly ComponentLayout[], settings: LayoutSettings): number {
  const fallback = 4 * Math.sqrt(settings.scalingRatio);
  const main = layouts[0];
  if (main === undefined || main.members.length < 2) return fallback;
  const local = new Map<number, number>();
  main.members.forEach((u, i) => local.set(u, i));
  const lengths: number[] = [];
  main.members.forEach((u, i) => {
    for (let a = view.offsets[u] as number; a < (view.offsets[u + 1] as number); a += 1) {
      const j = local.get(view.targets[a] as number);
      if (j === undefined || j <= i) continue;
      lengths.push(Math.hypot((main.xs[i] as number) - (main.xs[j] as number), (main.ys[i] as number) - (main.ys[j] as number)));
    }
  });
  if (lengths.length === 0) return fallback;
  lengths.sort((a, b) => a - b);
  return Math.max(1e-6, lengths[lengths.length >> 1] as number) * 0.6;
}
