/**
 * Files partnermap writes, read back by NetworkX 2.8.8
 * (test/fixtures/scripts/io_check_networkx_reads.py, results committed in
 * networkx-reads.json). These tests keep that check valid: the committed
 * files are still exactly what the exporters write, and they import back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromGexf, fromGraphml, fromJson, toGexf, toGraphml } from 'partnermap';
import { canonicalJson } from './canonical';

const dir = fileURLToPath(new URL('../fixtures/io/partnermap/', import.meta.url));
const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
const reads = JSON.parse(read('networkx-reads.json')) as {
  results: Record<string, { ok: boolean; nodes: number; edges: number; problems: string[] }>;
};

describe('partnermap files read by NetworkX', () => {
  // The committed JSON files are the networks (frozen: the example network may grow); the XML files must
  // be exactly what the exporters write for them today, so NetworkX's verdict still applies.
  const stems = ['partnerships', 'referrals', 'hostile'];

  it('the committed files are what the exporters write today', () => {
    for (const stem of stems) {
      const network = fromJson(read(`${stem}.json`), { strict: true }).network;
      expect(read(`${stem}.graphml`), stem).toBe(toGraphml(network));
      expect(read(`${stem}.gexf`), stem).toBe(toGexf(network));
    }
  });

  it('NetworkX read every GraphML and GEXF file with the same nodes, edges and attributes', () => {
    expect(Object.keys(reads.results).sort()).toEqual(stems.flatMap((s) => [`${s}.gexf`, `${s}.graphml`]).sort());
    for (const [name, result] of Object.entries(reads.results)) {
      expect(result.problems, name).toEqual([]);
      expect(result.ok, name).toBe(true);
      const truth = fromJson(read(`${name.replace(/\.\w+$/, '')}.json`)).network;
      expect(result.nodes, name).toBe(truth.order);
      expect(result.edges, name).toBe(truth.size);
    }
  });

  it('every file imports back to its JSON', () => {
    for (const stem of stems) {
      const truth = canonicalJson(fromJson(read(`${stem}.json`), { strict: true }).network);
      expect(canonicalJson(fromGraphml(read(`${stem}.graphml`), { strict: true }).network)).toBe(truth);
      expect(canonicalJson(fromGexf(read(`${stem}.gexf`), { strict: true }).network)).toBe(truth);
    }
  });
});
