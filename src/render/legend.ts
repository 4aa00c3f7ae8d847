/**
 * The legend panel: what colours, sizes, hollow circles, the home ring and
 * line styles mean. Only categories present on the map are listed, each with
 * its count, so the legend doubles as a small census of the map.
 */
import { escapeXmlText, shortenLabel } from './escape';
import { fmt } from './svg-format';
import type { Theme } from './palette';
import { textWidth } from './text-metrics';

/** One row of the legend. */
export type LegendItem =
  /** A filled circle of this colour. */
  | { kind: 'fill'; color: string; label: string; count?: number }
  /** A hollow circle (prospects). */
  | { kind: 'hollow'; color: string; label: string; count?: number }
  /** A faded circle (former partners). */
  | { kind: 'faded'; color: string; label: string; count?: number }
  /** The ring drawn around the home partner. */
  | { kind: 'home'; label: string }
  /** Two circles, small and large: what size means. */
  | { kind: 'size'; label: string }
  /** A line sample of a relationship kind. */
  | { kind: 'line'; color: string; dash: string; width: number; marker?: string; label: string; count?: number };

/** A titled group of rows. */
export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/** Where and how to draw the legend. */
export interface LegendFrame {
  x: number;
  y: number;
  width: number;
  /** Tallest the legend may be; it is scaled down to fit. */
  maxHeight: number;
  fontSize: number;
  theme: Theme;
}

/** Longest line of a legend row, in characters; longer labels wrap onto a second line, then are shortened. */
const MAX_LEGEND_LINE = 34;

/** Height the legend needs at scale 1. */
export function legendHeight(sections: readonly LegendSection[], fontSize: number): number {
  const row = fontSize * 1.55;
  let h = fontSize * 0.8;
  for (const s of sections) {
    h += row * 1.15 + fontSize * 0.5;
    for (const item of s.items) h += row + (rowLines(item).length - 1) * fontSize * 1.2;
  }
  return h;
}

/** Width the legend's widest row needs at scale 1. */
export function legendWidth(sections: readonly LegendSection[], fontSize: number): number {
  let w = 0;
  for (const s of sections) {
    w = Math.max(w, textWidth(s.title, fontSize * 1.05));
    for (const item of s.items) for (const line of rowLines(item)) w = Math.max(w, fontSize * 3.2 + textWidth(line, fontSize));
  }
  return w + fontSize * 1.6;
}

/** The row's text (label and count) on one line, or two when long: split at a space, the rest shortened. */
export function rowLines(item: LegendItem): string[] {
  const label = shortenLabel(item.label, 2 * MAX_LEGEND_LINE);
  const text = 'count' in item && item.count !== undefined ? `${label} (${item.count})` : label;
  const chars = Array.from(text);
  if (chars.length <= MAX_LEGEND_LINE) return [text];
  const head = chars.slice(0, MAX_LEGEND_LINE + 1).join('');
  const cut = head.lastIndexOf(' ');
  const at = cut > MAX_LEGEND_LINE / 2 ? cut : MAX_LEGEND_LINE;
  const first = chars.slice(0, at).join('').trimEnd();
  const rest = chars.slice(at).join('').trim();
  return [first, shortenLabel(rest, MAX_LEGEND_LINE)];
}

/** The legend as an SVG group. */
export function renderLegend(sections: readonly LegendSection[], frame: LegendFrame): string {
  if (sections.length === 0) return '';
  const { fontSize: fs, theme } = frame;
  const needed = legendHeight(sections, fs);
  const scale = Math.min(1, frame.maxHeight / needed, frame.width / Math.max(1, legendWidth(sections, fs)));
  const row = fs * 1.55;
  const sw = fs * 2.2; // swatch column width
  const out: string[] = [];
  let y = fs * 0.8;
  out.push(
    `<rect class="pm-legend-frame" x="0" y="0" width="${fmt(frame.width / scale)}" height="${fmt(needed)}" rx="6" fill="${theme.background}" fill-opacity="0.92" stroke="${theme.legendFrame}"/>`,
  );
  for (const section of sections) {
    y += row * 0.85;
    out.push(
      `<text x="${fmt(fs * 0.8)}" y="${fmt(y)}" font-size="${fmt(fs * 1.05)}" font-weight="600" fill="${theme.text}">${escapeXmlText(section.title)}</text>`,
    );
    y += row * 0.3;
    for (const item of section.items) {
      const cy = y + row / 2;
      const sx = fs * 0.8 + sw / 2;
      out.push(swatch(item, sx, cy, fs, theme));
      rowLines(item).forEach((line, i) => {
        out.push(
          `<text x="${fmt(fs * 0.8 + sw + fs * 0.4)}" y="${fmt(cy + fs * 0.35 + i * fs * 1.2)}" fill="${theme.text}">${escapeXmlText(line)}</text>`,
        );
      });
      y += row + (rowLines(item).length - 1) * fs * 1.2;
    }
    y += fs * 0.5;
  }
  return `<g class="pm-legend" transform="translate(${fmt(frame.x)} ${fmt(frame.y)}) scale(${fmt(scale, 3)})" font-size="${fmt(fs)}">${out.join('')}</g>`;
}

function swatch(item: LegendItem, x: number, y: number, fs: number, theme: Theme): string {
  const r = fs * 0.42;
  switch (item.kind) {
    case 'fill':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${item.color}" stroke="${theme.nodeOutline}" stroke-width="0.8"/>`;
    case 'hollow':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${theme.background}" stroke="${item.color}" stroke-width="${fmt(fs * 0.16)}"/>`;
    case 'faded':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${item.color}" fill-opacity="0.3" stroke="${item.color}" stroke-opacity="0.6" stroke-dasharray="2 1.5"/>`;
    case 'home':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r * 0.75)}" fill="${theme.mutedText}"/><circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r + 2)}" fill="none" stroke="${theme.home}" stroke-width="1.6"/>`;
    case 'size':
      return `<circle cx="${fmt(x - fs * 0.55)}" cy="${fmt(y + r * 0.5)}" r="${fmt(r * 0.45)}" fill="${theme.mutedText}"/><circle cx="${fmt(x + fs * 0.3)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${theme.mutedText}"/>`;
    case 'line': {
      const dash = item.dash === '' ? '' : ` stroke-dasharray="${item.dash}"`;
      const marker = item.marker === undefined ? '' : ` marker-end="url(#${item.marker})"`;
      const x0 = x - fs * 0.95;
      const x1 = x + (item.marker === undefined ? fs * 0.95 : fs * 0.55);
      return `<path d="M${fmt(x0)} ${fmt(y)}L${fmt(x1)} ${fmt(y)}" fill="none" stroke="${item.color}" stroke-width="${fmt(item.width)}"${dash}${marker}/>`;
    }
  }
}
