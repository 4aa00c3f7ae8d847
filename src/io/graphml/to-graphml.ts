/**
 * toGraphml: a network as GraphML (read by Gephi, Cytoscape, yEd, NetworkX's
 * `read_graphml` and igraph), with typed `<key>` declarations for every
 * partner, relationship and network attribute. Lossless through
 * `fromGraphml`; see docs/formats.md.
 */
import { fail } from '../../model/errors';
import type { Partner } from '../../model/partner';
import type { Relationship } from '../../model/relationship';
import { assertNetwork } from '../../network/assert-network';
import { findNonJsonValue } from '../../network/json-values';
import { listPartners } from '../../network/partners';
import { listRelationships } from '../../network/relationships';
import type { AnyNetwork } from '../../network/types';
import { declare, type Declaration } from '../xml/declarations';
import { escapeAttribute, escapeText, InvalidXmlCharacter, PARTNERMAP_XMLNS } from '../xml/xml-writer';

/** The GraphML namespace. */
export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

function keyLine<T>(d: Declaration<T>, scope: string): string {
  const json = d.json ? ' partnermap:type="json"' : '';
  return `  <key id="${d.id}" for="${scope}" attr.name="${escapeAttribute(d.name)}" attr.type="${d.type}"${json}/>\n`;
}

function dataLines<T>(declarations: readonly Declaration<T>[], record: T, indent: string): string {
  let out = '';
  for (const d of declarations) {
    const text = d.text(record);
    if (text !== undefined) out += `${indent}<data key="${d.id}">${escapeText(text)}</data>\n`;
  }
  return out;
}

/**
 * The network as a GraphML document. `edgedefault` is the direction most
 * relationships have; the others carry `directed="true|false"` (NetworkX
 * reads a file only when all its edges go one way).
 *
 * @throws PartnermapError `unsupported` when a value cannot be written:
 * not JSON-compatible (NaN, a Date, ...) or holding a character XML 1.0
 * cannot carry (a control character such as U+000B), naming the record.
 *
 * @example
 * const xml = toGraphml(network);
 * const { network: copy } = fromGraphml(xml);
 */
export function toGraphml(network: AnyNetwork): string {
  assertNetwork('toGraphml', network);
  const attributes = { ...network.getAttributes() } as Record<string, unknown>;
  const partners = listPartners(network);
  const relationships = listRelationships(network);
  checkJson('toGraphml', attributes, partners, relationships);
  const declarations = declare(partners, relationships, attributes, {
    nameAsLabel: false,
    strengthAsWeight: false,
    skipNodeCustom: new Set(),
    skipEdgeCustom: new Set(),
  });
  const directedCount = relationships.reduce((n, r) => n + (r.directed ? 1 : 0), 0);
  const defaultDirected = directedCount * 2 > relationships.length;
  const parts: string[] = [];
  let what = 'the network attributes';
  try {
    parts.push(
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" xmlns:partnermap="${PARTNERMAP_XMLNS}">\n`,
    );
    for (const d of declarations.graph) parts.push(keyLine(d, 'graph'));
    for (const d of declarations.node) parts.push(keyLine(d, 'node'));
    for (const d of declarations.edge) parts.push(keyLine(d, 'edge'));
    parts.push(`  <graph id="G" edgedefault="${defaultDirected ? 'directed' : 'undirected'}">\n`);
    parts.push(dataLines(declarations.graph, attributes, '    '));
    for (const p of partners) {
      what = `partner ${JSON.stringify(p.id)}`;
      const data = dataLines(declarations.node, p, '      ');
      const id = escapeAttribute(p.id);
      parts.push(data === '' ? `    <node id="${id}"/>\n` : `    <node id="${id}">\n${data}    </node>\n`);
    }
    for (const r of relationships) {
      what = `relationship ${JSON.stringify(r.id)}`;
      const data = dataLines(declarations.edge, r, '      ');
      const direction = r.directed === defaultDirected ? '' : ` directed="${r.directed}"`;
      const open = `    <edge id="${escapeAttribute(r.id)}" source="${escapeAttribute(r.source)}" target="${escapeAttribute(r.target)}"${direction}`;
      parts.push(data === '' ? `${open}/>\n` : `${open}>\n${data}    </edge>\n`);
    }
    parts.push('  </graph>\n</graphml>\n');
  } catch (error) {
    if (error instanceof InvalidXmlCharacter) {
      fail('toGraphml', 'unsupported', `${what} holds the character ${error.message}, which XML 1.0 cannot carry; remove it or export as JSON or CSV.`);
    }
    throw error;
  }
  return parts.join('');
}

/** Refuses values no export can carry, as toJson does. */
export function checkJson(
  fn: string,
  attributes: Record<string, unknown>,
  partners: readonly Partner[],
  relationships: readonly Relationship[],
): void {
  let bad = findNonJsonValue(attributes, 'network');
  for (let i = 0; bad === undefined && i < partners.length; i += 1) {
    const p = partners[i] as Partner;
    bad = findNonJsonValue(p, `partner ${JSON.stringify(p.id)}`);
  }
  for (let i = 0; bad === undefined && i < relationships.length; i += 1) {
    const r = relationships[i] as Relationship;
    bad = findNonJsonValue(r, `relationship ${JSON.stringify(r.id)}`);
  }
  if (bad !== undefined) fail(fn, 'unsupported', `${bad}, which cannot be written; store it as a string or number.`);
}
