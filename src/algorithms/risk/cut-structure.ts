/**
 * Articulation points (cut vertices) and bridges of an undirected snapshot in
 * one depth-first search: Hopcroft & Tarjan (1973), "Algorithm 447: efficient
 * algorithms for graph manipulation", with Tarjan's (1974) low-point test for
 * bridges. Iterative (an explicit stack, so no recursion-depth limit), O(n + m).
 *
 * Multigraphs: the snapshot merges parallel relationships into one tie and
 * keeps their number in `multiplicity`. A tie carried by two or more
 * relationships is never a bridge (losing one leaves the other), so when the
 * search meets such a tie back to the DFS parent it counts as a back edge.
 *
 * Besides the classic outputs the search records what departures cost: the
 * DFS subtree sizes give, for every articulation point, the size of each piece
 * its component breaks into, and for every bridge the size of the side it
 * cuts off, all in linear time.
 */
import type { NetworkSnapshot } from '../../network/snapshot';

/** What one search finds; typed arrays indexed by view index. */
export interface CutStructure {
  /** Component number of each node (components numbered in search order). */
  readonly component: Int32Array;
  /** Size of each component, by component number. */
  readonly componentSize: Int32Array;
  /** Number of components. */
  readonly componentCount: number;
  /** DFS parent (-1 for a root). */
  readonly parent: Int32Array;
  /** DFS subtree size. */
  readonly subtree: Int32Array;
  /** 1 for articulation points. */
  readonly articulation: Uint8Array;
  /** Pieces the node's component falls into without it (0 for an isolated node). */
  readonly pieces: Int32Array;
  /** Partners cut off from the search root of the component without this node (for a root: every other partner). */
  readonly cutFromRoot: Int32Array;
  /** Size of the largest piece left without this node. */
  readonly largestPiece: Int32Array;
  /** Nodes `v` whose tree tie to `parent[v]` is a bridge, in search order. */
  readonly bridgeChildren: Int32Array;
}

/**
 * Runs the search. Roots are taken from `rootOrder` first (e.g. the home
 * partner), then every node in index order; arcs in each row are visited in
 * index order, so the result is deterministic.
 */
export function cutStructure(view: Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets' | 'multiplicity'>, rootOrder: readonly number[] = []): CutStructure {
  const n = view.order;
  const { offsets, targets, multiplicity } = view;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const subtree = new Int32Array(n);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const component = new Int32Array(n);
  const separatedCount = new Int32Array(n);
  const separatedSum = new Int32Array(n);
  const separatedMax = new Int32Array(n);
  const bridgeChildren = new Int32Array(n);
  let bridges = 0;
  const sizes: number[] = [];
  let time = 0;

  const roots = new Int32Array(rootOrder.length + n);
  let r = 0;
  for (const root of rootOrder) roots[r++] = root;
  for (let u = 0; u < n; u += 1) roots[r++] = u;

  for (let ri = 0; ri < r; ri += 1) {
    const root = roots[ri];
    if (disc[root] !== -1) continue;
    const c = sizes.length;
    let size = 0;
    let sp = 0;
    disc[root] = low[root] = time++;
    next[root] = offsets[root];
    component[root] = c;
    stack[sp++] = root;
    while (sp > 0) {
      const u = stack[sp - 1];
      const k = next[u];
      if (k < offsets[u + 1]) {
        next[u] = k + 1;
        const v = targets[k];
        if (disc[v] === -1) {
          parent[v] = u;
          disc[v] = low[v] = time++;
          next[v] = offsets[v];
          component[v] = c;
          stack[sp++] = v;
        } else if (v !== parent[u] || multiplicity[k] > 1) {
          // A back edge, or a second relationship to the parent: either way a
          // way round the tree tie.
          if (disc[v] < low[u]) low[u] = disc[v];
        }
        continue;
      }
      // u is finished.
      sp -= 1;
      size += 1;
      subtree[u] += 1;
      const p = parent[u];
      if (p === -1) continue;
      subtree[p] += subtree[u];
      if (low[u] < low[p]) low[p] = low[u];
      if (low[u] >= disc[p]) {
        separatedCount[p] += 1;
        separatedSum[p] += subtree[u];
        if (subtree[u] > separatedMax[p]) separatedMax[p] = subtree[u];
      }
      if (low[u] > disc[p]) bridgeChildren[bridges++] = u;
    }
    sizes.push(size);
  }

  const componentSize = Int32Array.from(sizes);
  const articulation = new Uint8Array(n);
  const pieces = new Int32Array(n);
  const cutFromRoot = new Int32Array(n);
  const largestPiece = new Int32Array(n);
  for (let u = 0; u < n; u += 1) {
    const isRoot = parent[u] === -1;
    if (isRoot) {
      // Every child subtree of a root is a piece of its own.
      pieces[u] = separatedCount[u];
      articulation[u] = separatedCount[u] >= 2 ? 1 : 0;
      cutFromRoot[u] = separatedSum[u];
      largestPiece[u] = separatedMax[u];
    } else {
      const rest = componentSize[component[u]] - 1 - separatedSum[u];
      pieces[u] = separatedCount[u] + 1;
      articulation[u] = separatedCount[u] >= 1 ? 1 : 0;
      cutFromRoot[u] = separatedSum[u];
      largestPiece[u] = rest > separatedMax[u] ? rest : separatedMax[u];
    }
  }
  return {
    component,
    componentSize,
    componentCount: sizes.length,
    parent,
    subtree,
    articulation,
    pieces,
    cutFromRoot,
    largestPiece,
    bridgeChildren: bridgeChildren.slice(0, bridges),
  };
}
