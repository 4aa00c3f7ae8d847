/**
 * Local bridges (Granovetter 1973; Easley & Kleinberg 2010, ch. 3): ties whose
 * two partners have no neighbour in common, so the tie is their only short
 * way to each other's circle. The span of a local bridge is the length of the
 * shortest path between its ends once the tie is gone (infinite for a
 * bridge), as NetworkX's `local_bridges(with_span=True)` defines it.
 *
 * Detection binary-searches the smaller row in the larger (rows are sorted):
 * O(sum over ties of min(deg u, deg v) x log max(deg u, deg v)), at most
 * O(m^1.5 log n), near-linear on sparse networks. Spans take one
 * bidirectional breadth-first search per local bridge, which is why they are
 * optional.
 */
import type { NetworkSnapshot } from '../../network/snapshot';

type Csr = Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets'>;

function contains(targets: Int32Array, lo: number, hi: number, value: number): boolean {
  hi -= 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = targets[mid];
    if (t === value) return true;
    if (t < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** True when u and v (u != v) share a neighbour. */
export function shareNeighbour(view: Csr, u: number, v: number): boolean {
  const { offsets, targets } = view;
  let a = u;
  let b = v;
  if (offsets[a + 1] - offsets[a] > offsets[b + 1] - offsets[b]) {
    a = v;
    b = u;
  }
  const lo = offsets[b];
  const hi = offsets[b + 1];
  for (let k = offsets[a]; k < offsets[a + 1]; k += 1) {
    if (contains(targets, lo, hi, targets[k])) return true;
  }
  return false;
}

/**
 * The local bridges as pairs `(u, k)`, interleaved: `u` is the lower index and
 * `k` the arc from u to targets[k]; in row order.
 */
export function localBridgeArcs(view: Csr): Int32Array {
  const { order, offsets, targets } = view;
  const out: number[] = [];
  for (let u = 0; u < order; u += 1) {
    for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
      const v = targets[k];
      if (v > u && !shareNeighbour(view, u, v)) out.push(u, k);
    }
  }
  return Int32Array.from(out);
}

/**
 * Reusable scratch space for {@link spanWithout}: searches are stamped, so
 * nothing is cleared between them.
 */
export class SpanSearch {
  private readonly seenA: Int32Array;
  private readonly seenB: Int32Array;
  private readonly distA: Int32Array;
  private readonly distB: Int32Array;
  private readonly queueA: Int32Array;
  private readonly queueB: Int32Array;
  private stamp = 0;

  constructor(private readonly view: Csr) {
    const n = view.order;
    this.seenA = new Int32Array(n);
    this.seenB = new Int32Array(n);
    this.distA = new Int32Array(n);
    this.distB = new Int32Array(n);
    this.queueA = new Int32Array(n);
    this.queueB = new Int32Array(n);
  }

  /**
   * Length of the shortest path from u to v that does not use the tie u-v
   * (Infinity when there is none). Bidirectional BFS, expanding the smaller
   * frontier one whole level at a time, so the first meeting found while
   * finishing a level gives the exact distance.
   */
  spanWithout(u: number, v: number): number {
    const { offsets, targets } = this.view;
    const { seenA, seenB, distA, distB, queueA, queueB } = this;
    const s = ++this.stamp;
    seenA[u] = s;
    distA[u] = 0;
    seenB[v] = s;
    distB[v] = 0;
    queueA[0] = u;
    queueB[0] = v;
    let headA = 0;
    let tailA = 1;
    let headB = 0;
    let tailB = 1;
    let levelA = 0;
    let levelB = 0;
    while (headA < tailA && headB < tailB) {
      // Expand one full level of the side with fewer nodes waiting.
      const expandA = tailA - headA <= tailB - headB;
      let best = Infinity;
      if (expandA) {
        const end = tailA;
        for (; headA < end; headA += 1) {
          const x = queueA[headA];
          for (let k = offsets[x]; k < offsets[x + 1]; k += 1) {
            const y = targets[k];
            if ((x === u && y === v) || (x === v && y === u)) continue;
            if (seenB[y] === s) {
              const d = levelA + 1 + distB[y];
              if (d < best) best = d;
            }
            if (seenA[y] !== s) {
              seenA[y] = s;
              distA[y] = levelA + 1;
              queueA[tailA++] = y;
            }
          }
        }
        levelA += 1;
      } else {
        const end = tailB;
        for (; headB < end; headB += 1) {
          const x = queueB[headB];
          for (let k = offsets[x]; k < offsets[x + 1]; k += 1) {
            const y = targets[k];
            if ((x === u && y === v) || (x === v && y === u)) continue;
            if (seenA[y] === s) {
              const d = levelB + 1 + distA[y];
              if (d < best) best = d;
            }
            if (seenB[y] !== s) {
              seenB[y] = s;
              distB[y] = levelB + 1;
              queueB[tailB++] = y;
            }
          }
        }
        levelB += 1;
      }
      if (best !== Infinity) return best;
    }
    return Infinity;
  }
}
