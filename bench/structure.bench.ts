/**
 * Structure benchmark: fragility (articulation partners, bridges, local
 * bridges, key-person risk) and brokerage (Gould-Fernandez roles, Burt's
 * effective size and constraint) on seeded synthetic networks, against
 * NetworkX 2.8.8 on the same edge lists.
 *
 * Graphs: Barabási-Albert with 5 ties per node at 2k, 10k and 100k partners, and a
 * sparse Erdős-Rényi graph (100k partners, 200k ties, average degree 4: many
 * articulation points, bridges and local bridges). Every relationship gets one
 * carrier drawn from a pool of n/2 people (seeded), so key-person risk has
 * work to do.
 *
 * Contenders (medians of interleaved runs in one process, `compare()`):
 * - "fragility": `fragility(network)` with defaults: snapshot, iterative
 *   Hopcroft-Tarjan, local bridges (no spans), key-person risk;
 * - "fragility, snapshot reused, no key persons": the graph part alone;
 * - "articulation + bridges kernel": the DFS kernel on a prebuilt snapshot;
 * - "brokerage": `brokerage(network)` (directed view, roles by sector, sna
 *   expectations, Burt's measures);
 * - baseline "NetworkX articulation_points + bridges": timed in a Python
 *   subprocess (`/usr/bin/python3`, median of 3 runs after building the
 *   graph, graph build excluded); at 2k also NetworkX `constraint` +
 *   `effective_size` (one run) against our brokerage (which computes both
 *   and the roles); at 10k NetworkX needs minutes for them, so it is skipped.
 *
 * Run: npx tsx bench/structure.bench.ts [--quick]   (--quick: 10k only)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokerage, fragility, seededRng, snapshot, type PartnerNetwork } from 'partnermap';
import { cutStructure } from '../src/algorithms/risk/cut-structure';
import { compare, formatMs, toMarkdown, writeResults, type Comparison } from './measure';
import { barabasiAlbert, erdosRenyi, toEdgeListText, toNetwork, type EdgeList } from './synthetic';

const quick = process.argv.includes('--quick');
const lists: EdgeList[] = [barabasiAlbert(2_000, 5, 1), barabasiAlbert(10_000, 5, 1)];
if (!quick) lists.push(barabasiAlbert(100_000, 5, 1), erdosRenyi(100_000, 200_000, 1));

const PYTHON = `
import sys, time, json, statistics
import networkx as nx
path, with_burt = sys.argv[1], sys.argv[2] == '1'
g = nx.read_edgelist(path, nodetype=int)
def timed(f, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter(); out = f(); times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), len(times), out
ms, runs, (ap, br) = timed(lambda: (list(nx.articulation_points(g)), list(nx.bridges(g))), 3)
out = {'cut_ms': ms, 'cut_runs': runs, 'articulation': len(ap), 'bridges': len(br)}
if with_burt:
    ms, runs, _ = timed(lambda: (nx.constraint(g), nx.effective_size(g)), 1)
    out['burt_ms'] = ms
    out['burt_runs'] = runs
print(json.dumps(out))
`;

function networkX(list: EdgeList, withBurt: boolean): { cut_ms: number; cut_runs: number; articulation: number; bridges: number; burt_ms?: number; burt_runs?: number } | null {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'partnermap-structure-'));
    const file = join(dir, 'edges.txt');
    writeFileSync(file, toEdgeListText(list));
    const out = execFileSync('/usr/bin/python3', ['-c', PYTHON, file, withBurt ? '1' : '0'], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 1_800_000 });
    return JSON.parse(out.trim().split('\n').at(-1)!);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').at(-1);
    console.log(`NetworkX baseline unavailable: ${(error as Error).message.split('\n')[0]} ${stderr}`);
    return null;
  }
}

function withCarriers(network: PartnerNetwork, n: number, seed: number): void {
  const rng = seededRng(seed);
  const pool = Math.max(1, Math.floor(n / 2));
  network.forEachEdge((edge) => {
    network.setEdgeAttribute(edge, 'contacts', [`person${Math.floor(rng() * pool)}`]);
  });
}

const comparisons: Comparison[] = [];
const facts: string[] = [];
const raw: unknown[] = [];

for (const list of lists) {
  const size = `${list.n.toLocaleString('en')} partners, ${list.sources.length.toLocaleString('en')} ties`;
  console.log(`${list.name}: building...`);
  const network = toNetwork(list);
  withCarriers(network, list.n, 7);
  const view = snapshot(network);
  const once = fragility(network);
  const roles = brokerage(network);
  facts.push(
    `${list.name}: ${once.articulationPartners.length} articulation partners, ${once.bridges.length} bridges, ` +
      `${once.localBridges.length} local bridges, ${once.keyPersons!.contacts.length} people carrying ties; ` +
      `${roles.totals.total.toLocaleString('en')} brokered two-paths.`,
  );

  // At 100k a run takes seconds: fewer rounds, and a budget that keeps every contender measured.
  const [rounds, budget] = list.n > 10_000 ? [3, 600_000] : [5, 120_000];
  const fragilityCmp = compare(`fragility (${list.name})`, size, [
    { name: 'fragility', run: () => fragility(network) },
    { name: 'fragility, snapshot reused, no key persons', run: () => fragility(network, { snapshot: view, keyPersons: false }) },
    { name: 'articulation + bridges kernel', run: () => cutStructure(view) },
  ], rounds, budget);
  const brokerageCmp = compare(`brokerage (${list.name})`, size, [{ name: 'brokerage (roles + Burt)', run: () => brokerage(network) }], rounds, budget);

  // NetworkX's constraint and effective size are pure Python (about O(n d^3)): only at 2k.
  const nx = networkX(list, list.n <= 2_000);
  if (nx !== null) {
    if (nx.articulation !== once.articulationPartners.length || nx.bridges !== once.bridges.length) {
      throw new Error(`NetworkX disagrees on ${list.name}: ${nx.articulation} / ${nx.bridges} vs ${once.articulationPartners.length} / ${once.bridges.length}`);
    }
    fragilityCmp.medians.push({ name: 'NetworkX articulation_points + bridges', ms: nx.cut_ms, runs: nx.cut_runs });
    if (nx.burt_ms !== undefined) brokerageCmp.medians.push({ name: 'NetworkX constraint + effective_size', ms: nx.burt_ms, runs: nx.burt_runs! });
  }
  comparisons.push(fragilityCmp, brokerageCmp);
  raw.push({ graph: list.name, fragility: fragilityCmp, brokerage: brokerageCmp, networkx: nx });
  for (const c of [fragilityCmp, brokerageCmp]) {
    console.log(`${c.task}: ${c.medians.map((m) => `${m.name} ${formatMs(m.ms)}`).join('; ')}`);
  }
}

const notes = [
  'The last contender of each task is the baseline (NetworkX, timed in a Python subprocess after building its graph; our times include building the snapshot except where "snapshot reused" or "kernel" says otherwise). Where a task has no NetworkX row the ratio is against our own slowest variant.',
  'Our "fragility" does more than the baseline (local bridges and key-person risk on top of articulation points and bridges); both agree on the counts (checked in the run).',
  '',
  ...facts.map((f) => `- ${f}`),
].join('\n');
writeResults('bench/results/structure.md', toMarkdown('Structure: fragility and brokerage', comparisons, notes), raw);
console.log('wrote bench/results/structure.md');
