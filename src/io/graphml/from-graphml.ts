/**
 * fromGraphml: reads GraphML as written by partnermap, NetworkX
 * (`write_graphml`), igraph, Gephi, Cytoscape or yEd. Streams the document
 * (no DOM), refuses DTDs, and keeps every declared attribute: partnermap's
 * fields by name, anything else as a custom attribute of its declared type.
 * A generic graph imports with defaults (status active, sector unknown,
 * `weight` as strength, `label` as name), each assumption an info issue.
 */
import { describeValue, fail } from '../../model/errors';
import type { Issue } from '../../model/issues';
import type { ImportOptions, ImportResult } from '../import-types';
import { failedImport, finishImport, readLimit, readStrict } from '../common/finish';
import { emptyMarkerFor } from '../common/values';
import { Assembler, describeElement, type EdgeDraft, type NodeDraft } from '../xml/assembler';
import type { ReadDeclaration } from '../xml/declarations';
import { namespacedAttribute, readXml, XmlStop, type XmlElement } from '../xml/xml-reader';
import { PARTNERMAP_XMLNS } from '../xml/xml-writer';
import { GRAPHML_NS } from './to-graphml';

/** Options of the XML importers ({@link fromGraphml}, `fromGexf`). */
export interface XmlImportOptions extends ImportOptions {
  /**
   * The deepest element nesting read; deeper stops the import with a
   * `limit-exceeded` error.
   * @defaultValue 64
   */
  maxDepth?: number;
  /**
   * The longest text, attribute value or tag read, in characters; longer
   * stops the import with `limit-exceeded`.
   * @defaultValue 1000000
   */
  maxTextLength?: number;
  /**
   * A file name for issue locations.
   * @defaultValue none (issues carry the element and line only)
   */
  fileName?: string;
}

/** Default of {@link XmlImportOptions.maxDepth}. */
export const DEFAULT_MAX_DEPTH = 64;
/** Default of {@link XmlImportOptions.maxTextLength}. */
export const DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

/** Reads and checks the options shared by the XML importers. */
export function readXmlOptions(fn: string, input: unknown, options: XmlImportOptions) {
  const strict = readStrict(fn, options.strict);
  if (typeof input !== 'string') fail(fn, 'invalid-argument', `input must be a string of XML; received ${describeValue(input)}.`);
  const fileName = options.fileName;
  if (fileName !== undefined && typeof fileName !== 'string') {
    fail(fn, 'invalid-argument', `fileName must be a string; received ${describeValue(fileName)}.`);
  }
  return {
    strict,
    fileName,
    limits: {
      maxDepth: readLimit(fn, 'maxDepth', options.maxDepth, DEFAULT_MAX_DEPTH),
      maxTextLength: readLimit(fn, 'maxTextLength', options.maxTextLength, DEFAULT_MAX_TEXT_LENGTH),
    },
  };
}

interface KeyDeclaration extends ReadDeclaration {
  for: string;
  /** yEd's graphics keys (`yfiles.type`) and keys without a name carry no data partnermap can use. */
  skip: boolean;
}

/**
 * Reads a network from GraphML. Returns the network and every issue found,
 * each located at an element and line; `strict: true` throws instead.
 *
 * @throws PartnermapError in strict mode: `unsafe-input` for a DOCTYPE,
 * `limit-exceeded` beyond a limit, `parse-error` for any other error.
 *
 * @example
 * const { network, issues } = fromGraphml(readFileSync('karate.graphml', 'utf8'));
 */
