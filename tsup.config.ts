import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Two builds: the core library (ESM + CJS + types, runs in browsers and Deno:
// it imports nothing from `node:`) and the CLI, the only Node-only code,
// which gets its own entry so the core stays free of `fs` and `process`.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // graphology and its ecosystem stay external: the user's copy is shared
    // with sigma.js and other graphology packages.
    external: [/^graphology/, 'csv-parse', 'saxes'],
    onSuccess: async () => {
      copyFileSync('src/io/json/partnermap.schema.json', 'dist/partnermap.schema.json');
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // The CLI imports the core by the package's own name (a self-reference),
    // so the tarball carries one copy of the library, not two.
    external: ['partnermap', /^graphology/, 'csv-parse', 'saxes'],
  },
]);
