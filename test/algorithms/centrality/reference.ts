/**
 * NetworkX reference values (test/fixtures/centrality/*.json, written by
 * test/fixtures/scripts/centrality_reference.py) and the networks they were
 * computed on, as partnermap networks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNetwork, type PartnerNetwork } from 'partnermap';
import { expect } from 'vitest';

export type Values = Record<string, number>;

export interface Reference {
  network: string;
  nodes: string[];
  edges: [string, string, number][];
  degree?: Values;
  strength?: Values;
  betweenness: Record<string, Values>;
  harmonic: Record<string, Values>;
  closeness?: Record<string, Values>;
  pagerank?: Record<string, Values> & { personalized?: { personalization: Values; values: Values } };
  eigenvector?: Record<string, Values>;
  cornerPaths?: number;
  dangling?: string[];
}

export function reference(name: string): Reference {
  const path = fileURLToPath(new URL(`../../fixtures/centrality/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Reference;
}

/** The reference's graph as a network: known ties (undirected) or referrals (directed), weight as strength. */
export function referenceNetwork(ref: Reference, directed = false): PartnerNetwork {
  return createNetwork({
    partners: ref.nodes.map((id) => ({ id })),
    relationships: ref.edges.map(([source, target, strength]) => ({
      source,
      target,
      kind: directed ? 'referral' : 'known-tie',
      strength,
    })),
  });
}

/** Every id of `expected` has a score in `actual` within `tolerance`, and no other id does. */
export function expectScores(actual: ReadonlyMap<string, number>, expected: Values, tolerance = 1e-9): void {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  let worst = 0;
  let worstId = '';
  for (const [id, value] of Object.entries(expected)) {
    const diff = Math.abs((actual.get(id) as number) - value);
    if (!(diff <= worst)) {
      worst = diff;
      worstId = id;
    }
  }
  expect(worst, `largest difference at ${worstId}: ${actual.get(worstId)} vs ${expected[worstId]}`).toBeLessThanOrEqual(tolerance);
}
