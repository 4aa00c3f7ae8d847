/**
 * fromGexf: reads GEXF 1.1, 1.2 and 1.3 as written by partnermap, Gephi and
 * NetworkX (`write_gexf`). Streams the document, refuses DTDs, keeps every
 * declared attribute (typed), the node labels (as names unless a `name`
 * attribute is declared), edge weights (as strengths) and Gephi's viz
 * elements (as the custom attribute `viz`). Dynamic features (spells,
 * start/end) have no partnermap equivalent and are reported, not read.
 */
import { parseRelationshipKind } from '../../model/aliases';
import { describeValue } from '../../model/errors';
import type { Issue } from '../../model/issues';
import { isRelationshipKind } from '../../model/relationship-kinds';
import type { ImportResult } from '../import-types';
import { failedImport, finishImport } from '../common/finish';
import { emptyMarkerFor } from '../common/values';
import { readXmlOptions, type XmlImportOptions } from '../graphml/from-graphml';
import { Assembler, describeElement, type EdgeDraft, type NodeDraft } from '../xml/assembler';
import type { ReadDeclaration } from '../xml/declarations';
import { namespacedAttribute, readXml, XmlStop, type XmlElement } from '../xml/xml-reader';
import { PARTNERMAP_XMLNS } from '../xml/xml-writer';
import { readVizElement } from './viz';

const VIZ_ELEMENTS = new Set(['color', 'position', 'size', 'shape', 'thickness']);

/**
 * Reads a network from GEXF. Returns the network and every issue found, each
 * located at an element and line; `strict: true` throws instead.
 *
 * @throws PartnermapError in strict mode: `unsafe-input` for a DOCTYPE,
 * `limit-exceeded` beyond a limit, `parse-error` for any other error.
 *
 * @example
 * const { network, issues } = fromGexf(readFileSync('network.gexf', 'utf8'));
 */
