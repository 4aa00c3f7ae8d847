/**
 * Centrality benchmark: partnermap against graphology-metrics on seeded
 * scale-free (Barabási-Albert, 5 ties per partner) and planted-community
 * networks (10 ties per partner on average, 5 per partner in all) of 1,000,
 * 10,000 and 100,000 partners. Every comparison runs interleaved in one
 * process (see measure.ts); results go to bench/results/centrality.md and
 * .json with medians and ratios.
 *
 * Run: npx tsx bench/centrality.bench.ts [--quick] [--igraph]
 *   --quick   1,000 and 10,000 partners only
 *   --igraph  also time python3-igraph (Debian package, /usr/bin/python3) on
 *             the same edge lists, in a separate process (bench/igraph_centrality.py)
 *
 * Settings, so that the comparison is fair:
 * - betweenness: both exact and unweighted. graphology-metrics is timed with
 *   `getEdgeWeight: null` (its breadth-first path) and with its default
 *   (`'weight'`, which sends an unweighted graph through Dijkstra: what a
 *   user gets without reading the source); partnermap with `exact: true`.
 * - PageRank and eigenvector: the same stopping rule on both sides (L1
 *   change below 1e-6 per partner, graphology-metrics' default), 100 and
 *   1,000 iterations at most.
 * - closeness: graphology-metrics' closeness (one breadth-first search per
 *   node) against partnermap's harmonic and classic closeness (same
 *   searches, 128 at a time with bit-parallel frontiers).
 * - "whole call" includes building partnermap's snapshot from the network;
 *   "shared snapshot" reuses one, as an analysis of several measures does.
 *   graphology-metrics builds its own index inside every call.
 * Runs that would take more than a few minutes are skipped and say so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WeightedNeighborhoodIndex } from 'graphology-indices/neighborhood';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import graphologyCloseness from 'graphology-metrics/centrality/closeness';
import graphologyEigenvector from 'graphology-metrics/centrality/eigenvector';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import { betweenness, closeness, eigenvector, harmonicCloseness, hubs, pagerank, snapshot } from 'partnermap';
import { formatMs, machine, median, writeResults, type Comparison, type Contender } from './measure';
import { barabasiAlbert, plantedCommunities, toEdgeListText, toGraphology, toNetwork, type EdgeList } from './synthetic';

const args = new Set(process.argv.slice(2));
const startLoad = loadavg()[0]!;
const SIZES = args.has('--quick') ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const RESULTS = 'bench/results/centrality.md';

/**
 * As measure.ts's compare() (interleaved rounds after a warm-up, a time
 * budget per contender), timing the process's CPU time as well as the wall
 * clock. These machines are shared: under load the wall clock measures the
 * scheduler as much as the code, while CPU time (user + system, all threads
 * of the process) does not depend on how long the process waited. Medians of
 * CPU time are the figures compared; wall-clock medians are recorded too.
 */
function compare(task: string, size: string, contenders: Contender[], rounds = 5, maxMs = 120_000): Comparison & { wall: number[] } {
  const cpu = contenders.map(() => [] as number[]);
  const wall = contenders.map(() => [] as number[]);
  const active = contenders.map(() => true);
  for (let round = 0; round <= rounds; round += 1) {
    contenders.forEach((c, i) => {
      if (!active[i]) return;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      c.run();
      const ms = performance.now() - t0;
      const used = process.cpuUsage(c0);
      const cpuMs = (used.user + used.system) / 1000;
      if (round > 0 || cpuMs > maxMs / 4) {
        cpu[i]!.push(cpuMs);
        wall[i]!.push(ms);
      }
      if (cpuMs * (rounds - round) > maxMs) active[i] = false;
    });
  }
  return {
    task,
    size,
    medians: contenders.map((c, i) => ({ name: c.name, ms: median(cpu[i]!), runs: cpu[i]!.length })),
    wall: contenders.map((_, i) => median(wall[i]!)),
  };
}

interface Row {
  task: string;
  network: string;
  size: string;
  contender: string;
  /** Median CPU milliseconds. */
  ms: number;
  /** Median wall-clock milliseconds. */
  wallMs?: number;
  runs: number;
  /** Median of the baseline this row is compared with, and its name. */
  versus?: { name: string; ms: number }[];
}

const rows: Row[] = [];
const raw: Comparison[] = [];
const skipped: string[] = [];

/** Records a comparison; `baselines` names the contenders partnermap is compared with. */
function record(network: string, comparison: Comparison & { wall: number[] }, baselines: string[]): void {
  raw.push(comparison);
  const bases = comparison.medians.filter((m) => baselines.includes(m.name));
  for (const [i, m] of comparison.medians.entries()) {
    const row: Row = { task: comparison.task, network, size: comparison.size, contender: m.name, ms: m.ms, wallMs: comparison.wall[i], runs: m.runs };
    if (!baselines.includes(m.name) && bases.length > 0) row.versus = bases.map((b) => ({ name: b.name, ms: b.ms }));
    rows.push(row);
  }
  const line = comparison.medians.map((m, i) => `${m.name} ${formatMs(m.ms)} cpu, ${formatMs(comparison.wall[i]!)} wall (${m.runs})`).join(' | ');
  console.log(`${comparison.task} ${network} ${comparison.size}: ${line} [load ${loadavg()[0]!.toFixed(1)}]`);
}

