import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNetwork, toJson } from 'partnermap';
import { run } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/command';
import { assertSafeSvg, byClass, parseSvg } from '../render/svg-tree';

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
  const dir = mkdtempSync(join(tmpdir(), 'partnermap-render-'));
  const network = createNetwork({
    name: 'Valley <STEM> map',
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub', sector: 'out-of-school' },
      { id: 'school', name: 'Valley Middle School', sector: 'school' },
      { id: '__proto__', name: '<script>alert(1)</script>', sector: 'stem-company' },
      { id: 'lib', name: 'Town Library', sector: 'library', status: 'prospect' },
      { id: 'gone', name: 'Gone Co', sector: 'business', status: 'former' },
    ],
    relationships: [
      { source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together' },
      { source: 'hub', target: '__proto__', kind: 'partnership' },
      { source: 'school', target: 'lib', kind: 'referral' },
      { source: 'hub', target: 'gone', kind: 'partnership' },
    ],
  });
  const file = join(dir, 'valley.json');
  writeFileSync(file, toJson(network));
  return { dir, file };
}

describe('partnermap render', () => {
  it('draws the example network to stdout without a file', async () => {
    const io = memoryIo();
    expect(await run(['render', '--quiet'], io)).toBe(0);
    const root = parseSvg(io.out.trim());
    assertSafeSvg(root);
    expect(root.children[0]?.text).toBe('Cedar Valley STEM Career Connections');
    expect(io.err).toBe('');
  });

  it('writes a file with --out, honouring the flags', async () => {
    const { dir } = networkFile();
    const io = memoryIo(dir);
    const code = await run(
      ['render', 'valley.json', '--out', 'map.svg', '--color-by', 'status', '--labels', 'all', '--width', '800', '--height', '500', '--title', 'Our "map"', '--theme', 'dark', '--seed', '3', '--status', 'all', '--no-legend'],
      io,
    );
    expect(code).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toContain('wrote map.svg');
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    const root = parseSvg(svg);
    assertSafeSvg(root);
    expect(root.attributes.get('viewBox')).toBe('0 0 800 500');
    expect(root.children[0]?.text).toBe('Our "map"');
    expect(byClass(root, 'pm-node')).toHaveLength(5); // --status all draws the former partner
    expect(byClass(root, 'pm-legend')).toHaveLength(0);
    expect(byClass(root, 'pm-caption')[0]?.text).toContain('coloured by status');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Same seed, same picture.
    const again = memoryIo(dir);
    await run(['render', 'valley.json', '--out', 'map2.svg', '--color-by', 'status', '--labels', 'all', '--width', '800', '--height', '500', '--title', 'Our "map"', '--theme', 'dark', '--seed', '3', '--status', 'all', '--no-legend', '-q'], again);
    expect(readFileSync(join(dir, 'map2.svg'), 'utf8')).toBe(svg);
  });

  it('colours by detected community with --color-by community', async () => {
    const io = memoryIo();
    expect(await run(['render', '--color-by', 'community', '-q'], io)).toBe(0);
    const root = parseSvg(io.out.trim());
    expect(byClass(root, 'pm-caption')[0]?.text).toContain('coloured by community');
  });

  it('prints a JSON summary with --json', async () => {
    const { dir, file } = networkFile();
    const io = memoryIo(dir);
    expect(await run(['render', file, '--json', '--out', 'm.svg'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ source: file, partners: 5, relationships: 4, out: 'm.svg' });
    const inline = memoryIo(dir);
    expect(await run(['render', file, '--json', '-q'], inline)).toBe(0);
    const parsed = JSON.parse(inline.out) as { svg: string };
    expect(parsed.svg.startsWith('<svg')).toBe(true);
    parseSvg(parsed.svg);
  });

  it('reports bad flags with exit code 2 and bad data with exit code 1', async () => {
    const { dir } = networkFile();
    const cases: [string[], RegExp][] = [
      [['render', '--color-by', 'colour'], /--color-by must be one of sector, status, community; received colour\./],
      [['render', '--labels', 'some'], /--labels must be hubs, all, none or a number of hubs; received some\./],
      [['render', '--width', '10'], /--width must be a number from 200 to 10000; received 10\./],
      [['render', '--theme', 'blue'], /--theme must be one of light, dark; received blue\./],
      [['render', '--status', 'gone'], /--status must be all or one of prospect, contacted, active, paused, former; received gone\./],
      [['render', '--seed', 'x'], /--seed must be an integer/],
      [['render', 'a.json', 'b.json'], /unexpected argument b\.json\./],
      [['render', 'missing.json'], /no such file: missing\.json/],
      [['render', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo(dir);
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toMatch(message);
    }
    writeFileSync(join(dir, 'bad.json'), '{"format":"partnermap","version":1,"partners":[{"id":"a","sector":"nope"}]}');
    const io = memoryIo(dir);
    expect(await run(['render', 'bad.json'], io)).toBe(1);
    expect(io.err).toContain('bad.json has errors');
  });

  it('has help', async () => {
    const io = memoryIo();
    expect(await run(['render', '--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: partnermap render [file]');
    expect(io.out).toContain('--seed <n>');
  });
});
