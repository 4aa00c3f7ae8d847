/**
 * The map of communities, drawn instead of partners above `maxPartners`
 * (2,000 by default): thousands of dots tell a coordinator nothing, while one
 * circle per community, its area proportional to its members and the lines
 * between communities as wide as the ties between them, shows the shape of a
 * regional ecosystem at a glance.
 *
 * Communities of a single partner (isolated partners) are not drawn but
 * counted in the caption; at most {@link MAX_COMMUNITIES_DRAWN} communities
 * are drawn, the largest.
 */
import { SECTOR_LABELS, SECTORS, type Sector } from '../model/sectors';
import type { NetworkSnapshot } from '../network/snapshot';
import { communityColouring, type DrawnCommunities } from './communities';
import { shortenLabel } from './escape';
import { placeLabels, type LabelRequest } from './labels';
import { inferLayoutSettings, layoutComponents, type Adjacency } from './layout';
import { legendWidth, renderLegend, type LegendItem, type LegendSection } from './legend';
import type { ResolvedRender } from './options';
import { communityColor, SECTOR_COLORS, UNKNOWN_COLOR } from './palette';
import { captionLines, headerHeight, type Scene, type SceneEdge, type SceneNode } from './scene';
import { fmt } from './svg-format';

/** Most communities drawn on the map of communities (the largest). */
export const MAX_COMMUNITIES_DRAWN = 400;

/** What the partner-level renderer already knows, by view index. */
export interface AggregateInput {
  view: NetworkSnapshot;
  sectors: readonly (Sector | undefined)[];
  communities: DrawnCommunities;
  title: string;
  width: number;
  height: number;
  fontSize: number;
}

/** Ties between communities (each tie of the view once), as an adjacency over drawn community ranks. */
function communityGraph(view: NetworkSnapshot, of: Int32Array, k: number): { graph: Adjacency; between: number; inside: Int32Array } {
  const counts = new Map<number, number>();
  const inside = new Int32Array(k);
  let between = 0;
  for (let u = 0; u < view.order; u += 1) {
    const cu = of[u] as number;
    for (let a = view.offsets[u] as number; a < (view.offsets[u + 1] as number); a += 1) {
      const v = view.targets[a] as number;
      if (v <= u) continue;
      const cv = of[v] as number;
      if (cu < 0 || cv < 0 || cu >= k || cv >= k) continue;
      if (cu === cv) {
        inside[cu] = (inside[cu] as number) + 1;
        continue;
      }
      const key = cu < cv ? cu * k + cv : cv * k + cu;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      between += 1;
    }
  }
  // Undirected CSR: both directions of each community pair.
  const degree = new Int32Array(k + 1);
  for (const key of counts.keys()) {
    degree[Math.floor(key / k)] = (degree[Math.floor(key / k)] as number) + 1;
    degree[key % k] = (degree[key % k] as number) + 1;
  }
  const offsets = new Int32Array(k + 1);
  for (let c = 0; c < k; c += 1) offsets[c + 1] = (offsets[c] as number) + (degree[c] as number);
  const fill = offsets.slice(0, k);
  const targets = new Int32Array(offsets[k] as number);
  const strengths = new Float64Array(offsets[k] as number);
  const keys = [...counts.keys()].sort((p, q) => p - q);
  for (const key of keys) {
    const c = Math.floor(key / k);
    const d = key % k;
    const w = counts.get(key) as number;
    targets[fill[c] as number] = d;
    strengths[fill[c] as number] = w;
    fill[c] = (fill[c] as number) + 1;
    targets[fill[d] as number] = c;
    strengths[fill[d] as number] = w;
    fill[d] = (fill[d] as number) + 1;
  }
  return { graph: { order: k, offsets, targets, strengths }, between, inside };
}

