/**
 * An upper bound on the vertex diameter (the most nodes on any shortest path),
 * the quantity Riondato and Kornaropoulos' sample size depends on, and the
 * sample size itself.
 *
 * - Undirected, unweighted: one breadth-first search per connected component,
 *   from its best-connected node r; any shortest path a..b has at most
 *   d(a, r) + d(r, b) <= e1 + e2 arcs, where e1 >= e2 are the two largest
 *   distances from r (Riondato and Kornaropoulos, section 5.1).
 * - Undirected, weighted: the same with Dijkstra's algorithm; a shortest path
 *   of length at most e1 + e2 has at most (e1 + e2) / (shortest arc) arcs.
 * - Directed: the size of the largest weakly connected component, the bound
 *   the paper suggests when no better one is cheap.
 *
 * Each is capped by the component's size.
 */
import type { CsrArrays } from './brandes';

/** An upper bound on the number of nodes on any shortest path. */
export function vertexDiameterBound(g: CsrArrays, directed: boolean, weighted: boolean, reverse: Pick<CsrArrays, 'offsets' | 'targets'>): number {
  const { n, offsets, targets } = g;
  if (n === 0) return 0;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  // Shared by the per-component searches, which reset what they touched.
  const scratch: Scratch = { dist: new Float64Array(n).fill(-1), order: new Int32Array(n), done: new Uint8Array(n) };
  let best = 1;
  for (let root = 0; root < n; root += 1) {
    if (component[root] >= 0) continue;
    // Collect the (weak) component, and its best-connected node.
    component[root] = root;
    queue[0] = root;
    let tail = 1;
    let hub = root;
    for (let head = 0; head < tail; head += 1) {
      const v = queue[head];
      if (offsets[v + 1] - offsets[v] > offsets[hub + 1] - offsets[hub]) hub = v;
      for (let pass = 0; pass < (directed ? 2 : 1); pass += 1) {
        const off = pass === 0 ? offsets : reverse.offsets;
        const tgt = pass === 0 ? targets : reverse.targets;
        for (let k = off[v]; k < off[v + 1]; k += 1) {
          const w = tgt[k];
          if (component[w] < 0) {
            component[w] = root;
            queue[tail] = w;
            tail += 1;
          }
        }
      }
    }
    const size = tail;
    if (size <= best) continue;
    if (directed) {
      best = size;
      continue;
    }
    const bound = weighted ? weightedBound(g, hub, scratch) : hopBound(g, hub, scratch);
    best = Math.max(best, Math.min(size, bound));
  }
  return best;
}

interface Scratch {
  /** Distances, -1 when unreached; reset after each search. */
  dist: Float64Array;
  order: Int32Array;
  /** 1 when settled (weighted search); reset after each search. */
  done: Uint8Array;
}

function hopBound(g: CsrArrays, root: number, scratch: Scratch): number {
  const { offsets, targets } = g;
  const { dist, order: queue } = scratch;
  dist[root] = 0;
  queue[0] = root;
  let tail = 1;
  let e1 = 0;
  let e2 = 0;
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head];
    const d = dist[v];
    if (head > 0) {
      if (d >= e1) {
        e2 = e1;
        e1 = d;
      } else if (d > e2) e2 = d;
    }
    for (let k = offsets[v]; k < offsets[v + 1]; k += 1) {
      const w = targets[k];
      if (dist[w] < 0) {
        dist[w] = d + 1;
        queue[tail] = w;
        tail += 1;
      }
    }
  }
  for (let i = 0; i < tail; i += 1) dist[queue[i]] = -1;
  return e1 + e2 + 1;
}

function weightedBound(g: CsrArrays, root: number, scratch: Scratch): number {
  const { offsets, targets } = g;
  const lengths = g.distances as Float64Array;
  const { dist, order: settledOrder, done } = scratch;
  // A lazy binary heap; the component's arcs bound the number of pushes.
  const heapKey: number[] = [];
  const heapNode: number[] = [];
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
  const pop = (): void => {
    size -= 1;
    if (size === 0) return;
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
  };
  // dist < 0: unreached; settled nodes are listed in settledOrder and reset at the end.
  dist[root] = 0;
  push(0, root);
  let e1 = 0;
  let e2 = 0;
  let shortest = Infinity;
  let count = 0;
  while (size > 0) {
    const d = heapKey[0];
    const v = heapNode[0];
    pop();
    if (done[v] === 1 || d !== dist[v]) continue;
    done[v] = 1;
    settledOrder[count] = v;
    count += 1;
    if (v !== root) {
      if (d >= e1) {
        e2 = e1;
        e1 = d;
      } else if (d > e2) e2 = d;
    }
    for (let k = offsets[v]; k < offsets[v + 1]; k += 1) {
      const w = targets[k];
      shortest = Math.min(shortest, lengths[k]);
      const alt = d + lengths[k];
      if (dist[w] < 0 || alt < dist[w]) {
        dist[w] = alt;
        push(alt, w);
      }
    }
  }
  for (let i = 0; i < count; i += 1) {
    dist[settledOrder[i]] = -1;
    done[settledOrder[i]] = 0;
  }
  if (count <= 1) return 1;
  // A little slack against rounding in the division: the bound must not fall short.
  return Math.floor(((e1 + e2) / shortest) * (1 + 1e-9)) + 1;
}

/**
 * Riondato-Kornaropoulos sample size for an (epsilon, delta) guarantee on
 * betweenness as a fraction of ordered pairs:
 * r = (c / epsilon^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta)), c = 0.5.
 */
export function riondatoSampleSize(epsilon: number, delta: number, vertexDiameter: number): number {
  const c = 0.5;
  return Math.ceil((c / (epsilon * epsilon)) * (Math.floor(Math.log2(vertexDiameter - 2)) + 1 + Math.log(1 / delta)));
}
