/**
 * Timing for benchmark scripts: each case runs interleaved with its baselines
 * in one process (these machines are noisy; see ../shared/PERFORMANCE.md),
 * medians are reported with the ratio against the baseline of the same run,
 * and results are written to bench/results/ with the machine and Node version.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, platform, arch } from 'node:os';
import { dirname } from 'node:path';

/** One timed contender. */
export interface Contender {
  name: string;
  run: () => unknown;
}

/** Medians of one comparison. */
export interface Comparison {
  task: string;
  size: string;
  /** Median milliseconds per contender, in the order given. */
  medians: { name: string; ms: number; runs: number }[];
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs the contenders round-robin `rounds` times (after one warm-up each, unless
 * a single run would exceed `maxMs`), returning the median time of each.
 */
export function compare(task: string, size: string, contenders: Contender[], rounds = 5, maxMs = 120_000): Comparison {
  const times = contenders.map(() => [] as number[]);
  const warmUp = contenders.map(() => Number.NaN);
  const budgetLeft = contenders.map(() => true);
  for (let round = 0; round < rounds + 1; round += 1) {
    contenders.forEach((c, i) => {
      if (!budgetLeft[i]) return;
      const t0 = performance.now();
      c.run();
      const ms = performance.now() - t0;
      // Round 0 is the warm-up and is not counted...
      if (round === 0) warmUp[i] = ms;
      else times[i]!.push(ms);
      if (ms * (rounds - round) > maxMs) budgetLeft[i] = false;
    });
  }
  // ...unless the contender is so slow that the warm-up is the only run we could afford.
  times.forEach((list, i) => {
    if (list.length === 0) list.push(warmUp[i]!);
  });
  return {
    task,
    size,
    medians: contenders.map((c, i) => ({ name: c.name, ms: median(times[i]!), runs: times[i]!.length })),
  };
}

/** A description of this machine for the results file. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${arch()}, Node ${process.version}`;
}

/** Formats comparisons as a Markdown table: medians and ratios against the last contender (the baseline). */
export function toMarkdown(title: string, comparisons: readonly Comparison[], notes = ''): string {
  const lines = [
    `# ${title}`,
    '',
    `Machine: ${machine()}  `,
    `Date: ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| task | size | contender | median | runs | speed-up vs baseline |',
    '|---|---|---|---|---|---|',
  ];
  for (const c of comparisons) {
    const baseline = c.medians[c.medians.length - 1]!;
    for (const m of c.medians) {
      const ratio = m === baseline ? 'baseline' : `${(baseline.ms / m.ms).toFixed(1)}x`;
      lines.push(`| ${c.task} | ${c.size} | ${m.name} | ${formatMs(m.ms)} | ${m.runs} | ${ratio} |`);
    }
  }
  if (notes) lines.push('', notes);
  return `${lines.join('\n')}\n`;
}

/** Milliseconds as `12.3 ms` or `4.56 s`. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Writes a results file (Markdown and the raw JSON beside it). */
export function writeResults(path: string, markdown: string, raw: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, markdown);
  writeFileSync(path.replace(/\.md$/, '.json'), `${JSON.stringify({ machine: machine(), date: new Date().toISOString(), raw }, null, 2)}\n`);
}
