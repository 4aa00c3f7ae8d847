/**
 * Import and export speed of every interchange format (partnermap JSON, CSV,
 * GEXF, GraphML) on seeded Barabási-Albert networks, and the peak memory of
 * importing 1,000,000 relationships, each format in its own process (peak RSS
 * from `process.resourceUsage().maxRSS`).
 *
 *   npx tsx bench/io.bench.ts          # writes bench/results/io.md and io.json
 *
 * JSON (JSON.parse + buildNetwork) is the baseline of each comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCsv, fromGexf, fromGraphml, fromJson, toCsv, toGexf, toGraphml, toJson, type PartnerNetwork } from 'partnermap';
import { compare, formatMs, machine, toMarkdown, writeResults, type Comparison } from './measure';
import { barabasiAlbert, toNetwork } from './synthetic';

type Format = 'json' | 'csv' | 'gexf' | 'graphml';
const FORMATS: Format[] = ['csv', 'gexf', 'graphml', 'json'];

const writers: Record<Format, (n: PartnerNetwork) => string> = {
  json: (n) => toJson(n, { indent: 0 }),
  csv: (n) => JSON.stringify(toCsv(n)),
  gexf: (n) => toGexf(n),
  graphml: (n) => toGraphml(n),
};
const readers: Record<Format, (text: string) => PartnerNetwork> = {
  json: (t) => fromJson(t).network,
  csv: (t) => fromCsv(JSON.parse(t) as { partners: string; relationships: string }).network,
  gexf: (t) => fromGexf(t).network,
  graphml: (t) => fromGraphml(t).network,
};

/** The 1,000,000-relationship network (BA n=200,000 m=5: 999,985 relationships). */
function bigNetwork(): PartnerNetwork {
  return toNetwork(barabasiAlbert(200_000, 5, 2));
}

/** Child mode: import one file and report time and peak memory ('graph': build the same network directly, the baseline). */
function child(format: Format | 'graph', path: string): void {
  if (format === 'graph') {
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const network = bigNetwork();
    const ms = performance.now() - t0;
    process.stdout.write(
      JSON.stringify({ format: 'graph (no file: graphology calls)', ms, relationships: network.size, partners: network.order, rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024, fileMb: 0, exportMs: 0 }),
    );
    return;
  }
  const text = readFileSync(path, 'utf8');
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const network = readers[format](text);
  const ms = performance.now() - t0;
  const peakKb = process.resourceUsage().maxRSS;
  process.stdout.write(
    JSON.stringify({ format, ms, relationships: network.size, partners: network.order, rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: peakKb / 1024, fileMb: text.length / 2 ** 20 }),
  );
}

function main(): void {
  const comparisons: Comparison[] = [];
  const network = toNetwork(barabasiAlbert(20_000, 5, 1));
  const size = `${network.order} partners, ${network.size} relationships`;
  const texts = Object.fromEntries(FORMATS.map((f) => [f, writers[f](network)])) as Record<Format, string>;
  comparisons.push(compare('export', size, FORMATS.map((f) => ({ name: f, run: () => writers[f](network) })), 3));
  comparisons.push(compare('import', size, FORMATS.map((f) => ({ name: f, run: () => readers[f](texts[f]) })), 3));

  // 1,000,000 relationships: each format imported in a fresh process.
  const big = bigNetwork();
  const dir = mkdtempSync(join(tmpdir(), 'partnermap-io-bench-'));
  const memory: Record<string, unknown>[] = [];
  for (const format of FORMATS) {
    const path = join(dir, `big.${format}`);
    const t0 = performance.now();
    writeFileSync(path, writers[format](big));
    const exportMs = performance.now() - t0;
    const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', format, path], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (result.status !== 0) throw new Error(`child ${format} failed: ${result.stderr}`);
    memory.push({ ...(JSON.parse(result.stdout) as Record<string, unknown>), exportMs });
    console.log(format, memory[memory.length - 1]);
  }
  const baseline = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', 'graph', ''], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (baseline.status !== 0) throw new Error(`baseline child failed: ${baseline.stderr}`);
  memory.push(JSON.parse(baseline.stdout) as Record<string, unknown>);

  const perTable = comparisons
    .flatMap((c) =>
      c.medians.map((m) => `| ${c.task} | ${m.name} | ${formatMs((m.ms * 100_000) / network.size)} | ${(texts[m.name as Format].length / 2 ** 20).toFixed(1)} MB |`),
    )
    .join('\n');
  const memoryTable = memory
    .map((m) => `| ${String(m.format)} | ${(m.fileMb as number).toFixed(0)} MB | ${formatMs(m.exportMs as number)} | ${formatMs(m.ms as number)} | ${(m.rssBeforeMb as number).toFixed(0)} MB | ${(m.peakRssMb as number).toFixed(0)} MB | ${String(m.relationships)} |`)
    .join('\n');
  const notes = `## Per 100k relationships (${size}; CSV is partners.csv + relationships.csv)

| task | format | median per 100,000 relationships | file |
|---|---|---|---|
${perTable}

## 1,000,000 relationships (BA n=200,000 m=5), import in a fresh process

Peak RSS includes the input text held as a string and the network built
(graphology keeps every node and edge as objects); the importers stream the
text (CSV rows and XML events one at a time), so no table of cells, DOM or
second copy is built; the records handed to \`buildNetwork\` (one object per
row) are the rest. "RSS before" is the process with the text loaded. The
last row is the baseline: the same network built by calling graphology
directly, without any file.

Load average while this ran: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} CPUs (other
work shared the machine; times are inflated accordingly, ratios less so).

| format | file | export | import | RSS before import | peak RSS | relationships read |
|---|---|---|---|---|---|---|
${memoryTable}
`;
  writeResults(
    fileURLToPath(new URL('results/io.md', import.meta.url)),
    toMarkdown('Interchange formats: import and export', comparisons, notes),
    { comparisons, memory, machine: machine() },
  );
}

const at = process.argv.indexOf('--child');
if (at !== -1) child(process.argv[at + 1] as Format | 'graph', process.argv[at + 2] as string);
else main();
