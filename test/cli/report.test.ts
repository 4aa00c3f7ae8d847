/**
 * `partnermap report`: the README's first command. Writes report.md and
 * map.svg (report.html with --html) on the example network or a file, with
 * the shared flags; personal data removed unless asked for; user errors
 * never print a stack trace.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNetwork, EXAMPLE_KEY_PERSON, exampleNetwork, redactNetwork, removePartner, renderSvg, report, toJson } from 'partnermap';
import type { CliIo } from '../../src/cli/command';
import { run } from '../../src/cli/run';

function memoryIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stderrIsTty: false,
    cwd,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'partnermap-report-'));
const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');

describe('partnermap report', () => {
  it('on the example network: report.md and map.svg in partnermap-report/', async () => {
    const cwd = tempDir();
    const io = memoryIo(cwd);
    expect(await run(['report'], io)).toBe(0);
    const md = read(cwd, 'partnermap-report', 'report.md');
    const svg = read(cwd, 'partnermap-report', 'map.svg');
    expect(existsSync(join(cwd, 'partnermap-report', 'report.html'))).toBe(false);
    // The same report and map the library makes, the map drawn from the redacted network.
    expect(md).toBe(report(exampleNetwork(), { mapSvg: svg }));
    expect(svg).toBe(renderSvg(redactNetwork(exampleNetwork()), { seed: 1 }));
    expect(md).toContain('](map.svg)');
    expect(md).not.toContain(EXAMPLE_KEY_PERSON);
    const example = exampleNetwork();
    expect(io.out).toContain(`Report of the built-in example network (${example.order} partners, ${example.size} relationships):`);
    expect(io.out).toContain(join('partnermap-report', 'report.md'));
    expect(io.out).toContain('Personal data removed');
    // Progress on stderr, one line per step when stderr is not a terminal.
    expect(io.err).toMatch(new RegExp(`^drawing the map of ${example.order} partners \\(\\d+\\.\\d s\\)\\nanalysing ${example.order} partners and ${example.size} relationships`));
  });

  it('--html adds one self-contained page; --json says what was written; --quiet silences progress', async () => {
    const cwd = tempDir();
    const io = memoryIo(cwd);
    expect(await run(['report', '--out', 'out', '--html', '--json', '--quiet', '--limit', '3'], io)).toBe(0);
    expect(io.err).toBe('');
    const summary = JSON.parse(io.out);
    expect(summary).toMatchObject({
      source: 'the built-in example network',
      previous: null,
      out: 'out',
      files: [join('out', 'report.md'), join('out', 'map.svg'), join('out', 'report.html')],
      partners: exampleNetwork().order,
      relationships: exampleNetwork().size,
      personalData: 'removed',
      asOf: '2025-06-30',
    });
    const html = read(cwd, 'out', 'report.html');
    expect(html).toContain(read(cwd, 'out', 'map.svg'));
    expect(html).not.toMatch(/<script|<link|\ssrc=/);
  });

  it('reads a file, with --previous for what changed and --include-personal', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'now.json'), toJson(exampleNetwork()));
    const before = exampleNetwork();
    removePartner(before, 'tri-county-makerspace');
    writeFileSync(join(cwd, 'before.json'), toJson(before));
    const io = memoryIo(cwd);
    expect(await run(['report', 'now.json', '--previous', 'before.json', '--include-personal', '-o', 'r', '--title', 'Year 3'], io)).toBe(0);
    const md = read(cwd, 'r', 'report.md');
    expect(md.startsWith('# Year 3\n')).toBe(true);
    expect(md).toContain('## What changed');
    expect(md).toContain('- Joined the map (1): Tri-County Makerspace.');
    expect(md).toContain(EXAMPLE_KEY_PERSON);
    expect(io.out).toContain('It names people (personal data): keep it inside the organisation.');
  });

  it('shows each analysis as a progress step on a large network', async () => {
    const cwd = tempDir();
    const partners = Array.from({ length: 1200 }, (_, i) => ({ id: `o${i}`, sector: i % 3 === 0 ? ('school' as const) : ('stem-company' as const) }));
    const relationships = partners.slice(1).map((p, i) => ({ source: `o${Math.floor(i / 3)}`, target: p.id }));
    writeFileSync(join(cwd, 'big.json'), toJson(createNetwork({ home: 'o0', partners, relationships })));
    const io = memoryIo(cwd);
    expect(await run(['report', 'big.json', '--map', 'none'], io)).toBe(0);
    expect(io.err).toContain('reading big.json');
    expect(io.err).toContain('analysing 1,200 partners and 1,199 relationships');
    expect(io.err).toContain('\nranking hubs (');
    expect(io.err).toContain('\nwriting partnermap-report (');
  });

  it('--map embed puts the map in report.md and writes no map.svg; --map none leaves it out', async () => {
    const cwd = tempDir();
    expect(await run(['report', '--map', 'embed', '-o', 'e', '-q'], memoryIo(cwd))).toBe(0);
    expect(read(cwd, 'e', 'report.md')).toContain('](data:image/svg+xml;base64,');
    expect(existsSync(join(cwd, 'e', 'map.svg'))).toBe(false);
    expect(await run(['report', '--map', 'none', '-o', 'n', '-q'], memoryIo(cwd))).toBe(0);
    expect(read(cwd, 'n', 'report.md')).not.toContain('## The network map');
  });

  it('user errors: a message and exit 2 (or 1 for bad data), never a stack trace', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a-file'), 'x');
    writeFileSync(join(cwd, 'broken.json'), '{"partners": [');
    const cases: [string[], number, RegExp][] = [
      [['report', '--limit', 'ten'], 2, /--limit must be a positive integer or all; received ten/],
      [['report', '--map', 'inline'], 2, /--map must be one of reference, embed, none; received inline/],
      [['report', '--as-of', 'yesterday'], 2, /--as-of must be an ISO date/],
      [['report', '--seed', 'x'], 2, /--seed must be an integer/],
      [['report', 'missing.json'], 2, /no such file: missing\.json/],
      [['report', '--previous', 'missing.json'], 2, /no such file: missing\.json/],
      [['report', '--out', 'a-file'], 2, /--out must be a directory; a-file is a file/],
      [['report', 'broken.json'], 1, /broken\.json has errors/],
      [['report', 'a', 'b'], 2, /unexpected argument b/],
      [['report', '--colour'], 2, /Unknown option '--colour'/],
    ];
    for (const [argv, code, message] of cases) {
      const io = memoryIo(cwd);
      expect(await run(argv, io), argv.join(' ')).toBe(code);
      expect(io.err).toMatch(message);
      expect(io.err).not.toMatch(/\n\s+at /);
    }
  });

  it('shows help with the shared flags', async () => {
    const io = memoryIo(tempDir());
    expect(await run(['report', '--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: partnermap report [file] [--out <dir>] [--html]');
    expect(io.out).toContain('--seed <n>');
    const list = memoryIo(tempDir());
    await run(['--help'], list);
    expect(list.out).toMatch(/\n {2}report +write the report/);
  });
});
