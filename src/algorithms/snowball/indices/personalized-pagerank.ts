/**
 * Personalised PageRank from one source by local push (Andersen, Chung & Lang
 * 2006, "Local graph partitioning using PageRank vectors"), the rooted
 * PageRank of Liben-Nowell & Kleinberg (2007).
 *
 * The walk moves along ties with probability proportional to tie strength and
 * jumps back to the source with probability `restart` (alpha) at each step:
 *   π_x = alpha e_x + (1 - alpha) π_x P,   P = D^-1 W.
 * Push keeps an estimate p and a residual r with π_x = p + Σ_u r(u) π_u: a node
 * u with r(u) >= tolerance x s_u moves alpha r(u) into p(u) and spreads the
 * rest to its neighbours. The work is at most 1 / (alpha x tolerance) tie
 * visits, whatever the size of the graph, and every estimate is within
 * tolerance x s_y below the exact value.
 *
 * The pair score is s_x π_x(y). On an undirected graph s_x π_x(y) = s_y π_y(x)
 * (the walk is reversible), so the score is symmetric, and for one source it
 * ranks candidates exactly as π_x does (the local random walk index of Liu &
 * Lü 2010, with restart).
 */
import { nodeStrengths, type LinkGraph } from '../link-graph';
import { ScoreBuffer } from './score-buffer';
import type { SourceScorer } from './source-scorer';

/** A personalised-PageRank scorer; buffers are allocated once and reused across sources. */
export function personalizedPageRankScorer(
  graph: LinkGraph,
  weighted: boolean,
  restart: number,
  tolerance: number,
): SourceScorer {
  const { order: n, offsets, targets, strengths } = graph;
  const s = nodeStrengths(graph, weighted);
  const residual = new ScoreBuffer(n);
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  return {
    scoreFrom(x: number, out: ScoreBuffer): void {
      out.reset();
      residual.reset();
      if (s[x]! <= 0) return;
      const r = residual.score;
      residual.add(x, 1);
      // A ring buffer: a node is queued at most once at a time, so n slots suffice.
      let head = 0;
      let size = 1;
      let first = true;
      queue[0] = x;
      queued[x] = 1;
      while (size > 0) {
        const u = queue[head]!;
        head = head + 1 === n ? 0 : head + 1;
        size -= 1;
        queued[u] = 0;
        const ru = r[u]!;
        const su = s[u]!;
        // The source always pushes once, so that a hub with strength above 1 / tolerance still gets scores.
        if (ru < tolerance * su && !(u === x && first)) continue;
        first = false;
        out.add(u, restart * ru);
        r[u] = 0;
        const spread = ((1 - restart) * ru) / su;
        const end = offsets[u + 1]!;
        for (let k = offsets[u]!; k < end; k += 1) {
          const v = targets[k]!;
          residual.add(v, weighted ? spread * strengths[k]! : spread);
          if (queued[v] === 0 && r[v]! >= tolerance * s[v]!) {
            let tail = head + size;
            if (tail >= n) tail -= n;
            queue[tail] = v;
            queued[v] = 1;
            size += 1;
          }
        }
      }
      // Scale to the symmetric pair score s_x π_x(y); the source itself is not a candidate.
      const sx = s[x]!;
      const { list, score } = out;
      for (let i = 0; i < out.count; i += 1) {
        const y = list[i]!;
        score[y] = y === x ? 0 : score[y]! * sx;
      }
    },
  };
}
