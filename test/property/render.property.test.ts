/**
 * renderSvg on random networks (hostile ids, names and attributes included):
 * always well-formed, safe XML, one circle per drawn partner, deterministic.
 */
import fc from 'fast-check';
import { PARTNER_STATUSES } from 'partnermap';
import { describe, expect, it } from 'vitest';
import { layoutNetwork, renderSvg } from '../../src/render/index';
import { assertSafeSvg, byClass, parseSvg } from '../render/svg-tree';
import { networkArbitrary } from './arbitraries';

const options = fc.record(
  {
    colorBy: fc.constantFrom('sector' as const, 'status' as const, 'community' as const),
    sizeBy: fc.constantFrom('hub' as const, 'degree' as const, 'uniform' as const),
    labels: fc.oneof(fc.constantFrom('hubs' as const, 'all' as const, 'none' as const), fc.integer({ min: 0, max: 40 })),
    theme: fc.constantFrom('light' as const, 'dark' as const),
    statuses: fc.oneof(fc.constant('all' as const), fc.subarray([...PARTNER_STATUSES])),
    seed: fc.integer({ min: 0, max: 1000 }),
    showLegend: fc.boolean(),
    width: fc.integer({ min: 200, max: 1600 }),
    title: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: [] },
);

describe('renderSvg (property)', () => {
  it('writes safe, well-formed SVG with one node per drawn partner, the same for the same seed', () => {
    fc.assert(
      fc.property(networkArbitrary({ maxPartners: 30, maxRelationships: 60 }), options, (network, opts) => {
        const svg = renderSvg(network, opts);
        const root = parseSvg(svg);
        assertSafeSvg(root);
        const statuses = opts.statuses ?? ['prospect', 'contacted', 'active', 'paused'];
        const drawn = network.filterNodes((_k, a) => statuses === 'all' || statuses.includes(a.status)).length;
        expect(byClass(root, 'pm-node')).toHaveLength(drawn);
        for (const n of byClass(root, 'pm-node')) {
          const circle = n.children.filter((c) => c.name === 'circle').pop();
          for (const a of ['cx', 'cy', 'r']) expect(Number.isFinite(Number(circle?.attributes.get(a)))).toBe(true);
        }
        expect(renderSvg(network, opts)).toBe(svg);
      }),
      { numRuns: 60 },
    );
  });

  it('lays out every drawn partner at finite coordinates', () => {
    fc.assert(
      fc.property(networkArbitrary({ maxPartners: 30, maxRelationships: 60 }), fc.integer({ min: 0, max: 100 }), (network, seed) => {
        const positions = layoutNetwork(network, { seed, statuses: 'all', positionAttributes: false });
        expect(positions.size).toBe(network.order);
        for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
