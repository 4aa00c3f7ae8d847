/**
 * Packing the connected components of a layout side by side. A force layout
 * of a disconnected network either lets small components drift away (no
 * gravity) or squeezes them onto the main one (strong gravity); laying each
 * component out on its own and packing the results in rows ("shelf packing",
 * largest first) keeps every component readable and the picture compact.
 */

/** A point in layout space. */
export interface Point {
  x: number;
  y: number;
}

/** One component's layout: member indices and their coordinates (parallel arrays). */
export interface ComponentLayout {
  members: readonly number[];
  xs: Float64Array;
  ys: Float64Array;
}

/**
 * Moves each component (in place) so that the components sit in rows, the
 * largest first, without overlapping: boxes are separated by `gap`. Of the
 * possible row widths, the one whose packing best fills an area `aspect`
 * times as wide as tall is kept. Components must come sorted largest first.
 */
export function packComponents(components: readonly ComponentLayout[], gap: number, aspect: number): void {
  if (components.length <= 1) {
    const only = components[0];
    if (only !== undefined) centre(only);
    return;
  }
  const boxes: Box[] = components.map((c) => {
    const b = bounds(c);
    return { c, minX: b.minX, minY: b.minY, w: b.maxX - b.minX + gap, h: b.maxY - b.minY + gap };
  });
  // Candidate row widths: the first box alone, then each prefix of boxes on one row.
  let best: Row[] | undefined;
  let bestScale = -Infinity;
  let width = 0;
  for (const box of boxes) {
    width += box.w;
    const rows = shelve(boxes, width);
    const w = Math.max(...rows.map((r) => r.width));
    const h = rows.reduce((sum, r) => sum + r.height, 0);
    // The scale at which the packing fits a box of the target shape.
    const scale = Math.min(aspect / w, 1 / h);
    if (scale > bestScale * 1.0001) {
      bestScale = scale;
      best = rows;
    }
  }
  place(best as Row[], gap);
}

interface Box {
  c: ComponentLayout;
  minX: number;
  minY: number;
  w: number;
  h: number;
}

interface Row {
  items: Box[];
  width: number;
  height: number;
}

/** Shelf packing: fill a row left to right, open a new one when the next box does not fit. */
function shelve(boxes: readonly Box[], rowWidth: number): Row[] {
  const rows: Row[] = [];
  for (const box of boxes) {
    const row = rows[rows.length - 1];
    if (row !== undefined && row.width + box.w <= rowWidth * 1.0001) {
      row.items.push(box);
      row.width += box.w;
      row.height = Math.max(row.height, box.h);
    } else {
      rows.push({ items: [box], width: box.w, height: box.h });
    }
  }
  return rows;
}

/** Moves the components to their places, rows centred horizontally, boxes vertically within their row. */
function place(rows: readonly Row[], gap: number): void {
  const totalHeight = rows.reduce((sum, r) => sum + r.height, 0);
  const totalWidth = Math.max(...rows.map((r) => r.width));
  let top = -totalHeight / 2;
  for (const row of rows) {
    let left = -totalWidth / 2 + (totalWidth - row.width) / 2;
    for (const box of row.items) {
      // Box sides include the gap; the component's own extent is the side minus the gap.
      const dx = left + box.w / 2 - (box.minX + (box.w - gap) / 2);
      const dy = top + row.height / 2 - (box.minY + (box.h - gap) / 2);
      const { xs, ys } = box.c;
      for (let i = 0; i < xs.length; i += 1) {
        xs[i] = (xs[i] as number) + dx;
        ys[i] = (ys[i] as number) + dy;
      }
      left += box.w;
    }
    top += row.height;
  }
}

function bounds(c: ComponentLayout): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < c.xs.length; i += 1) {
    const x = c.xs[i] as number;
    const y = c.ys[i] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

function centre(c: ComponentLayout): void {
  const b = bounds(c);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  for (let i = 0; i < c.xs.length; i += 1) {
    c.xs[i] = (c.xs[i] as number) - cx;
    c.ys[i] = (c.ys[i] as number) - cy;
  }
}
