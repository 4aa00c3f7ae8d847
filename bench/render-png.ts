/**
 * Renders the maps the docs show and rasterises them with headless Chromium,
 * to look at them (docs/algorithms/render.md):
 *
 *   npx tsx bench/render-png.ts [--chromium /usr/bin/chromium] [--out docs/images]
 *
 * Needs Chromium (Debian: `apt-get install chromium`). Writes each PNG (and
 * the SVG of small maps) to the output folder, then prints sizes and render
 * times. PNGs of large maps are taken at a device scale below 1, and when
 * pngquant is installed (`apt-get install pngquant`) every PNG is reduced to
 * a palette, so that the committed images stay small.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exampleNetwork, type AnyNetwork } from 'partnermap';
import { renderSvg, type RenderSvgOptions } from '../src/render/index';
import { syntheticEcosystem } from './render-fixtures';

interface Picture {
  name: string;
  network: () => AnyNetwork;
  options: RenderSvgOptions;
  /** Device scale of the screenshot (1: one PNG pixel per SVG pixel). */
  scale: number;
  /** Keep the SVG beside the PNG (small ones only). */
  keepSvg: boolean;
}

const PICTURES: Picture[] = [
  { name: 'map-example', network: exampleNetwork, options: {}, scale: 1, keepSvg: true },
  { name: 'map-example-status-dark', network: exampleNetwork, options: { colorBy: 'status', theme: 'dark', labels: 'all', width: 1200, height: 900 }, scale: 0.8, keepSvg: false },
  { name: 'map-1000', network: () => syntheticEcosystem(1000), options: {}, scale: 0.75, keepSvg: false },
  { name: 'map-1000-communities', network: () => syntheticEcosystem(1000), options: { colorBy: 'community' }, scale: 0.75, keepSvg: false },
  { name: 'map-5000-aggregated', network: () => syntheticEcosystem(5000), options: {}, scale: 0.75, keepSvg: false },
];

function screenshot(chromium: string, svgPath: string, pngPath: string, width: number, height: number, scale: number): void {
  const profile = mkdtempSync(join(tmpdir(), 'partnermap-chromium-'));
  try {
    const result = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--force-device-scale-factor=${scale}`,
        `--user-data-dir=${profile}`,
        `--screenshot=${pngPath}`,
        `--window-size=${width},${height}`,
        `file://${svgPath}`,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (result.status !== 0) throw new Error(`chromium failed (${result.status}): ${result.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Palette-quantises a PNG in place with pngquant, when it is installed. */
function quantise(pngPath: string): boolean {
  const result = spawnSync('pngquant', ['--quality', '70-95', '--speed', '1', '--strip', '--force', '--output', pngPath, pngPath], { encoding: 'utf8' });
  return result.status === 0;
}

function main(): void {
  const { values } = parseArgs({ options: { chromium: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } } });
  const chromium = values.chromium ?? 'chromium';
  const out = resolve(values.out ?? 'docs/images');
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'partnermap-maps-'));
  for (const picture of PICTURES) {
    if (values.only !== undefined && !values.only.split(',').includes(picture.name)) continue;
    const network = picture.network();
    const t0 = performance.now();
    const svg = renderSvg(network, picture.options);
    const ms = performance.now() - t0;
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
    const svgPath = join(picture.keepSvg ? out : work, `${picture.name}.svg`);
    writeFileSync(svgPath, svg);
    const pngPath = join(out, `${picture.name}.png`);
    screenshot(chromium, svgPath, pngPath, Number(w), Number(h), picture.scale);
    const quantised = quantise(pngPath);
    console.log(
      `${picture.name}: ${network.order} partners, render ${ms.toFixed(0)} ms, SVG ${(svg.length / 1024).toFixed(0)} KB, PNG ${(statSync(pngPath).size / 1024).toFixed(0)} KB${quantised ? ' (pngquant)' : ''} -> ${pngPath}`,
    );
  }
  rmSync(work, { recursive: true, force: true });
}

main();
