/**
 * Expected brokerage counts and their standard deviations under a random
 * graph of the same size and density (Gould & Fernandez 1989), as R's sna
 * `brokerage()` computes them (`exp.nli`, `sd.nli`, `exp.gli`, `sd.gli`).
 *
 * sna evaluates some sums with outer products and a triple loop over groups
 * (O(g^3)); here they are rewritten with power sums p_k = sum of n_g^k, so
 * an attribute with thousands of distinct values costs O(g). The rewriting:
 *   sum over distinct (i, j, k) of n_i n_j n_k         = p1^3 - 3 p1 p2 + 2 p3
 *   sum over distinct (i, j, k) of n_i^2 n_j n_k       = sum_i n_i^2 ((p1 - n_i)^2 - (p2 - n_i^2))
 * and the per-group sums over the other groups as p_k minus the group's own
 * term. The tests compare every value with sna's to 1e-9.
 */

/** Six values in sna's column order: w_I, w_O, b_IO, b_OI, b_O, t. */
export type Six = [number, number, number, number, number, number];

/** Expectations and variances per group and for the whole network. */
export interface BrokerageExpectations {
  /** By group index. */
  groupExpected: Six[];
  groupVariance: Six[];
  totalExpected: Six;
  totalVariance: Six;
}

const choose2 = (x: number): number => (x * (x - 1)) / 2;

/**
 * @param sizes - group sizes (n_g), all >= 1.
 * @param density - arcs / (N (N - 1)).
 */
export function brokerageExpectations(sizes: readonly number[], density: number): BrokerageExpectations {
  const d = density;
  const N = sizes.reduce((s, x) => s + x, 0);
  const q = d * d * (1 - d);
  const a3 = d ** 3 * (1 - d) ** 3;
  const b4 = d ** 4 * (1 - d) ** 2;
  const c5 = d ** 5 * (1 - d);
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let f2 = 0; // sum n(n-1)
  let f3 = 0; // sum n(n-1)(n-2)
  for (const x of sizes) {
    p1 += x;
    p2 += x * x;
    p3 += x * x * x;
    f2 += x * (x - 1);
    f3 += x * (x - 1) * (x - 2);
  }

  const groupExpected: Six[] = [];
  const groupVariance: Six[] = [];
  for (const a of sizes) {
    const o1 = p1 - a;
    const o2 = p2 - a * a;
    const o3 = p3 - a * a * a;
    const e1 = q * (a - 1) * (a - 2);
    const v1 = e1 * (1 - q) + 2 * (a - 1) * (a - 2) * (a - 3) * a3;
    const e2 = q * (f2 - a * (a - 1));
    const v2 = e2 * (1 - q) + 2 * (f3 - a * (a - 1) * (a - 2)) * a3;
    const e3 = q * (N - a) * (a - 1);
    const v3 = e3 * (1 - q) + 2 * ((a - 1) * choose2(N - a) + (N - a) * choose2(a - 1)) * a3;
    const e5 = q * (o1 * o1 - o2);
    // sum over other groups j of n_j * C(A - n_j, 2) with A = N - a.
    const A = N - a;
    const s5 = ((A * A - A) * o1 + (1 - 2 * A) * o2 + o3) / 2;
    const v5 = e5 * (1 - q) + 4 * s5 * a3;
    const e6 = q * (N - 1) * (N - 2);
    const v6 = e6 * (1 - q) + 2 * (N - 1) * (N - 2) * (N - 3) * a3;
    groupExpected.push([e1, e2, e3, e3, e5, e6]);
    groupVariance.push([v1, v2, v3, v3, v5, v6]);
  }

  let sum1 = 0;
  let sum2 = 0;
  let sum2b = 0;
  let sum3 = 0;
  let w = 0;
  for (const x of sizes) {
    sum1 += x * (x - 1) * (x - 2) * ((4 * x - 10) * a3 - 4 * (x - 3) * b4 + (x - 3) * c5);
    sum2 += x * (x - 1) * (p1 * ((2 * x - 6) * a3 + (N - x - 1) * c5) + 2 * p2 * a3);
    sum2b += x * x * (x - 1) * ((4 * x - 6) * a3 + (N - x - 1) * c5);
    sum3 += x * (N - x) * (x - 1) * ((N - 3) * a3 + (x - 2) * c5);
    w += x * x * ((p1 - x) ** 2 - (p2 - x * x));
  }
  const s3 = p1 ** 3 - 3 * p1 * p2 + 2 * p3;
  const g1 = q * f3;
  const g2 = q * sizes.reduce((s, x) => s + x * (N - x) * (x - 1), 0);
  const g5 = q * (N * p1 * p1 - 2 * p1 * p2 - N * p2 + 2 * p3);
  const g6 = q * N * (N - 1) * (N - 2);
  const totalExpected: Six = [g1, g2, g2, g2, g5, g6];
  const totalVariance: Six = [
    g1 * (1 - q) + sum1,
    g2 * (1 - q) + sum2 - sum2b,
    g2 * (1 - q) + sum3,
    g2 * (1 - q) + sum3,
    g5 * (1 - q) + (a3 - b4) * ((4 * N - 2) * s3 - 8 * w) + c5 * ((N - 1) * s3 - 2 * w),
    g6 * (1 - q) + N * (N - 1) * (N - 2) * ((4 * N - 10) * a3 - 4 * (N - 3) * b4 + (N - 3) * c5),
  ];
  return { groupExpected, groupVariance, totalExpected, totalVariance };
}
