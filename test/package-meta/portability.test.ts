import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from 'partnermap';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('package', () => {
  it('VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('the core imports nothing Node-only (only src/cli may)', () => {
    const offenders = sources(join(root, 'src'))
      .filter((file) => !relative(root, file).startsWith(join('src', 'cli')))
      .filter((file) => /from\s+['"](node:|fs['"]|path['"]|os['"]|child_process|worker_threads)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the core never reads process or Buffer', () => {
    const offenders = sources(join(root, 'src'))
      .filter((file) => !relative(root, file).startsWith(join('src', 'cli')))
      .filter((file) => /\b(process\.|Buffer\.)/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
