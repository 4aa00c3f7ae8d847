import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleNetwork, fromJson, listPartners, toJson } from 'partnermap';
import { run } from '../../src/cli/run';
import { canonicalJson } from '../io/canonical';

function memoryIo(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), stderrIsTty: false, cwd },
  };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'partnermap-cli-'));
}

describe('partnermap convert', () => {
  it('converts JSON -> CSV directory -> GEXF -> GraphML -> JSON without losing anything', async () => {
    const dir = tempDir();
    const original = exampleNetwork();
    writeFileSync(join(dir, 'map.json'), toJson(original));
    const steps: [string, string][] = [
      ['map.json', 'tables/'],
      ['tables', 'map.gexf'],
      ['map.gexf', 'map.graphml'],
      ['map.graphml', 'again.json'],
    ];
    for (const [from, to] of steps) {
      const { io, out } = memoryIo(dir);
      expect(await run(['convert', from, to, '--quiet'], io), out.stderr).toBe(0);
      expect(out.stderr).toBe('');
    }
    expect(readdirSync(join(dir, 'tables')).sort()).toEqual(['network.csv', 'partners.csv', 'relationships.csv']);
    const back = fromJson(readFileSync(join(dir, 'again.json'), 'utf8'), { strict: true }).network;
    expect(canonicalJson(back)).toBe(canonicalJson(original));
  });

  it('--redact leaves no contact name, email or phone in the file, and says so', async () => {
    const dir = tempDir();
    const original = exampleNetwork();
    writeFileSync(join(dir, 'map.json'), toJson(original));
    const personal = listPartners(original).flatMap((p) => (p.contacts ?? []).flatMap((c) => [c.name, c.email, c.phone]));
    const strings = personal.filter((x): x is string => typeof x === 'string' && x.length > 3);
    expect(strings.length).toBeGreaterThan(20);
    for (const target of ['shared.graphml', 'shared.json']) {
      const { io, out } = memoryIo(dir);
      expect(await run(['convert', 'map.json', target, '--redact'], io), out.stderr).toBe(0);
      expect(out.stderr).toContain('(redacted: contacts pseudonymised, personal fields removed)');
      const text = readFileSync(join(dir, target), 'utf8');
      for (const value of strings) expect(text.includes(value), value).toBe(false);
    }
    // Without --redact the conversion keeps everything.
    const { io } = memoryIo(dir);
    expect(await run(['convert', 'map.json', 'full.json', '--quiet'], io)).toBe(0);
    expect(readFileSync(join(dir, 'full.json'), 'utf8')).toContain(strings[0]!);
  });

  it('writes and reads CSV as two files (x-partners.csv with x-relationships.csv)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'map.json'), toJson(exampleNetwork()));
    const { io, out } = memoryIo(dir);
    expect(await run(['convert', 'map.json', 'valley-partners.csv'], io)).toBe(0);
    expect(out.stderr).toMatch(/^wrote \d+ partners and \d+ relationships to valley-partners.csv, .*valley-relationships.csv, .*valley-network.csv\n$/);
    const second = memoryIo(dir);
    expect(await run(['convert', 'valley-partners.csv', 'copy.json', '-q'], second.io)).toBe(0);
    expect(canonicalJson(fromJson(readFileSync(join(dir, 'copy.json'), 'utf8')).network)).toBe(canonicalJson(exampleNetwork()));
  });

  it('reads an edge-list CSV and honours --format and --to', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'edges.txt'), 'From,To\nhub,library\nlibrary,museum\n');
    const { io, out } = memoryIo(dir);
    expect(await run(['convert', 'edges.txt', 'out.data', '--format', 'csv', '--to', 'graphml'], io)).toBe(0);
    expect(out.stderr).toContain('info [created-partners]');
    expect(readFileSync(join(dir, 'out.data'), 'utf8')).toContain('<edge id="r2" source="library" target="museum">');
  });

  it('writes nothing and exits 1 when the input has errors, with the issues on stderr', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 't'));
    writeFileSync(join(dir, 't', 'partners.csv'), 'id,sector\na,nowhere\n');
    const { io, out } = memoryIo(dir);
    expect(await run(['convert', 't', 'x.json'], io)).toBe(1);
    expect(out.stderr).toContain(`error [unknown-sector] ${join('t', 'partners.csv')}, line 2, field sector:`);
    expect(out.stderr).toContain('nothing was written');
    expect(readdirSync(dir)).toEqual(['t']);
  });

  it('refuses an unsafe XML file with exit code 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.graphml'), '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaa">]>\n<graphml/>');
    const { io, out } = memoryIo(dir);
    expect(await run(['convert', 'bomb.graphml', 'x.json'], io)).toBe(1);
    expect(out.stderr).toContain('error [unsafe-input] bomb.graphml, line 2, <!DOCTYPE>');
  });

  it('usage mistakes exit 2 with a message on stderr; --help prints usage', async () => {
    const dir = tempDir();
    for (const argv of [['convert', 'a.json'], ['convert', 'missing.json', 'b.json'], ['convert', 'a.json', 'b.unknown', '--to', 'pdf']]) {
      const { io, out } = memoryIo(dir);
      expect(await run(argv, io)).toBe(2);
      expect(out.stderr).toMatch(/^partnermap convert: /);
      expect(out.stdout).toBe('');
    }
    const { io, out } = memoryIo(dir);
    expect(await run(['convert', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: partnermap convert <in> <out>');
  });
});

describe('partnermap validate', () => {
  it('validates every format, printing issues with their locations; exit 1 on errors', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.graphml'), readFileSync(new URL('../fixtures/io/networkx/karate.graphml', import.meta.url)));
    writeFileSync(join(dir, 'bad.csv'), 'source,target,kind\na,b,friendship\n');
    writeFileSync(join(dir, 'bad.gexf'), '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="sideways"/></edges></graph></gexf>');
    let m = memoryIo(dir);
    expect(await run(['validate', 'ok.graphml'], m.io)).toBe(0);
    expect(m.out.stdout).toContain('info [assumed-sector] ok.graphml: no "sector" attribute: the sector of 34 partner(s) is left unknown.');
    expect(m.out.stdout).toMatch(/ok.graphml: 34 partners, 78 relationships; 0 error\(s\)/);
    m = memoryIo(dir);
    expect(await run(['validate', 'bad.csv'], m.io)).toBe(1);
    expect(m.out.stdout).toContain('error [unknown-kind] bad.csv, line 2, field kind:');
    m = memoryIo(dir);
    expect(await run(['validate', 'bad.gexf', '--json'], m.io)).toBe(1);
    const report = JSON.parse(m.out.stdout) as { issues: { code: string; where: { element: string; line: number } }[] };
    expect(report.issues[0]).toMatchObject({ code: 'invalid-direction', where: { element: '<edge>', line: 1 } });
  });
});
