import { createNetwork, exampleNetwork, type NetworkInput } from 'partnermap';
import { describe, expect, it } from 'vitest';
import { HOSTILE_IDS } from '../fixtures/hostile';
import { inferLayoutSettings, layoutNetwork } from '../../src/render/index';

function twoTriangles(): NetworkInput {
  return {
    partners: ['a', 'b', 'c', 'x', 'y', 'z', 'alone'].map((id) => ({ id })),
    relationships: [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'a' },
      { source: 'x', target: 'y' },
      { source: 'y', target: 'z' },
      { source: 'z', target: 'x' },
    ],
  };
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }): number => Math.hypot(p.x - q.x, p.y - q.y);

describe('layoutNetwork', () => {
  it('places every drawn partner, keyed by partner id, in network order, deterministically', () => {
    const network = exampleNetwork();
    const a = layoutNetwork(network);
    const b = layoutNetwork(network, { seed: 1 });
    expect([...a.keys()]).toEqual(network.filterNodes((_k, attr) => attr.status !== 'former'));
    expect([...a.entries()]).toEqual([...b.entries()]);
    const c = layoutNetwork(network, { seed: 2 });
    expect([...c.values()]).not.toEqual([...a.values()]);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('puts tied partners closer than untied ones', () => {
    const positions = layoutNetwork(createNetwork(twoTriangles()));
    const p = (id: string) => positions.get(id)!;
    const within = Math.max(dist(p('a'), p('b')), dist(p('b'), p('c')), dist(p('x'), p('y')));
    expect(dist(p('a'), p('x'))).toBeGreaterThan(within);
  });

  it('packs disconnected components without overlap', () => {
    const positions = layoutNetwork(createNetwork(twoTriangles()));
    const box = (ids: string[]) => {
      const ps = ids.map((id) => positions.get(id)!);
      return { x0: Math.min(...ps.map((q) => q.x)), x1: Math.max(...ps.map((q) => q.x)), y0: Math.min(...ps.map((q) => q.y)), y1: Math.max(...ps.map((q) => q.y)) };
    };
    const boxes = [box(['a', 'b', 'c']), box(['x', 'y', 'z']), box(['alone'])];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [u, v] = [boxes[i]!, boxes[j]!];
        const overlap = u.x0 < v.x1 && v.x0 < u.x1 && u.y0 < v.y1 && v.y0 < u.y1;
        expect(overlap).toBe(false);
      }
    }
  });

  it('keeps given positions, from the option or from x/y attributes', () => {
    const input = twoTriangles();
    input.partners = input.partners!.map((p, i) => ({ ...p, x: i, y: i * i }));
    const network = createNetwork(input);
    const fromAttributes = layoutNetwork(network);
    expect(fromAttributes.get('c')).toEqual({ x: 2, y: 4 });
    const ignored = layoutNetwork(network, { positionAttributes: false });
    expect(ignored.get('c')).not.toEqual({ x: 2, y: 4 });
    const overridden = layoutNetwork(network, { positions: new Map([['c', { x: -5, y: 5 }]]) });
    expect(overridden.get('c')).toEqual({ x: -5, y: 5 });
    expect(overridden.get('a')).toEqual({ x: 0, y: 0 });
  });

  it('pins the partners given and places the others around them', () => {
    const network = createNetwork(twoTriangles());
    const positions = layoutNetwork(network, { positions: new Map([['a', { x: 100, y: 100 }], ['x', { x: -100, y: -100 }]]) });
    expect(positions.get('a')).toEqual({ x: 100, y: 100 });
    expect(positions.get('x')).toEqual({ x: -100, y: -100 });
    // b is tied to a: it ends nearer a than x.
    expect(dist(positions.get('b')!, positions.get('a')!)).toBeLessThan(dist(positions.get('b')!, positions.get('x')!));
  });

  it('handles hostile ids and does not change the network', () => {
    const network = createNetwork({
      partners: HOSTILE_IDS.map((id) => ({ id })),
      relationships: HOSTILE_IDS.slice(1).map((id, i) => ({ source: HOSTILE_IDS[i]!, target: id })),
    });
    const before = JSON.stringify(network.export());
    const positions = layoutNetwork(network);
    expect([...positions.keys()]).toEqual([...HOSTILE_IDS]);
    expect(JSON.stringify(network.export())).toBe(before);
    expect(layoutNetwork(network, { positions: new Map([['__proto__', { x: 1, y: 2 }]]) }).get('__proto__')).toEqual({ x: 1, y: 2 });
  });

  it('chooses settings by size and lets callers override them', () => {
    expect(inferLayoutSettings(50).barnesHutOptimize).toBe(false);
    expect(inferLayoutSettings(2000).barnesHutOptimize).toBe(true);
    expect(inferLayoutSettings(2000).iterations).toBeLessThan(inferLayoutSettings(50).iterations);
    const network = exampleNetwork();
    const a = layoutNetwork(network, { settings: { iterations: 5 } });
    const b = layoutNetwork(network);
    expect([...a.values()]).not.toEqual([...b.values()]);
  });

  it('leaves out partners by status and draws on chosen kinds', () => {
    const network = exampleNetwork();
    expect(layoutNetwork(network, { statuses: ['prospect'] }).size).toBe(network.filterNodes((_k, a) => a.status === 'prospect').length);
    expect(layoutNetwork(network, { statuses: 'all' }).size).toBe(network.order);
    expect(() => layoutNetwork(network, { kinds: ['nope' as never] })).toThrow(/^layoutNetwork: kinds has an unknown value "nope"\.$/);
    expect(() => layoutNetwork(network, { aspect: 0 })).toThrow(/^layoutNetwork: aspect must be a number from 0\.1 to 10; received 0\.$/);
    expect(() => layoutNetwork(network, { settings: { linLogMode: 1 as never } })).toThrow(/^layoutNetwork: settings\.linLogMode must be a boolean; received 1\.$/);
  });
});
