/**
 * Betweenness broken down by the groups (sectors) of the two endpoints, for a
 * few chosen nodes: for hub h and groups A, B, the sum over pairs (s, t) with
 * s in A and t in B of sigma_st(h) / sigma_st, and the number of such
 * connected pairs. Dividing one by the other gives "on 38% of shortest paths
 * between schools and businesses".
 *
 * Exact: Brandes' accumulation with one dependency per target group,
 * delta_s(v, B) = sum over successors w of sigma_v / sigma_w * ([w in B] + delta_s(w, B))
 * (Brandes 2008, "group" variants), so it costs (number of groups) times a
 * betweenness computation: used on networks small enough for that.
 * Sampled: from uniformly sampled pairs with one uniform shortest path each
 * (the Riondato-Kornaropoulos samples), the share of the sampled (A, B) pairs
 * whose path runs through h estimates the same average.
 */
import type { CsrArrays } from './brandes';

/** Per chosen hub, group x group sums: `through[h][a * groups + b]` and `pairs[h][a * groups + b]`. */
export interface GroupBridging {
  groups: number;
  through: Float64Array[];
  pairs: Float64Array[];
}

/**
 * Exact group bridging of `hubs` over hop-count (or, with `weighted`,
 * distance) shortest paths. `group[v]` is in 0..groups-1, or -1 for none;
 * `reverse` holds the in-arcs with their lengths (`g` itself when undirected).
 */
export function exactGroupBridging(
  g: CsrArrays,
  reverse: Pick<CsrArrays, 'offsets' | 'targets' | 'distances'>,
  weighted: boolean,
  group: Int32Array,
  groups: number,
  hubs: Int32Array,
): GroupBridging {
  const { n, offsets, targets } = g;
  const lengths = g.distances as Float64Array;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const inLengths = reverse.distances as Float64Array;
  const G = groups;
  const through = Array.from(hubs, () => new Float64Array(G * G));
  const pairs = Array.from(hubs, () => new Float64Array(G * G));
  const dist = new Float64Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const order = new Int32Array(n);
  const delta = new Float64Array(n * G);
  const done = new Uint8Array(n);
  const reach = new Float64Array(G);
  // A simple binary heap for the weighted case.
  const heapKey: number[] = [];
  const heapNode: number[] = [];
  for (let s = 0; s < n; s += 1) {
    const gs = group[s];
    if (gs < 0) continue;
    let count = 0;
    dist[s] = 0;
    sigma[s] = 1;
    if (!weighted) {
      order[0] = s;
      count = 1;
      for (let head = 0; head < count; head += 1) {
        const v = order[head];
        const d1 = dist[v] + 1;
        for (let k = offsets[v]; k < offsets[v + 1]; k += 1) {
          const w = targets[k];
          if (dist[w] < 0) {
            dist[w] = d1;
            sigma[w] = sigma[v];
            order[count] = w;
            count += 1;
          } else if (dist[w] === d1) sigma[w] += sigma[v];
        }
      }
    } else {
      let size = 0;
      const push = (key: number, node: number): void => {
        let i = size;
        size += 1;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (heapKey[p] <= key) break;
          heapKey[i] = heapKey[p];
          heapNode[i] = heapNode[p];
          i = p;
        }
        heapKey[i] = key;
        heapNode[i] = node;
      };
      push(0, s);
      while (size > 0) {
        const d = heapKey[0];
        const v = heapNode[0];
        size -= 1;
        if (size > 0) {
          const key = heapKey[size];
          const node = heapNode[size];
          let i = 0;
          for (;;) {
            let c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && heapKey[c + 1] < heapKey[c]) c += 1;
            if (heapKey[c] >= key) break;
            heapKey[i] = heapKey[c];
            heapNode[i] = heapNode[c];
            i = c;
          }
          heapKey[i] = key;
          heapNode[i] = node;
        }
        if (done[v] === 1 || d !== dist[v]) continue;
        done[v] = 1;
        order[count] = v;
        count += 1;
        for (let k = offsets[v]; k < offsets[v + 1]; k += 1) {
          const w = targets[k];
          if (done[w] === 1) continue;
          const alt = d + lengths[k];
          if (dist[w] < 0 || alt < dist[w]) {
            dist[w] = alt;
            sigma[w] = sigma[v];
            push(alt, w);
          } else if (alt === dist[w]) sigma[w] += sigma[v];
        }
      }
    }
    // Backward: per-group dependencies, deepest first.
    reach.fill(0);
    for (let i = count - 1; i > 0; i -= 1) {
      const w = order[i];
      const gw = group[w];
      if (gw >= 0) reach[gw] += 1;
      const base = w * G;
      const coef = 1 / sigma[w];
      for (let k = inOffsets[w]; k < inOffsets[w + 1]; k += 1) {
        const v = inTargets[k];
        // v -> w is an arc of a shortest path from s.
        const onPath = weighted ? done[v] === 1 && dist[v] + inLengths[k] === dist[w] : dist[v] >= 0 && dist[v] + 1 === dist[w];
        if (!onPath) continue;
        const f = sigma[v] * coef;
        const vb = v * G;
        for (let b = 0; b < G; b += 1) delta[vb + b] += f * delta[base + b];
        if (gw >= 0) delta[vb + gw] += f;
      }
    }
    for (let h = 0; h < hubs.length; h += 1) {
      const hub = hubs[h];
      if (hub === s) continue;
      const row = gs * G;
      const hb = hub * G;
      const t = through[h];
      const p = pairs[h];
      const gh = group[hub];
      const reached = dist[hub] >= 0;
      for (let b = 0; b < G; b += 1) {
        t[row + b] += delta[hb + b];
        p[row + b] += reach[b] - (reached && gh === b ? 1 : 0);
      }
    }
    for (let i = 0; i < count; i += 1) {
      const v = order[i];
      dist[v] = -1;
      done[v] = 0;
      delta.fill(0, v * G, v * G + G);
    }
  }
  return { groups: G, through, pairs };
}

/** Sampled pairs and the interior of each sampled path (CSR-like), as recorded by hubs(). */
export interface SampledPaths {
  /** Source and target of each connected sampled pair. */
  sources: Int32Array;
  targets: Int32Array;
  /** Interior nodes of pair i: nodes[start[i] .. start[i + 1] - 1]. */
  start: Int32Array;
  nodes: Int32Array;
  count: number;
}

/** Group bridging of `hubs` estimated from sampled paths. */
export function sampledGroupBridging(paths: SampledPaths, group: Int32Array, groups: number, hubs: Int32Array): GroupBridging {
  const G = groups;
  const through = Array.from(hubs, () => new Float64Array(G * G));
  const pairs = Array.from(hubs, () => new Float64Array(G * G));
  const slot = new Int32Array(group.length).fill(-1);
  for (let h = 0; h < hubs.length; h += 1) slot[hubs[h]] = h;
  const { sources, targets, start, nodes, count } = paths;
  for (let i = 0; i < count; i += 1) {
    const gs = group[sources[i]];
    const gt = group[targets[i]];
    if (gs < 0 || gt < 0) continue;
    const cell = gs * G + gt;
    // Every hub that is not an endpoint sees this pair once.
    for (let h = 0; h < hubs.length; h += 1) {
      if (hubs[h] !== sources[i] && hubs[h] !== targets[i]) pairs[h][cell] += 1;
    }
    for (let j = start[i]; j < start[i + 1]; j += 1) {
      const h = slot[nodes[j]];
      if (h >= 0) through[h][cell] += 1;
    }
  }
  return { groups: G, through, pairs };
}
