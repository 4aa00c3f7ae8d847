/**
 * Communities benchmark: partnermap's Leiden (detectCommunities) against
 * graphology-communities-louvain, interleaved in one process on the same
 * seeded graphs: planted communities (a stochastic block model with mixing
 * 0.2, average degree 10) and scale-free Barabási-Albert graphs (5 ties per
 * node), at 1k, 10k and 100k partners.
 *
 * How each contender is called:
 * - "detectCommunities (Leiden)": `detectCommunities(network)` with default
 *   options on the partnermap network (a mixed multi graph), so the time
 *   includes building the snapshot, the Leiden kernel, modularity and the
 *   per-community summaries;
 * - "detectCommunities (Leiden, snapshot reused)": the same with a snapshot
 *   built beforehand (`options.snapshot`), as an analysis running several
 *   algorithms would;
 * - "detectCommunities (Louvain adapter)" (up to 10k): `algorithm: 'louvain'`,
 *   which projects the snapshot to a graphology graph and runs the library;
 * - baseline "graphology-communities-louvain": `louvain(graph, { rng })` with
 *   its defaults (fastLocalMoves, randomWalk, resolution 1, unit weights) on a
 *   simple undirected graphology graph of the same edges; its time includes
 *   the index it builds from the graph, as ours includes the snapshot.
 *
 * Quality (modularity, NMI against the planted communities) is measured once
 * per contender after timing.
 *
 * Garbage collection: the process holds two graphology graphs of the same
 * edges (hundreds of MB at 100k partners), so a full collection costs seconds
 * and lands on whichever contender happens to cross V8's allocation limit,
 * whoever produced the garbage. Run with --expose-gc and, at 100k partners,
 * the contenders are timed as with measure.ts's compare() (round-robin, one
 * warm-up, medians) except that a full collection runs, untimed, before each
 * timed run: each contender then pays only for collections its own
 * allocations trigger. Smaller graphs use compare() itself (their heap is
 * small, and a forced collection before a run of a few milliseconds slows
 * that run more than it isolates it).
 *
 * Run: node --expose-gc --import tsx bench/communities.bench.ts [--quick]   (--quick: 1k and 10k only)
 */
import louvain from 'graphology-communities-louvain';
import { detectCommunities, modularity, normalizedMutualInformation, seededRng, snapshot } from 'partnermap';
import { compare, formatMs, machine, median, toMarkdown, writeResults, type Comparison, type Contender } from './measure';
import { barabasiAlbert, plantedCommunities, toGraphology, toNetwork, type EdgeList } from './synthetic';

const quick = process.argv.includes('--quick');
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) console.warn('run with node --expose-gc for collections outside the timings; falling back to compare().');

/** compare() with a full, untimed collection before each timed run (see the header). */
function compareIsolated(task: string, size: string, contenders: Contender[], rounds: number): Comparison {
  if (collect === undefined) return compare(task, size, contenders, rounds, 900_000);
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round <= rounds; round += 1) {
    contenders.forEach((c, i) => {
      collect();
      const t0 = performance.now();
      c.run();
      const ms = performance.now() - t0;
      if (round > 0) times[i]!.push(ms);
    });
  }
  return { task, size, medians: contenders.map((c, i) => ({ name: c.name, ms: median(times[i]!), runs: times[i]!.length })) };
}
const lists: EdgeList[] = [
  plantedCommunities(1_000, 10, 10, 0.2, 1),
  plantedCommunities(10_000, 20, 10, 0.2, 1),
  barabasiAlbert(10_000, 5, 1),
];
if (!quick) lists.push(plantedCommunities(100_000, 100, 10, 0.2, 1), barabasiAlbert(100_000, 5, 1));

interface QualityRow {
  graph: string;
  contender: string;
  communities: number;
  modularity: number;
  nmi: number | null;
  iterations?: number;
}

const comparisons: Comparison[] = [];
const quality: QualityRow[] = [];
const ratios: { graph: string; leidenMs: number; louvainMs: number; ratio: number; reusedRatio: number }[] = [];

