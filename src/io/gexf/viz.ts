/**
 * GEXF's visual attributes (`<viz:color>`, `<viz:position>`, `<viz:size>`,
 * `<viz:shape>`, `<viz:thickness>`), kept as a custom attribute `viz` shaped
 * as NetworkX keeps them: `{ color: { r, g, b, a? }, position: { x, y, z? },
 * size, shape, thickness }`. A layout made in Gephi therefore survives a trip
 * through partnermap. A `viz` attribute of any other shape is ordinary data.
 */
import { isPlainObject } from '../../network/own-properties';

const VIZ_KEYS = new Set(['color', 'position', 'size', 'shape']);
const EDGE_VIZ_KEYS = new Set(['color', 'thickness', 'shape']);

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], required: readonly string[]): boolean {
  const keys = Object.keys(value);
  return keys.every((k) => allowed.includes(k)) && required.every((k) => Object.hasOwn(value, k));
}

/** True when `value` is written as viz elements and reads back identical (edges: color, thickness, shape only). */
export function isVizValue(value: unknown, scope: 'node' | 'edge'): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  const allowed = scope === 'node' ? VIZ_KEYS : EDGE_VIZ_KEYS;
  if (keys.length === 0 || !keys.every((k) => allowed.has(k))) return false;
  const { color, position, size, shape, thickness } = value;
  if (color !== undefined) {
    if (!isPlainObject(color) || !onlyKeys(color, ['r', 'g', 'b', 'a'], ['r', 'g', 'b'])) return false;
    for (const c of ['r', 'g', 'b']) {
      const v = color[c];
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 255) return false;
    }
    if (color.a !== undefined && !(finite(color.a) && color.a >= 0 && color.a <= 1)) return false;
  }
  if (position !== undefined) {
    if (!isPlainObject(position) || !onlyKeys(position, ['x', 'y', 'z'], ['x', 'y'])) return false;
    if (!finite(position.x) || !finite(position.y) || (position.z !== undefined && !finite(position.z))) return false;
  }
  if (size !== undefined && !finite(size)) return false;
  if (thickness !== undefined && !finite(thickness)) return false;
  if (shape !== undefined && typeof shape !== 'string') return false;
  return true;
}

/** The viz elements of a valid viz value (see {@link isVizValue}); `escape` escapes attribute values. */
export function vizElements(value: Record<string, unknown>, indent: string, escape: (s: string) => string): string {
  let out = '';
  const color = value.color as Record<string, number> | undefined;
  if (color !== undefined) {
    const a = color.a === undefined ? '' : ` a="${color.a}"`;
    out += `${indent}<viz:color r="${color.r}" g="${color.g}" b="${color.b}"${a}/>\n`;
  }
  const position = value.position as Record<string, number> | undefined;
  if (position !== undefined) {
    const z = position.z === undefined ? '' : ` z="${position.z}"`;
    out += `${indent}<viz:position x="${position.x}" y="${position.y}"${z}/>\n`;
  }
  if (value.size !== undefined) out += `${indent}<viz:size value="${value.size as number}"/>\n`;
  if (value.thickness !== undefined) out += `${indent}<viz:thickness value="${value.thickness as number}"/>\n`;
  if (value.shape !== undefined) out += `${indent}<viz:shape value="${escape(value.shape as string)}"/>\n`;
  return out;
}

/** Number of an attribute, or undefined when absent or not a number. */
function num(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Adds one viz element to a viz value being read. Returns false when the
 * element is malformed (the caller reports it).
 */
export function readVizElement(viz: Record<string, unknown>, local: string, a: Record<string, string>): boolean {
  switch (local) {
    case 'color': {
      let r = num(a.r);
      let g = num(a.g);
      let b = num(a.b);
      const hex = a.hex;
      if ((r === undefined || g === undefined || b === undefined) && hex !== undefined && /^#?[0-9a-fA-F]{6}$/.test(hex)) {
        const h = hex.replace('#', '');
        r = Number.parseInt(h.slice(0, 2), 16);
        g = Number.parseInt(h.slice(2, 4), 16);
        b = Number.parseInt(h.slice(4, 6), 16);
      }
      if (r === undefined || g === undefined || b === undefined) return false;
      const color: Record<string, number> = { r, g, b };
      const alpha = num(a.a);
      if (alpha !== undefined) color.a = alpha;
      viz.color = color;
      return true;
    }
    case 'position': {
      const x = num(a.x);
      const y = num(a.y);
      if (x === undefined || y === undefined) return false;
      const position: Record<string, number> = { x, y };
      const z = num(a.z);
      if (z !== undefined) position.z = z;
      viz.position = position;
      return true;
    }
    case 'size':
    case 'thickness': {
      const v = num(a.value);
      if (v === undefined) return false;
      viz[local] = v;
      return true;
    }
    case 'shape': {
      const v = a.value ?? a.uri;
      if (v === undefined) return false;
      viz.shape = v;
      return true;
    }
    default:
      return false;
  }
}