/** The main sector of each community (most members; ties by the sector list's order). */
function mainSectors(input: AggregateInput, k: number): (Sector | undefined)[] {
  const counts = Array.from({ length: k }, () => new Map<Sector, number>());
  input.communities.of.forEach((c, i) => {
    const s = input.sectors[i];
    if (c < 0 || c >= k || s === undefined) return;
    const m = counts[c] as Map<Sector, number>;
    m.set(s, (m.get(s) ?? 0) + 1);
  });
  return counts.map((m) => {
    let best: Sector | undefined;
    let bestCount = 0;
    for (const s of SECTORS) {
      const c = m.get(s) ?? 0;
      if (c > bestCount) {
        best = s;
        bestCount = c;
      }
    }
    return best;
  });
}

/** Pushes overlapping circles apart (in place), a few deterministic sweeps. */
function separate(xs: Float64Array, ys: Float64Array, rs: Float64Array, gap: number): void {
  const k = xs.length;
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let moved = false;
    for (let i = 0; i < k; i += 1) {
      for (let j = i + 1; j < k; j += 1) {
        let dx = (xs[j] as number) - (xs[i] as number);
        let dy = (ys[j] as number) - (ys[i] as number);
        let d = Math.hypot(dx, dy);
        const need = (rs[i] as number) + (rs[j] as number) + gap;
        if (d >= need) continue;
        if (d < 1e-9) {
          // Coincident: separate along a direction fixed by the indices.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          d = 1;
        }
        const push = (need - d) / 2;
        const ux = dx / d;
        const uy = dy / d;
        xs[i] = (xs[i] as number) - ux * push;
        ys[i] = (ys[i] as number) - uy * push;
        xs[j] = (xs[j] as number) + ux * push;
        ys[j] = (ys[j] as number) + uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/** The scene of the map of communities. */
export function aggregateScene(input: AggregateInput, o: ResolvedRender): Scene {
  const { view, communities, width, height, fontSize: fs } = input;
  const theme = o.theme;
  const k = Math.min(MAX_COMMUNITIES_DRAWN, communities.sizes.filter((s) => s >= 2).length);
  const sizes = communities.sizes.slice(0, k);
  const { graph, between, inside } = communityGraph(view, communities.of, k);
  const sectors = mainSectors(input, k);
  const drawnPartners = sizes.reduce((a, b) => a + b, 0);

  // Lines, weakest first.
  let maxTies = 1;
  for (const w of graph.strengths) maxTies = Math.max(maxTies, w);
  const lines: { c: number; d: number; w: number }[] = [];
  for (let c = 0; c < k; c += 1) {
    for (let a = graph.offsets[c] as number; a < (graph.offsets[c + 1] as number); a += 1) {
      const d = graph.targets[a] as number;
      if (d > c) lines.push({ c, d, w: graph.strengths[a] as number });
    }
  }
  lines.sort((p, q) => p.w - q.w || p.c - q.c || p.d - q.d);
  // A dense web of single ties hides the strong links: above four lines per
  // community, pairs joined by one tie only are left out (and the caption says so).
  const dropSingles = lines.length > 4 * k && lines.some((l) => l.w > 1);
  const shown = dropSingles ? lines.filter((l) => l.w > 1) : lines;
  const left = view.order - drawnPartners;

  // Colours and legend.
  let colors: string[];
  let colourSection: LegendSection;
  if (o.colorBy === 'sector') {
    colors = sectors.map((s) => (s === undefined ? UNKNOWN_COLOR : SECTOR_COLORS[s]));
    const count = new Map<Sector | undefined, number>();
    for (const s of sectors) count.set(s, (count.get(s) ?? 0) + 1);
    const items: LegendItem[] = SECTORS.filter((s) => count.has(s)).map((s) => ({
      kind: 'fill',
      color: SECTOR_COLORS[s],
      label: SECTOR_LABELS[s],
      count: count.get(s) as number,
    }));
    if (count.has(undefined)) items.push({ kind: 'fill', color: UNKNOWN_COLOR, label: 'sector not recorded', count: count.get(undefined) as number });
    colourSection = { title: 'Main sector (communities)', items };
  } else {
    const drawnOnly: DrawnCommunities = { ...communities, labels: communities.labels.slice(0, k), sizes, unassigned: 0 };
    colors = Array.from({ length: k }, (_, r) => communityColor(r));
    colourSection = communityColouring(drawnOnly).section;
  }
  const sections: LegendSection[] = [
    colourSection,
    { title: 'Communities', items: [{ kind: 'size', label: 'circle area: partners' }] },
    { title: 'Ties', items: [{ kind: 'line', color: theme.edges['known-tie'], dash: '', width: 3, label: 'line width: ties between' }] },
  ];
  const legendW = o.showLegend && k > 0 ? Math.min(legendWidth(sections, fs), width * 0.34) : 0;
  const generated = [
    `${view.order} partners in ${communities.sizes.length} communities, ${k} drawn (one circle each above ${o.maxPartners} partners)`,
    `circle area: partners; line width: ties between communities (${between}${dropSingles ? '; pairs joined by one tie not drawn' : ''})`,
    o.colorBy === 'sector' ? 'coloured by main sector' : 'coloured by community',
    ...(left > 0 ? [`${left} partners in ${communities.sizes.length > MAX_COMMUNITIES_DRAWN ? 'smaller communities' : 'communities of one'} not drawn`] : []),
  ].join('; ');
  const caption = o.caption ?? generated;
  const header = headerHeight(captionLines(caption, width - fs * 3, fs).length, fs);
  const plot = { x0: fs * 1.5, y0: header, x1: width - (legendW > 0 ? legendW + fs * 2 : fs * 1.5), y1: height - fs * 1.5 };
  const plotW = Math.max(10, plot.x1 - plot.x0);
  const plotH = Math.max(10, plot.y1 - plot.y0);

  // Sizes: area proportional to members, the circles together covering about
  // a fifth of the plot area, the largest at most a fifth of its short side.
  const maxSize = Math.max(1, ...sizes);
  const total = Math.max(1, sizes.reduce((a, b) => a + b, 0));
  const rMax = Math.min(Math.min(plotW, plotH) * 0.2, Math.sqrt((0.2 * plotW * plotH * maxSize) / (Math.PI * total)));
  const rs = Float64Array.from(sizes, (s) => Math.max(3, rMax * Math.sqrt(s / maxSize)));

  // Layout of the community graph, fitted, then overlaps removed and clamped inside.
  const settings = { ...inferLayoutSettings(k), ...o.layout.settings };
  const { xs, ys } = layoutComponents(graph, settings, o.layout.rng, plotW / plotH);
  // Fitting after separating can bring circles together again: a few rounds settle it.
  fitCircles(xs, ys, rs, plot);
  for (let round = 0; round < 4; round += 1) {
    separate(xs, ys, rs, fs * 0.4);
    fitCircles(xs, ys, rs, plot);
  }

  const edges: SceneEdge[] = shown.map(({ c, d, w }) => ({
    d: `M${fmt(xs[c] as number)} ${fmt(ys[c] as number)}L${fmt(xs[d] as number)} ${fmt(ys[d] as number)}`,
    color: theme.edges['known-tie'],
    width: 0.5 + 7 * (w / maxTies),
    dash: '',
    classes: 'pm-edge pm-between',
    tooltip: `${communities.labels[c] as string} – ${communities.labels[d] as string}: ${w} tie${w === 1 ? '' : 's'}`,
  }));

  const nodes: SceneNode[] = Array.from({ length: k }, (_, c) => c)
    .sort((a, b) => (rs[a] as number) - (rs[b] as number) || a - b)
    .map((c) => ({
      x: xs[c] as number,
      y: ys[c] as number,
      r: rs[c] as number,
      color: colors[c] as string,
      hollow: false,
      faded: false,
      home: false,
      tooltip: `${communities.labels[c] as string}: ${sizes[c]} partners, ${inside[c]} ties inside${sectors[c] === undefined ? '' : `; main sector ${SECTOR_LABELS[sectors[c] as Sector]}`}`,
      classes: 'pm-node pm-community',
    }));

  const wanted = o.labels === 'all' ? k : o.labels === 'none' ? 0 : o.labels === 'hubs' ? Math.min(k, 40) : Math.min(k, o.labels);
  const labelFont = fs * 0.95;
  const requests: LabelRequest[] = Array.from({ length: wanted }, (_, c) => {
    // A long label loses a trailing parenthesis first ("... (most: schools)"); the tooltip keeps it whole.
    const full = communities.labels[c] as string;
    const limit = o.maxLabelLength + 20;
    const text = shortenLabel(Array.from(full).length > limit ? full.replace(/\s*\([^()]*\)\s*$/, '') : full, limit);
    const request: LabelRequest = { node: c, text, x: xs[c] as number, y: ys[c] as number, r: rs[c] as number, fontSize: labelFont, inside: true };
    const lines = splitInTwo(text);
    if (lines.length > 1) request.lines = lines;
    return request;
  });
  const obstacles = Array.from({ length: k }, (_, c) => ({ x: xs[c] as number, y: ys[c] as number, r: rs[c] as number }));
  const labels = placeLabels(requests, obstacles, { x0: fs * 0.5, y0: header - fs, x1: plot.x1 + fs, y1: height - fs * 0.3 });

  const legend =
    legendW > 0
      ? renderLegend(sections, { x: width - legendW - fs * 0.8, y: header - fs * 0.5, width: legendW, maxHeight: height - header, fontSize: fs * 0.95, theme })
      : '';
  return {
    width,
    height,
    theme,
    fontFamily: o.fontFamily,
    fontSize: fs,
    title: input.title,
    caption,
    description: `${generated}. Largest: ${communities.labels.slice(0, 5).join(', ')}.`,
    edgeOpacity: 0.4,
    markers: [],
    edges,
    nodes,
    labels,
    labelFontSize: labelFont,
    legend,
  };
}

/** Scales and centres circle centres into `area` so that whole circles fit, keeping the aspect ratio. */
function fitCircles(xs: Float64Array, ys: Float64Array, rs: Float64Array, area: { x0: number; y0: number; x1: number; y1: number }): void {
  const k = xs.length;
  if (k === 0) return;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let rMax = 0;
  for (let i = 0; i < k; i += 1) {
    minX = Math.min(minX, xs[i] as number);
    maxX = Math.max(maxX, xs[i] as number);
    minY = Math.min(minY, ys[i] as number);
    maxY = Math.max(maxY, ys[i] as number);
    rMax = Math.max(rMax, rs[i] as number);
  }
  const availW = Math.max(1, area.x1 - area.x0 - 2 * rMax);
  const availH = Math.max(1, area.y1 - area.y0 - 2 * rMax);
  const w = maxX - minX;
  const h = maxY - minY;
  const s0 = Math.min(w > 0 ? availW / w : Infinity, h > 0 ? availH / h : Infinity);
  const s = Number.isFinite(s0) ? s0 : 1;
  const cx = (area.x0 + area.x1) / 2;
  const cy = (area.y0 + area.y1) / 2;
  const mx = (minX + maxX) / 2;
  const my = (minY + maxY) / 2;
  for (let i = 0; i < k; i += 1) {
    xs[i] = cx + ((xs[i] as number) - mx) * s;
    ys[i] = cy + ((ys[i] as number) - my) * s;
  }
}

/** A label on two lines when longer than 22 characters, split at the space nearest its middle. */
export function splitInTwo(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length <= 22) return [text];
  const middle = chars.length / 2;
  let best = -1;
  chars.forEach((ch, i) => {
    if (ch === ' ' && (best === -1 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  });
  if (best <= 0) return [text];
  return [chars.slice(0, best).join(''), chars.slice(best + 1).join('')];
}
