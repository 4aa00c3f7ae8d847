/**
 * Render time at 100, 1,000 and 2,000 partners (and the map of communities at
 * 5,000): renderSvg against layoutNetwork alone and against the floor of the
 * layout, graphology-layout-forceatlas2 run with the same settings and
 * iterations on a plain graph already built. Run with
 *
 *   npx tsx bench/render.bench.ts
 *
 * Results: bench/results/render.md (+ .json).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRng, snapshot } from 'partnermap';
import { inferLayoutSettings, layoutNetwork, renderSvg } from '../src/render/index';
import { loadavg } from 'node:os';
import { compare, formatMs, median, toMarkdown, writeResults, type Comparison } from './measure';
import { syntheticEcosystem } from './render-fixtures';

/** Median CPU time (user + system) of `runs` calls: on a shared machine, wall time also counts other processes. */
function cpuMedian(run: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

const comparisons: Comparison[] = [];
const cpu: { size: string; renderSvg: number; layoutNetwork: number; forceAtlas2: number }[] = [];
for (const n of [100, 1000, 2000]) {
  const network = syntheticEcosystem(n);
  const view = snapshot(network, { statuses: ['prospect', 'contacted', 'active', 'paused'] });
  const { iterations, ...settings } = inferLayoutSettings(view.order);
  // The baseline: one plain graph of the same ties, seeded positions, the same settings.
  const plain = new Graph({ type: 'undirected' });
  const rng = seededRng(1);
  for (let i = 0; i < view.order; i += 1) plain.addNode(String(i), { x: rng() * 100, y: rng() * 100 });
  for (let u = 0; u < view.order; u += 1) {
    for (let a = view.offsets[u]!; a < view.offsets[u + 1]!; a += 1) if (view.targets[a]! > u) plain.mergeEdge(String(u), String(view.targets[a]));
  }
  let svgLength = 0;
  comparisons.push(
    compare(`render ${view.order} drawn`, `${n} partners`, [
      { name: 'renderSvg', run: () => (svgLength = renderSvg(network).length) },
      { name: 'layoutNetwork', run: () => layoutNetwork(network) },
      { name: 'forceAtlas2 alone (baseline)', run: () => forceAtlas2(plain, { iterations, settings }) },
    ], 5),
  );
  cpu.push({
    size: `${n} partners`,
    renderSvg: cpuMedian(() => renderSvg(network)),
    layoutNetwork: cpuMedian(() => layoutNetwork(network)),
    forceAtlas2: cpuMedian(() => forceAtlas2(plain, { iterations, settings })),
  });
  console.log(`${n}: SVG ${(svgLength / 1024).toFixed(0)} KB`, JSON.stringify(comparisons[comparisons.length - 1]?.medians), JSON.stringify(cpu[cpu.length - 1]));
}

const big = syntheticEcosystem(5000);
comparisons.push(compare('map of communities', '5000 partners', [{ name: 'renderSvg (detects communities)', run: () => renderSvg(big) }], 3));
cpu.push({ size: '5000 partners (map of communities)', renderSvg: cpuMedian(() => renderSvg(big)), layoutNetwork: Number.NaN, forceAtlas2: Number.NaN });
console.log('5000:', JSON.stringify(comparisons[comparisons.length - 1]?.medians), JSON.stringify(cpu[cpu.length - 1]));

const cpuTable = [
  '| size | renderSvg | layoutNetwork | forceAtlas2 alone |',
  '|---|---|---|---|',
  ...cpu.map((c) => `| ${c.size} | ${formatMs(c.renderSvg)} | ${Number.isNaN(c.layoutNetwork) ? '-' : formatMs(c.layoutNetwork)} | ${Number.isNaN(c.forceAtlas2) ? '-' : formatMs(c.forceAtlas2)} |`),
].join('\n');
const load = loadavg().map((l) => l.toFixed(1)).join(', ');

writeResults(
  'bench/results/render.md',
  toMarkdown(
    'Render: renderSvg and its layout',
    comparisons,
    'Synthetic ecosystems from bench/render-fixtures.ts (planted communities, average degree 5, prospects, referrals). ' +
      'The baseline is graphology-layout-forceatlas2 alone, with the settings and iterations layoutNetwork infers, on a plain graph built beforehand: ' +
      'the share of renderSvg above it is projection, component packing, labels and string building. ' +
      'Above 2,000 partners renderSvg draws the map of communities (detection included in the time).\n\n' +
      `Load average at the end of the run: ${load} (the machine is shared: wall times above include waiting for the CPU). ` +
      'Median CPU time (user + system, 3 runs) of the same calls, closer to what an idle machine takes:\n\n' +
      cpuTable,
  ),
  { comparisons, cpu },
);
