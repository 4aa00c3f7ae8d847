/**
 * The drawing, before it is written: nodes, lines, labels, legend, title and
 * caption in picture coordinates. renderSvg builds a scene from a network
 * (or, above the aggregation threshold, from its communities) and
 * {@link writeSvg} turns it into one standalone SVG string.
 *
 * The writer is where the escaping rules live: every string that may come
 * from a user (names, labels, titles, captions, tooltips, the font family)
 * passes through escape.ts; ids, classes, colours, dash patterns and numbers
 * are produced by partnermap itself. No `<style>` element is written (inline
 * SVG styles leak into the host page), no script, no link, no event attribute.
 */
import { escapeXmlAttribute, escapeXmlText, shortenLabel } from './escape';
import { LABEL_LINE_HEIGHT, type PlacedLabel } from './labels';
import type { Theme } from './palette';
import { fmt } from './svg-format';
import { textWidth } from './text-metrics';

/** A circle standing for a partner (or a community). */
export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  /** Hollow (prospects): background fill, coloured ring. */
  hollow: boolean;
  /** Faded (former partners). */
  faded: boolean;
  /** Ringed (the home partner). */
  home: boolean;
  /** Tooltip text (user text, escaped when written). */
  tooltip: string;
  /** Class names, from partnermap's own vocabulary only. */
  classes: string;
}

/** A line standing for one or more relationships. */
export interface SceneEdge {
  /** Path data (numbers only). */
  d: string;
  color: string;
  width: number;
  /** Dash pattern, '' for solid. */
  dash: string;
  /** Id of the arrow-head marker, when directed. */
  marker?: string;
  classes: string;
  /** Tooltip (user text, escaped when written). */
  tooltip?: string;
}

/** An arrow head definition. */
export interface SceneMarker {
  id: string;
  color: string;
  /** Length of the arrow head in picture units. */
  size: number;
  opacity: number;
}

/** Everything {@link writeSvg} needs. */
export interface Scene {
  width: number;
  height: number;
  theme: Theme;
  fontFamily: string;
  fontSize: number;
  title: string;
  caption: string;
  /** Longer accessible description (`<desc>`). */
  description: string;
  edgeOpacity: number;
  markers: SceneMarker[];
  edges: SceneEdge[];
  nodes: SceneNode[];
  labels: PlacedLabel[];
  labelFontSize: number;
  /** Pre-rendered legend group ('' for none). */
  legend: string;
}

function node(n: SceneNode, theme: Theme): string {
  const tip = n.tooltip === '' ? '' : `<title>${escapeXmlText(n.tooltip)}</title>`;
  const ring = n.home
    ? `<circle cx="${fmt(n.x)}" cy="${fmt(n.y)}" r="${fmt(n.r + Math.max(2.5, n.r * 0.25))}" fill="none" stroke="${theme.home}" stroke-width="${fmt(Math.max(1.5, n.r * 0.12))}"/>`
    : '';
  let paint: string;
  if (n.hollow) {
    paint = `fill="${theme.background}" stroke="${n.color}" stroke-width="${fmt(Math.max(1.2, Math.min(3, n.r * 0.3)))}"`;
  } else if (n.faded) {
    paint = `fill="${n.color}" fill-opacity="0.3" stroke="${n.color}" stroke-opacity="0.7" stroke-width="${fmt(Math.max(0.8, n.r * 0.1))}" stroke-dasharray="2 1.5"`;
  } else {
    paint = `fill="${n.color}" stroke="${theme.nodeOutline}" stroke-width="${fmt(Math.max(0.6, Math.min(1.5, n.r * 0.12)))}"`;
  }
  return `<g class="${n.classes}">${ring}<circle cx="${fmt(n.x)}" cy="${fmt(n.y)}" r="${fmt(n.r)}" ${paint}/>${tip}</g>`;
}

function edge(e: SceneEdge): string {
  const dash = e.dash === '' ? '' : ` stroke-dasharray="${e.dash}"`;
  const marker = e.marker === undefined ? '' : ` marker-end="url(#${e.marker})"`;
  const tip = e.tooltip === undefined ? '' : `<title>${escapeXmlText(e.tooltip)}</title>`;
  const open = `<path class="${e.classes}" d="${e.d}" stroke="${e.color}" stroke-width="${fmt(e.width, 2)}"${dash}${marker}`;
  return tip === '' ? `${open}/>` : `${open}>${tip}</path>`;
}

