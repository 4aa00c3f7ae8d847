/**
 * Turns the nodes, edges and graph data an XML reader meets into the records
 * `buildNetwork` takes, shared by the GraphML and GEXF importers: partnermap's
 * fields by name, custom attributes decoded under their declared type, and
 * the assumptions made for a generic graph (no partnermap attributes) reported
 * as info issues.
 */
import { describeValue } from '../../model/errors';
import type { Issue, IssueLocation } from '../../model/issues';
import { buildNetwork, type RawRecord } from '../../network/build-network';
import { setOwn } from '../../network/own-properties';
import type { ImportResult } from '../import-types';
import { restoreEmptyStrings } from '../common/finish';
import {
  finishPartnerRecord,
  PARTNER_TEXT_COLUMNS,
  RELATIONSHIP_TEXT_COLUMNS,
  setPartnerField,
  setRelationshipField,
  type PartnerColumn,
  type PartnerDraft,
} from '../common/fields';
import { decodeDeclared, type ReadDeclaration } from './declarations';

const PARTNER_FIELD_NAMES = new Set<string>([...PARTNER_TEXT_COLUMNS, 'communication']);
const RELATIONSHIP_FIELD_NAMES = new Set<string>(RELATIONSHIP_TEXT_COLUMNS);
const NETWORK_FIELD_NAMES = new Set(['name', 'home', 'description']);

/** A node being read. */
export interface NodeDraft {
  draft: PartnerDraft;
  where: IssueLocation;
  /** Ids of the declarations given a value (for defaults). */
  given?: Set<string>;
}

/** An edge being read. */
export interface EdgeDraft {
  record: Record<string, unknown>;
  where: IssueLocation;
  given?: Set<string>;
}

/** The element description used in issue locations: `<node id="a">`. */
export function describeElement(name: string, id: string | undefined): string {
  return id === undefined ? `<${name}>` : `<${name} id=${JSON.stringify(id)}>`;
}

/** Collects records and issues while a document is read. */
export class Assembler {
  readonly partners: RawRecord[] = [];
  readonly relationships: RawRecord[] = [];
  readonly graph: Record<string, unknown> = {};
  private readonly warned = new Set<string>();
  /** Declarations with defaults, by scope. */
  readonly defaults: { node: ReadDeclaration[]; edge: ReadDeclaration[] } = { node: [], edge: [] };

  constructor(
    readonly marker: string,
    readonly issues: Issue[],
    readonly file: string | undefined,
  ) {}

  /** A location: the element and line, and the file when named. */
  at(element: string, line: number): IssueLocation {
    return this.file === undefined ? { element, line } : { file: this.file, element, line };
  }

