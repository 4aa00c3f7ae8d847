/**
 * A small strict XML reader for the tests: parses an SVG string with saxes
 * (which throws on anything not well-formed XML 1.0) into a tree of elements
 * with their attributes and text.
 */
import { SaxesParser } from 'saxes';

export interface SvgElement {
  name: string;
  attributes: Map<string, string>;
  children: SvgElement[];
  /** Text directly inside this element (not its children's). */
  text: string;
  parent: SvgElement | undefined;
}

/** Parses `svg` strictly; throws on malformed XML. */
export function parseSvg(svg: string): SvgElement {
  const parser = new SaxesParser({ xmlns: false });
  let root: SvgElement | undefined;
  const stack: SvgElement[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('doctype', () => {
    throw new Error('unexpected DOCTYPE');
  });
  parser.on('processinginstruction', (pi) => {
    throw new Error(`unexpected processing instruction ${pi.target}`);
  });
  parser.on('cdata', () => {
    throw new Error('unexpected CDATA section');
  });
  parser.on('opentag', (tag) => {
    const element: SvgElement = { name: tag.name, attributes: new Map(), children: [], text: '', parent: stack[stack.length - 1] };
    for (const [k, v] of Object.entries(tag.attributes)) element.attributes.set(k, String(v));
    if (element.parent === undefined) root = element;
    else element.parent.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
    else if (text.trim() !== '') throw new Error('text outside the root element');
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(svg).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(root: SvgElement): SvgElement[] {
  const out: SvgElement[] = [];
  const walk = (e: SvgElement): void => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Elements whose `class` attribute has this class. */
export function byClass(root: SvgElement, cls: string): SvgElement[] {
  return allElements(root).filter((e) => (e.attributes.get('class') ?? '').split(/\s+/).includes(cls));
}

/**
 * The safety checks every rendered SVG must pass: no script or foreign
 * content, no event handler, no link, no style element or attribute, no
 * `javascript:` anywhere, ids only of partnermap's own making.
 */
export function assertSafeSvg(root: SvgElement): void {
  const forbiddenElements = new Set(['script', 'foreignObject', 'style', 'a', 'iframe', 'image', 'use', 'animate', 'set', 'handler']);
  for (const e of allElements(root)) {
    if (forbiddenElements.has(e.name)) throw new Error(`forbidden element <${e.name}>`);
    for (const [name, value] of e.attributes) {
      if (/^on/i.test(name)) throw new Error(`event attribute ${name} on <${e.name}>`);
      if (name === 'style' || name === 'href' || name === 'xlink:href') throw new Error(`attribute ${name} on <${e.name}>`);
      if (/javascript:/i.test(value)) throw new Error(`javascript: in ${name} on <${e.name}>`);
      if (name === 'id' && !/^partnermap-[a-z0-9-]+$/.test(value)) throw new Error(`unexpected id ${JSON.stringify(value)}`);
      if (/url\(/.test(value) && !/^url\(#partnermap-[a-z0-9-]+\)$/.test(value)) throw new Error(`unexpected url() ${value}`);
    }
  }
}

/** The text of an element, its `<tspan>` lines joined by spaces (how a label reads). */
export function labelText(e: SvgElement): string {
  const spans = e.children.filter((c) => c.name === 'tspan');
  return spans.length === 0 ? e.text : spans.map((t) => t.text).join(' ');
}
