/**
 * The Leiden algorithm on typed arrays.
 *
 * V. A. Traag, L. Waltman and N. J. van Eck (2019), "From Louvain to Leiden:
 * guaranteeing well-connected communities", Scientific Reports 9, 5233.
 * doi:10.1038/s41598-019-41695-z
 *
 * One iteration repeats three phases until every community is one node of the
 * aggregate graph:
 *
 * 1. fast local moving: nodes are visited from a queue (in random order at
 *    first); a node moves to the neighbouring community (or an empty one) that
 *    improves the quality most, and its neighbours outside that community are
 *    queued again (Algorithm A.2, MoveNodesFast);
 * 2. refinement: inside each community, nodes start as singletons and
 *    well-connected singletons merge into well-connected sub-communities, the
 *    sub-community drawn with probability proportional to exp(gain / theta)
 *    among those that do not lower the quality (MergeNodesSubset). A node only
 *    ever joins a sub-community it has a tie to, so sub-communities are
 *    connected;
 * 3. aggregation: the graph is collapsed on the *refined* partition, and each
 *    aggregate node starts in the community (non-refined) its members were in.
 *
 * Iterations repeat, each starting from the previous partition (the paper's
 * "iterate until stable"), until one raises the quality by no more than
 * `tolerance` (modularity, or CPM divided by the total tie strength; an
 * unchanged partition raises it by 0) or `maxIterations` is reached.
 *
 * The quality is the generalised form used by the reference implementation
 * (networkanalysis, Java) and igraph:
 *
 *     H = sum over pairs i,j in the same community of (A_ij - gamma' w_i w_j)
 *
 * Modularity: node weights w_i = strength k_i and gamma' = resolution / 2m;
 * CPM (constant Potts model): w_i = 1 (the number of partners an aggregate
 * node stands for) and gamma' = resolution. Gains are measured in tie-strength
 * units, which is the scale `theta` applies to, as in igraph's `beta`.
 *
 * Hot loops read only typed arrays. Ties between equal gains are broken by
 * the order neighbours appear in (index order at the first level), and every
 * random draw comes from the caller's generator, so a seed fixes the result.
 */
import type { Rng } from '../../random';

/** An undirected weighted graph in CSR form: both directions of every tie, no self-loops. */
export interface CsrGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The objective Leiden maximises. */
export type LeidenObjective = 'modularity' | 'cpm';

/** Parameters of {@link leiden} (checked by the caller). */
export interface LeidenParameters {
  objective: LeidenObjective;
  /** Resolution gamma (> 0). */
  resolution: number;
  /** Randomness of the refinement (>= 0; 0 merges greedily). */
  theta: number;
  /** Most iterations (>= 1). */
  maxIterations: number;
  /** Stop when an iteration raises the normalised quality by no more than this (>= 0). */
  tolerance: number;
  rng: Rng;
}

/** The partition found. */
export interface LeidenOutcome {
  /** Community of each node, numbered 0..count-1 by first appearance in index order. */
  membership: Int32Array;
  count: number;
  /** Iterations run. */
  iterations: number;
  /** True when the last iteration raised the quality by no more than the tolerance. */
  converged: boolean;
  /** Normalised quality of the partition: modularity, or CPM / total tie strength. */
  quality: number;
}

/**
 * Scratch arrays shared by the phases, sized for the first level (levels only
 * shrink), allocated once per run: large typed arrays allocated per level
 * would cost more in allocation and garbage collection than the phases.
 */
interface Scratch {
  /**
   * Tie strength from the current node to each community; zero between uses
   * (strengths are positive, so a zero means "not seen yet").
   */
  acc: Float64Array;
  list: Int32Array;
  /** Refinement candidates: gain, then exp weight; and tie strength to each. */
  gains: Float64Array;
  ties: Float64Array;
  queue: Int32Array;
  inQueue: Uint8Array;
  order: Int32Array;
  /** Per-node or per-community working arrays; each phase says which it uses. */
  f1: Float64Array;
  f2: Float64Array;
  f3: Float64Array;
  i1: Int32Array;
  i2: Int32Array;
  u8: Uint8Array;
  /** Two arc buffers: each aggregate graph is written into the one the current graph does not use. */
  arcTargets: [Int32Array, Int32Array];
  arcWeights: [Float64Array, Float64Array];
}

