/**
 * Gould-Fernandez brokerage roles (Gould & Fernandez 1989, "Structures of
 * mediation: a formal approach to brokerage in transaction networks",
 * Sociological Methodology 19: 89-126), counted exactly as R's sna
 * `brokerage()` does (Butts; gli.c, `brokerage_R`):
 *
 * a broker j sits on a two-path i -> j -> k with i, j, k distinct and no arc
 * i -> k (an arc k -> i does not matter). Each such two-path is credited to j
 * in one role, by group membership:
 *
 *   coordinator    (w_I)  i, j, k in one group               A -> A -> A
 *   itinerant      (w_O)  i and k in one group, j outside     A -> B -> A
 *   representative (b_IO) j in i's group, k in another       A -> A -> B
 *   gatekeeper     (b_OI) j in k's group, i in another       A -> B -> B
 *   liaison        (b_O)  three different groups             A -> B -> C
 *
 * Kernel on the CSR view: O(sum over j of in-degree x out-degree), with a
 * stamp array for the "no arc i -> k" test. Counts are Float64 (a hub of a
 * 100k network brokers more than 2^31 two-paths).
 */
import type { NetworkSnapshot } from '../../network/snapshot';

/** Number of roles. */
export const ROLE_COUNT = 5;

/**
 * Counts roles per node. `group[x]` is the group index of x, or -1 for a node
 * left out (its arcs are ignored, as if it were not in the network).
 *
 * @returns `counts[x * 5 + role]` with roles in sna's column order
 * (coordinator, itinerant, representative, gatekeeper, liaison), and the number
 * of arcs between counted nodes (for the density).
 */
export function brokerageCounts(
  view: Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets'>,
  group: Int32Array,
): { counts: Float64Array; arcs: number } {
  const n = view.order;
  const { offsets, targets } = view;
  const counts = new Float64Array(n * ROLE_COUNT);
  const mark = new Int32Array(n);
  let arcs = 0;
  for (let i = 0; i < n; i += 1) {
    const gi = group[i];
    if (gi < 0) continue;
    const stamp = i + 1;
    for (let a = offsets[i]; a < offsets[i + 1]; a += 1) mark[targets[a]] = stamp;
    for (let a = offsets[i]; a < offsets[i + 1]; a += 1) {
      const j = targets[a];
      const gj = group[j];
      if (gj < 0) continue;
      arcs += 1;
      const base = j * ROLE_COUNT;
      for (let b = offsets[j]; b < offsets[j + 1]; b += 1) {
        const k = targets[b];
        if (k === i || mark[k] === stamp) continue;
        const gk = group[k];
        if (gk < 0) continue;
        let role: number;
        if (gj === gi) role = gj === gk ? 0 : 2;
        else if (gj === gk) role = 3;
        else if (gi === gk) role = 1;
        else role = 4;
        counts[base + role] += 1;
      }
    }
  }
  return { counts, arcs };
}
