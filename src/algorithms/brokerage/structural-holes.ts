/**
 * Burt's structural holes (Burt 1992, "Structural Holes: The Social Structure
 * of Competition"): effective size (the non-redundant part of a partner's
 * contacts) and constraint (how much its ties lead back to each other), with
 * NetworkX's definitions (`effective_size`, `constraint`, `local_constraint`):
 *
 *   mutual weight   a(u,v) = w(u->v) + w(v->u)
 *   p(u,v)          = a(u,v) / sum over neighbours x of u of a(u,x)
 *   m(v,w)          = a(v,w) / max over neighbours x of v of a(v,x)
 *   effective size  = sum over v in N(u) of (1 - sum over w in N(u) of p(u,w) m(v,w))
 *   constraint      = sum over v in N(u) of (p(u,v) + sum over w in N(u) of p(u,w) p(w,v))^2
 *
 * where N(u) is every neighbour, in or out. On an undirected view every tie
 * has both arcs, so a(u,v) = 2 w(u,v) and the values are NetworkX's for a
 * `Graph`; on a directed view they are NetworkX's for a `DiGraph` (except
 * that NetworkX gives NaN to a node with in-ties only, which has neighbours;
 * here only a partner with no tie at all gets none). Unweighted, every arc
 * weighs 1. For undirected unweighted graphs NetworkX uses Borgatti's
 * shortcut n - 2t/n, which is the same number.
 *
 * O(sum over ties of the neighbour's degree) on the CSR view.
 */
import { transpose, type NetworkSnapshot } from '../../network/snapshot';

/** Effective size and constraint per node (NaN for a node with no tie). */
export function structuralHoles(view: NetworkSnapshot, weighted: boolean): { effectiveSize: Float64Array; constraint: Float64Array } {
  const n = view.order;
  // The symmetric neighbourhood: the union of out- and in-rows, with mutual weights.
  const inView = view.directed ? transpose(view) : view;
  const offsets = new Int32Array(n + 1);
  const nbr = new Int32Array(view.targets.length + inView.targets.length);
  const mw = new Float64Array(nbr.length);
  let m = 0;
  for (let u = 0; u < n; u += 1) {
    let a = view.offsets[u];
    const aEnd = view.offsets[u + 1];
    let b = inView.offsets[u];
    const bEnd = inView.offsets[u + 1];
    while (a < aEnd || b < bEnd) {
      const ta = a < aEnd ? view.targets[a] : n;
      const tb = b < bEnd ? inView.targets[b] : n;
      const v = ta < tb ? ta : tb;
      let weight = 0;
      if (ta === v) {
        weight += weighted ? view.strengths[a] : 1;
        a += 1;
      }
      if (tb === v) {
        weight += weighted ? inView.strengths[b] : 1;
        b += 1;
      }
      nbr[m] = v;
      mw[m] = weight;
      m += 1;
    }
    offsets[u + 1] = m;
  }

  const total = new Float64Array(n);
  const largest = new Float64Array(n);
  for (let u = 0; u < n; u += 1) {
    let s = 0;
    let mx = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
      s += mw[k];
      if (mw[k] > mx) mx = mw[k];
    }
    total[u] = s;
    largest[u] = mx;
  }

  const effectiveSize = new Float64Array(n);
  const constraint = new Float64Array(n);
  const pu = new Float64Array(n);
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u += 1) {
    if (offsets[u] === offsets[u + 1]) {
      effectiveSize[u] = NaN;
      constraint[u] = NaN;
      continue;
    }
    const stamp = u + 1;
    for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
      mark[nbr[k]] = stamp;
      pu[nbr[k]] = mw[k] / total[u];
    }
    let es = 0;
    let c = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k += 1) {
      const v = nbr[k];
      let redundancy = 0;
      let indirect = 0;
      for (let l = offsets[v]; l < offsets[v + 1]; l += 1) {
        const w = nbr[l];
        if (mark[w] !== stamp) continue;
        redundancy += pu[w] * (mw[l] / largest[v]);
        indirect += pu[w] * (mw[l] / total[w]);
      }
      es += 1 - redundancy;
      const local = pu[v] + indirect;
      c += local * local;
    }
    effectiveSize[u] = es;
    constraint[u] = c;
  }
  return { effectiveSize, constraint };
}
