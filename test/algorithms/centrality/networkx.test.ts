/**
 * Every centrality against NetworkX 2.8.8 on the classic networks (karate
 * club, Florentine families, Krackhardt kite, Les Misérables weighted), a
 * directed graph with dangling nodes and a network in pieces, to 1e-9.
 */
import {
  betweenness,
  closeness,
  degreeCentrality,
  eigenvector,
  harmonicCloseness,
  pagerank,
  snapshot,
  type PartnerNetwork,
} from 'partnermap';
import { describe, expect, it } from 'vitest';
import { classicNetwork } from '../../fixtures/classic-networks';
import { expectScores, reference, referenceNetwork, type Values } from './reference';

const TIGHT = { tolerance: 1e-13, maxIterations: 100_000 };

function scaled(values: Values, factor: number): Values {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v * factor]));
}

describe.each(['karate', 'florentine', 'kite', 'lesmis'] as const)('%s against NetworkX', (name) => {
  const ref = reference(name);
  const network: PartnerNetwork = classicNetwork(name);
  const n = ref.nodes.length;

  it('has the same graph as the reference', () => {
    const view = snapshot(network);
    expect(view.order).toBe(n);
    expect(view.targets.length).toBe(2 * ref.edges.length);
  });

  it('degree centrality, degree and strength', () => {
    const result = degreeCentrality(network);
    expectScores(result.scores, ref.degree!);
    expectScores(result.degree, scaled(ref.degree!, n - 1));
    expectScores(result.strength, ref.strength!);
    expectScores(degreeCentrality(network, { normalized: false }).scores, scaled(ref.degree!, n - 1));
  });

  it('betweenness, unweighted, normalized and raw', () => {
    const exact = betweenness(network);
    expect(exact.approximate).toBe(false);
    expect(exact.errorBound).toBe(0);
    expectScores(exact.scores, ref.betweenness.unweighted!);
    expectScores(betweenness(network, { normalized: false }).scores, ref.betweenness.unweightedRaw!);
  });

  it('betweenness, weighted (distance = 1 / strength)', () => {
    expectScores(betweenness(network, { weighted: true }).scores, ref.betweenness.weighted!);
    expectScores(betweenness(network, { weighted: true, normalized: false }).scores, ref.betweenness.weightedRaw!);
  });

  it('betweenness with endpoints', () => {
    expectScores(betweenness(network, { endpoints: true }).scores, ref.betweenness.endpoints!);
  });

  it('harmonic closeness, unweighted and weighted', () => {
    expectScores(harmonicCloseness(network, { normalized: false }).scores, ref.harmonic.unweighted!);
    expectScores(harmonicCloseness(network).scores, scaled(ref.harmonic.unweighted!, 1 / (n - 1)));
    expectScores(harmonicCloseness(network, { normalized: false, weighted: true }).scores, ref.harmonic.weighted!);
  });

  it('closeness, unweighted and weighted, with and without the Wasserman-Faust scaling', () => {
    expectScores(closeness(network).scores, ref.closeness!.unweighted!);
    expectScores(closeness(network, { weighted: true }).scores, ref.closeness!.weighted!);
    expectScores(closeness(network, { wassermanFaust: false }).scores, ref.closeness!.plain!);
  });

  it('PageRank: weighted, unweighted, alpha 0.6, personalised', () => {
    const weighted = pagerank(network, TIGHT);
    expect(weighted.converged).toBe(true);
    expectScores(weighted.scores, ref.pagerank!.weighted!);
    expectScores(pagerank(network, { ...TIGHT, weighted: false }).scores, ref.pagerank!.unweighted!);
    expectScores(pagerank(network, { ...TIGHT, alpha: 0.6 }).scores, ref.pagerank!.alpha06!);
    const { personalization, values } = ref.pagerank!.personalized!;
    const personalized = pagerank(network, { ...TIGHT, personalization: new Map(Object.entries(personalization)) });
    expect(personalized.personalized).toBe(true);
    expectScores(personalized.scores, values);
  });

  it('PageRank with default settings is within 1e-9 too', () => {
    expectScores(pagerank(network).scores, ref.pagerank!.weighted!, 1e-9);
  });

  it('eigenvector centrality, unweighted and weighted', () => {
    const unweighted = eigenvector(network, { ...TIGHT, weighted: false });
    expect(unweighted.converged).toBe(true);
    expectScores(unweighted.scores, ref.eigenvector!.unweighted!);
    expectScores(eigenvector(network, TIGHT).scores, ref.eigenvector!.weighted!);
  });
});

describe('a directed network with dangling partners', () => {
  const ref = reference('directed');
  const network = referenceNetwork(ref, true);
  const directed = { directed: true } as const;

  it('keeps one arc per relationship', () => {
    const view = snapshot(network, directed);
    expect(view.targets.length).toBe(ref.edges.length);
    expect(ref.dangling!.length).toBeGreaterThan(0);
  });

  it('degree centrality counts in- and out-ties', () => {
    expectScores(degreeCentrality(network, directed).scores, ref.degree!);
  });

  it('betweenness over directed paths', () => {
    expectScores(betweenness(network, directed).scores, ref.betweenness.unweighted!);
    expectScores(betweenness(network, { ...directed, normalized: false }).scores, ref.betweenness.unweightedRaw!);
    expectScores(betweenness(network, { ...directed, weighted: true }).scores, ref.betweenness.weighted!);
  });

  it('harmonic closeness sums distances to each partner', () => {
    expectScores(harmonicCloseness(network, { ...directed, normalized: false }).scores, ref.harmonic.unweighted!);
    expectScores(harmonicCloseness(network, { ...directed, normalized: false, weighted: true }).scores, ref.harmonic.weighted!);
  });

  it('closeness over distances to each partner', () => {
    expectScores(closeness(network, directed).scores, ref.closeness!.unweighted!);
    expectScores(closeness(network, { ...directed, weighted: true }).scores, ref.closeness!.weighted!);
  });

  it('PageRank sends the rank of dangling partners by the personalisation vector', () => {
    expectScores(pagerank(network, { ...directed, ...TIGHT }).scores, ref.pagerank!.weighted!);
    expectScores(pagerank(network, { ...directed, ...TIGHT, weighted: false }).scores, ref.pagerank!.unweighted!);
  });
});

describe('a network in pieces (kite, Florentine families, an isolated partner)', () => {
  const ref = reference('disconnected');
  const network = referenceNetwork(ref);

  it('betweenness normalizes by the whole network', () => {
    expectScores(betweenness(network).scores, ref.betweenness.unweighted!);
    expectScores(betweenness(network, { normalized: false }).scores, ref.betweenness.unweightedRaw!);
  });

  it('harmonic closeness is defined, 0 for the isolated partner', () => {
    const scores = harmonicCloseness(network, { normalized: false }).scores;
    expectScores(scores, ref.harmonic.unweighted!);
    expect(scores.get('Alone')).toBe(0);
  });

  it('closeness scales by the share of the network reached', () => {
    expectScores(closeness(network).scores, ref.closeness!.unweighted!);
    expectScores(closeness(network, { wassermanFaust: false }).scores, ref.closeness!.plain!);
  });

  it('degree and PageRank', () => {
    expectScores(degreeCentrality(network).scores, ref.degree!);
    expectScores(pagerank(network, TIGHT).scores, ref.pagerank!.weighted!);
  });
});