for (const list of lists) {
  const size = `${list.n.toLocaleString('en')} partners, ${list.sources.length.toLocaleString('en')} ties`;
  console.log(`${list.name}: building graphs...`);
  const network = toNetwork(list);
  const graph = toGraphology(list);
  const view = snapshot(network);
  const keys = Array.from({ length: list.n }, (_, i) => `p${i}`);

  const contenders = [
    { name: 'detectCommunities (Leiden)', run: () => detectCommunities(network) },
    { name: 'detectCommunities (Leiden, snapshot reused)', run: () => detectCommunities(network, { snapshot: view }) },
    ...(list.n <= 10_000 ? [{ name: 'detectCommunities (Louvain adapter)', run: () => detectCommunities(network, { algorithm: 'louvain' }) }] : []),
    { name: 'graphology-communities-louvain', run: () => louvain(graph, { rng: seededRng(1) }) },
  ];
  const comparison =
    list.n >= 100_000
      ? compareIsolated('communities', `${list.name} (${size})`, contenders, 3)
      : compare('communities', `${list.name} (${size})`, contenders, 5);
  comparisons.push(comparison);
  const ms = (name: string): number => comparison.medians.find((m) => m.name === name)!.ms;
  const louvainMs = ms('graphology-communities-louvain');
  ratios.push({
    graph: list.name,
    leidenMs: ms('detectCommunities (Leiden)'),
    louvainMs,
    ratio: ms('detectCommunities (Leiden)') / louvainMs,
    reusedRatio: ms('detectCommunities (Leiden, snapshot reused)') / louvainMs,
  });
  for (const m of comparison.medians) console.log(`  ${m.name}: ${formatMs(m.ms)} (${m.runs} runs)`);

  const truth = list.communities ? Array.from(list.communities) : null;
  const nmi = (labels: number[]): number | null => (truth ? normalizedMutualInformation(truth, labels) : null);
  for (const algorithm of ['leiden', 'louvain'] as const) {
    const result = detectCommunities(network, { algorithm, snapshot: view });
    quality.push({
      graph: list.name,
      contender: `detectCommunities (${algorithm === 'leiden' ? 'Leiden' : 'Louvain adapter'})`,
      communities: result.communities.length,
      modularity: result.modularity,
      nmi: nmi(keys.map((k) => result.assignment.get(k)!)),
      ...(algorithm === 'leiden' ? { iterations: result.iterations } : {}),
    });
  }
  const theirs = louvain(graph, { rng: seededRng(1) });
  const labels = keys.map((k) => theirs[k]!);
  quality.push({
    graph: list.name,
    contender: 'graphology-communities-louvain',
    communities: new Set(labels).size,
    modularity: modularity(network, new Map(keys.map((k, i) => [k, labels[i]!])), { snapshot: view }),
    nmi: nmi(labels),
  });
}

const qualityTable = [
  '## Quality (one run each, seed 1)',
  '',
  '| graph | contender | communities | modularity | NMI vs planted | Leiden iterations |',
  '|---|---|---|---|---|---|',
  ...quality.map(
    (q) =>
      `| ${q.graph} | ${q.contender} | ${q.communities} | ${q.modularity.toFixed(4)} | ${q.nmi === null ? '—' : q.nmi.toFixed(4)} | ${q.iterations ?? ''} |`,
  ),
].join('\n');
const ratioTable = [
  '## Leiden time against graphology-communities-louvain (target: at most 2x)',
  '',
  '| graph | detectCommunities (Leiden) | graphology louvain | Leiden / louvain | with a reused snapshot |',
  '|---|---|---|---|---|',
  ...ratios.map(
    (r) => `| ${r.graph} | ${formatMs(r.leidenMs)} | ${formatMs(r.louvainMs)} | ${r.ratio.toFixed(2)}x | ${r.reusedRatio.toFixed(2)}x |`,
  ),
].join('\n');
const notes = [
  `Medians of 5 interleaved rounds (3 at 100k) after a warm-up${collect ? '; at 100k, a full garbage collection (untimed) before each run' : ''}; "speed-up vs baseline" is graphology louvain time / contender time.`,
  'detectCommunities runs with default options (Leiden, modularity, resolution 1, theta 0.01, up to 10 iterations, tolerance 1e-6, seed 1);',
  'graphology-communities-louvain 2.0.2 is called as `louvain(graph, { rng: seededRng(1) })` (defaults: fastLocalMoves, randomWalk, resolution 1) on a simple undirected graph of the same edges.',
  '',
  ratioTable,
  '',
  qualityTable,
].join('\n');
const markdown = toMarkdown('Communities: Leiden vs graphology-communities-louvain', comparisons, notes);
writeResults(new URL('results/communities.md', import.meta.url).pathname, markdown, { machine: machine(), comparisons, ratios, quality });
console.log(markdown);
