/**
 * Seeded synthetic networks for benchmarks: scale-free (Barabási-Albert),
 * random (Erdős-Rényi G(n, m)) and planted communities (a stochastic block
 * model with a mixing parameter). Each returns an edge list; `toNetwork` and
 * `toGraphology` turn one into the graph each library under test reads, so all
 * libraries see the same edges.
 */
import Graph from 'graphology';
import { SECTORS, seededRng, type PartnerNetwork } from 'partnermap';

/** An undirected simple edge list over nodes 0..n-1. */
export interface EdgeList {
  n: number;
  sources: Int32Array;
  targets: Int32Array;
  /** Planted community of each node (SBM only). */
  communities?: Int32Array;
  name: string;
}

function pairKey(u: number, v: number): number {
  return u < v ? u * 4294967296 + v : v * 4294967296 + u;
}

/** Barabási-Albert: each new node attaches `m` ties preferentially (n*m ties). */
export function barabasiAlbert(n: number, m: number, seed = 1): EdgeList {
  const rng = seededRng(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  // `ends` holds every tie endpoint: sampling from it is sampling by degree.
  const ends: number[] = [];
  for (let v = 0; v <= m; v += 1) {
    for (let u = 0; u < v; u += 1) {
      sources.push(u);
      targets.push(v);
      ends.push(u, v);
    }
  }
  for (let v = m + 1; v < n; v += 1) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(ends[Math.floor(rng() * ends.length)] as number);
    for (const u of chosen) {
      sources.push(u);
      targets.push(v);
      ends.push(u, v);
    }
  }
  return { n, sources: Int32Array.from(sources), targets: Int32Array.from(targets), name: `BA n=${n} m=${m}` };
}

/** Erdős-Rényi G(n, m): m distinct ties chosen uniformly. */
export function erdosRenyi(n: number, m: number, seed = 1): EdgeList {
  const rng = seededRng(seed);
  const seen = new Set<number>();
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  let k = 0;
  while (k < m) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    if (u === v || seen.has(pairKey(u, v))) continue;
    seen.add(pairKey(u, v));
    sources[k] = u;
    targets[k] = v;
    k += 1;
  }
  return { n, sources, targets, name: `ER n=${n} m=${m}` };
}

/**
 * Planted communities: `k` equal blocks, `avgDegree` ties per node on average,
 * a fraction `mixing` of each node's ties leaving its block.
 */
export function plantedCommunities(n: number, k: number, avgDegree: number, mixing: number, seed = 1): EdgeList {
  const rng = seededRng(seed);
  const communities = new Int32Array(n);
  for (let v = 0; v < n; v += 1) communities[v] = Math.floor((v * k) / n);
  const blockStart = (c: number): number => Math.ceil((c * n) / k);
  const m = Math.round((n * avgDegree) / 2);
  const seen = new Set<number>();
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  let e = 0;
  while (e < m) {
    const u = Math.floor(rng() * n);
    let v: number;
    if (rng() < mixing) v = Math.floor(rng() * n);
    else {
      const c = communities[u] as number;
      const lo = blockStart(c);
      v = lo + Math.floor(rng() * (blockStart(c + 1) - lo));
    }
    if (u === v || seen.has(pairKey(u, v))) continue;
    seen.add(pairKey(u, v));
    sources[e] = u;
    targets[e] = v;
    e += 1;
  }
  return { n, sources, targets, communities, name: `SBM n=${n} k=${k} deg=${avgDegree} mu=${mixing}` };
}

/** The edge list as a partnermap network (partners "p0".., sectors round-robin, all active, known ties). */
export function toNetwork(list: EdgeList): PartnerNetwork {
  const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true }) as PartnerNetwork;
  for (let v = 0; v < list.n; v += 1) {
    g.addNode(`p${v}`, { name: `Partner ${v}`, status: 'active', sector: SECTORS[v % SECTORS.length] });
  }
  for (let e = 0; e < list.sources.length; e += 1) {
    g.addUndirectedEdgeWithKey(`r${e}`, `p${list.sources[e]}`, `p${list.targets[e]}`, { kind: 'known-tie' });
  }
  return g;
}

/** The edge list as a plain simple undirected graphology graph (what graphology-metrics expects). */
export function toGraphology(list: EdgeList): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let v = 0; v < list.n; v += 1) g.addNode(`p${v}`);
  for (let e = 0; e < list.sources.length; e += 1) g.addEdge(`p${list.sources[e]}`, `p${list.targets[e]}`);
  return g;
}

/** The edge list as text, one `u v` pair per line (for igraph or NetworkX scripts). */
export function toEdgeListText(list: EdgeList): string {
  const lines: string[] = [];
  for (let e = 0; e < list.sources.length; e += 1) lines.push(`${list.sources[e]} ${list.targets[e]}`);
  return `${lines.join('\n')}\n`;
}
