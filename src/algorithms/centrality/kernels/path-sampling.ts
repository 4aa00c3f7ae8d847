/**
 * Uniform sampling of one shortest path between two given nodes, the step of
 * Riondato and Kornaropoulos' approximate betweenness:
 *
 * M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness
 * centrality through sampling", Data Mining and Knowledge Discovery 30(2),
 * 2016 (WSDM 2014).
 *
 * Unweighted: a balanced bidirectional breadth-first search (as in KADABRA:
 * M. Borassi and E. Natale, "KADABRA is an ADaptive Algorithm for
 * Betweenness via Random Approximation", ESA 2016), expanding whichever side
 * has fewer arcs to scan, one whole level at a time, until the balls touch.
 * Every shortest path then crosses exactly one "meeting" arc (x, y) from the
 * source side's frontier to the target side's frontier, and is counted as
 * sigma_s(x) * sigma_t(y). One meeting arc is drawn with that weight, and the
 * path is completed by walking back to each end, choosing each parent with
 * probability proportional to its path count: a uniform shortest path, found
 * by touching a few hundred arcs instead of the whole graph.
 *
 * Weighted: Dijkstra's algorithm from the source, stopped when the target is
 * settled, then the same backward walk. Each sample costs more (a partial
 * search), which the documentation says.
 *
 * Stamps (a counter per sample) replace clearing the per-node arrays.
 */
import type { CsrArrays } from './brandes';

/** Draws one uniform shortest path from `s` to `t`; see {@link createPathSampler}. */
export interface PathSampler {
  /**
   * Samples a uniformly random shortest path from `s` to `t` (s !== t) and
   * writes its interior nodes (without s and t) to `interior`. Returns their
   * number, or -1 when `t` cannot be reached from `s`.
   */
  sample(s: number, t: number, rng: () => number): number;
  /** Interior nodes of the last sampled path (the first `length` entries). */
  readonly interior: Int32Array;
}

/**
 * A sampler of hop-count shortest paths. `reverse` holds the in-arcs (`g`
 * itself when undirected). The two balls never share a node until they meet,
 * so one stamp array tells both sides apart (+stamp: source side, -stamp:
 * target side) and one array each holds distances and path counts: one load
 * classifies an arc.
 */
export function createHopPathSampler(g: CsrArrays, reverse: Pick<CsrArrays, 'offsets' | 'targets'>): PathSampler {
  const { n, offsets, targets } = g;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const mark = new Int32Array(n);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const queueS = new Int32Array(n);
  const queueT = new Int32Array(n);
  const interior = new Int32Array(n);
  let meetX = new Int32Array(64);
  let meetY = new Int32Array(64);
  let meetW = new Float64Array(64);
  let stamp = 0;

  function grow(): void {
    const size = meetX.length * 2;
    const x = new Int32Array(size);
    const y = new Int32Array(size);
    const w = new Float64Array(size);
    x.set(meetX);
    y.set(meetY);
    w.set(meetW);
    meetX = x;
    meetY = y;
    meetW = w;
  }

  function sample(s: number, t: number, rng: () => number): number {
    if (stamp === 0x7ffffffe) {
      mark.fill(0);
      stamp = 0;
    }
    stamp += 1;
    const st = stamp;
    const ts = -st;
    mark[s] = st;
    dist[s] = 0;
    sigma[s] = 1;
    queueS[0] = s;
    mark[t] = ts;
    dist[t] = 0;
    sigma[t] = 1;
    queueT[0] = t;
    let sLo = 0;
    let sHi = 1;
    let sTail = 1;
    let sLevel = 0;
    let sArcs = offsets[s + 1] - offsets[s];
    let tLo = 0;
    let tHi = 1;
    let tTail = 1;
    let tLevel = 0;
    let tArcs = inOffsets[t + 1] - inOffsets[t];
    let meets = 0;
    let total = 0;
    for (;;) {
      if (sLo === sHi || tLo === tHi) return -1;
      let next = 0;
      if (sArcs <= tArcs) {
        // Expand the source side one level along out-arcs.
        const d1 = sLevel + 1;
        for (let i = sLo; i < sHi; i += 1) {
          const x = queueS[i];
          const sx = sigma[x];
          const end = offsets[x + 1];
          for (let k = offsets[x]; k < end; k += 1) {
            const y = targets[k];
            const my = mark[y];
            if (my === st) {
              if (dist[y] === d1) sigma[y] += sx;
            } else if (my === ts) {
              if (meets === meetX.length) grow();
              total += sx * sigma[y];
              meetX[meets] = x;
              meetY[meets] = y;
              meetW[meets] = total;
              meets += 1;
            } else {
              mark[y] = st;
              dist[y] = d1;
              sigma[y] = sx;
              queueS[sTail] = y;
              sTail += 1;
              next += offsets[y + 1] - offsets[y];
            }
          }
        }
        if (meets > 0) break;
        sLo = sHi;
        sHi = sTail;
        sLevel = d1;
        sArcs = next;
      } else {
        // Expand the target side one level along in-arcs.
        const d1 = tLevel + 1;
        for (let i = tLo; i < tHi; i += 1) {
          const y = queueT[i];
          const sy = sigma[y];
          const end = inOffsets[y + 1];
          for (let k = inOffsets[y]; k < end; k += 1) {
            const x = inTargets[k];
            const mx = mark[x];
            if (mx === ts) {
              if (dist[x] === d1) sigma[x] += sy;
            } else if (mx === st) {
              if (meets === meetX.length) grow();
              total += sigma[x] * sy;
              meetX[meets] = x;
              meetY[meets] = y;
              meetW[meets] = total;
              meets += 1;
            } else {
              mark[x] = ts;
              dist[x] = d1;
              sigma[x] = sy;
              queueT[tTail] = x;
              tTail += 1;
              next += inOffsets[x + 1] - inOffsets[x];
            }
          }
        }
        if (meets > 0) break;
        tLo = tHi;
        tHi = tTail;
        tLevel = d1;
        tArcs = next;
      }
    }
    // Draw the meeting arc with probability proportional to the paths through it.
    const r = rng() * total;
    let m = 0;
    while (m < meets - 1 && meetW[m] <= r) m += 1;
    let length = 0;
    // Walk back from x to s, each parent drawn in proportion to its path count.
    let z = meetX[m];
    while (z !== s) {
      interior[length] = z;
      length += 1;
      const dz = dist[z] - 1;
      let pick = rng() * sigma[z];
      let chosen = -1;
      const end = inOffsets[z + 1];
      for (let k = inOffsets[z]; k < end; k += 1) {
        const p = inTargets[k];
        if (mark[p] === st && dist[p] === dz) {
          chosen = p;
          pick -= sigma[p];
          if (pick < 0) break;
        }
      }
      z = chosen;
    }
    // Walk forward from y to t.
    z = meetY[m];
    while (z !== t) {
      interior[length] = z;
      length += 1;
      const dz = dist[z] - 1;
      let pick = rng() * sigma[z];
      let chosen = -1;
      const end = offsets[z + 1];
      for (let k = offsets[z]; k < end; k += 1) {
        const q = targets[k];
        if (mark[q] === ts && dist[q] === dz) {
          chosen = q;
          pick -= sigma[q];
          if (pick < 0) break;
        }
      }
      z = chosen;
    }
    return length;
  }

  return { sample, interior };
}

