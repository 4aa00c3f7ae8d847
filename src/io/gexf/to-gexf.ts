/**
 * toGexf: a network as GEXF, Gephi's format (also read by NetworkX's
 * `read_gexf`, graphology-gexf and sigma.js), with typed attribute
 * declarations, node labels (the partner names), edge weights (the
 * strengths) and, from a `viz` attribute, Gephi's colours and positions.
 * Lossless through `fromGexf`; see docs/formats.md.
 */
import { describeValue, fail } from '../../model/errors';
import type { Partner } from '../../model/partner';
import type { Relationship } from '../../model/relationship';
import { assertNetwork } from '../../network/assert-network';
import { listPartners } from '../../network/partners';
import { listRelationships } from '../../network/relationships';
import type { AnyNetwork } from '../../network/types';
import { checkJson } from '../graphml/to-graphml';
import { declare, type Declaration } from '../xml/declarations';
import { escapeAttribute, escapeText, InvalidXmlCharacter, PARTNERMAP_XMLNS } from '../xml/xml-writer';
import { isVizValue, vizElements } from './viz';

/** The GEXF versions partnermap writes. */
export type GexfVersion = '1.2draft' | '1.3';

/** Namespaces of each GEXF version. */
export const GEXF_NAMESPACES: Readonly<Record<GexfVersion, { gexf: string; viz: string; version: string }>> = {
  '1.2draft': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
};

/** Options of {@link toGexf}. */
export interface ToGexfOptions {
  /**
   * The GEXF version. `1.2draft` is read by Gephi, NetworkX (2.x and 3.x),
   * graphology and sigma.js; `1.3` is Gephi 0.9.3+'s own (NetworkX 2.8 does
   * not read it).
   * @defaultValue "1.2draft"
   */
  version?: GexfVersion;
}

const GEXF_TYPES: Readonly<Record<string, string>> = { string: 'string', int: 'integer', long: 'long', double: 'double', boolean: 'boolean' };

function attributeLines<T>(declarations: readonly Declaration<T>[], cls: string): string {
  if (declarations.length === 0) return '';
  let out = `    <attributes class="${cls}" mode="static">\n`;
  for (const d of declarations) {
    const json = d.json ? ' partnermap:type="json"' : '';
    out += `      <attribute id="${d.id}" title="${escapeAttribute(d.name)}" type="${GEXF_TYPES[d.type]}"${json}/>\n`;
  }
  return `${out}    </attributes>\n`;
}