function marker(m: SceneMarker): string {
  // userSpaceOnUse: the head keeps its size whatever the line's width.
  const s = m.size;
  return (
    `<marker id="${m.id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${fmt(s)}" markerHeight="${fmt(s)}" ` +
    `markerUnits="userSpaceOnUse" orient="auto"><path d="M0 1L10 5L0 9z" fill="${m.color}" fill-opacity="${fmt(m.opacity, 2)}"/></marker>`
  );
}

function label(l: PlacedLabel): string {
  const open = `<text x="${fmt(l.x)}" y="${fmt(l.y)}" text-anchor="${l.anchor}">`;
  if (l.lines === undefined) return `${open}${escapeXmlText(l.text)}</text>`;
  const spans = l.lines.map((line, i) => `<tspan x="${fmt(l.x)}" dy="${i === 0 ? '0' : `${LABEL_LINE_HEIGHT}em`}">${escapeXmlText(line)}</tspan>`);
  return `${open}${spans.join('')}</text>`;
}

/**
 * The caption on one line, or two when it is wider than `width` (split at
 * the last "; " or space that fits), the second shortened if it still does
 * not fit.
 */
export function captionLines(caption: string, width: number, fontSize: number): string[] {
  if (caption === '' || textWidth(caption, fontSize) <= width) return caption === '' ? [] : [caption];
  const chars = Array.from(caption);
  let cut = -1;
  for (let i = chars.length - 1; i > 0; i -= 1) {
    if (chars[i] !== ' ') continue;
    if (textWidth(chars.slice(0, i).join(''), fontSize) > width) continue;
    // Prefer a break after a semicolon.
    if (cut === -1) cut = i;
    if (chars[i - 1] === ';') {
      cut = i;
      break;
    }
  }
  if (cut <= 0) cut = Math.max(1, Math.floor(chars.length * (width / textWidth(caption, fontSize))) - 1);
  const first = chars.slice(0, cut).join('').trimEnd();
  let rest = chars.slice(cut).join('').trim();
  const perChar = textWidth(rest, fontSize) / Math.max(1, Array.from(rest).length);
  const fit = Math.floor(width / Math.max(0.1, perChar));
  if (textWidth(rest, fontSize) > width) rest = shortenLabel(rest, Math.max(4, fit));
  return [first, rest];
}

/** Height of the header (title and caption) above the plot area. */
export function headerHeight(captionLineCount: number, fontSize: number): number {
  return fontSize * (captionLineCount >= 2 ? 7.2 : 6);
}

/** Writes a scene as one standalone SVG document (no XML declaration, so it can be inlined in HTML). */
export function writeSvg(scene: Scene): string {
  const { width: w, height: h, theme, fontSize: fs } = scene;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(w)}" height="${fmt(h)}" viewBox="0 0 ${fmt(w)} ${fmt(h)}" ` +
      `role="img" font-family="${escapeXmlAttribute(scene.fontFamily)}" font-size="${fmt(fs)}">`,
  );
  parts.push(`<title>${escapeXmlText(scene.title)}</title>`);
  parts.push(`<desc>${escapeXmlText(scene.description)}</desc>`);
  if (scene.markers.length > 0) parts.push(`<defs>${scene.markers.map(marker).join('')}</defs>`);
  parts.push(`<rect class="pm-background" x="0" y="0" width="${fmt(w)}" height="${fmt(h)}" fill="${theme.background}"/>`);
  parts.push(
    `<text class="pm-title" x="${fmt(fs * 1.5)}" y="${fmt(fs * 2.6)}" font-size="${fmt(fs * 1.6)}" font-weight="700" fill="${theme.text}">${escapeXmlText(scene.title)}</text>`,
  );
  const caption = captionLines(scene.caption, w - fs * 3, fs);
  caption.forEach((line, i) => {
    parts.push(
      `<text class="pm-caption" x="${fmt(fs * 1.5)}" y="${fmt(fs * (4.3 + 1.25 * i))}" fill="${theme.mutedText}">${escapeXmlText(line)}</text>`,
    );
  });
  parts.push(
    `<g class="pm-edges" fill="none" stroke-opacity="${fmt(scene.edgeOpacity, 2)}" stroke-linecap="round">${scene.edges.map(edge).join('')}</g>`,
  );
  parts.push(`<g class="pm-nodes">${scene.nodes.map((n) => node(n, theme)).join('')}</g>`);
  if (scene.labels.length > 0) {
    // paint-order draws the halo (stroke) under the glyphs (fill): legible over lines.
    parts.push(
      `<g class="pm-labels" font-size="${fmt(scene.labelFontSize)}" fill="${theme.text}" stroke="${theme.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" stroke-opacity="0.85">` +
        `${scene.labels.map(label).join('')}</g>`,
    );
  }
  parts.push(scene.legend);
  parts.push('</svg>');
  return parts.join('');
}