/** Runs Leiden on `graph` and returns the partition. */
export function leiden(graph: CsrGraph, params: LeidenParameters): LeidenOutcome {
  const n = graph.n;
  const nodeWeight = new Float64Array(n);
  let total = 0;
  for (let v = 0; v < n; v += 1) {
    let k = 0;
    for (let a = graph.offsets[v]; a < graph.offsets[v + 1]; a += 1) k += graph.weights[a];
    total += k;
    nodeWeight[v] = params.objective === 'modularity' ? k : 1;
  }
  let membership: Int32Array = new Int32Array(n);
  for (let v = 0; v < n; v += 1) membership[v] = v;
  if (n === 0 || total === 0) return { membership, count: n, iterations: 0, converged: true, quality: Number.NaN };

  const gamma = params.objective === 'modularity' ? params.resolution / total : params.resolution;
  const scratch: Scratch = {
    acc: new Float64Array(n),
    list: new Int32Array(n),
    gains: new Float64Array(n),
    ties: new Float64Array(n),
    queue: new Int32Array(n),
    inQueue: new Uint8Array(n),
    order: new Int32Array(n),
    f1: new Float64Array(n),
    f2: new Float64Array(n),
    f3: new Float64Array(n),
    i1: new Int32Array(n),
    i2: new Int32Array(n),
    u8: new Uint8Array(n),
    arcTargets: [new Int32Array(graph.targets.length), new Int32Array(graph.targets.length)],
    arcWeights: [new Float64Array(graph.targets.length), new Float64Array(graph.targets.length)],
  };

  let iterations = 0;
  let converged = false;
  let count = n;
  let quality = normalisedQuality(graph, nodeWeight, membership, count, total, params);
  while (iterations < params.maxIterations) {
    const next = iterate(graph, nodeWeight, membership, gamma, params, scratch);
    iterations += 1;
    const nextCount = renumber(next, n, scratch.i2);
    const same = equalArrays(next, membership);
    membership = next;
    count = nextCount;
    const previous = quality;
    quality = normalisedQuality(graph, nodeWeight, membership, count, total, params);
    // An iteration never lowers the quality (it starts from the previous
    // partition and only makes improving moves), so a small gain means stable.
    if (same || quality - previous <= params.tolerance) {
      converged = true;
      break;
    }
  }
  // Safety net: each community is connected by construction; splitting along
  // components keeps that true whatever happens (it can only raise the quality).
  const split = splitDisconnected(graph, membership, count, scratch);
  if (split !== count) quality = normalisedQuality(graph, nodeWeight, membership, split, total, params);
  return { membership, count: split, iterations, converged, quality };
}

/**
 * Quality of a partition (compact labels): modularity for the modularity
 * objective, CPM (internal strength - gamma x pairs) divided by the total tie
 * strength for CPM, so both are at most 1.
 */
function normalisedQuality(
  graph: CsrGraph,
  nodeWeight: Float64Array,
  membership: Int32Array,
  count: number,
  total: number,
  params: LeidenParameters,
): number {
  const { n, offsets, targets, weights } = graph;
  const weightOf = new Float64Array(count);
  let inside = 0;
  for (let v = 0; v < n; v += 1) {
    const c = membership[v];
    weightOf[c] += nodeWeight[v];
    for (let a = offsets[v]; a < offsets[v + 1]; a += 1) if (membership[targets[a]] === c) inside += weights[a];
  }
  let penalty = 0;
  if (params.objective === 'modularity') {
    for (let c = 0; c < count; c += 1) penalty += (weightOf[c] / total) * (weightOf[c] / total);
    return inside / total - params.resolution * penalty;
  }
  for (let c = 0; c < count; c += 1) penalty += (weightOf[c] * (weightOf[c] - 1)) / 2;
  return (inside / 2 - params.resolution * penalty) / (total / 2);
}

