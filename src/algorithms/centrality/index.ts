/** Public exports of this area, re-exported by src/index.ts. */
export {
  betweenness,
  EXACT_BETWEENNESS_LIMIT,
  type BetweennessOptions,
  type BetweennessResult,
} from './betweenness';
export { closeness, type ClosenessOptions, type ClosenessResult } from './closeness';
export { degreeCentrality, type DegreeCentralityOptions, type DegreeCentralityResult } from './degree-centrality';
export { eigenvector, type EigenvectorOptions, type EigenvectorResult } from './eigenvector';
export {
  EXACT_CLOSENESS_LIMIT,
  harmonicCloseness,
  type HarmonicClosenessOptions,
  type HarmonicClosenessResult,
} from './harmonic-closeness';
export type { CentralityViewOptions } from './options';
export { pagerank, type PagerankOptions, type PagerankResult } from './pagerank';
export {
  DEFAULT_HUB_WEIGHTS,
  EXACT_BRIDGING_LIMIT,
  HUB_COMPONENTS,
  hubs,
  type ComponentEstimate,
  type Hub,
  type HubComponent,
  type HubsOptions,
  type HubsResult,
  type HubWeights,
  type SectorBridge,
} from './hubs';
