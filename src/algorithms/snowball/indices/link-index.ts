/**
 * The link-prediction indices partnermap computes, their options, and the
 * check of those options at the door. Formulas: docs/algorithms/snowball.md.
 */
import { describeValue, fail } from '../../../model/errors';

/**
 * Every selectable index. `resource-allocation` (Zhou, Lü & Zhang 2009) is the
 * default: it had the best precision on the held-out ties of the three real
 * networks in bench/results/snowball-eval.md.
 */
export const LINK_INDICES = [
  'resource-allocation',
  'adamic-adar',
  'common-neighbours',
  'jaccard',
  'personalized-pagerank',
  'katz',
] as const;

/** A link-prediction index. */
export type LinkIndex = (typeof LINK_INDICES)[number];

/** The index used when none is given. */
export const DEFAULT_LINK_INDEX: LinkIndex = 'resource-allocation';

/** Plain-language names of the indices. */
export const LINK_INDEX_LABELS: Readonly<Record<LinkIndex, string>> = {
  'resource-allocation': 'resource allocation',
  'adamic-adar': 'Adamic-Adar',
  'common-neighbours': 'common neighbours',
  jaccard: 'Jaccard',
  'personalized-pagerank': 'personalised PageRank',
  katz: 'Katz (truncated)',
};

/** Options shared by everything that scores pairs. */
export interface LinkIndexOptions {
  /**
   * The index that scores a pair.
   * @defaultValue `'resource-allocation'`
   */
  index?: LinkIndex;
  /**
   * Use tie strengths (strength x participation-level multiplier, from the
   * snapshot's weighting). When false every tie counts 1 and the indices are
   * exactly NetworkX's.
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * Personalised PageRank: probability of jumping back to the source at each
   * step (1 - damping), in (0, 1). 0.5 had the best precision on held-out ties
   * (bench/results/snowball-eval.md); 0.15 is PageRank's usual value.
   * @defaultValue 0.5
   */
  restart?: number;
  /**
   * Personalised PageRank: the local push stops when every node's residual is
   * below `tolerance` x its strength (Andersen, Chung & Lang 2006). Smaller is
   * more exact and slower; the work per source is at most 1 / (restart x tolerance).
   * @defaultValue 1e-4
   */
  tolerance?: number;
  /**
   * Katz: attenuation per step, in (0, 1). Walks of length l count beta^l.
   * 0.005 to 0.01 had the best precision on held-out ties (bench/results/snowball-eval.md).
   * @defaultValue 0.01
   */
  katzBeta?: number;
  /**
   * Katz: longest walk counted (2 to 4).
   * @defaultValue 3
   */
  katzMaxLength?: number;
}

/** Index options after checking. */
export interface ResolvedLinkIndex {
  index: LinkIndex;
  weighted: boolean;
  restart: number;
  tolerance: number;
  katzBeta: number;
  katzMaxLength: number;
}

function inOpenUnit(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) {
    fail(fn, 'invalid-argument', `${name} must be a number strictly between 0 and 1; received ${describeValue(value)}.`);
  }
  return value;
}

/** Checks the index options at the door. */
export function resolveLinkIndex(fn: string, options: LinkIndexOptions): ResolvedLinkIndex {
  const {
    index = DEFAULT_LINK_INDEX,
    weighted = true,
    restart = 0.5,
    tolerance = 1e-4,
    katzBeta = 0.01,
    katzMaxLength = 3,
  } = options;
  if (typeof index !== 'string' || !(LINK_INDICES as readonly string[]).includes(index)) {
    fail(fn, 'invalid-argument', `index must be one of ${LINK_INDICES.join(', ')}; received ${describeValue(index)}.`);
  }
  if (typeof weighted !== 'boolean') fail(fn, 'invalid-argument', `weighted must be a boolean; received ${describeValue(weighted)}.`);
  if (typeof katzMaxLength !== 'number' || !Number.isInteger(katzMaxLength) || katzMaxLength < 2 || katzMaxLength > 4) {
    fail(fn, 'invalid-argument', `katzMaxLength must be an integer from 2 to 4; received ${describeValue(katzMaxLength)}.`);
  }
  return {
    index,
    weighted,
    restart: inOpenUnit(fn, 'restart', restart),
    tolerance: inOpenUnit(fn, 'tolerance', tolerance),
    katzBeta: inOpenUnit(fn, 'katzBeta', katzBeta),
    katzMaxLength,
  };
}

/** A short description of the index and its parameters, for results and reports. */
export function describeIndex(spec: ResolvedLinkIndex): string {
  const label = LINK_INDEX_LABELS[spec.index];
  const weighting = spec.weighted ? 'weighted by tie strength' : 'unweighted';
  if (spec.index === 'personalized-pagerank') return `${label} (restart ${spec.restart}, tolerance ${spec.tolerance}), ${weighting}`;
  if (spec.index === 'katz') return `${label} (beta ${spec.katzBeta}, walks up to ${spec.katzMaxLength}), ${weighting}`;
  return `${label}, ${weighting}`;
}