export function fromGraphml(input: string, options: XmlImportOptions = {}): ImportResult {
  const fn = 'fromGraphml';
  const { strict, fileName, limits } = readXmlOptions(fn, input, options);
  const issues: Issue[] = [];
  const asm = new Assembler(emptyMarkerFor(input), issues, fileName);
  const keys = new Map<string, KeyDeclaration>();
  const names = { node: new Set<string>(), edge: new Set<string>() };

  let root = true;
  let key: KeyDeclaration | undefined;
  let inDefault = false;
  // Each open <graph>: its edge default; nodes of nested graphs are flattened.
  const graphs: boolean[] = [];
  let node: NodeDraft | undefined;
  const nodes: NodeDraft[] = [];
  let edge: EdgeDraft | undefined;
  let data: { declaration: KeyDeclaration | undefined; keyId: string; line: number; skip: boolean } | undefined;
  let text = '';
  let dataDepth = 0;

  const isGraphml = (e: { uri: string }) => e.uri === GRAPHML_NS || e.uri === '';

  const declarationFor = (keyId: string, scope: 'node' | 'edge' | 'graph'): KeyDeclaration | undefined => {
    const k = keys.get(keyId);
    if (k === undefined || (k.for !== scope && k.for !== 'all')) return undefined;
    return k;
  };

  const open = (e: XmlElement): void => {
    if (root) {
      root = false;
      if (e.local !== 'graphml') {
        throw new XmlStop({
          severity: 'error',
          code: 'invalid-document',
          message: `a GraphML document starts with <graphml>; received <${e.local}>.`,
          where: asm.at(`<${e.local}>`, e.line),
        });
      }
      return;
    }
    if (data !== undefined) {
      dataDepth += 1;
      return;
    }
    if (!isGraphml(e)) return;
    const a = e.attributes;
    switch (e.local) {
      case 'key': {
        const id = a.id ?? '';
        const name = a['attr.name'];
        key = {
          id,
          name: name ?? id,
          for: a.for ?? 'all',
          type: (a['attr.type'] ?? 'string').toLowerCase(),
          json: namespacedAttribute(e, PARTNERMAP_XMLNS, 'type') === 'json',
          skip: name === undefined,
        };
        if (key.skip && a['yfiles.type'] === undefined) {
          asm.once(`unnamed-key ${id}`, 'warning', 'unnamed-key', `key ${JSON.stringify(id)} has no attr.name; its data was left out.`, asm.at(describeElement('key', id), e.line));
        }
        keys.set(id, key);
        return;
      }
      case 'default':
        if (key !== undefined) {
          inDefault = true;
          text = '';
        }
        return;
      case 'graph': {
        if (graphs.length > 0) {
          asm.once('nested-graph', 'warning', 'nested-graph', 'the document has nested or several graphs; their nodes and edges were read into one network.', asm.at(describeElement('graph', a.id), e.line));
        }
        const edgedefault = a.edgedefault;
        if (edgedefault !== 'directed' && edgedefault !== 'undirected') {
          asm.once('edgedefault', 'warning', 'missing-edgedefault', `graph edgedefault must be "directed" or "undirected"; received ${describeValue(edgedefault)}; edges without a direction were read as undirected.`, asm.at(describeElement('graph', a.id), e.line));
        }
        graphs.push(edgedefault === 'directed');
        return;
      }
      case 'node': {
        const where = asm.at(describeElement('node', a.id), e.line);
        if (node !== undefined) nodes.push(node);
        node = asm.startNode(a.id, where);
        return;
      }
      case 'edge': {
        const record: Record<string, unknown> = {};
        if (a.id !== undefined) record.id = a.id;
        if (a.source !== undefined) record.source = a.source;
        if (a.target !== undefined) record.target = a.target;
        const where = asm.at(describeElement('edge', a.id), e.line);
        const directed = a.directed;
        if (directed === 'true' || directed === 'false') record.directed = directed === 'true';
        else {
          if (directed !== undefined) {
            issues.push({ severity: 'error', code: 'invalid-direction', message: `directed must be "true" or "false"; received ${describeValue(directed)}; the graph's edgedefault was used.`, where });
          }
          record.directed = graphs[graphs.length - 1] === true;
        }
        edge = asm.startEdge(record, where);
        return;
      }
      case 'data': {
        const keyId = a.key ?? '';
        const scope = edge !== undefined ? 'edge' : node !== undefined ? 'node' : 'graph';
        const declaration = declarationFor(keyId, scope);
        if (declaration === undefined) {
          asm.once(`undeclared ${keyId}`, 'warning', 'undeclared-key', `data for key ${JSON.stringify(keyId)}, which no <key for="${scope}"> declares; read as a string attribute named ${JSON.stringify(keyId)}.`, asm.at(`<data key=${JSON.stringify(keyId)}>`, e.line));
        }
        const topLevelGraph = scope !== 'graph' || graphs.length === 1;
        data = { declaration, keyId, line: e.line, skip: declaration?.skip === true || !topLevelGraph };
        text = '';
        dataDepth = 0;
        return;
      }
      case 'hyperedge':
        asm.once('hyperedge', 'warning', 'hyperedge', 'hyperedges have no partnermap equivalent; they were left out.', asm.at('<hyperedge>', e.line));
        return;
      default:
        return;
    }
  };

  const close = (uri: string, local: string): void => {
    if (data !== undefined) {
      if (dataDepth > 0) {
        dataDepth -= 1;
        return;
      }
      if (local === 'data') {
        finishData();
        data = undefined;
      }
      return;
    }
    if (uri !== GRAPHML_NS && uri !== '') return;
    switch (local) {
      case 'default':
        if (key !== undefined && inDefault) {
          key.defaultText = text;
          if (!key.skip && (key.for === 'node' || key.for === 'all')) asm.defaults.node.push(key);
          if (!key.skip && (key.for === 'edge' || key.for === 'all')) asm.defaults.edge.push(key);
        }
        inDefault = false;
        return;
      case 'key':
        if (key !== undefined && !key.skip) {
          if (key.for === 'node' || key.for === 'all') names.node.add(key.name);
          if (key.for === 'edge' || key.for === 'all') names.edge.add(key.name);
        }
        key = undefined;
        return;
      case 'graph':
        graphs.pop();
        return;
      case 'node':
        if (node !== undefined) asm.endNode(node);
        node = nodes.pop();
        return;
      case 'edge':
        if (edge !== undefined) asm.endEdge(edge);
        edge = undefined;
        return;
      default:
    }
  };

  // Generic graphs: `label` is the name when no `name` is declared, `weight` the strength when no `strength` is.
  let labelIsName = false;
  let weightIsStrength = false;
  let aliasesDecided = false;
  const decideAliases = (): void => {
    if (aliasesDecided) return;
    aliasesDecided = true;
    labelIsName = names.node.has('label') && !names.node.has('name');
    weightIsStrength = names.edge.has('weight') && !names.edge.has('strength');
  };

  const finishData = (): void => {
    if (data === undefined || data.skip) return;
    decideAliases();
    const declaration = data.declaration ?? { id: data.keyId, name: data.keyId, type: 'string', json: false, for: 'all', skip: false };
    if (edge !== undefined) {
      if (weightIsStrength && declaration.name === 'weight') asm.edgeWeight(edge, text);
      else asm.edgeValue(edge, declaration, declaration.name, text);
    } else if (node !== undefined) {
      const name = labelIsName && declaration.name === 'label' ? 'name' : declaration.name;
      asm.nodeValue(node, declaration, name, text);
    } else {
      asm.graphValue(declaration, declaration.name, text, asm.at(`<data key=${JSON.stringify(data.keyId)}>`, data.line));
    }
  };

  try {
    readXml(input, fileName, { open, close, text: (t) => {
      if (data !== undefined || inDefault) text += t;
    } }, limits);
    if (root) {
      throw new XmlStop({ severity: 'error', code: 'invalid-document', message: 'the document is empty.', where: asm.at('<graphml>', 1) });
    }
  } catch (error) {
    if (error instanceof XmlStop) return finishImport(fn, failedImport([...issues, error.issue]), strict);
    throw error;
  }
  decideAliases();
  const aliases: string[] = [];
  if (labelIsName) aliases.push('node attribute "label" read as the partner name.');
  if (weightIsStrength) aliases.push('edge attribute "weight" read as the relationship strength.');
  asm.reportGeneric(names.node, names.edge, aliases);
  return finishImport(fn, asm.build(), strict);
}
