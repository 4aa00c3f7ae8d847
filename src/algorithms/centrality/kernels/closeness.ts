/**
 * Harmonic closeness kernels: for every node v, the sum over sources s of
 * 1 / d(s, v) (0 when v cannot be reached from s).
 *
 * Unweighted: multi-source breadth-first search with bit-parallel frontiers
 * (M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper,
 * T. Neumann and H. T. Vo, "The More the Merrier: Efficient Multi-Source
 * Graph Traversal", VLDB 2014). Each node holds one bit per source of a batch
 * of 32 x WORDS sources: the sources that have reached it, and those that
 * reached it at the current level. One sweep over the arcs per level advances
 * every search of the batch at once, so the arcs are read once per level per
 * batch instead of once per source: with 128 sources per batch, a fraction of
 * the work of one breadth-first search per source. Nodes every source of the
 * batch has reached are skipped; sparse levels go top-down (see below).
 *
 * Weighted: Dijkstra's algorithm from each source on a binary heap.
 */
import type { CsrArrays } from './brandes';

/** Words of 32 sources per node in a batch (128 sources per sweep). */
const WORDS = 4;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Adds to `out[v]` the sum of 1 / d(s, v) over the given sources s, along
 * hop-count shortest paths; when given, to `distSum[v]` the sum of d(s, v)
 * and to `reach[v]` the number of sources that reach v. `reverse` holds the
 * in-arcs (`g` itself when undirected): a node's new sources come from its
 * in-neighbours.
 *
 * Levels whose frontier has few arcs (the first ones, where only the batch's
 * sources and their neighbours are active) are expanded top-down from a list
 * of frontier nodes; wide levels bottom-up, each unsaturated node OR-ing its
 * in-neighbours' frontier words.
 */
export function harmonicUnweighted(
  g: CsrArrays,
  reverse: Pick<CsrArrays, 'offsets' | 'targets'>,
  sources: Int32Array,
  out: Float64Array,
  distSum: Float64Array | null = null,
  reach: Float64Array | null = null,
): void {
  const { n, offsets, targets } = g;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const arcs = targets.length;
  const seen = new Int32Array(n * WORDS);
  let frontier = new Int32Array(n * WORDS);
  let next = new Int32Array(n * WORDS);
  const acc = new Int32Array(n * WORDS);
  const touched = new Int32Array(n);
  const mark = new Uint8Array(n);
  let frontierList = new Int32Array(n);
  let nextList = new Int32Array(n);
  const full = new Int32Array(WORDS);
  const batch = 32 * WORDS;
  for (let first = 0; first < sources.length; first += batch) {
    const count = Math.min(batch, sources.length - first);
    seen.fill(0);
    frontier.fill(0);
    next.fill(0);
    full.fill(0);
    let frontierSize = 0;
    for (let b = 0; b < count; b += 1) {
      const s = sources[first + b];
      const base = s * WORDS;
      const word = b >>> 5;
      const bit = 1 << (b & 31);
      if ((frontier[base] | frontier[base + 1] | frontier[base + 2] | frontier[base + 3]) === 0) {
        frontierList[frontierSize] = s;
        frontierSize += 1;
      }
      seen[base + word] |= bit;
      frontier[base + word] |= bit;
      full[word] |= bit;
    }
    const f0 = full[0];
    const f1 = full[1];
    const f2 = full[2];
    const f3 = full[3];
    for (let level = 1; ; level += 1) {
      const inverse = 1 / level;
      let frontierArcs = 0;
      for (let i = 0; i < frontierSize; i += 1) {
        const u = frontierList[i];
        frontierArcs += offsets[u + 1] - offsets[u];
      }
      let nextSize = 0;
      if (4 * frontierArcs < arcs) {
        // Top-down: OR each frontier node's words into its out-neighbours.
        let touchedSize = 0;
        for (let i = 0; i < frontierSize; i += 1) {
          const u = frontierList[i];
          const ub = u * WORDS;
          const x0 = frontier[ub];
          const x1 = frontier[ub + 1];
          const x2 = frontier[ub + 2];
          const x3 = frontier[ub + 3];
          const end = offsets[u + 1];
          for (let k = offsets[u]; k < end; k += 1) {
            const v = targets[k];
            const vb = v * WORDS;
            if (mark[v] === 0) {
              mark[v] = 1;
              touched[touchedSize] = v;
              touchedSize += 1;
            }
            acc[vb] |= x0;
            acc[vb + 1] |= x1;
            acc[vb + 2] |= x2;
            acc[vb + 3] |= x3;
          }
        }
        for (let i = 0; i < touchedSize; i += 1) {
          const v = touched[i];
          mark[v] = 0;
          const vb = v * WORDS;
          const a0 = acc[vb] & ~seen[vb];
          const a1 = acc[vb + 1] & ~seen[vb + 1];
          const a2 = acc[vb + 2] & ~seen[vb + 2];
          const a3 = acc[vb + 3] & ~seen[vb + 3];
          acc[vb] = 0;
          acc[vb + 1] = 0;
          acc[vb + 2] = 0;
          acc[vb + 3] = 0;
          if ((a0 | a1 | a2 | a3) !== 0) {
            next[vb] = a0;
            next[vb + 1] = a1;
            next[vb + 2] = a2;
            next[vb + 3] = a3;
            seen[vb] |= a0;
            seen[vb + 1] |= a1;
            seen[vb + 2] |= a2;
            seen[vb + 3] |= a3;
            const found = popcount(a0) + popcount(a1) + popcount(a2) + popcount(a3);
            out[v] += found * inverse;
            if (distSum !== null && reach !== null) {
              distSum[v] += found * level;
              reach[v] += found;
            }
            nextList[nextSize] = v;
            nextSize += 1;
          }
        }
      } else {
        // Bottom-up: each node not yet reached by every source ORs its in-neighbours' words.
        for (let v = 0; v < n; v += 1) {
          const vb = v * WORDS;
          const s0 = seen[vb];
          const s1 = seen[vb + 1];
          const s2 = seen[vb + 2];
          const s3 = seen[vb + 3];
          if (s0 === f0 && s1 === f1 && s2 === f2 && s3 === f3) continue;
          let a0 = 0;
          let a1 = 0;
          let a2 = 0;
          let a3 = 0;
          const end = inOffsets[v + 1];
          for (let k = inOffsets[v]; k < end; k += 1) {
            const ub = inTargets[k] * WORDS;
            a0 |= frontier[ub];
            a1 |= frontier[ub + 1];
            a2 |= frontier[ub + 2];
            a3 |= frontier[ub + 3];
          }
          a0 &= ~s0;
          a1 &= ~s1;
          a2 &= ~s2;
          a3 &= ~s3;
          if ((a0 | a1 | a2 | a3) !== 0) {
            next[vb] = a0;
            next[vb + 1] = a1;
            next[vb + 2] = a2;
            next[vb + 3] = a3;
            seen[vb] = s0 | a0;
            seen[vb + 1] = s1 | a1;
            seen[vb + 2] = s2 | a2;
            seen[vb + 3] = s3 | a3;
            const found = popcount(a0) + popcount(a1) + popcount(a2) + popcount(a3);
            out[v] += found * inverse;
            if (distSum !== null && reach !== null) {
              distSum[v] += found * level;
              reach[v] += found;
            }
            nextList[nextSize] = v;
            nextSize += 1;
          }
        }
      }
      // Clear the old frontier's words: that array receives the level after next.
      for (let i = 0; i < frontierSize; i += 1) {
        const ub = frontierList[i] * WORDS;
        frontier[ub] = 0;
        frontier[ub + 1] = 0;
        frontier[ub + 2] = 0;
        frontier[ub + 3] = 0;
      }
      if (nextSize === 0) break;
      const t = frontier;
      frontier = next;
      next = t;
      const tl = frontierList;
      frontierList = nextList;
      nextList = tl;
      frontierSize = nextSize;
    }
  }
}

