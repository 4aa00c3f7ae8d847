/**
 * A sparse score vector over n nodes that resets in O(1): kernels add into
 * `score[y]`, and `list[0 .. count-1]` names the nodes touched since the last
 * reset, in the order first touched. A stamp per node replaces clearing the
 * whole array between sources, so scoring from n sources costs the work done,
 * not n^2.
 */
export class ScoreBuffer {
  /** Score of each touched node (stale for untouched ones: check `has`). */
  readonly score: Float64Array;
  /** Nodes touched since the last reset, in first-touch order. */
  readonly list: Int32Array;
  /** How many entries of `list` are valid. */
  count = 0;
  private readonly seen: Int32Array;
  private stamp = 1;

  constructor(n: number) {
    this.score = new Float64Array(n);
    this.list = new Int32Array(n);
    this.seen = new Int32Array(n);
  }

  /** Forgets every score. */
  reset(): void {
    this.count = 0;
    this.stamp += 1;
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** True when `y` was touched since the last reset. */
  has(y: number): boolean {
    return this.seen[y] === this.stamp;
  }

  /** Adds `value` to y's score. */
  add(y: number, value: number): void {
    if (this.seen[y] !== this.stamp) {
      this.seen[y] = this.stamp;
      this.score[y] = value;
      this.list[this.count] = y;
      this.count += 1;
    } else {
      this.score[y] = this.score[y]! + value;
    }
  }

  /** Marks y touched with score 0 if it was not (a node to consider even without score). */
  touch(y: number): void {
    if (this.seen[y] !== this.stamp) this.add(y, 0);
  }

  /** Reads y's score: 0 when untouched. */
  get(y: number): number {
    return this.seen[y] === this.stamp ? this.score[y]! : 0;
  }
}