  /** Reports once per `key` (e.g. one warning for every hyperedge). */
  once(key: string, severity: Issue['severity'], code: string, message: string, where: IssueLocation): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.issues.push({ severity, code, message, where });
  }

  startNode(id: string | undefined, where: IssueLocation): NodeDraft {
    const draft: PartnerDraft = { record: {} };
    if (id !== undefined) draft.record.id = id;
    return this.defaults.node.length > 0 ? { draft, where, given: new Set() } : { draft, where };
  }

  /** Sets a node value: a partnermap field by name, or a custom attribute decoded under its declaration. */
  nodeValue(node: NodeDraft, declaration: ReadDeclaration, name: string, text: string): void {
    node.given?.add(declaration.id);
    if (PARTNER_FIELD_NAMES.has(name)) {
      setPartnerField(node.draft, name as PartnerColumn, text, this.marker);
      return;
    }
    if (name === 'id') {
      this.issues.push({
        severity: 'warning',
        code: 'reserved-attribute',
        message: `an attribute named "id" conflicts with the node's id; its value ${describeValue(text)} was left out.`,
        where: node.where,
      });
      return;
    }
    this.custom(node.draft.record, declaration, name, text, node.where);
  }

  /** Sets a custom value directly (viz, a GEXF label kept as data). */
  nodeCustom(node: NodeDraft, name: string, value: unknown): void {
    setOwn(node.draft.record, name, value);
  }

  endNode(node: NodeDraft): void {
    if (node.given !== undefined) {
      for (const d of this.defaults.node) {
        if (!node.given.has(d.id)) this.nodeValue(node, d, d.name, d.defaultText as string);
      }
    }
    this.partners.push({ value: finishPartnerRecord(node.draft), where: node.where });
  }

  startEdge(record: Record<string, unknown>, where: IssueLocation): EdgeDraft {
    return this.defaults.edge.length > 0 ? { record, where, given: new Set() } : { record, where };
  }

  /** Sets an edge value; `weightIsStrength` reads a generic `weight` as the strength. */
  edgeValue(edge: EdgeDraft, declaration: ReadDeclaration, name: string, text: string): void {
    edge.given?.add(declaration.id);
    if (RELATIONSHIP_FIELD_NAMES.has(name)) {
      setRelationshipField(edge.record, name as 'kind', text, this.marker);
      return;
    }
    if (name === 'id' || name === 'source' || name === 'target' || name === 'directed') {
      this.issues.push({
        severity: 'warning',
        code: 'reserved-attribute',
        message: `an attribute named ${JSON.stringify(name)} conflicts with the edge's own; its value ${describeValue(text)} was left out.`,
        where: edge.where,
      });
      return;
    }
    this.custom(edge.record, declaration, name, text, edge.where);
  }

  /**
   * A generic weight (GraphML `weight` data, GEXF's `weight` attribute) as the
   * strength when it is a positive number; otherwise kept as a custom `weight`
   * with a warning.
   */
  edgeWeight(edge: EdgeDraft, text: string): void {
    const n = Number(text.trim());
    if (text.trim() !== '' && Number.isFinite(n) && n > 0) {
      edge.record.strength = n;
      return;
    }
    const value = Number.isFinite(n) && text.trim() !== '' ? n : text;
    setOwn(edge.record, 'weight', value);
    this.issues.push({
      severity: 'warning',
      code: 'weight-not-strength',
      message: `weight ${describeValue(text)} is not a positive number, so it cannot be the strength; kept as the custom attribute "weight".`,
      where: edge.where,
    });
  }

  endEdge(edge: EdgeDraft): void {
    if (edge.given !== undefined) {
      for (const d of this.defaults.edge) {
        if (!edge.given.has(d.id)) this.edgeValue(edge, d, d.name, d.defaultText as string);
      }
    }
    this.relationships.push({ value: edge.record, where: edge.where });
  }

  /** Sets a network (graph-level) value. */
  graphValue(declaration: ReadDeclaration, name: string, text: string, where: IssueLocation): void {
    if (NETWORK_FIELD_NAMES.has(name) && !declaration.json) {
      setOwn(this.graph, name, text === '' && name !== 'home' ? this.marker : text);
      return;
    }
    this.custom(this.graph, declaration, name, text, where);
  }

  private custom(record: Record<string, unknown>, declaration: ReadDeclaration, name: string, text: string, where: IssueLocation): void {
    const decoded = decodeDeclared(text, declaration);
    if (decoded.ok) {
      setOwn(record, name, decoded.value);
      return;
    }
    this.issues.push({
      severity: 'error',
      code: 'invalid-value',
      message: `${name} must be ${decoded.reason}; received ${describeValue(text)}; the value was left out.`,
      where: { ...where, field: name },
    });
  }

  /** Builds the network from what was read. */
  build(): ImportResult {
    const built = buildNetwork(
      { attributes: this.graph, partners: this.partners, relationships: this.relationships },
      { lenient: true, createMissingPartners: true },
    );
    restoreEmptyStrings(built.network, this.marker);
    return { network: built.network, issues: [...this.issues, ...built.issues] };
  }

  /**
   * Info issues saying what was assumed for a graph without partnermap's
   * attributes (a karate-club GraphML, say).
   */
  reportGeneric(nodeNames: ReadonlySet<string>, edgeNames: ReadonlySet<string>, aliases: readonly string[]): void {
    const where = this.file === undefined ? {} : { file: this.file };
    const partners = this.partners.length;
    const relationships = this.relationships.length;
    if (partners > 0 && !nodeNames.has('status')) {
      this.issues.push({
        severity: 'info',
        code: 'assumed-status',
        message: `no "status" attribute: ${partners} partner(s) read as active.`,
        where,
      });
    }
    if (partners > 0 && !nodeNames.has('sector')) {
      this.issues.push({
        severity: 'info',
        code: 'assumed-sector',
        message: `no "sector" attribute: the sector of ${partners} partner(s) is left unknown.`,
        where,
      });
    }
    if (relationships > 0 && !edgeNames.has('kind')) {
      this.issues.push({
        severity: 'info',
        code: 'assumed-kind',
        message: `no "kind" attribute: ${relationships} relationship(s) read as known ties.`,
        where,
      });
    }
    for (const alias of aliases) this.issues.push({ severity: 'info', code: 'attribute-alias', message: alias, where });
  }
}