function label(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

function families(n: number): { name: string; list: EdgeList }[] {
  return [
    { name: 'scale-free (BA)', list: barabasiAlbert(n, 5, 1) },
    { name: 'planted communities', list: plantedCommunities(n, Math.max(4, Math.round(n / 500)), 10, 0.2, 1) },
  ];
}

const edgeDir = join(tmpdir(), 'partnermap-centrality-bench');
mkdirSync(edgeDir, { recursive: true });
const edgeFiles: { network: string; size: string; file: string }[] = [];

for (const n of SIZES) {
  for (const { name, list } of families(n)) {
    const size = `${label(n)} / ${label(list.sources.length)}`;
    const network = toNetwork(list);
    const graph = toGraphology(list);
    const file = join(edgeDir, `${name.replace(/\W+/g, '-')}-${n}.txt`);
    writeFileSync(file, toEdgeListText(list));
    edgeFiles.push({ network: name, size, file });
    const view = snapshot(network);
    const tolerance = 1e-6 * n;

    record(
      name,
      compare('snapshot build', size, [
        { name: 'partnermap snapshot()', run: () => snapshot(network) },
        { name: 'graphology-indices WeightedNeighborhoodIndex', run: () => new WeightedNeighborhoodIndex(graph, 'weight') },
      ]),
      ['graphology-indices WeightedNeighborhoodIndex'],
    );

    if (n <= 10_000) {
      record(
        name,
        compare(
          'exact betweenness',
          size,
          [
            { name: 'partnermap (whole call)', run: () => betweenness(network, { exact: true }) },
            { name: 'graphology-metrics, getEdgeWeight: null', run: () => graphologyBetweenness(graph, { getEdgeWeight: null }) },
            { name: 'graphology-metrics, default settings', run: () => graphologyBetweenness(graph) },
          ],
          5,
          60_000,
        ),
        ['graphology-metrics, getEdgeWeight: null', 'graphology-metrics, default settings'],
      );
    } else {
      record(
        name,
        compare('approximate betweenness (eps 0.01, delta 0.1)', size, [{ name: 'partnermap', run: () => betweenness(network, { snapshot: view, exact: false }) }]),
        [],
      );
      skipped.push(`exact betweenness at ${size} (${name}): hours for every library (O(n m)); partnermap estimates it`);
    }

    record(
      name,
      compare(
        'PageRank',
        size,
        [
          { name: 'partnermap (shared snapshot)', run: () => pagerank(network, { snapshot: view, tolerance, maxIterations: 100 }) },
          { name: 'partnermap (whole call)', run: () => pagerank(network, { tolerance, maxIterations: 100 }) },
          { name: 'graphology-metrics', run: () => graphologyPagerank(graph) },
        ],
        n <= 10_000 ? 15 : 7,
      ),
      ['graphology-metrics'],
    );

    record(
      name,
      compare(
        'eigenvector',
        size,
        [
          { name: 'partnermap (shared snapshot)', run: () => eigenvector(network, { snapshot: view, tolerance, maxIterations: 1000 }) },
          { name: 'partnermap (whole call)', run: () => eigenvector(network, { tolerance, maxIterations: 1000 }) },
          { name: 'graphology-metrics', run: () => graphologyEigenvector(graph, { maxIterations: 1000 }) },
        ],
        n <= 10_000 ? 15 : 7,
      ),
      ['graphology-metrics'],
    );

    if (n <= 10_000) {
      record(
        name,
        compare('closeness (exact)', size, [
          { name: 'partnermap harmonicCloseness (whole call)', run: () => harmonicCloseness(network, { exact: true }) },
          { name: 'partnermap closeness (whole call)', run: () => closeness(network) },
          { name: 'graphology-metrics closeness', run: () => graphologyCloseness(graph) },
        ]),
        ['graphology-metrics closeness'],
      );
    } else {
      record(
        name,
        compare('harmonic closeness, sampled (eps 0.05, delta 0.1)', size, [
          { name: 'partnermap', run: () => harmonicCloseness(network, { snapshot: view, exact: false }) },
        ]),
        [],
      );
      skipped.push(`exact closeness at ${size} (${name}): graphology-metrics would take about 20 minutes (100x its 10k time); partnermap's exact harmonic closeness is in the 10k rows, its estimate here`);
    }

    if (n >= 10_000) {
      const exact = n <= 10_000;
      const contenders = [{ name: 'partnermap hubs()', run: () => hubs(network, exact ? { exact: true } : {}) }];
      // Building 100,000 result records is a tenth of the work (and garbage the next call collects).
      if (!exact) contenders.push({ name: 'partnermap hubs({ limit: 100 })', run: () => hubs(network, { limit: 100 }) });
      record(name, compare(`hubs() (${exact ? 'exact' : 'approximate betweenness and closeness'})`, size, contenders), []);
    }
  }
}

// Optional: python3-igraph on the same edge lists (a separate process, not interleaved).
let igraphNote = '';
if (args.has('--igraph')) {
  const script = 'bench/igraph_centrality.py';
  const out = execFileSync('/usr/bin/python3', [script, ...edgeFiles.map((f) => f.file)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const results = JSON.parse(out) as { file: string; task: string; ms: number; wallMs: number; runs: number }[];
  for (const r of results) {
    const source = edgeFiles.find((f) => f.file === r.file)!;
    rows.push({ task: `${r.task} [igraph]`, network: source.network, size: source.size, contender: 'python3-igraph 0.10 (C), separate process', ms: r.ms, wallMs: r.wallMs, runs: r.runs });
  }
  igraphNote = `python3-igraph rows: ${script} on the same edge lists, run after the JavaScript timings in its own process (medians of its own runs).`;
}

function ratio(row: Row): string {
  if (row.versus === undefined) return '';
  return row.versus.map((b) => `${(b.ms / row.ms).toFixed(1)}x vs ${b.name.replace('graphology-metrics, ', '')}`).join('; ');
}

const lines = [
  '# Centrality: partnermap against graphology-metrics',
  '',
  `Machine: ${machine()}  `,
  `Date: ${new Date().toISOString().slice(0, 10)}  `,
  'Script: `npx tsx bench/centrality.bench.ts` (seeded networks from bench/synthetic.ts; medians of interleaved runs, warm-up excluded).',
  '',
  `Load average (1 min) at the start: ${startLoad.toFixed(1)}, at the end: ${loadavg()[0]!.toFixed(1)} (2 cores, shared with other work).`,
  '',
  '| task | network | partners / ties | contender | median CPU | median wall | runs | speed-up (CPU) |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) => `| ${r.task} | ${r.network} | ${r.size} | ${r.contender} | ${formatMs(r.ms)} | ${r.wallMs === undefined ? '' : formatMs(r.wallMs)} | ${r.runs} | ${ratio(r)} |`,
  ),
  '',
  'Median CPU: user + system time of the process (all its threads) per call; median wall: the clock. Speed-up: the baseline median CPU time divided by the contender median, measured in the same run.',
  '',
  'Garbage collection: this process holds every network twice (the partnermap network and the graphology copy: about 1 GB at 100,000 partners), so a full collection marks that much. At 100,000 partners each partnermap "whole call" allocates its snapshot (about 50 MB of typed arrays) and often triggers one; hubs() also builds 100,000 result records. Those rows therefore include collection work that a process holding one network pays less often.',
  '',
];
if (skipped.length > 0) lines.push('Skipped:', ...skipped.map((s) => `- ${s}`), '');
if (igraphNote) lines.push(igraphNote, '');
// The targets, checked against this run.
const find = (task: string, network: string, size: string, contender: string): Row | undefined =>
  rows.find((r) => r.task.startsWith(task) && r.network === network && r.size.startsWith(size) && r.contender === contender);
const targets: string[] = [];
for (const name of ['scale-free (BA)', 'planted communities']) {
  const bc = find('exact betweenness', name, '10k', 'partnermap (whole call)');
  if (bc?.versus !== undefined) {
    for (const b of bc.versus) targets.push(`| ${name} 10k: exact betweenness vs ${b.name} | at least 3x | ${(b.ms / bc.ms).toFixed(1)}x |`);
  }
  for (const contender of ['partnermap (shared snapshot)', 'partnermap (whole call)']) {
    const pr = find('PageRank', name, '10k', contender);
    if (pr?.versus !== undefined) targets.push(`| ${name} 10k: PageRank, ${contender.slice(12, -1)} | at least 5x | ${(pr.versus[0]!.ms / pr.ms).toFixed(1)}x |`);
  }
  const exactHubs = find('hubs() (exact', name, '10k', 'partnermap hubs()');
  if (exactHubs) targets.push(`| ${name} 10k: hubs(), exact | under 25 s | ${formatMs(exactHubs.ms)} |`);
  const approxHubs = find('hubs() (approximate', name, '100k', 'partnermap hubs()');
  if (approxHubs) targets.push(`| ${name} 100k: hubs(), approximate betweenness | under 5 s | ${formatMs(approxHubs.ms)} |`);
}
if (targets.length > 0) lines.push('## Targets (issue 4)', '', '| target | wanted | measured |', '|---|---|---|', ...targets, '');
writeResults(RESULTS, `${lines.join('\n')}\n`, { rows, comparisons: raw, skipped });
console.log(`wrote ${RESULTS}`);
