import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type LabelRequest } from '../../src/render/labels';
import { textWidth } from '../../src/render/text-metrics';
import { captionLines } from '../../src/render/scene';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('placeLabels', () => {
  it('puts a lone label right of its node, inside the bounds', () => {
    const [label] = placeLabels([{ node: 0, text: 'County Library', x: 100, y: 100, r: 5, fontSize: 12 }], [{ x: 100, y: 100, r: 5 }], bounds);
    expect(label?.anchor).toBe('start');
    expect(label?.x).toBeGreaterThan(105);
    expect(label?.box.x1 - (label?.box.x0 ?? 0)).toBeCloseTo(textWidth('County Library', 12));
  });

  it('moves a label to the left near the right edge, and skips it when nothing fits', () => {
    const [left] = placeLabels([{ node: 0, text: 'Near the edge', x: 395, y: 150, r: 3, fontSize: 12 }], [], bounds);
    expect(left?.anchor).toBe('end');
    expect(placeLabels([{ node: 0, text: 'x'.repeat(100), x: 200, y: 150, r: 3, fontSize: 12 }], [], bounds)).toHaveLength(0);
  });

  it('avoids covering other nodes when it can', () => {
    // A node sits right of the labelled one: the label goes elsewhere.
    const placed = placeLabels(
      [{ node: 0, text: 'Hub', x: 100, y: 100, r: 5, fontSize: 12 }],
      [{ x: 100, y: 100, r: 5 }, { x: 120, y: 100, r: 8 }],
      bounds,
    );
    expect(placed[0]?.anchor).toBe('end');
  });

  it('places labels in priority order: crowded later labels are dropped, not earlier ones', () => {
    const requests: LabelRequest[] = Array.from({ length: 30 }, (_, i) => ({ node: i, text: `Partner ${i}`, x: 200 + (i % 3), y: 150, r: 2, fontSize: 12 }));
    const placed = placeLabels(requests, [], bounds);
    expect(placed[0]?.node).toBe(0);
    expect(placed.length).toBeLessThan(30);
    expect(placed.map((p) => p.node)).toEqual([...placed.map((p) => p.node)].sort((a, b) => a - b));
  });

  it('never lets two placed labels overlap, and keeps them in bounds (property)', () => {
    const request = fc.record({
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.double({ min: 0, max: 300, noNaN: true }),
      r: fc.double({ min: 0, max: 12, noNaN: true }),
      text: fc.string({ minLength: 1, maxLength: 20 }),
      fontSize: fc.constantFrom(9, 11, 12, 16),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), (items) => {
        const requests = items.map((it, i) => ({ ...it, node: i }));
        const placed = placeLabels(requests, requests, bounds);
        for (let i = 0; i < placed.length; i += 1) {
          const a = placed[i]!.box;
          expect(a.x0).toBeGreaterThanOrEqual(bounds.x0);
          expect(a.x1).toBeLessThanOrEqual(bounds.x1);
          expect(a.y0).toBeGreaterThanOrEqual(bounds.y0);
          expect(a.y1).toBeLessThanOrEqual(bounds.y1);
          for (let j = i + 1; j < placed.length; j += 1) expect(boxesOverlap(a, placed[j]!.box)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('writes two-line labels in a box two lines tall, inside a large circle when asked and when it fits', () => {
    const big = placeLabels([{ node: 0, text: 'Schools around Lincoln', lines: ['Schools around', 'Lincoln'], x: 200, y: 150, r: 70, fontSize: 12, inside: true }], [{ x: 200, y: 150, r: 70 }], bounds);
    expect(big[0]?.anchor).toBe('middle');
    expect(big[0]?.lines).toEqual(['Schools around', 'Lincoln']);
    expect((big[0]?.box.y1 ?? 0) - (big[0]?.box.y0 ?? 0)).toBeCloseTo(2 * 1.2 * 12);
    expect(big[0]?.box.y0).toBeGreaterThan(80);
    const small = placeLabels([{ node: 0, text: 'Schools around Lincoln', lines: ['Schools around', 'Lincoln'], x: 200, y: 150, r: 10, fontSize: 12, inside: true }], [], bounds);
    expect(small[0]?.anchor).toBe('start');
  });
});

describe('captionLines', () => {
  it('keeps a short caption on one line and wraps a long one after a semicolon', () => {
    expect(captionLines('12 partners; coloured by sector', 400, 12)).toEqual(['12 partners; coloured by sector']);
    expect(captionLines('', 400, 12)).toEqual([]);
    const lines = captionLines('4838 partners in 104 communities; circle area: partners; line width: ties between communities', 400, 12);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.endsWith(';')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(400);
    const long = captionLines('word '.repeat(200), 300, 12);
    expect(long).toHaveLength(2);
    expect(long[1]?.endsWith('…')).toBe(true);
  });
});
