/**
 * Normalised mutual information between two partitions, with the arithmetic
 * mean of the entropies as normaliser (Danon et al. 2005; the default of
 * scikit-learn's `normalized_mutual_info_score` and igraph's
 * `compare_communities(method="nmi")`):
 *
 *     NMI(A, B) = I(A; B) / ((H(A) + H(B)) / 2)
 *
 * 1 for identical partitions (whatever the labels), 0 for independent ones.
 * As in scikit-learn, two partitions that both put everything in one group (or
 * are both empty) score 1, and a zero mutual information scores 0.
 */
import { describeValue, fail } from '../../model/errors';

/** Labels of a partition: one per item, or partner id -> label. */
export type PartitionLabels = readonly (number | string)[] | ReadonlyMap<string, number | string>;

function compact(labels: readonly (number | string)[]): { codes: Int32Array; count: number } {
  const seen = new Map<number | string, number>();
  const codes = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i += 1) {
    const label = labels[i] as number | string;
    let c = seen.get(label);
    if (c === undefined) {
      c = seen.size;
      seen.set(label, c);
    }
    codes[i] = c;
  }
  return { codes, count: seen.size };
}

function entropy(counts: Float64Array, total: number): number {
  let h = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const p = counts[i] / total;
    if (p > 0) h -= p * Math.log(p);
  }
  return h;
}

/**
 * Normalised mutual information of two partitions (arithmetic normalisation).
 *
 * Give either two label arrays of the same length (item i has label a[i] in
 * one partition and b[i] in the other), or two Maps from partner id to label:
 * then only the partners present in both count (the partners two snapshots of
 * a network share, say).
 *
 * @example
 * ```ts
 * normalizedMutualInformation([0, 0, 1, 1], ['x', 'x', 'y', 'y']); // 1
 * normalizedMutualInformation(before.assignment, after.assignment);
 * ```
 */
export function normalizedMutualInformation(a: PartitionLabels, b: PartitionLabels): number {
  const fn = 'normalizedMutualInformation';
  let left: (number | string)[];
  let right: (number | string)[];
  if (a instanceof Map && b instanceof Map) {
    left = [];
    right = [];
    for (const [id, label] of a as ReadonlyMap<string, number | string>) {
      if (!b.has(id)) continue;
      left.push(label);
      right.push((b as ReadonlyMap<string, number | string>).get(id) as number | string);
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      fail(fn, 'invalid-argument', `the two label arrays must have the same length; received ${a.length} and ${b.length}.`);
    }
    left = a as (number | string)[];
    right = b as (number | string)[];
  } else {
    fail(fn, 'invalid-argument', `give two arrays of labels or two Maps; received ${describeValue(a)} and ${describeValue(b)}.`);
  }
  for (const label of [...left, ...right]) {
    if (typeof label !== 'string' && !(typeof label === 'number' && Number.isFinite(label))) {
      fail(fn, 'invalid-argument', `labels must be strings or finite numbers; received ${describeValue(label)}.`);
    }
  }
  const n = left.length;
  const x = compact(left);
  const y = compact(right);
  if ((x.count === 1 && y.count === 1) || (x.count === 0 && y.count === 0)) return 1;

  const rowCounts = new Float64Array(x.count);
  const colCounts = new Float64Array(y.count);
  const joint = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    rowCounts[x.codes[i]] += 1;
    colCounts[y.codes[i]] += 1;
    const key = x.codes[i] * y.count + y.codes[i];
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  let mi = 0;
  for (const [key, count] of joint) {
    const r = Math.floor(key / y.count);
    const c = key - r * y.count;
    mi += (count / n) * Math.log((count * n) / (rowCounts[r] * colCounts[c]));
  }
  if (mi <= 0) return 0;
  const normaliser = (entropy(rowCounts, n) + entropy(colCounts, n)) / 2;
  return Math.min(1, mi / normaliser);
}
