/**
 * A bounded heap keeping the best `limit` pairs seen, under the order results
 * are sorted in: score descending, then source id, then target id (by code
 * units). Ids are compared by `compareNodes` only when scores are equal (the
 * caller passes integer ranks in id order when it scores every pair, or a
 * string comparison when it scores a few sources and sorting every id would
 * cost more than the work). Offering a pair worse than the current worst is a
 * single comparison; memory is O(limit), never O(n^2).
 */

/** The best pairs offered so far. */
export class TopPairs {
  private readonly limit: number;
  private readonly compareNodes: (u: number, v: number) => number;
  private size = 0;
  private score: Float64Array;
  private source: Int32Array;
  private target: Int32Array;

  /** `compareNodes(u, v)` is negative when u's id sorts before v's. */
  constructor(limit: number, compareNodes: (u: number, v: number) => number) {
    this.limit = limit;
    this.compareNodes = compareNodes;
    const initial = Math.max(1, Math.min(limit, 1024));
    this.score = new Float64Array(initial);
    this.source = new Int32Array(initial);
    this.target = new Int32Array(initial);
  }

  /** Number of pairs kept. */
  get length(): number {
    return this.size;
  }

  /** True when the pair (s1, u1, v1) ranks below the pair (s2, u2, v2). */
  private below(s1: number, u1: number, v1: number, s2: number, u2: number, v2: number): boolean {
    if (s1 !== s2) return s1 < s2;
    const c = u1 === u2 ? 0 : this.compareNodes(u1, u2);
    if (c !== 0) return c > 0;
    return this.compareNodes(v1, v2) > 0;
  }

  /** True when slot i ranks below slot j. */
  private worse(i: number, j: number): boolean {
    return this.below(this.score[i]!, this.source[i]!, this.target[i]!, this.score[j]!, this.source[j]!, this.target[j]!);
  }

  /** Offers the pair (u, v) with this score; kept when it is among the best `limit`. */
  offer(score: number, u: number, v: number): void {
    if (this.limit === 0) return;
    if (this.size === this.limit) {
      // The root is the worst pair kept.
      if (!this.below(this.score[0]!, this.source[0]!, this.target[0]!, score, u, v)) return;
      this.set(0, score, u, v);
      this.siftDown(0);
      return;
    }
    if (this.size === this.score.length) this.grow();
    this.set(this.size, score, u, v);
    this.size += 1;
    this.siftUp(this.size - 1);
  }

  /** The pairs kept, best first: [score, u, v] triples. */
  sorted(): [number, number, number][] {
    const out: [number, number, number][] = [];
    for (let i = 0; i < this.size; i += 1) out.push([this.score[i]!, this.source[i]!, this.target[i]!]);
    const cmp = this.compareNodes;
    out.sort((a, b) => b[0] - a[0] || cmp(a[1], b[1]) || cmp(a[2], b[2]));
    return out;
  }

  private set(i: number, score: number, u: number, v: number): void {
    this.score[i] = score;
    this.source[i] = u;
    this.target[i] = v;
  }

  private swap(i: number, j: number): void {
    const s = this.score[i]!;
    const u = this.source[i]!;
    const v = this.target[i]!;
    this.set(i, this.score[j]!, this.source[j]!, this.target[j]!);
    this.set(j, s, u, v);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.worse(right, left) ? right : left;
      if (!this.worse(child, i)) return;
      this.swap(i, child);
      i = child;
    }
  }

  private grow(): void {
    const capacity = Math.min(this.limit, this.score.length * 2);
    const score = new Float64Array(capacity);
    const source = new Int32Array(capacity);
    const target = new Int32Array(capacity);
    score.set(this.score);
    source.set(this.source);
    target.set(this.target);
    this.score = score;
    this.source = source;
    this.target = target;
  }
}