/** One Leiden iteration from `initial` (compact labels); returns the new membership of the level-0 nodes. */
function iterate(
  base: CsrGraph,
  baseWeight: Float64Array,
  initial: Int32Array,
  gamma: number,
  params: LeidenParameters,
  scratch: Scratch,
): Int32Array {
  const n0 = base.n;
  let graph = base;
  let weight = baseWeight;
  let partition = Int32Array.from(initial);
  // Level-0 node -> node of the current level.
  const toLevel = new Int32Array(n0);
  for (let v = 0; v < n0; v += 1) toLevel[v] = v;
  let buffer = 0;

  for (;;) {
    moveNodesFast(graph, weight, partition, gamma, params.rng, scratch);
    const communities = renumber(partition, graph.n, scratch.i2);
    if (communities === graph.n) break;
    let refined = refine(graph, weight, partition, communities, gamma, params.theta, params.rng, scratch);
    let refinedCount = renumber(refined, graph.n, scratch.i2);
    // When refinement merged nothing, aggregate on the communities themselves
    // (as igraph does), so every level shrinks the graph.
    if (refinedCount === graph.n) {
      refined = partition;
      refinedCount = communities;
    }
    const next = aggregate(graph, weight, refined, refinedCount, scratch, buffer);
    buffer = 1 - buffer;
    const nextPartition = new Int32Array(refinedCount);
    for (let v = 0; v < graph.n; v += 1) nextPartition[refined[v]] = partition[v];
    for (let v = 0; v < n0; v += 1) toLevel[v] = refined[toLevel[v]];
    graph = next.graph;
    weight = next.weight;
    partition = nextPartition;
  }
  const out = new Int32Array(n0);
  for (let v = 0; v < n0; v += 1) out[v] = partition[toLevel[v]];
  return out;
}

