import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNetwork, exampleNetwork, hubs, toJson } from 'partnermap';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command';
import { run } from '../../src/cli/run';

function memoryIo(cwd = process.cwd()): CliIo & { out: string; err: string } {
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

function networkFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'partnermap-analyze-'));
  const network = createNetwork({
    name: 'Valley STEM',
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub', sector: 'out-of-school' },
      { id: 'school', name: 'Valley Middle School', sector: 'school' },
      { id: 'museum', name: 'River Museum', sector: 'museum' },
      { id: '__proto__', name: 'Proto Robotics', sector: 'stem-company' },
      { id: 'lib', name: 'Town Library', sector: 'library' },
      { id: 'bank', name: 'First Bank', sector: 'business', status: 'prospect' },
    ],
    relationships: [
      { source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together' },
      { source: 'hub', target: 'museum', kind: 'partnership', level: 'consultation' },
      { source: 'school', target: '__proto__', kind: 'known-tie' },
      { source: '__proto__', target: 'lib', kind: 'known-tie' },
      { source: 'museum', target: 'lib', kind: 'referral', since: '2024-03-01' },
      { source: '__proto__', target: 'bank', kind: 'known-tie' },
    ],
  });
  const file = join(dir, 'valley.json');
  writeFileSync(file, toJson(network));
  return { dir, file };
}

describe('partnermap analyze', () => {
  it('prints the top hubs of the example network with reasons when no file is given', async () => {
    const io = memoryIo();
    const code = await run(['analyze', '--quiet', '--top', '5'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toContain('Cedar Valley STEM Career Connections: 60 partners');
    expect(io.out).toContain('Hubs: the partners who connect the community');
    const expected = hubs(exampleNetwork(), { explain: 5 }).hubs.slice(0, 5);
    for (const hub of expected) {
      expect(io.out).toContain(`${hub.rank}. ${hub.name}`);
      expect(io.out).toContain(`- ${hub.reasons[0]}`);
    }
    expect(io.out).not.toMatch(/^ ?6\. /m);
    expect(io.out).toContain('... and 45 more partners');
    expect(io.out).toContain('Home (Cedar Valley STEM Career Connections) is not ranked');
    expect(io.out).toContain('9 partners left out by status (by default prospects and former partners).');
  });

  it('--json prints every partner with every component', async () => {
    const io = memoryIo();
    expect(await run(['analyze', '--json', '--quiet'], io)).toBe(0);
    const data = JSON.parse(io.out) as { hubs: { partners: Record<string, unknown>[]; betweenness: { approximate: boolean } } };
    const network = exampleNetwork();
    // Every partner of the analysis: all but the 9 prospects and former partners, home included.
    expect(data.hubs.partners.length).toBe(network.order - 9);
    for (const partner of data.hubs.partners) {
      for (const key of ['id', 'hubScore', 'degree', 'strength', 'betweenness', 'closeness', 'pagerank', 'eigenvector']) {
        expect(partner, key).toHaveProperty(key);
      }
      expect(typeof partner.hubScore).toBe('number');
    }
    expect(data.hubs.partners.filter((p) => p.home === true).map((p) => p.id)).toEqual(['cvscc']);
    expect(data.hubs.betweenness.approximate).toBe(false);
  });

  it('reads a file, keeps hostile ids, and writes with --out', async () => {
    const { dir, file } = networkFile();
    const io = memoryIo(dir);
    expect(await run(['analyze', file, '--json', '--out', 'hubs.json', '--quiet'], io)).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'hubs.json'), 'utf8')) as { name: string; hubs: { partners: { id: string }[] } };
    expect(data.name).toBe('Valley STEM');
    expect(data.hubs.partners.map((p) => p.id).sort()).toEqual(['__proto__', 'hub', 'lib', 'museum', 'school']);
    const text = memoryIo(dir);
    expect(await run(['analyze', file], text)).toBe(0);
    expect(text.out).toMatch(/^\d\. Proto Robotics \(__proto__; STEM company\)  hub score 0\.\d\d$/m);
    expect(text.err).toContain('ranking hubs among 6 partners');
  });

  it('--exact and --seed are accepted; sampling is reported on large networks only', async () => {
    const io = memoryIo();
    expect(await run(['analyze', '--exact', '--seed', '3', '--quiet'], io)).toBe(0);
    expect(io.out).not.toContain('estimated');
  });

  it('prints every section by default, in order, with people as pseudonyms', async () => {
    const io = memoryIo();
    expect(await run(['analyze', '--quiet', '--top', '3'], io)).toBe(0);
    const headings = [
      'Hubs: the partners who connect the community',
      'Communities (Leiden, modularity, resolution 1)',
      'Brokerage: who connects partners with no direct tie, by sector',
      'Fragility: where the network would break',
      'Key-person risk: relationships that rest on one person',
      'Gaps: what the partnership is missing (as of 2025-06-30)',
    ];
    const positions = headings.map((h) => io.out.indexOf(h));
    expect(positions.every((p) => p > 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The key person is named only on request.
    expect(io.out).not.toContain('Dana Whitfield');
    expect(io.out).toMatch(/person-\d+ carries 23 relationships/);
    const personal = memoryIo();
    expect(await run(['analyze', '--quiet', '--sections', 'fragility', '--include-personal'], personal)).toBe(0);
    expect(personal.out).toContain('Dana Whitfield carries 23 relationships');
  });

  it('--sections chooses sections; --json carries one key per section', async () => {
    const io = memoryIo();
    expect(await run(['analyze', '--quiet', '--json', '--sections', 'gaps,communities'], io)).toBe(0);
    const data = JSON.parse(io.out) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['source', 'name', 'partners', 'relationships', 'communities', 'gaps']);
    const text = memoryIo();
    expect(await run(['analyze', '--quiet', '--sections', 'brokers'], text)).toBe(0);
    expect(text.out).toContain('Brokerage:');
    expect(text.out).not.toContain('Hubs:');
  });

  it('rejects bad flags with exit code 2', async () => {
    for (const argv of [
      ['analyze', '--top', '0'],
      ['analyze', '--top', 'many'],
      ['analyze', '--seed', '-1'],
      ['analyze', 'a.json', 'b.json'],
      ['analyze', '--fast'],
      ['analyze', '--sections', 'hubs,everything'],
      ['analyze', '--as-of', 'last year'],
    ]) {
      const io = memoryIo();
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toMatch(/partnermap analyze: /);
    }
  });

  it('exit code 1 for a broken file, 2 for a missing one', async () => {
    const { dir } = networkFile();
    writeFileSync(join(dir, 'broken.json'), '{not json');
    const io = memoryIo(dir);
    const code = await run(['analyze', 'broken.json', '--quiet'], io);
    expect(code).toBe(1);
    expect(io.err).toContain('partnermap analyze: broken.json has errors');
    const missing = memoryIo(dir);
    expect(await run(['analyze', 'missing.json', '--quiet'], missing)).toBe(2);
    expect(missing.err).toContain('no such file');
  });
});
