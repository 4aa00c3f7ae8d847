import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from 'partnermap';

const src = join(import.meta.dirname, '..', '..', 'src');

/** Every area barrel: src/<area>/index.ts and src/algorithms/<area>/index.ts. */
function barrels(): string[] {
  const out: string[] = [];
  const visit = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'cli' && depth < 2) visit(path, depth + 1);
      } else if (name === 'index.ts' && dir !== src) out.push(path);
    }
  };
  visit(src, 0);
  return out;
}

describe('public API', () => {
  it('re-exports every runtime export of every area barrel', async () => {
    const found = barrels();
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const file of found) {
      const barrel = (await import(file)) as Record<string, unknown>;
      const missing = Object.keys(barrel).filter((name) => !(name in api));
      expect(missing, relative(src, file)).toEqual([]);
    }
  });
});
