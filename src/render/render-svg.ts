/**
 * renderSvg: the network map as one standalone SVG string, the picture
 * coordinators look at, analysts show inline in a notebook and app developers
 * embed. A pure function of the network and options (string building only: it
 * runs in browsers, Deno and Node, with no DOM).
 *
 * Partners are circles coloured by sector, status or community and sized by
 * hub score or ties; prospects are hollow, former partners faded, the home
 * partner ringed. Relationships are lines styled by kind (solid partnership,
 * dashed known tie, dotted referral with an arrow, ...) and widened by
 * strength and participation level. Hubs are labelled, labels never overlap.
 * Above `maxPartners` the map shows communities instead (aggregate.ts).
 */
import { SECTOR_LABELS, SECTORS, isSector, type Sector } from '../model/sectors';
import { PARTNER_STATUSES, STATUS_LABELS, isPartnerStatus, type PartnerStatus } from '../model/statuses';
import { KIND_LABELS, RELATIONSHIP_KINDS } from '../model/relationship-kinds';
import { assertNetwork } from '../network/assert-network';
import { getHome } from '../network/home';
import { nodeKey } from '../network/node-keys';
import { getOwn } from '../network/own-properties';
import { snapshot, type NetworkSnapshot } from '../network/snapshot';
import type { AnyNetwork } from '../network/types';
import { detectCommunities } from '../algorithms/communities/index';
import { aggregateScene } from './aggregate';
import { communityColouring, drawnCommunities, type MapCommunities } from './communities';
import { buildEdges, describeGroup, groupRelationships, groupWidth, markerId } from './edges';
import { shortenLabel } from './escape';
import { placeLabels, type LabelRequest } from './labels';
import { computeLayout } from './layout';
import { legendWidth, renderLegend, type LegendItem, type LegendSection } from './legend';
import { resolveRenderOptions, type RenderSvgOptions, type ResolvedRender } from './options';
import { KIND_DASHES, SECTOR_COLORS, STATUS_COLORS, UNKNOWN_COLOR } from './palette';
import { captionLines, headerHeight, writeSvg, type Scene, type SceneNode } from './scene';
import { degrees, hubScores, radii, sizeWords } from './sizes';

/** Default title when neither the options nor the network give one. */
export const DEFAULT_TITLE = 'Partnership network map';

/** What the renderer knows of each drawn partner, by view index. */
interface Drawn {
  names: string[];
  sectors: (Sector | undefined)[];
  statuses: PartnerStatus[];
}

function readPartners(network: AnyNetwork, view: NetworkSnapshot): Drawn {
  const names: string[] = [];
  const sectors: (Sector | undefined)[] = [];
  const statuses: PartnerStatus[] = [];
  for (const id of view.ids) {
    const attributes = network.getNodeAttributes(nodeKey(id)) as Record<string, unknown>;
    const name = getOwn(attributes, 'name');
    names.push(typeof name === 'string' && name.trim() !== '' ? name : id);
    const sector = getOwn(attributes, 'sector');
    sectors.push(isSector(sector) ? sector : undefined);
    const status = getOwn(attributes, 'status');
    statuses.push(isPartnerStatus(status) ? status : 'active');
  }
  return { names, sectors, statuses };
}

/** Picture size by number of partners drawn: larger maps get a larger canvas. */
export function defaultWidth(order: number): number {
  return order <= 150 ? 960 : order <= 800 ? 1200 : 1600;
}

/**
 * Draws the network map as a standalone SVG string.
 *
 * @example
 * ```ts
 * import { exampleNetwork, renderSvg } from 'partnermap';
 * const svg = renderSvg(exampleNetwork(), { colorBy: 'sector', labels: 'hubs', seed: 1 });
 * // write it to a file, put it in a page (innerHTML), or show it in a notebook
 * ```
 */
export function renderSvg(network: AnyNetwork, options: RenderSvgOptions = {}): string {
  const fn = 'renderSvg';
  assertNetwork(fn, network);
  const o = resolveRenderOptions(fn, network, options);
  const view = snapshot(network, { statuses: o.layout.statuses, kinds: o.layout.kinds }, fn);
  if (view.order > o.maxPartners) {
    const drawn = readPartners(network, view);
    const width = o.width ?? 1600;
    return writeSvg(
      aggregateScene(
        {
          view,
          sectors: drawn.sectors,
          communities: drawnCommunities(view, communitiesFor(view, network, o)),
          title: o.title ?? networkName(network) ?? DEFAULT_TITLE,
          width,
          height: o.height ?? Math.round(width * 0.75),
          fontSize: o.fontSize ?? 14,
        },
        o,
      ),
    );
  }
  return writeSvg(partnerScene(network, view, o));
}

