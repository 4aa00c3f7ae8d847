/**
 * Connected components of an undirected view (iterative BFS, O(n + m)) and
 * the choice of the reference partner that fragility measures against: home
 * when it is in the view, otherwise the best-connected partner of the largest
 * component.
 */
import type { NetworkSnapshot } from '../../network/snapshot';
import { compareIds } from './view-relationships';

/** Component labels (numbered in index order of their first node) and sizes. */
export function componentLabels(view: Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets'>): { label: Int32Array; sizes: Int32Array } {
  const n = view.order;
  const { offsets, targets } = view;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s += 1) {
    if (label[s] !== -1) continue;
    const c = sizes.length;
    label[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
        const v = targets[k];
        if (label[v] === -1) {
          label[v] = c;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  return { label, sizes: Int32Array.from(sizes) };
}

/**
 * The stand-in for home when there is none: among the partners of the largest
 * components, the one with the most neighbours, ties broken by id. -1 for an
 * empty view.
 */
export function bestConnectedOfLargest(view: NetworkSnapshot): number {
  if (view.order === 0) return -1;
  const { label, sizes } = componentLabels(view);
  let largest = 0;
  for (let c = 0; c < sizes.length; c += 1) if (sizes[c] > largest) largest = sizes[c];
  let best = -1;
  let bestDegree = -1;
  for (let u = 0; u < view.order; u += 1) {
    if (sizes[label[u]] !== largest) continue;
    const degree = view.offsets[u + 1] - view.offsets[u];
    if (degree > bestDegree || (degree === bestDegree && compareIds(view.ids[u], view.ids[best]) < 0)) {
      best = u;
      bestDegree = degree;
    }
  }
  return best;
}