function attvalues<T>(declarations: readonly Declaration<T>[], record: T): string {
  let out = '';
  for (const d of declarations) {
    const text = d.text(record);
    if (text !== undefined) out += `          <attvalue for="${d.id}" value="${escapeAttribute(text)}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

/** The custom `viz` attribute when every record that has one holds a valid viz value. */
function vizKey(records: readonly object[], scope: 'node' | 'edge'): ReadonlySet<string> {
  let any = false;
  for (const record of records) {
    if (!Object.hasOwn(record, 'viz')) continue;
    const value = (record as Record<string, unknown>).viz;
    if (value === undefined) continue;
    if (!isVizValue(value, scope)) return new Set();
    any = true;
  }
  return any ? new Set(['viz']) : new Set();
}

/**
 * The network as a GEXF document (version 1.2draft by default). The
 * `defaultedgetype` is the direction most relationships have; the others
 * carry `type`. Network attributes go in `<meta>` (the description as GEXF's
 * own `<description>`, the rest as `<partnermap:attribute>` elements).
 *
 * @throws PartnermapError `unsupported` for a value that cannot be written
 * (not JSON-compatible, or holding a character XML 1.0 cannot carry).
 *
 * @example
 * const xml = toGexf(network);                    // for Gephi and NetworkX
 * const gephi13 = toGexf(network, { version: '1.3' });
 */
export function toGexf(network: AnyNetwork, options: ToGexfOptions = {}): string {
  assertNetwork('toGexf', network);
  const { version = '1.2draft' } = options;
  if (version !== '1.2draft' && version !== '1.3') {
    fail('toGexf', 'invalid-argument', `version must be "1.2draft" or "1.3"; received ${describeValue(version)}.`);
  }
  const ns = GEXF_NAMESPACES[version];
  const attributes = { ...network.getAttributes() } as Record<string, unknown>;
  const partners = listPartners(network);
  const relationships = listRelationships(network);
  checkJson('toGexf', attributes, partners, relationships);
  const nodeViz = vizKey(partners, 'node');
  const edgeViz = vizKey(relationships, 'edge');
  const { description, ...graphAttributes } = attributes;
  const declarations = declare(partners, relationships, typeof description === 'string' ? graphAttributes : attributes, {
    nameAsLabel: true,
    strengthAsWeight: true,
    skipNodeCustom: nodeViz,
    skipEdgeCustom: edgeViz,
  });
  const directedCount = relationships.reduce((n, r) => n + (r.directed ? 1 : 0), 0);
  const defaultDirected = directedCount * 2 > relationships.length;
  const parts: string[] = [];
  let what = 'the network attributes';
  try {
    parts.push(
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:partnermap="${PARTNERMAP_XMLNS}" version="${ns.version}">\n`,
      '  <meta>\n    <creator>partnermap</creator>\n',
    );
    if (typeof description === 'string') parts.push(`    <description>${escapeText(description)}</description>\n`);
    for (const d of declarations.graph) {
      const text = d.text(attributes) as string;
      const type = d.json ? 'json' : d.type;
      parts.push(`    <partnermap:attribute name="${escapeAttribute(d.name)}" type="${type}">${escapeText(text)}</partnermap:attribute>\n`);
    }
    parts.push('  </meta>\n');
    parts.push(`  <graph defaultedgetype="${defaultDirected ? 'directed' : 'undirected'}" mode="static">\n`);
    parts.push(attributeLines(declarations.node, 'node'), attributeLines(declarations.edge, 'edge'));
    parts.push('    <nodes>\n');
    for (const p of partners) {
      what = `partner ${JSON.stringify(p.id)}`;
      parts.push(nodeText(p, declarations.node, nodeViz.size > 0));
    }
    parts.push('    </nodes>\n    <edges>\n');
    for (const r of relationships) {
      what = `relationship ${JSON.stringify(r.id)}`;
      parts.push(edgeText(r, declarations.edge, edgeViz.size > 0, defaultDirected));
    }
    parts.push('    </edges>\n  </graph>\n</gexf>\n');
  } catch (error) {
    if (error instanceof InvalidXmlCharacter) {
      fail('toGexf', 'unsupported', `${what} holds the character ${error.message}, which XML 1.0 cannot carry; remove it or export as JSON or CSV.`);
    }
    throw error;
  }
  return parts.join('');
}

function nodeText(p: Partner, declarations: readonly Declaration<Partner>[], viz: boolean): string {
  const values = attvalues(declarations, p);
  const v = viz && Object.hasOwn(p, 'viz') && p.viz !== undefined ? vizElements(p.viz as Record<string, unknown>, '        ', escapeAttribute) : '';
  const label = typeof p.name === 'string' ? ` label="${escapeAttribute(p.name)}"` : '';
  const open = `      <node id="${escapeAttribute(p.id)}"${label}`;
  return values === '' && v === '' ? `${open}/>\n` : `${open}>\n${values}${v}      </node>\n`;
}

function edgeText(r: Relationship, declarations: readonly Declaration<Relationship>[], viz: boolean, defaultDirected: boolean): string {
  const values = attvalues(declarations, r);
  const v = viz && Object.hasOwn(r, 'viz') && r.viz !== undefined ? vizElements(r.viz as Record<string, unknown>, '        ', escapeAttribute) : '';
  const type = r.directed === defaultDirected ? '' : ` type="${r.directed ? 'directed' : 'undirected'}"`;
  const weight = typeof r.strength === 'number' ? ` weight="${r.strength}"` : '';
  const open = `      <edge id="${escapeAttribute(r.id)}" source="${escapeAttribute(r.source)}" target="${escapeAttribute(r.target)}"${type}${weight}`;
  return values === '' && v === '' ? `${open}/>\n` : `${open}>\n${values}${v}      </edge>\n`;
}
