import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the library by its package name, as users do; the alias points
// that name at the sources. Benchmarks live in bench/ and never run here.
export default defineConfig({
  resolve: {
    alias: { partnermap: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/no-pollution.ts'],
    exclude: ['test/package/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
