/**
 * Power iterations on the CSR view: PageRank and eigenvector centrality.
 * Both pull along in-arcs (each node sums over its in-neighbours), so every
 * write is sequential and no two nodes write the same slot.
 *
 * PageRank: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank
 * citation ranking", Stanford InfoLab, 1999; the iteration is NetworkX's
 * (`pagerank`, `_pagerank_scipy`): dangling nodes jump by the
 * personalisation vector.
 * Eigenvector: P. Bonacich, "Power and centrality: a family of measures",
 * American Journal of Sociology 92(5), 1987; the iteration is NetworkX's
 * `eigenvector_centrality`: x <- (A + I) x, normalised to unit length (the
 * shift by I keeps bipartite networks from oscillating).
 */

/** In-arcs of every node with their strengths, and each node's out-strength. */
export interface SpectralInput {
  n: number;
  inOffsets: Int32Array;
  inTargets: Int32Array;
  /** Strength of each in-arc, or null when every arc counts 1. */
  inWeights: Float64Array | null;
  /** Sum of out-arc strengths (or the out-degree when unweighted). */
  outStrength: Float64Array;
}

/** Outcome of a power iteration. */
export interface PowerResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
  /** L1 change of the last iteration. */
  change: number;
}

/**
 * PageRank by power iteration until the L1 change between two iterates falls
 * below `tolerance`. `personalization` sums to 1; dangling nodes (no out-arc)
 * give their rank to it, as in NetworkX.
 */
export function pagerankKernel(
  input: SpectralInput,
  alpha: number,
  personalization: Float64Array,
  tolerance: number,
  maxIterations: number,
): PowerResult {
  const { n, inOffsets, inTargets, inWeights, outStrength } = input;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // share[u] = x[u] / outStrength[u]: what u sends along each unit of strength.
  const share = new Float64Array(n);
  const inverse = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u += 1) {
    if (outStrength[u] > 0) inverse[u] = 1 / outStrength[u];
    else dangling.push(u);
  }
  const danglingNodes = Int32Array.from(dangling);
  let iterations = 0;
  let change = Infinity;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    let lost = 0;
    for (let i = 0; i < danglingNodes.length; i += 1) lost += x[danglingNodes[i]];
    for (let u = 0; u < n; u += 1) share[u] = x[u] * inverse[u];
    const jump = alpha * lost + (1 - alpha);
    change = 0;
    if (inWeights === null) {
      for (let v = 0; v < n; v += 1) {
        let sum = 0;
        const end = inOffsets[v + 1];
        for (let k = inOffsets[v]; k < end; k += 1) sum += share[inTargets[k]];
        const value = alpha * sum + jump * personalization[v];
        next[v] = value;
        change += Math.abs(value - x[v]);
      }
    } else {
      for (let v = 0; v < n; v += 1) {
        let sum = 0;
        const end = inOffsets[v + 1];
        for (let k = inOffsets[v]; k < end; k += 1) sum += inWeights[k] * share[inTargets[k]];
        const value = alpha * sum + jump * personalization[v];
        next[v] = value;
        change += Math.abs(value - x[v]);
      }
    }
    const t = x;
    x = next;
    next = t;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  // The iterates sum to 1 up to rounding; make it exact.
  let total = 0;
  for (let v = 0; v < n; v += 1) total += x[v];
  if (total > 0) for (let v = 0; v < n; v += 1) x[v] /= total;
  return { values: x, iterations, converged, change };
}

/**
 * Eigenvector centrality by power iteration on A + I from the uniform
 * vector, normalised to unit Euclidean length, until the L1 change between
 * two iterates falls below `tolerance`.
 */
export function eigenvectorKernel(input: SpectralInput, tolerance: number, maxIterations: number): PowerResult {
  const { n, inOffsets, inTargets, inWeights } = input;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let iterations = 0;
  let change = Infinity;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    let norm = 0;
    for (let v = 0; v < n; v += 1) {
      let sum = x[v];
      const end = inOffsets[v + 1];
      if (inWeights === null) {
        for (let k = inOffsets[v]; k < end; k += 1) sum += x[inTargets[k]];
      } else {
        for (let k = inOffsets[v]; k < end; k += 1) sum += inWeights[k] * x[inTargets[k]];
      }
      next[v] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    const scale = 1 / norm;
    change = 0;
    for (let v = 0; v < n; v += 1) {
      const value = next[v] * scale;
      next[v] = value;
      change += Math.abs(value - x[v]);
    }
    const t = x;
    x = next;
    next = t;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  return { values: x, iterations, converged, change };
}