export function fromGexf(input: string, options: XmlImportOptions = {}): ImportResult {
  const fn = 'fromGexf';
  const { strict, fileName, limits } = readXmlOptions(fn, input, options);
  const issues: Issue[] = [];
  const asm = new Assembler(emptyMarkerFor(input), issues, fileName);
  const declared = { node: new Map<string, ReadDeclaration>(), edge: new Map<string, ReadDeclaration>() };
  const names = { node: new Set<string>(), edge: new Set<string>() };

  let root = true;
  let inMeta = false;
  let metaDescription: string | undefined;
  let collecting: 'description' | 'meta-attribute' | 'default' | undefined;
  let metaAttribute: { name: string; type: string; line: number } | undefined;
  const metaValues: { name: string; type: string; text: string; line: number }[] = [];
  let graphName: string | undefined;
  let defaultDirected = false;
  let graphs = 0;
  let attributesClass: 'node' | 'edge' | undefined;
  let declaration: ReadDeclaration | undefined;
  let node: NodeDraft | undefined;
  const nodes: NodeDraft[] = [];
  let nodeLabel: string | undefined;
  const labels: (string | undefined)[] = [];
  let edge: EdgeDraft | undefined;
  let viz: Record<string, unknown> | undefined;
  let text = '';

  const open = (e: XmlElement): void => {
    const a = e.attributes;
    if (root) {
      root = false;
      if (e.local !== 'gexf') {
        throw new XmlStop({
          severity: 'error',
          code: 'invalid-document',
          message: `a GEXF document starts with <gexf>; received <${e.local}>.`,
          where: asm.at(`<${e.local}>`, e.line),
        });
      }
      return;
    }
    if (e.uri === PARTNERMAP_XMLNS) {
      if (e.local === 'attribute' && inMeta) {
        metaAttribute = { name: a.name ?? '', type: (a.type ?? 'string').toLowerCase(), line: e.line };
        collecting = 'meta-attribute';
        text = '';
      }
      return;
    }
    if (VIZ_ELEMENTS.has(e.local) && (node !== undefined || edge !== undefined)) {
      viz ??= {};
      if (!readVizElement(viz, e.local, a)) {
        issues.push({
          severity: 'warning',
          code: 'invalid-viz',
          message: `<viz:${e.local}> has no usable values (${Object.keys(a).join(', ') || 'no attributes'}); it was left out.`,
          where: asm.at(`<viz:${e.local}>`, e.line),
        });
      }
      return;
    }
    switch (e.local) {
      case 'meta':
        inMeta = true;
        return;
      case 'description':
        if (inMeta) {
          collecting = 'description';
          text = '';
        }
        return;
      case 'graph': {
        graphs += 1;
        if (graphs > 1) {
          asm.once('graphs', 'warning', 'nested-graph', 'the document has several graphs; they were read into one network.', asm.at('<graph>', e.line));
        }
        defaultDirected = a.defaultedgetype === 'directed';
        if (a.mode === 'dynamic') {
          asm.once('dynamic', 'warning', 'dynamic-graph', 'the graph is dynamic; partnermap reads each node, edge and value once, without its time intervals.', asm.at('<graph>', e.line));
        }
        if (a.name !== undefined && a.name !== '') graphName = a.name;
        return;
      }
      case 'attributes': {
        const cls = a.class;
        attributesClass = cls === 'node' || cls === 'edge' ? cls : undefined;
        if (attributesClass === undefined) {
          asm.once(`class ${cls}`, 'warning', 'unknown-attribute-class', `attributes of class ${describeValue(cls)} have no partnermap equivalent; they were left out.`, asm.at('<attributes>', e.line));
        }
        if (a.mode === 'dynamic') {
          asm.once('dynamic', 'warning', 'dynamic-graph', 'the graph is dynamic; partnermap reads each node, edge and value once, without its time intervals.', asm.at('<attributes>', e.line));
        }
        return;
      }
      case 'attribute': {
        if (attributesClass === undefined) return;
        const id = a.id ?? '';
        const title = a.title ?? id;
        declaration = {
          id,
          name: title,
          type: (a.type ?? 'string').toLowerCase(),
          json: namespacedAttribute(e, PARTNERMAP_XMLNS, 'type') === 'json',
        };
        declared[attributesClass].set(id, declaration);
        names[attributesClass].add(title);
        return;
      }
      case 'default':
        if (declaration !== undefined) {
          collecting = 'default';
          text = '';
        }
        return;
      case 'node': {
        if (node !== undefined) {
          asm.once('nested-nodes', 'warning', 'nested-nodes', 'nodes nested in nodes (a hierarchy) were read as ordinary partners.', asm.at(describeElement('node', a.id), e.line));
          nodes.push(node);
          labels.push(nodeLabel);
        }
        node = asm.startNode(a.id, asm.at(describeElement('node', a.id), e.line));
        nodeLabel = a.label;
        viz = undefined;
        dynamicCheck(a, e.line);
        return;
      }
      case 'edge': {
        const record: Record<string, unknown> = {};
        if (a.id !== undefined) record.id = a.id;
        if (a.source !== undefined) record.source = a.source;
        if (a.target !== undefined) record.target = a.target;
        const where = asm.at(describeElement('edge', a.id), e.line);
        const type = a.type;
        if (type === 'directed') record.directed = true;
        else if (type === 'undirected') record.directed = false;
        else if (type === 'mutual') {
          record.directed = false;
          asm.once('mutual', 'info', 'mutual-edge', 'edges of type "mutual" were read as undirected relationships.', where);
        } else {
          if (type !== undefined) {
            issues.push({ severity: 'error', code: 'invalid-direction', message: `type must be "directed", "undirected" or "mutual"; received ${describeValue(type)}; the graph's defaultedgetype was used.`, where });
          }
          record.directed = defaultDirected;
        }
        edge = asm.startEdge(record, where);
        if (a.label !== undefined) asm.edgeValue(edge, { id: '', name: 'label', type: 'string', json: false }, 'label', a.label);
        if (a.kind !== undefined) edgeKind(edge, a.kind);
        if (a.weight !== undefined) edgeWeight = a.weight;
        viz = undefined;
        dynamicCheck(a, e.line);
        return;
      }
      case 'attvalue': {
        const key = a.for ?? a.id ?? '';
        if (a.start !== undefined || a.end !== undefined) dynamicCheck(a, e.line);
        const value = a.value ?? '';
        if (edge !== undefined) {
          const d = declared.edge.get(key) ?? undeclared('edge', key, e.line);
          asm.edgeValue(edge, d, d.name, value);
        } else if (node !== undefined) {
          const d = declared.node.get(key) ?? undeclared('node', key, e.line);
          asm.nodeValue(node, d, d.name, value);
        }
        return;
      }
      case 'spells':
      case 'slices':
        dynamicCheck({ start: '' }, e.line);
        return;
      case 'parents':
        asm.once('parents', 'warning', 'node-parents', 'node <parents> (a hierarchy) have no partnermap equivalent; they were left out.', asm.at('<parents>', e.line));
        return;
      default:
        return;
    }
  };

  let edgeWeight: string | undefined;

  const dynamicCheck = (a: Record<string, string>, line: number): void => {
    if (a.start === undefined && a.end === undefined && a.startopen === undefined && a.endopen === undefined) return;
    asm.once('dynamic', 'warning', 'dynamic-graph', 'the graph is dynamic; partnermap reads each node, edge and value once, without its time intervals.', asm.at('<spell>', line));
  };

  const undeclared = (scope: 'node' | 'edge', key: string, line: number): ReadDeclaration => {
    asm.once(`undeclared ${scope} ${key}`, 'warning', 'undeclared-attribute', `attvalue for ${JSON.stringify(key)}, which no ${scope} <attribute> declares; read as a string attribute named ${JSON.stringify(key)}.`, asm.at(`<attvalue for=${JSON.stringify(key)}>`, line));
    return { id: key, name: key, type: 'string', json: false };
  };

  const edgeKind = (draft: EdgeDraft, kind: string): void => {
    const parsed = isRelationshipKind(kind) ? kind : parseRelationshipKind(kind);
    if (parsed !== undefined) {
      if (draft.record.kind === undefined) draft.record.kind = parsed;
      return;
    }
    issues.push({
      severity: 'warning',
      code: 'unknown-kind',
      message: `the edge's GEXF kind ${describeValue(kind)} is not a partnermap relationship kind; it was left out.`,
      where: draft.where,
    });
  };

  const close = (uri: string, local: string): void => {
    if (uri === PARTNERMAP_XMLNS) {
      if (local === 'attribute' && metaAttribute !== undefined) {
        metaValues.push({ ...metaAttribute, text });
        metaAttribute = undefined;
        collecting = undefined;
      }
      return;
    }
    switch (local) {
      case 'meta':
        inMeta = false;
        return;
      case 'description':
        if (collecting === 'description') metaDescription = text;
        collecting = undefined;
        return;
      case 'attributes':
        attributesClass = undefined;
        return;
      case 'default':
        if (collecting === 'default' && declaration !== undefined) declaration.defaultText = text;
        collecting = undefined;
        return;
      case 'attribute':
        if (declaration !== undefined && declaration.defaultText !== undefined && attributesClass !== undefined) {
          asm.defaults[attributesClass].push(declaration);
        }
        declaration = undefined;
        return;
      case 'node':
        if (node !== undefined) finishNode(node);
        node = nodes.pop();
        nodeLabel = labels.pop();
        viz = undefined;
        return;
      case 'edge':
        if (edge !== undefined) {
          if (edgeWeight !== undefined) {
            if (names.edge.has('strength')) asm.edgeValue(edge, { id: '', name: 'weight', type: 'double', json: false }, 'weight', edgeWeight);
            else asm.edgeWeight(edge, edgeWeight);
          }
          if (viz !== undefined) edge.record.viz = viz;
          asm.endEdge(edge);
        }
        edge = undefined;
        edgeWeight = undefined;
        viz = undefined;
        return;
      default:
    }
  };

  const finishNode = (draft: NodeDraft): void => {
    if (nodeLabel !== undefined) {
      if (names.node.has('name')) asm.nodeCustom(draft, 'label', nodeLabel);
      else asm.nodeValue(draft, { id: '', name: 'name', type: 'string', json: false }, 'name', nodeLabel);
    }
    if (viz !== undefined) asm.nodeCustom(draft, 'viz', viz);
    asm.endNode(draft);
  };

  try {
    readXml(input, fileName, { open, close, text: (t) => {
      if (collecting !== undefined) text += t;
    } }, limits);
    if (root) {
      throw new XmlStop({ severity: 'error', code: 'invalid-document', message: 'the document is empty.', where: asm.at('<gexf>', 1) });
    }
  } catch (error) {
    if (error instanceof XmlStop) return finishImport(fn, failedImport([...issues, error.issue]), strict);
    throw error;
  }

  // Network attributes: partnermap's own in <meta>, else GEXF's description and NetworkX's graph name.
  const metaNames = new Set(metaValues.map((m) => m.name));
  for (const m of metaValues) {
    const d: ReadDeclaration = { id: m.name, name: m.name, type: m.type === 'json' ? 'string' : m.type, json: m.type === 'json' };
    asm.graphValue(d, m.name, m.text, asm.at(`<partnermap:attribute name=${JSON.stringify(m.name)}>`, m.line));
  }
  const plain: ReadDeclaration = { id: '', name: '', type: 'string', json: false };
  if (metaDescription !== undefined && !metaNames.has('description')) asm.graphValue(plain, 'description', metaDescription, {});
  if (graphName !== undefined && !metaNames.has('name')) asm.graphValue(plain, 'name', graphName, {});

  const generic = !names.node.has('status');
  const aliases: string[] = [];
  if (generic && asm.partners.length > 0 && !names.node.has('name')) aliases.push('node labels read as partner names.');
  if (generic && asm.relationships.some((r) => (r.value as Record<string, unknown>).strength !== undefined)) {
    aliases.push('edge weights read as relationship strengths.');
  }
  asm.reportGeneric(names.node, names.edge, aliases);
  return finishImport(fn, asm.build(), strict);
}