/**
 * As {@link harmonicUnweighted}, along weighted shortest paths (arc lengths
 * `g.distances`).
 */
export function harmonicWeighted(
  g: CsrArrays,
  sources: Int32Array,
  out: Float64Array,
  distSum: Float64Array | null = null,
  reach: Float64Array | null = null,
): void {
  const { n, offsets, targets } = g;
  const lengths = g.distances as Float64Array;
  const dist = new Float64Array(n);
  const state = new Uint8Array(n);
  const order = new Int32Array(n);
  const heapKey = new Float64Array(targets.length + 1);
  const heapNode = new Int32Array(targets.length + 1);
  for (let si = 0; si < sources.length; si += 1) {
    const s = sources[si];
    dist[s] = 0;
    state[s] = 1;
    heapKey[0] = 0;
    heapNode[0] = s;
    let size = 1;
    let settled = 0;
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
      if (state[v] === 2 || d !== dist[v]) continue;
      state[v] = 2;
      order[settled] = v;
      settled += 1;
      if (v !== s) {
        out[v] += 1 / d;
        if (distSum !== null && reach !== null) {
          distSum[v] += d;
          reach[v] += 1;
        }
      }
      const end = offsets[v + 1];
      for (let k = offsets[v]; k < end; k += 1) {
        const w = targets[k];
        const sw = state[w];
        if (sw === 2) continue;
        const alt = d + lengths[k];
        if (sw === 0 || alt < dist[w]) {
          dist[w] = alt;
          state[w] = 1;
          let i = size;
          size += 1;
          while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heapKey[parent] <= alt) break;
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
          }
          heapKey[i] = alt;
          heapNode[i] = w;
        }
      }
    }
    for (let i = 0; i < settled; i += 1) state[order[i]] = 0;
  }
}
