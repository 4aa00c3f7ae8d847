/**
 * Files written by NetworkX 2.8.8 (test/fixtures/scripts/io_networkx_files.py):
 * karate, Florentine families, Les Misérables, a directed graph with typed
 * attributes and a multigraph, as GraphML and GEXF 1.2draft. Each must import
 * with the same nodes, edges, directions and attributes NetworkX wrote, and
 * export back losslessly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  fromGexf,
  fromGraphml,
  listPartners,
  listRelationships,
  toGexf,
  toGraphml,
  type ImportResult,
  type PartnerNetwork,
} from 'partnermap';
import { canonicalJson } from './canonical';

interface Summary {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, Record<string, unknown>][];
}

const dir = fileURLToPath(new URL('../fixtures/io/networkx/', import.meta.url));
const summaries = JSON.parse(readFileSync(`${dir}summaries.json`, 'utf8')) as { graphs: Record<string, Summary> };

const readers: Record<string, { read: (text: string) => ImportResult; write: (n: PartnerNetwork) => string; back: (t: string) => ImportResult }> = {
  graphml: { read: (t) => fromGraphml(t, { fileName: 'x.graphml' }), write: toGraphml, back: (t) => fromGraphml(t, { strict: true }) },
  gexf: { read: (t) => fromGexf(t, { fileName: 'x.gexf' }), write: toGexf, back: (t) => fromGexf(t, { strict: true }) },
};

describe('files written by NetworkX', () => {
  for (const [name, summary] of Object.entries(summaries.graphs)) {
    for (const [format, io] of Object.entries(readers)) {
      it(`${name}.${format} imports with NetworkX's nodes, edges and attributes, and exports back losslessly`, () => {
        const { network, issues } = io.read(readFileSync(`${dir}${name}.${format}`, 'utf8'));
        expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
        // Generic graphs: the assumptions are reported.
        const codes = issues.map((i) => i.code);
        expect(codes).toContain('assumed-status');
        expect(codes).toContain('assumed-sector');

        const partners = listPartners(network);
        expect(partners.map((p) => p.id)).toEqual(summary.nodes.map(([id]) => id));
        for (const [i, [id, attributes]] of summary.nodes.entries()) {
          const p = partners[i]!;
          expect(p.status).toBe('active');
          expect(p.sector).toBeUndefined();
          const { label, ...rest } = attributes;
          // A label is the partner's name (NetworkX writes the id when a node has none).
          expect(p.name).toBe(label ?? id);
          const custom = Object.fromEntries(Object.entries(p).filter(([k]) => !['id', 'name', 'status'].includes(k)));
          expect(custom).toEqual(rest);
        }

        const relationships = listRelationships(network);
        const key = (s: string, t: string) => (summary.directed ? `${s}->${t}` : [s, t].sort().join('--'));
        const seen = relationships.map((r) => {
          const extra = Object.fromEntries(
            Object.entries(r).filter(([k]) => !['id', 'source', 'target', 'directed', 'kind', 'strength', 'networkx_key'].includes(k)),
          );
          return [key(r.source, r.target), r.strength ?? null, extra] as const;
        });
        const expected = summary.edges.map(([s, t, { weight, ...rest }]) => [key(s, t), weight ?? null, rest] as const);
        const order = (a: readonly [string, unknown, unknown], b: readonly [string, unknown, unknown]) =>
          JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
        expect([...seen].sort(order)).toEqual([...expected].sort(order));
        for (const r of relationships) {
          expect(r.directed).toBe(summary.directed);
          expect(r.kind).toBe('known-tie');
        }
        // Multigraph edge keys: GraphML edge ids, or (GEXF) NetworkX's own `networkx_key` attribute, kept as data.
        if (summary.multigraph) {
          const keys = relationships.map((r) => (format === 'graphml' ? r.id : r.networkx_key));
          expect(keys).toEqual(['first', 'second', 'third']);
        }
        if (typeof summary.graph.name === 'string') expect(network.getAttribute('name')).toBe(summary.graph.name);

        const again = io.back(io.write(network));
        expect(canonicalJson(again.network)).toBe(canonicalJson(network));
      });
    }
  }

  it('karate.graphml reports that weight was read as strength and label was not needed', () => {
    const { issues } = fromGraphml(readFileSync(`${dir}karate.graphml`, 'utf8'));
    expect(issues.map((i) => i.message)).toContain('edge attribute "weight" read as the relationship strength.');
  });

  it('directed.graphml reads label as the name and says so', () => {
    const { network, issues } = fromGraphml(readFileSync(`${dir}directed.graphml`, 'utf8'));
    expect(issues.map((i) => i.message)).toContain('node attribute "label" read as the partner name.');
    expect(listPartners(network)[0]).toEqual({ id: 'hub', name: 'Valley STEM Hub', status: 'active', size: 3, score: 0.5, member: true });
  });
});