/**
 * The communities of the map: the caller's, or detected (Leiden) on the
 * partners and ties drawn, with the map's seed (a generator of its own,
 * so the layout does not depend on how many numbers the detection drew) or
 * the caller's `rng`.
 */
function communitiesFor(view: NetworkSnapshot, network: AnyNetwork, o: ResolvedRender): MapCommunities {
  if (o.communities !== undefined) return o.communities;
  return detectCommunities(network, { ...o.random, snapshot: view });
}

interface Colouring {
  colors: string[];
  section: LegendSection;
}

function colourBy(network: AnyNetwork, view: NetworkSnapshot, o: ResolvedRender, drawn: Drawn): Colouring {
  const n = drawn.names.length;
  if (o.colorBy === 'community') return communityColouring(drawnCommunities(view, communitiesFor(view, network, o)));
  const colors: string[] = new Array<string>(n);
  if (o.colorBy === 'status') {
    const counts = new Map<PartnerStatus, number>();
    for (let i = 0; i < n; i += 1) {
      const s = drawn.statuses[i] as PartnerStatus;
      colors[i] = STATUS_COLORS[s];
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const items: LegendItem[] = PARTNER_STATUSES.filter((s) => counts.has(s)).map((s) => ({
      kind: s === 'prospect' ? 'hollow' : s === 'former' ? 'faded' : 'fill',
      color: STATUS_COLORS[s],
      label: STATUS_LABELS[s],
      count: counts.get(s) as number,
    }));
    return { colors, section: { title: 'Status', items } };
  }
  const counts = new Map<Sector | undefined, number>();
  for (let i = 0; i < n; i += 1) {
    const s = drawn.sectors[i];
    colors[i] = s === undefined ? UNKNOWN_COLOR : SECTOR_COLORS[s];
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const items: LegendItem[] = SECTORS.filter((s) => counts.has(s)).map((s) => ({
    kind: 'fill',
    color: SECTOR_COLORS[s],
    label: SECTOR_LABELS[s],
    count: counts.get(s) as number,
  }));
  if (counts.has(undefined)) items.push({ kind: 'fill', color: UNKNOWN_COLOR, label: 'sector not recorded', count: counts.get(undefined) as number });
  return { colors, section: { title: 'Sector', items } };
}

/** How many partners `labels: 'hubs'` names: everyone up to 25 partners, then 2.5 sqrt(n), from 20 to 60. */
export function hubLabelCount(order: number): number {
  return order <= 25 ? order : Math.min(60, Math.max(20, Math.round(2.5 * Math.sqrt(order))));
}

function partnerScene(network: AnyNetwork, view: NetworkSnapshot, o: ResolvedRender): Scene {
  const n = view.order;
  const theme = o.theme;
  const width = o.width ?? defaultWidth(n);
  const height = o.height ?? Math.round(width * 0.75);
  const fs = o.fontSize ?? (n >= 1500 ? 14 : n >= 800 ? 13 : 12);
  const drawn = readPartners(network, view);
  const homeId = getHome(network);
  const home = homeId === undefined ? -1 : (view.indexOf.get(homeId) ?? -1);

  // Sizes.
  const scores = o.sizeBy === 'hub' ? hubScores(network, view, o) : o.sizeBy === 'degree' ? degrees(view) : new Float64Array(n);
  const { groups, drawn: relationshipsDrawn, kindCounts } = groupRelationships(network, view, o.layout.kinds);
  const colouring = colourBy(network, view, o, drawn);

  // Legend first: its width decides the plot area.
  const statusCounts = new Map<PartnerStatus, number>();
  for (const s of drawn.statuses) statusCounts.set(s, (statusCounts.get(s) ?? 0) + 1);
  const baseWidth = n <= 150 ? 1.3 : n <= 800 ? 0.9 : 0.7;
  const edgeOpacity = groups.length <= 200 ? 0.8 : groups.length <= 2000 ? 0.5 : 0.32;
  const arrowSize = Math.max(4, Math.min(9, fs * 0.6 * (n <= 150 ? 1 : 0.75)));
  const partnerItems: LegendItem[] = [];
  if (o.sizeBy !== 'uniform') partnerItems.push({ kind: 'size', label: sizeWords(o.sizeBy).replace('sized by ', 'size: ') });
  if (o.colorBy !== 'status' && statusCounts.has('prospect')) {
    partnerItems.push({ kind: 'hollow', color: theme.mutedText, label: 'prospect (not yet contacted)', count: statusCounts.get('prospect') as number });
  }
  if (o.colorBy !== 'status' && statusCounts.has('former')) {
    partnerItems.push({ kind: 'faded', color: theme.mutedText, label: 'former partner', count: statusCounts.get('former') as number });
  }
  if (home >= 0) partnerItems.push({ kind: 'home', label: `home: ${drawn.names[home] as string}` });
  const kindItems: LegendItem[] = RELATIONSHIP_KINDS.filter((k) => kindCounts.has(k)).map((k) => {
    const directed = groups.some((g) => g.kind === k && g.directed);
    const item: LegendItem = {
      kind: 'line',
      color: theme.edges[k],
      dash: KIND_DASHES[k],
      width: Math.max(1.2, groupWidth({ source: 0, target: 0, kind: k, directed, count: 1, strength: 1, level: -1 }, baseWidth)),
      label: KIND_LABELS[k],
      count: kindCounts.get(k) as number,
    };
    if (directed) item.marker = markerId(o.themeName, k, arrowSize, edgeOpacity);
    return item;
  });
  const sections: LegendSection[] = [colouring.section];
  if (partnerItems.length > 0) sections.push({ title: 'Partners', items: partnerItems });
  if (kindItems.length > 0) sections.push({ title: 'Relationships', items: kindItems });
  const legendW = o.showLegend && n > 0 ? Math.min(legendWidth(sections, fs), width * 0.34) : 0;

  // Words.
  const title = o.title ?? networkName(network) ?? DEFAULT_TITLE;
  const notShown = network.order - n;
  const captionParts = [
    `${n} partner${n === 1 ? '' : 's'}, ${relationshipsDrawn} relationship${relationshipsDrawn === 1 ? '' : 's'}`,
    `coloured by ${o.colorBy}`,
  ];
  if (o.sizeBy !== 'uniform') captionParts.push(sizeWords(o.sizeBy));
  if (statusCounts.has('prospect')) captionParts.push('hollow: prospects');
  if (notShown > 0) captionParts.push(`${notShown} not shown (${statusFilterWords(o)})`);
  const generated = captionParts.join('; ');
  const caption = o.caption ?? generated;

  // Plot area: below the title and caption, left of the legend.
  const header = headerHeight(captionLines(caption, width - fs * 3, fs).length, fs);
  const plot = {
    x0: fs * 1.5,
    y0: header,
    x1: width - (legendW > 0 ? legendW + fs * 2 : fs * 1.5),
    y1: height - fs * 1.5,
  };
  const plotW = Math.max(10, plot.x1 - plot.x0);
  const plotH = Math.max(10, plot.y1 - plot.y0);
  // Node sizes from the room each partner has: u is the side of the square
  // each would get if the plot area were shared out evenly.
  const u = Math.sqrt((plotW * plotH) / Math.max(1, n));
  const rMin = Math.min(6, Math.max(1.5, u * 0.07));
  const rMax = o.sizeBy === 'uniform' ? rMin : Math.max(rMin * 2.5, Math.min(20, u * 0.28));
  const rs = radii(scores, rMin, rMax);
  // A hollow ring needs a little room to read as a ring.
  for (let i = 0; i < n; i += 1) if (drawn.statuses[i] === 'prospect') rs[i] = Math.max(rs[i] as number, 2.5);

  // Positions, fitted to the plot area.
  const { xs, ys } = computeLayout(network, view, { ...o.layout, aspect: plotW / plotH });
  fitToArea(xs, ys, plot, rMax + fs * 0.5, n);

  const { edges, markers } = buildEdges(groups, {
    xs,
    ys,
    rs,
    theme,
    themeName: o.themeName,
    baseWidth,
    arrowSize,
    opacity: edgeOpacity,
    tooltip: (g) => describeGroup(g, drawn.names),
  });

  // Nodes: small ones first so hubs sit on top; the home partner last.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    if (a === home || b === home) return a === home ? 1 : -1;
    return (rs[a] as number) - (rs[b] as number) || a - b;
  });
  const nodes: SceneNode[] = order.map((i) => {
    const status = drawn.statuses[i] as PartnerStatus;
    const sector = drawn.sectors[i];
    const node: SceneNode = {
      x: xs[i] as number,
      y: ys[i] as number,
      r: rs[i] as number,
      color: colouring.colors[i] as string,
      hollow: status === 'prospect',
      faded: status === 'former',
      home: i === home,
      tooltip: `${drawn.names[i] as string}: ${sector === undefined ? 'sector not recorded' : SECTOR_LABELS[sector]}, ${STATUS_LABELS[status]}${i === home ? ', home' : ''}${o.sizeBy === 'hub' && (scores[i] as number) > 0 ? `, hub score ${(scores[i] as number).toFixed(2)}` : ''}`,
      classes: `pm-node pm-${status}${i === home ? ' pm-home' : ''}`,
    };
    return node;
  });

  // Labels: home first, then by score (ties by id), as many as asked.
  const ranked = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    if (a === home || b === home) return a === home ? -1 : 1;
    const d = (scores[b] as number) - (scores[a] as number);
    if (d !== 0) return d;
    const ia = view.ids[a] as string;
    const ib = view.ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const wanted = o.labels === 'all' ? n : o.labels === 'none' ? 0 : o.labels === 'hubs' ? hubLabelCount(n) : Math.min(n, o.labels);
  const labelFont = n >= 800 ? fs * 0.85 : fs * 0.95;
  const requests: LabelRequest[] = ranked.slice(0, wanted).map((i) => ({
    node: i,
    // The home partner's name matters most: it may run a little longer.
    text: shortenLabel(drawn.names[i] as string, i === home ? o.maxLabelLength + 12 : o.maxLabelLength),
    x: xs[i] as number,
    y: ys[i] as number,
    r: (rs[i] as number) + (i === home ? Math.max(2.5, (rs[i] as number) * 0.25) + 1 : 0),
    fontSize: labelFont,
  }));
  const obstacles = Array.from({ length: n }, (_, i) => ({ x: xs[i] as number, y: ys[i] as number, r: rs[i] as number }));
  const labels = placeLabels(requests, obstacles, { x0: fs * 0.5, y0: header - fs, x1: plot.x1 + fs, y1: height - fs * 0.3 });

  const topNames = ranked.filter((i) => i !== home).slice(0, 5).map((i) => drawn.names[i] as string);
  const description = [
    `${generated}.`,
    home >= 0 ? `Home partner: ${drawn.names[home] as string}.` : '',
    topNames.length > 0 && o.sizeBy !== 'uniform' ? `${o.sizeBy === 'hub' ? 'Top hubs' : 'Most ties'}: ${topNames.join(', ')}.` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');

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
    title,
    caption,
    description,
    edgeOpacity,
    markers,
    edges,
    nodes,
    labels,
    labelFontSize: labelFont,
    legend,
  };
}

