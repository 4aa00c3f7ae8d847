/**
 * The warmest path from a partner to everyone else: the path of least total
 * distance, where a tie's distance is 1 / its strength (so strong,
 * high-level ties are short), through partners allowed to relay an
 * introduction only (your active partners, by default: a path through a
 * prospect is not a warm introduction). Dijkstra (1959) with a binary heap on
 * typed arrays; equal distances resolve to the lower snapshot index, so the
 * result is deterministic.
 */
import type { NetworkSnapshot } from '../../network/snapshot';

/** Distances and predecessors from one source. */
export interface WarmestPaths {
  /** Total distance from the source (Infinity when unreachable). */
  distance: Float64Array;
  /** Previous node on the warmest path (-1 for the source and unreachable nodes). */
  previous: Int32Array;
}

/**
 * Dijkstra from `source` over `view` (undirected). Only nodes with
 * `relay[u] = 1` (and the source) are expanded: others can end a path but not
 * carry one on.
 */
export function warmestPaths(view: Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets' | 'distances'>, source: number, relay: Uint8Array): WarmestPaths {
  const n = view.order;
  const { offsets, targets, distances } = view;
  const distance = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // Lazy-deletion heap of (distance, node); capacity = pushes <= arcs + 1.
  const heapKey = new Float64Array(offsets[n]! + 1);
  const heapNode = new Int32Array(offsets[n]! + 1);
  let size = 0;
  const less = (i: number, j: number): boolean =>
    heapKey[i]! < heapKey[j]! || (heapKey[i] === heapKey[j] && heapNode[i]! < heapNode[j]!);
  const swap = (i: number, j: number): void => {
    const k = heapKey[i]!;
    const v = heapNode[i]!;
    heapKey[i] = heapKey[j]!;
    heapNode[i] = heapNode[j]!;
    heapKey[j] = k;
    heapNode[j] = v;
  };
  const push = (key: number, node: number): void => {
    let i = size;
    heapKey[i] = key;
    heapNode[i] = node;
    size += 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(i, parent)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = (): number => {
    const node = heapNode[0]!;
    size -= 1;
    heapKey[0] = heapKey[size]!;
    heapNode[0] = heapNode[size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && less(r, l) ? r : l;
      if (!less(c, i)) break;
      swap(c, i);
      i = c;
    }
    return node;
  };
  distance[source] = 0;
  push(0, source);
  while (size > 0) {
    const u = pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u !== source && relay[u] !== 1) continue;
    const du = distance[u]!;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) {
      const v = targets[k]!;
      const dv = du + distances[k]!;
      // Strictly shorter, or as short through a lower-numbered predecessor: deterministic ties.
      if (dv < distance[v]! || (dv === distance[v] && !done[v] && u < previous[v]!)) {
        distance[v] = dv;
        previous[v] = u;
        push(dv, v);
      }
    }
  }
  return { distance, previous };
}

/** The nodes of the warmest path from the source to `target`, source first; empty when unreachable. */
export function pathTo(paths: WarmestPaths, target: number): number[] {
  if (paths.distance[target] === Infinity) return [];
  const out: number[] = [];
  for (let v = target; v !== -1; v = paths.previous[v]!) out.push(v);
  return out.reverse();
}
