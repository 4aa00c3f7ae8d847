/**
 * The browser example (docs/examples/browser/): the page, served on
 * localhost with a browser build of the package's ESM output (dist/index.js,
 * bundled with its dependencies by esbuild as the example's README says),
 * loads in headless Chromium and draws the map and the suggestions.
 *
 * Needs Chromium (Debian: `apt-get install chromium`; .ci/run installs it)
 * and a build (`npm run build`). In CI (CI=true) a missing one fails the
 * test; elsewhere the test is skipped with a message.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNetwork } from 'partnermap';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'docs', 'examples');
const DIST = join(ROOT, 'dist', 'index.js');
const IN_CI = process.env.CI === 'true';

function findChromium(): string | undefined {
  const candidates = [process.env.PARTNERMAP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

const chromium = findChromium();
const missing = chromium === undefined ? 'Chromium (apt-get install chromium, or set PARTNERMAP_CHROMIUM)' : !existsSync(DIST) ? 'the build (npm run build)' : undefined;
if (missing !== undefined && !IN_CI) {
  console.warn(`test/examples/browser.test.ts: skipped, needs ${missing}.`);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves docs/examples/ on 127.0.0.1, with the browser build at /browser/partnermap.browser.js. */
function serve(bundle: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path === '/browser/partnermap.browser.js' ? bundle : resolve(EXAMPLES, `.${path}`);
    if (!file.startsWith(EXAMPLES + sep) && file !== bundle) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The page's DOM once it has settled (fetches done, module run). */
function dumpDom(browser: string, url: string, profile: string): Promise<string> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    // Runs the page until it is idle (network and timers) before dumping.
    '--virtual-time-budget=30000',
    '--dump-dom',
    url,
  ];
  return new Promise((done, fail) => {
    execFile(browser, args, { timeout: 90_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) fail(new Error(`chromium failed: ${error.message}\n${stderr.slice(-2000)}`));
      else done(stdout);
    });
  });
}

describe('the browser example in headless Chromium', () => {
  let server: Server | undefined;
  let work = '';

  beforeAll(async () => {
    if (missing !== undefined) return;
    work = mkdtempSync(join(tmpdir(), 'partnermap-browser-'));
    const bundle = join(work, 'partnermap.browser.js');
    const result = await build({ entryPoints: [DIST], bundle: true, format: 'esm', platform: 'browser', outfile: bundle, metafile: true, logLevel: 'warning' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.endsWith('dist/index.js'))).toBe(true);
    server = await serve(bundle);
  });

  afterAll(() => {
    server?.close();
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(missing !== undefined && !IN_CI)('loads the CSV tables, draws the map and lists the suggestions', async () => {
    if (missing !== undefined) throw new Error(`CI needs ${missing} for the browser example's test.`);
    const port = (server!.address() as AddressInfo).port;
    const dom = await dumpDom(chromium!, `http://127.0.0.1:${port}/browser/index.html`, join(work, 'profile'));
    const example = exampleNetwork();
    expect(dom).toContain(`Cedar Valley STEM Career Connections: ${example.order} partners, ${example.size} relationships, from ../data/*.csv.`);
    expect(dom).toMatch(/<div id="map" aria-live="polite"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/);
    expect(dom).toContain('<title>Cedar Valley STEM Career Connections</title>');
    expect(dom.match(/<circle /g)?.length ?? 0).toBeGreaterThan(50);
    expect(dom).toContain('<li>Cedar County Public Library: introduced by Cedar County 4-H, Cedar Valley Latino Community Alliance<div class="why">');
    expect(dom.match(/<li>/g)).toHaveLength(5);
  });
});
