import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNetwork, exampleNetwork, snowballSuggestions, snowballWaves, toJson, whomToAsk } from 'partnermap';
import {
  suggestionsMarkdown,
  suggestionsText,
  wavesMarkdown,
  wavesText,
  whomToAskMarkdown,
  whomToAskText,
} from '../../src/cli/sections/snowball';
import { run } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/command';

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
  const dir = mkdtempSync(join(tmpdir(), 'partnermap-suggest-'));
  const network = createNetwork({
    home: 'hub',
    partners: [
      { id: 'hub', name: 'Valley STEM Hub', sector: 'out-of-school' },
      { id: 'school', name: 'Valley Middle School', sector: 'school' },
      { id: 'museum', name: 'River Museum', sector: 'museum' },
      { id: '__proto__', name: 'Proto Robotics', sector: 'stem-company' },
      { id: 'lib', name: 'Town Library', sector: 'library', status: 'prospect' },
      { id: 'bank', name: 'First Bank', sector: 'business', status: 'prospect' },
    ],
    relationships: [
      { source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together' },
      { source: 'hub', target: 'museum', kind: 'partnership', level: 'consultation' },
      { source: 'hub', target: '__proto__', kind: 'partnership', level: 'information' },
      { source: 'school', target: 'lib', kind: 'known-tie' },
      { source: 'museum', target: 'lib', kind: 'referral', since: '2024-03-01' },
      { source: '__proto__', target: 'bank', kind: 'known-tie' },
    ],
  });
  const file = join(dir, 'valley.json');
  writeFileSync(file, toJson(network));
  return { dir, file };
}

describe('partnermap suggest', () => {
  it('prints the ranked list for the example network when no file is given', async () => {
    const io = memoryIo();
    const code = await run(['suggest', '--quiet'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toContain('Whom to approach next: snowball suggestions for Cedar Valley STEM Career Connections');
    expect(io.out).toMatch(/^ ?1\. Cedar County Public Library \(library; prospect, not yet contacted\)$/m);
    expect(io.out).toContain('would be your first library');
    expect(io.out).toContain('Who can introduce you:');
    expect(io.out).toContain('Warmest path: Cedar Valley STEM Career Connections > ');
    expect(io.out).toContain('Whom to ask "who else should we contact?"');
    expect(io.out).toContain('not certainties');
  });

  it('reads a file, honours --limit, --sector and --json, and speaks partner ids (hostile ones too)', async () => {
    const { dir, file } = networkFile();
    const io = memoryIo(dir);
    expect(await run(['suggest', 'valley.json', '--json', '--limit', '5', '--quiet'], io)).toBe(0);
    const parsed = JSON.parse(io.out) as {
      source: string;
      suggestions: { suggestions: { id: string; introducers: { id: string }[]; reasons: string[] }[] };
      whomToAsk: { partners: { id: string }[] };
    };
    expect(parsed.source).toBe('valley.json');
    const ids = parsed.suggestions.suggestions.map((s) => s.id);
    expect(ids).toEqual(['lib', 'bank']);
    expect(parsed.suggestions.suggestions[0]!.introducers.map((z) => z.id)).toEqual(['school', 'museum']);
    expect(parsed.suggestions.suggestions[1]!.introducers.map((z) => z.id)).toEqual(['__proto__']);
    expect(parsed.whomToAsk.partners.map((p) => p.id)).toContain('__proto__');

    const filtered = memoryIo(dir);
    expect(await run(['suggest', file, '--sector', 'business', '--quiet'], filtered)).toBe(0);
    expect(filtered.out).toContain('First Bank');
    expect(filtered.out).not.toContain('Town Library (');
    expect(filtered.out).toContain('Proto Robotics');
  });

  it('--for, --index, --min-level and --out', async () => {
    const { dir } = networkFile();
    const io = memoryIo(dir);
    expect(await run(['suggest', 'valley.json', '--index', 'adamic-adar', '--min-level', 'acting-together', '--out', 'out.txt', '--ask', '0'], io)).toBe(0);
    expect(io.out).toBe('');
    const text = readFileSync(join(dir, 'out.txt'), 'utf8');
    expect(text).toContain('Adamic-Adar');
    expect(text).toContain('Town Library');
    expect(text).not.toContain('First Bank');
    expect(text).not.toContain('Whom to ask');

    const other = memoryIo(dir);
    expect(await run(['suggest', 'valley.json', '--for', 'school', '--json', '--quiet'], other)).toBe(0);
    expect(JSON.parse(other.out).suggestions.for).toBe('school');
  });

  it('refuses bad flags with exit code 2 and unknown partners with exit code 1', async () => {
    const io = memoryIo();
    expect(await run(['suggest', '--index', 'magic'], io)).toBe(2);
    expect(io.err).toContain('--index must be one of');
    const limit = memoryIo();
    expect(await run(['suggest', '--limit', '-3'], limit)).toBe(2);
    const status = memoryIo();
    expect(await run(['suggest', '--status', 'active'], status)).toBe(2);
    const level = memoryIo();
    expect(await run(['suggest', '--min-level', 'high'], level)).toBe(2);
    const who = memoryIo();
    expect(await run(['suggest', '--for', 'nobody', '--quiet'], who)).toBe(1);
    expect(who.err).toContain('snowballSuggestions: no partner has for "nobody"');
    const missing = memoryIo();
    expect(await run(['suggest', 'missing.json'], missing)).toBe(2);
  });

  it('shows help', async () => {
    const io = memoryIo();
    expect(await run(['suggest', '--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: partnermap suggest [file]');
  });
});

describe('snowball sections (for the report)', () => {
  it('Markdown tables of suggestions, the ask list and the waves, with cells escaped', () => {
    const network = exampleNetwork();
    const md = suggestionsMarkdown(snowballSuggestions(network, { limit: 3 }));
    expect(md).toContain('## Whom to approach next');
    expect(md).toContain('| 1 | Cedar County Public Library | library | prospect |');
    expect(md).toContain('_These are leads to check with the introducers, not certainties');
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| #')).length).toBe(3);
    const ask = whomToAskMarkdown(whomToAsk(network, { limit: 2 }), '###');
    expect(ask).toContain('### Whom to ask for introductions');
    expect(ask).toContain('| 1 | Cedar Valley Latino Community Alliance |');
    const waves = wavesMarkdown(snowballWaves(network));
    expect(waves).toContain('| 0 | 7 | 1 |');
    expect(waves).toContain('| Cedar Valley Unified School District | 6 | 0 |');
    expect(wavesText(snowballWaves(network))).toContain('2022: 13 joined (wave 0: 6, wave 1: 7)');

    const odd = createNetwork({
      home: 'h',
      partners: [
        { id: 'h', name: 'Home | <b>' },
        { id: 'a', name: 'A|B' },
        { id: 'p', name: 'Pipe | line\nbreak', status: 'prospect' },
      ],
      relationships: [
        { source: 'h', target: 'a', kind: 'partnership' },
        { source: 'a', target: 'p' },
      ],
    });
    const table = suggestionsMarkdown(snowballSuggestions(odd));
    expect(table).toContain('Pipe \\| line break');
    expect(table).toContain('A\\|B');
    expect(table).toContain('Home \\| &lt;b&gt;');
    expect(table).toContain('> Warning: the network has 3 partners');
    const text = suggestionsText(snowballSuggestions(odd));
    expect(text).toContain('Warning: the network has 3 partners');
    expect(whomToAskText(whomToAsk(odd))).toContain('the only partner of yours who knows Pipe | line');
  });
});