/**
 * A sampler of weighted shortest paths (arc lengths `g.distances`). `reverse`
 * holds the in-arcs with their lengths (`g` itself when undirected).
 */
export function createWeightedPathSampler(
  g: CsrArrays,
  reverse: Pick<CsrArrays, 'offsets' | 'targets' | 'distances'>,
): PathSampler {
  const { n, offsets, targets } = g;
  const lengths = g.distances as Float64Array;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const inLengths = reverse.distances as Float64Array;
  const seen = new Int32Array(n);
  const settled = new Int32Array(n);
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const heapKey = new Float64Array(targets.length + 1);
  const heapNode = new Int32Array(targets.length + 1);
  const interior = new Int32Array(n);
  let stamp = 0;

  function sample(s: number, t: number, rng: () => number): number {
    if (stamp === 0x7fffffff) {
      seen.fill(0);
      settled.fill(0);
      stamp = 0;
    }
    stamp += 1;
    const st = stamp;
    seen[s] = st;
    dist[s] = 0;
    sigma[s] = 1;
    heapKey[0] = 0;
    heapNode[0] = s;
    let size = 1;
    let found = false;
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
      if (settled[v] === st || d !== dist[v]) continue;
      settled[v] = st;
      // Every parent of t has a shorter distance, so t's path count is final when it is settled.
      if (v === t) {
        found = true;
        break;
      }
      const sv = sigma[v];
      const end = offsets[v + 1];
      for (let k = offsets[v]; k < end; k += 1) {
        const w = targets[k];
        if (settled[w] === st) continue;
        const alt = d + lengths[k];
        if (seen[w] !== st || alt < dist[w]) {
          seen[w] = st;
          dist[w] = alt;
          sigma[w] = sv;
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
        } else if (alt === dist[w]) {
          sigma[w] += sv;
        }
      }
    }
    if (!found) return -1;
    let length = 0;
    let z = t;
    // Walk back from t: parent p of z is settled with dist[p] + len(p, z) === dist[z].
    for (;;) {
      const dz = dist[z];
      let pick = rng() * sigma[z];
      let chosen = -1;
      const end = inOffsets[z + 1];
      for (let k = inOffsets[z]; k < end; k += 1) {
        const p = inTargets[k];
        if (settled[p] === st && dist[p] + inLengths[k] === dz) {
          chosen = p;
          pick -= sigma[p];
          if (pick < 0) break;
        }
      }
      z = chosen;
      if (z === s) break;
      interior[length] = z;
      length += 1;
    }
    return length;
  }

  return { sample, interior };
}

/** Collects sampled paths (endpoints and interiors) in growable typed arrays. */
export class PathRecorder {
  private sources: Int32Array = new Int32Array(1024);
  private targets: Int32Array = new Int32Array(1024);
  private start: Int32Array = new Int32Array(1025);
  private nodes: Int32Array = new Int32Array(4096);
  private count = 0;

  /** Records one connected sampled pair and the interior of its path. */
  push(s: number, t: number, interior: Int32Array, length: number): void {
    if (this.count + 1 >= this.sources.length) {
      const size = this.sources.length * 2;
      this.sources = grow32(this.sources, size);
      this.targets = grow32(this.targets, size);
      this.start = grow32(this.start, size + 1);
    }
    const at = this.start[this.count];
    if (at + length > this.nodes.length) this.nodes = grow32(this.nodes, Math.max(this.nodes.length * 2, at + length));
    this.nodes.set(interior.subarray(0, length), at);
    this.sources[this.count] = s;
    this.targets[this.count] = t;
    this.count += 1;
    this.start[this.count] = at + length;
  }

  /** The recorded paths. */
  finish(): { sources: Int32Array; targets: Int32Array; start: Int32Array; nodes: Int32Array; count: number } {
    return { sources: this.sources, targets: this.targets, start: this.start, nodes: this.nodes, count: this.count };
  }
}

function grow32(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}