function networkName(network: AnyNetwork): string | undefined {
  const name: unknown = network.getAttribute('name');
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

function statusFilterWords(o: ResolvedRender): string {
  const shown = o.layout.statuses;
  if (shown === 'all') return 'filtered';
  const hidden = PARTNER_STATUSES.filter((s) => !shown.includes(s));
  return hidden.length === 0 ? 'filtered' : hidden.join(', ');
}

/**
 * Scales and centres positions (in place) into `area`, keeping the aspect
 * ratio, `pad` inside its edges. Very small maps use less of the area so that
 * three partners are not spread to the corners.
 */
function fitToArea(xs: Float64Array, ys: Float64Array, area: { x0: number; y0: number; x1: number; y1: number }, pad: number, n: number): void {
  if (n === 0) return;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i += 1) {
    minX = Math.min(minX, xs[i] as number);
    maxX = Math.max(maxX, xs[i] as number);
    minY = Math.min(minY, ys[i] as number);
    maxY = Math.max(maxY, ys[i] as number);
  }
  const fill = Math.min(1, 0.4 + n / 25);
  const availW = Math.max(1, (area.x1 - area.x0 - 2 * pad) * fill);
  const availH = Math.max(1, (area.y1 - area.y0 - 2 * pad) * fill);
  const w = maxX - minX;
  const h = maxY - minY;
  const k = Math.min(w > 0 ? availW / w : Infinity, h > 0 ? availH / h : Infinity);
  const s = Number.isFinite(k) ? k : 1;
  const cx = (area.x0 + area.x1) / 2;
  const cy = (area.y0 + area.y1) / 2;
  const mx = (minX + maxX) / 2;
  const my = (minY + maxY) / 2;
  for (let i = 0; i < n; i += 1) {
    xs[i] = cx + ((xs[i] as number) - mx) * s;
    ys[i] = cy + ((ys[i] as number) - my) * s;
  }
}
