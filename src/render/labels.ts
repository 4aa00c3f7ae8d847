/**
 * Greedy label placement (after Imhof's cartographic rules and the classic
 * point-feature placement of Christensen, Marks & Shieber 1995, reduced to its
 * greedy pass): labels are taken in priority order (the home partner, then
 * hubs by score); each tries eight positions around its node, right of the
 * node first, and takes the first whose box stays inside the drawing area,
 * overlaps no label placed before it and covers no other node; when every
 * free position covers some node, the one hiding the least circle area. A
 * label with no room is skipped: a readable map beats a complete one.
 *
 * Collisions are found through a uniform grid, so placing every label of a
 * 2,000-partner map stays near linear.
 */
import { textWidth } from './text-metrics';

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place, attached to a node (a circle). */
export interface LabelRequest {
  /** Index of the node in the caller's arrays. */
  node: number;
  /** The label; see `lines` for labels on two lines. */
  text: string;
  /** The label's lines, when it is written on more than one (their join is `text`). */
  lines?: readonly string[];
  /** Try the centre of the node first (large circles: the map of communities). */
  inside?: boolean;
  x: number;
  y: number;
  /** Radius of the node (the label keeps clear of it). */
  r: number;
  fontSize: number;
}

/** A placed label: where to write it and the box it covers. */
export interface PlacedLabel {
  node: number;
  text: string;
  /** The lines, when more than one; the first line's baseline is at `y`. */
  lines?: readonly string[];
  /** Anchor point of the text (`text-anchor` and a baseline at `y`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** A node the labels should avoid covering. */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

class Grid<T extends Box> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}

  private key(cx: number, cy: number): number {
    return (cx + 32768) * 65536 + (cy + 32768);
  }

  private range(box: Box): [number, number, number, number] {
    const s = this.size;
    return [Math.floor(box.x0 / s), Math.floor(box.y0 / s), Math.floor(box.x1 / s), Math.floor(box.y1 / s)];
  }

  add(item: T): void {
    const [a, b, c, d] = this.range(item);
    for (let cx = a; cx <= c; cx += 1) {
      for (let cy = b; cy <= d; cy += 1) {
        const k = this.key(cx, cy);
        const cell = this.cells.get(k);
        if (cell === undefined) this.cells.set(k, [item]);
        else cell.push(item);
      }
    }
  }

  some(box: Box, test: (item: T) => boolean): boolean {
    const [a, b, c, d] = this.range(box);
    for (let cx = a; cx <= c; cx += 1) {
      for (let cy = b; cy <= d; cy += 1) {
        const cell = this.cells.get(this.key(cx, cy));
        if (cell !== undefined && cell.some(test)) return true;
      }
    }
    return false;
  }
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function circleHitsBox(c: Obstacle, b: Box): boolean {
  const dx = c.x - Math.max(b.x0, Math.min(c.x, b.x1));
  const dy = c.y - Math.max(b.y0, Math.min(c.y, b.y1));
  return dx * dx + dy * dy < c.r * c.r;
}

interface Candidate {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Line height of labels, in em. */
export const LABEL_LINE_HEIGHT = 1.2;

/**
 * Candidate positions, in order of preference: the node's centre when asked
 * (and the label fits in the circle), then the eight positions around it.
 * `width` is the widest line's, `count` the number of lines.
 */
function candidates(req: LabelRequest, width: number, count: number): Candidate[] {
  const { x, y, r, fontSize: fs } = req;
  const gap = Math.max(2, fs * 0.25);
  const lineH = fs * LABEL_LINE_HEIGHT;
  const h = lineH * count;
  // The first baseline sits 0.9 em below the box top (room for ascenders).
  const asc = lineH - fs * 0.3;
  const out: Candidate[] = [];
  const push = (ax: number, top: number, anchor: Candidate['anchor']): void => {
    const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
    out.push({ x: ax, y: top + asc, anchor, box: { x0, y0: top, x1: x0 + width, y1: top + h } });
  };
  if (req.inside === true && width <= 1.8 * r && h <= 1.4 * r) push(x, y - h / 2, 'middle');
  const d = (r + gap) * Math.SQRT1_2;
  push(x + r + gap, y - h / 2, 'start'); // right
  push(x - r - gap, y - h / 2, 'end'); // left
  push(x, y - r - gap - h, 'middle'); // above
  push(x, y + r + gap, 'middle'); // below
  push(x + d, y - d - h, 'start'); // above right
  push(x - d, y - d - h, 'end'); // above left
  push(x + d, y + d, 'start'); // below right
  push(x - d, y + d, 'end'); // below left
  return out;
}

/**
 * Places labels greedily in the order given (put the most important first).
 * Placed boxes never overlap each other and stay within `bounds`; a label
 * covers another node only when every free position would.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], bounds: Box): PlacedLabel[] {
  const maxFont = requests.reduce((m, r) => Math.max(m, r.fontSize), 1);
  const labelGrid = new Grid<Box>(maxFont * 6);
  const nodeGrid = new Grid<Box & { c: Obstacle; i: number }>(Math.max(8, maxFont * 3));
  obstacles.forEach((c, i) => nodeGrid.add({ x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r, c, i }));
  const placed: PlacedLabel[] = [];
  const inside = (b: Box): boolean => b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;

  for (const req of requests) {
    if (req.text === '') continue;
    const lines = req.lines !== undefined && req.lines.length > 1 ? req.lines : undefined;
    const width = lines === undefined ? textWidth(req.text, req.fontSize) : Math.max(...lines.map((l) => textWidth(l, req.fontSize)));
    let fallback: Candidate | undefined;
    let fallbackCover = Infinity;
    let chosen: Candidate | undefined;
    for (const cand of candidates(req, width, lines?.length ?? 1)) {
      if (!inside(cand.box)) continue;
      if (labelGrid.some(cand.box, (b) => boxesOverlap(b, cand.box))) continue;
      // How much node the label would hide: the areas of the circles it touches.
      const hit = new Set<number>();
      let cover = 0;
      nodeGrid.some(cand.box, (o) => {
        if (o.i !== req.node && !hit.has(o.i) && circleHitsBox(o.c, cand.box)) {
          hit.add(o.i);
          cover += o.c.r * o.c.r;
        }
        return false;
      });
      if (cover === 0) {
        chosen = cand;
        break;
      }
      if (cover < fallbackCover) {
        fallback = cand;
        fallbackCover = cover;
      }
    }
    chosen ??= fallback;
    if (chosen === undefined) continue;
    labelGrid.add(chosen.box);
    const label: PlacedLabel = { node: req.node, text: req.text, x: chosen.x, y: chosen.y, anchor: chosen.anchor, box: chosen.box };
    if (lines !== undefined) label.lines = lines;
    placed.push(label);
  }
  return placed;
}
