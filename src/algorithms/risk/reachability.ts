/**
 * Who loses their path to a reference partner (home) when a set of ties goes?
 * Used for key-person risk: when a person leaves, the relationships only they
 * carry go, and the ties made only of those relationships with them.
 *
 * A plain answer is one breadth-first search from the reference per person,
 * O(n + m) each. This does the same exactly but usually far cheaper: every
 * partner cut off must sit in a piece that holds an end of a removed tie, so
 * for each such end we run a search from it, alternating with
 * one search from the reference that is kept across the ends. The end's
 * search stops as soon as it touches anything known to reach the reference
 * (it is connected) or runs dry (its piece is cut off, and its size is what
 * we want). If the reference's search runs dry first, its piece is all that
 * stays connected. The reference's search advances arc by arc, as many arcs
 * as the end's search has just scanned, so neither side outruns the other
 * (a hub's long row is not read for an end two steps from it): a person costs
 * O(n + m) at worst and, typically, a few rows of the CSR.
 */
import type { NetworkSnapshot } from '../../network/snapshot';

type Csr = Pick<NetworkSnapshot, 'order' | 'offsets' | 'targets'>;

/** Scratch space for repeated queries on one view; stamps avoid clearing. */
export class CutOffCounter {
  private readonly refSeen: Int32Array;
  private readonly good: Int32Array;
  private readonly cut: Int32Array;
  private readonly endSeen: Int32Array;
  private readonly refQueue: Int32Array;
  private readonly endQueue: Int32Array;
  private epoch = 0;
  private search = 0;

  /**
   * @param view - the undirected view.
   * @param reference - the reference node (home), or -1.
   * @param component - component number of each node; `refComponent`'s size is `refSize`.
   */
  constructor(
    private readonly view: Csr,
    private readonly reference: number,
    private readonly component: Int32Array,
    private readonly refSize: number,
  ) {
    const n = view.order;
    this.refSeen = new Int32Array(n);
    this.good = new Int32Array(n);
    this.cut = new Int32Array(n);
    this.endSeen = new Int32Array(n);
    this.refQueue = new Int32Array(n);
    this.endQueue = new Int32Array(n);
  }

  /**
   * Nodes that reach the reference in the view but not once the arcs flagged
   * in `gone` (both directions of each removed tie) are removed. `ends` lists
   * the ends of the removed ties. Returns the cut-off nodes, sorted by index.
   */
  cutOff(gone: Uint8Array, ends: readonly number[]): number[] {
    const r = this.reference;
    if (r < 0) return [];
    const { offsets, targets } = this.view;
    const { refSeen, good, cut, endSeen, refQueue, endQueue, component } = this;
    const refComponent = component[r];
    const epoch = ++this.epoch;
    refSeen[r] = epoch;
    refQueue[0] = r;
    let refHead = 0;
    let refTail = 1;
    // The reference's search advances arc by arc (a hub's row can be long),
    // as many arcs as the end's search has just scanned.
    let refArc = 0;
    let refEnd = 0;
    const found: number[] = [];

    for (const e of ends) {
      if (component[e] !== refComponent) continue;
      if (refSeen[e] === epoch || good[e] === epoch || cut[e] === epoch) continue;
      const s = ++this.search;
      endSeen[e] = s;
      endQueue[0] = e;
      let head = 0;
      let tail = 1;
      let met = false;
      for (;;) {
        // One node of the end's search.
        if (head === tail) break; // ran dry: a piece cut off
        const x = endQueue[head++];
        let budget = 1;
        for (let k = offsets[x]; k < offsets[x + 1]; k += 1) {
          budget += 1;
          if (gone[k] === 1) continue;
          const y = targets[k];
          if (refSeen[y] === epoch || good[y] === epoch) {
            met = true;
            break;
          }
          if (endSeen[y] !== s) {
            endSeen[y] = s;
            endQueue[tail++] = y;
          }
        }
        if (met) break;
        // As many arcs of the reference's search.
        while (budget > 0 && !met) {
          if (refArc === refEnd) {
            if (refHead === refTail) return this.allButReferencePiece(refTail, refComponent, epoch);
            const z = refQueue[refHead++];
            refArc = offsets[z];
            refEnd = offsets[z + 1];
            continue;
          }
          const k = refArc++;
          budget -= 1;
          if (gone[k] === 1) continue;
          const y = targets[k];
          if (refSeen[y] !== epoch) {
            refSeen[y] = epoch;
            refQueue[refTail++] = y;
            if (endSeen[y] === s) met = true;
          }
        }
        if (met) break;
      }
      if (met) {
        for (let i = 0; i < tail; i += 1) good[endQueue[i]] = epoch;
      } else {
        for (let i = 0; i < tail; i += 1) {
          cut[endQueue[i]] = epoch;
          found.push(endQueue[i]);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** The reference's search ran dry: everything else in its component is cut off. */
  private allButReferencePiece(reached: number, refComponent: number, epoch: number): number[] {
    const out: number[] = [];
    if (reached === this.refSize) return out;
    for (let x = 0; x < this.view.order; x += 1) {
      if (this.component[x] === refComponent && this.refSeen[x] !== epoch) out.push(x);
    }
    return out;
  }
}