/** Fills `scratch.order` with a random permutation of 0..n-1. */
function randomOrder(n: number, rng: Rng, order: Int32Array): void {
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * Fast local moving (in place on `partition`, labels < n). Each node moves to
 * the community with the largest gain; an empty community counts with gain 0.
 */
function moveNodesFast(graph: CsrGraph, weight: Float64Array, partition: Int32Array, gamma: number, rng: Rng, s: Scratch): void {
  const { n, offsets, targets, weights } = graph;
  const commWeight = s.f1.fill(0, 0, n);
  const commSize = s.i1.fill(0, 0, n);
  for (let v = 0; v < n; v += 1) {
    commWeight[partition[v]] += weight[v];
    commSize[partition[v]] += 1;
  }
  // Empty community labels, popped when a node is better off alone.
  const empty = s.i2;
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c -= 1) if (commSize[c] === 0) empty[emptyCount++] = c;

  const { acc, list, queue, inQueue, order } = s;
  randomOrder(n, rng, order);
  for (let i = 0; i < n; i += 1) {
    queue[i] = order[i];
    inQueue[order[i]] = 1;
  }
  let head = 0;
  let size = n;

  while (size > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size -= 1;
    inQueue[v] = 0;

    const current = partition[v];
    const wv = weight[v];
    let found = 0;
    const start = offsets[v];
    const end = offsets[v + 1];
    for (let a = start; a < end; a += 1) {
      const c = partition[targets[a]];
      if (acc[c] === 0) list[found++] = c;
      acc[c] += weights[a];
    }
    commWeight[current] -= wv;
    commSize[current] -= 1;

    let best = current;
    let bestGain = acc[current] - gamma * wv * commWeight[current];
    for (let i = 0; i < found; i += 1) {
      const c = list[i];
      const gain = acc[c] - gamma * wv * commWeight[c];
      acc[c] = 0;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (bestGain < 0) {
      // Alone is better: stay if the old community is now empty, else take an empty one.
      best = commSize[current] === 0 ? current : empty[--emptyCount];
    }
    commWeight[best] += wv;
    commSize[best] += 1;
    if (best === current) continue;
    if (commSize[current] === 0) empty[emptyCount++] = current;
    partition[v] = best;
    for (let a = start; a < end; a += 1) {
      const u = targets[a];
      if (inQueue[u] === 0 && partition[u] !== best) {
        inQueue[u] = 1;
        let tail = head + size;
        if (tail >= n) tail -= n;
        queue[tail] = u;
        size += 1;
      }
    }
  }
}

/**
 * Refinement: returns a partition finer than `partition` (labels < n, not
 * compact) whose parts are connected and well-connected within their community.
 */
function refine(
  graph: CsrGraph,
  weight: Float64Array,
  partition: Int32Array,
  communities: number,
  gamma: number,
  theta: number,
  rng: Rng,
  s: Scratch,
): Int32Array {
  const { n, offsets, targets, weights } = graph;
  const refined = new Int32Array(n);
  const clusterWeight = s.f1;
  clusterWeight.set(weight.subarray(0, n));
  // Tie strength from each refined cluster to the rest of its community.
  const external = s.f2;
  const communityWeight = s.f3.fill(0, 0, communities);
  const merged = s.u8.fill(0, 0, n);
  for (let v = 0; v < n; v += 1) {
    refined[v] = v;
    const c = partition[v];
    communityWeight[c] += weight[v];
    let e = 0;
    for (let a = offsets[v]; a < offsets[v + 1]; a += 1) if (partition[targets[a]] === c) e += weights[a];
    external[v] = e;
  }

  const { acc, list, gains, order } = s;
  const ties = s.ties;
  randomOrder(n, rng, order);
  for (let i = 0; i < n; i += 1) {
    const v = order[i];
    const own = refined[v];
    // Only singletons move; a cluster others joined stays put (this is what keeps clusters connected).
    if (merged[own] === 1) continue;
    const c = partition[v];
    const wv = weight[v];
    const total = communityWeight[c];
    if (external[own] < gamma * wv * (total - wv)) continue;

    const ownExternal = external[own];
    clusterWeight[own] = 0;
    external[own] = 0;
    let found = 0;
    const start = offsets[v];
    const end = offsets[v + 1];
    for (let a = start; a < end; a += 1) {
      const u = targets[a];
      if (partition[u] !== c) continue;
      const r = refined[u];
      if (acc[r] === 0) list[found++] = r;
      acc[r] += weights[a];
    }

    // Candidates: v's own (now empty) cluster with gain 0, and every
    // well-connected neighbouring cluster whose gain is not negative.
    let best = own;
    let bestGain = 0;
    let kept = 0;
    let toBest = 0;
    for (let j = 0; j < found; j += 1) {
      const r = list[j];
      const cw = clusterWeight[r];
      const w = acc[r];
      acc[r] = 0;
      if (external[r] < gamma * cw * (total - cw)) continue;
      const gain = w - gamma * wv * cw;
      if (gain < 0) continue;
      list[kept] = r;
      gains[kept] = gain;
      // Keep the tie strength to each candidate beside its gain: gains[] is rewritten below.
      ties[kept] = w;
      kept += 1;
      if (gain > bestGain) {
        bestGain = gain;
        best = r;
        toBest = w;
      }
    }
    let chosen = best;
    let toChosen = toBest;
    if (theta > 0 && kept > 0) {
      // Draw with probability proportional to exp(gain / theta), shifted by
      // the largest gain so exp never overflows.
      let sum = Math.exp(-bestGain / theta);
      for (let j = 0; j < kept; j += 1) {
        gains[j] = Math.exp((gains[j] - bestGain) / theta);
        sum += gains[j];
      }
      let r = rng() * sum - Math.exp(-bestGain / theta);
      chosen = own;
      toChosen = 0;
      if (r >= 0) {
        chosen = list[kept - 1];
        toChosen = ties[kept - 1];
        for (let j = 0; j < kept; j += 1) {
          r -= gains[j];
          if (r < 0) {
            chosen = list[j];
            toChosen = ties[j];
            break;
          }
        }
      }
    }

    clusterWeight[chosen] += wv;
    if (chosen === own) {
      external[own] = ownExternal;
      continue;
    }
    // v's ties into the community now count inside `chosen` except those to
    // `chosen` itself, which stop being external: e + (ownExternal - toChosen) - toChosen.
    external[chosen] += ownExternal - 2 * toChosen;
    refined[v] = chosen;
    merged[chosen] = 1;
  }
  return refined;
}

/** Collapses `graph` on `parts` (compact labels, `count` of them): summed node weights and tie strengths, ties inside a part dropped. */
function aggregate(
  graph: CsrGraph,
  weight: Float64Array,
  parts: Int32Array,
  count: number,
  s: Scratch,
  buffer: number,
): { graph: CsrGraph; weight: Float64Array } {
  const { n, offsets, targets, weights } = graph;
  // Members of each part, by a counting sort.
  const first = new Int32Array(count + 1);
  for (let v = 0; v < n; v += 1) first[parts[v] + 1] += 1;
  for (let c = 0; c < count; c += 1) first[c + 1] += first[c];
  const members = s.i1;
  const fill = s.i2;
  fill.set(first.subarray(0, count));
  for (let v = 0; v < n; v += 1) members[fill[parts[v]]++] = v;

  const nextOffsets = new Int32Array(count + 1);
  const nextTargets = s.arcTargets[buffer] as Int32Array;
  const nextWeights = s.arcWeights[buffer] as Float64Array;
  const nextWeight = new Float64Array(count);
  const { acc, list } = s;
  let m = 0;
  for (let c = 0; c < count; c += 1) {
    let found = 0;
    let w = 0;
    for (let k = first[c]; k < first[c + 1]; k += 1) {
      const v = members[k];
      w += weight[v];
      for (let a = offsets[v]; a < offsets[v + 1]; a += 1) {
        const d = parts[targets[a]];
        if (d === c) continue;
        if (acc[d] === 0) list[found++] = d;
        acc[d] += weights[a];
      }
    }
    nextWeight[c] = w;
    for (let j = 0; j < found; j += 1) {
      const d = list[j];
      nextTargets[m] = d;
      nextWeights[m] = acc[d];
      acc[d] = 0;
      m += 1;
    }
    nextOffsets[c + 1] = m;
  }
  return {
    graph: { n: count, offsets: nextOffsets, targets: nextTargets.subarray(0, m), weights: nextWeights.subarray(0, m) },
    weight: nextWeight,
  };
}

/** Relabels `labels` (values < n) in place to 0..k-1 by first appearance; returns k. `map`: scratch of length >= n. */
export function renumber(labels: Int32Array, n: number, map: Int32Array = new Int32Array(n)): number {
  map.fill(-1, 0, n);
  let k = 0;
  for (let v = 0; v < labels.length; v += 1) {
    const c = labels[v];
    let d = map[c];
    if (d === -1) {
      d = k;
      map[c] = k;
      k += 1;
    }
    labels[v] = d;
  }
  return k;
}

function equalArrays(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Splits every community that is not connected into its components (in
 * place); returns the new community count. Labels stay compact, in order of
 * first appearance.
 */
export function splitDisconnected(graph: CsrGraph, membership: Int32Array, count: number, s: Pick<Scratch, 'queue'>): number {
  const n = graph.n;
  const component = new Int32Array(n).fill(-1);
  const stack = s.queue;
  let next = 0;
  for (let root = 0; root < n; root += 1) {
    if (component[root] !== -1) continue;
    const c = membership[root];
    component[root] = next;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const v = stack[--top];
      for (let a = graph.offsets[v]; a < graph.offsets[v + 1]; a += 1) {
        const u = graph.targets[a];
        if (component[u] === -1 && membership[u] === c) {
          component[u] = next;
          stack[top++] = u;
        }
      }
    }
    next += 1;
  }
  if (next === count) return count;
  membership.set(component);
  return next;
}
