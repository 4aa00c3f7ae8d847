/**
 * How triangle-rich a graph is, for the warnings that say when
 * link-prediction indices have little to work with: transitivity (the global
 * clustering coefficient, 3 x triangles / connected triples; Newman, Strogatz
 * & Watts 2001) and the cycle rank (m - n + components: 0 for a forest).
 *
 * Triangles are counted by the forward algorithm (Schank & Wagner 2005): each
 * tie is oriented from the lower to the higher (degree, index) end, and a
 * triangle is found once, from its lowest end. O(m^1.5) time, O(m) memory.
 */
import type { LinkGraph } from './link-graph';

/** Triangle and triple counts of an undirected graph. */
export interface GraphShape {
  /** Nodes. */
  nodes: number;
  /** Ties (unordered pairs). */
  ties: number;
  /** Triangles. */
  triangles: number;
  /** Connected triples (paths of two ties), Σ k(k-1)/2. */
  triples: number;
  /** 3 x triangles / triples; 0 when there are no triples. */
  transitivity: number;
  /**
   * Mean local clustering over all nodes (Watts & Strogatz 1998; nodes with
   * fewer than two ties count 0, as in NetworkX). Unlike transitivity it is not
   * dominated by one hub, which matters on a map drawn around its home partner.
   */
  averageClustering: number;
  /** Connected components, isolated nodes included. */
  components: number;
  /** Independent cycles: ties - nodes + components (0 for a forest). */
  cycleRank: number;
}

/** Counts triangles, triples and components of an undirected {@link LinkGraph}. */
export function graphShape(graph: Pick<LinkGraph, 'order' | 'offsets' | 'targets'>): GraphShape {
  const { order: n, offsets, targets } = graph;
  const degree = (u: number): number => offsets[u + 1]! - offsets[u]!;
  const before = (u: number, v: number): boolean => {
    const du = degree(u);
    const dv = degree(v);
    return du < dv || (du === dv && u < v);
  };
  // Forward adjacency: only ties to later nodes in (degree, index) order.
  const fwdOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u += 1) {
    let count = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) if (before(u, targets[k]!)) count += 1;
    fwdOffsets[u + 1] = fwdOffsets[u]! + count;
  }
  const fwd = new Int32Array(fwdOffsets[n]!);
  for (let u = 0, w = 0; u < n; u += 1) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) if (before(u, targets[k]!)) fwd[w++] = targets[k]!;
  }
  const mark = new Int32Array(n).fill(-1);
  const perNode = new Float64Array(n);
  let triangles = 0;
  let triples = 0;
  for (let u = 0; u < n; u += 1) {
    const d = degree(u);
    triples += (d * (d - 1)) / 2;
    for (let k = fwdOffsets[u]!; k < fwdOffsets[u + 1]!; k += 1) mark[fwd[k]!] = u;
    for (let k = fwdOffsets[u]!; k < fwdOffsets[u + 1]!; k += 1) {
      const v = fwd[k]!;
      for (let k2 = fwdOffsets[v]!; k2 < fwdOffsets[v + 1]!; k2 += 1) {
        const w = fwd[k2]!;
        if (mark[w] !== u) continue;
        triangles += 1;
        perNode[u] += 1;
        perNode[v] += 1;
        perNode[w] += 1;
      }
    }
  }
  let clustering = 0;
  for (let u = 0; u < n; u += 1) {
    const d = degree(u);
    if (d >= 2) clustering += (2 * perNode[u]!) / (d * (d - 1));
  }
  const components = countComponents(graph);
  const ties = targets.length / 2;
  return {
    nodes: n,
    ties,
    triangles,
    triples,
    transitivity: triples > 0 ? (3 * triangles) / triples : 0,
    averageClustering: n > 0 ? clustering / n : 0,
    components,
    cycleRank: ties - n + components,
  };
}

function countComponents(graph: Pick<LinkGraph, 'order' | 'offsets' | 'targets'>): number {
  const { order: n, offsets, targets } = graph;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  let components = 0;
  for (let s = 0; s < n; s += 1) {
    if (seen[s]) continue;
    components += 1;
    seen[s] = 1;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const u = stack[--top]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) {
        const v = targets[k]!;
        if (!seen[v]) {
          seen[v] = 1;
          stack[top++] = v;
        }
      }
    }
  }
  return components;
}
