/**
 * The part of the CSR snapshot the link-prediction kernels read, and a builder
 * from plain edge lists (the evaluation hides ties and rebuilds the graph many
 * times; tests build small graphs by hand). A `NetworkSnapshot` is a
 * `LinkGraph`, so kernels run on either.
 */
import type { NetworkSnapshot } from '../../network/snapshot';

/** An undirected graph in CSR form: node u's ties are targets[offsets[u] .. offsets[u+1]-1], sorted. */
export type LinkGraph = Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets' | 'strengths'>;

/**
 * Builds an undirected {@link LinkGraph} over nodes 0..n-1 from an edge list.
 * Parallel edges merge (strengths summed), self-loops are dropped, rows are
 * sorted by target. `weights` defaults to 1 per edge.
 */
export function linkGraphFromEdges(
  n: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
  weights?: ArrayLike<number>,
): LinkGraph {
  const m = sources.length;
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e += 1) {
    if (sources[e] === targets[e]) continue;
    degree[sources[e]! + 1] += 1;
    degree[targets[e]! + 1] += 1;
  }
  for (let u = 0; u < n; u += 1) degree[u + 1] = degree[u + 1]! + degree[u]!;
  const fill = degree.slice(0, n);
  const head = new Int32Array(degree[n]!);
  const weight = new Float64Array(degree[n]!);
  for (let e = 0; e < m; e += 1) {
    const u = sources[e]!;
    const v = targets[e]!;
    if (u === v) continue;
    const w = weights === undefined ? 1 : weights[e]!;
    head[fill[u]!] = v;
    weight[fill[u]!] = w;
    fill[u] += 1;
    head[fill[v]!] = u;
    weight[fill[v]!] = w;
    fill[v] += 1;
  }
  // Sort each row by target (rows are short; insertion sort keeps the pairs together) and merge repeats.
  const offsets = new Int32Array(n + 1);
  const out = new Int32Array(head.length);
  const outWeight = new Float64Array(head.length);
  let k = 0;
  for (let u = 0; u < n; u += 1) {
    const lo = degree[u]!;
    const hi = degree[u + 1]!;
    for (let i = lo + 1; i < hi; i += 1) {
      const t = head[i]!;
      const w = weight[i]!;
      let j = i - 1;
      while (j >= lo && head[j]! > t) {
        head[j + 1] = head[j]!;
        weight[j + 1] = weight[j]!;
        j -= 1;
      }
      head[j + 1] = t;
      weight[j + 1] = w;
    }
    for (let i = lo; i < hi; i += 1) {
      if (k > offsets[u]! && out[k - 1] === head[i]) outWeight[k - 1] = outWeight[k - 1]! + weight[i]!;
      else {
        out[k] = head[i]!;
        outWeight[k] = weight[i]!;
        k += 1;
      }
    }
    offsets[u + 1] = k;
  }
  return { order: n, offsets, targets: out.slice(0, k), strengths: outWeight.slice(0, k) };
}

// Snapshots are read-only, so per-node strengths can be kept with them: repeated one-source
// queries on a reused snapshot (a suggestion per partner) then skip an O(m) pass each.
// Keyed by the arrays the values derive from: strengths for weighted, offsets for degrees.
const weightedCache = new WeakMap<Float64Array, Float64Array>();
const degreeCache = new WeakMap<Int32Array, Float64Array>();

/**
 * Weighted degree (sum of tie strengths) of every node, or the plain degree
 * when `weighted` is false. Cached per graph: treat the result as read-only.
 */
export function nodeStrengths(graph: LinkGraph, weighted: boolean): Float64Array {
  const cached = weighted ? weightedCache.get(graph.strengths) : degreeCache.get(graph.offsets);
  if (cached !== undefined && cached.length === graph.order) return cached;
  const out = computeStrengths(graph, weighted);
  if (weighted) weightedCache.set(graph.strengths, out);
  else degreeCache.set(graph.offsets, out);
  return out;
}

function computeStrengths(graph: LinkGraph, weighted: boolean): Float64Array {
  const { order, offsets, strengths } = graph;
  const out = new Float64Array(order);
  for (let u = 0; u < order; u += 1) {
    if (!weighted) {
      out[u] = offsets[u + 1]! - offsets[u]!;
      continue;
    }
    let s = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) s += strengths[k]!;
    out[u] = s;
  }
  return out;
}

/** True when u and v are tied (binary search in u's sorted row). */
export function areTied(graph: Pick<LinkGraph, 'offsets' | 'targets'>, u: number, v: number): boolean {
  let lo = graph.offsets[u]!;
  let hi = graph.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = graph.targets[mid]!;
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
