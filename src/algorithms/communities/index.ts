/** Public exports of this area, re-exported by src/index.ts. */
export type { Community, CommunityHub, SectorCount } from './community-summary';
export {
  detectCommunities,
  type CommunityAlgorithm,
  type CommunityDetection,
  type CommunityObjective,
  type DetectCommunitiesOptions,
} from './detect-communities';
export { modularity, type ModularityOptions, type Partition } from './modularity';
export { normalizedMutualInformation, type Labelling } from './nmi';
