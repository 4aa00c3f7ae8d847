/** Public exports of this area, re-exported by src/index.ts. */
export type { Community, CommunityHub, CommunitySectorCount } from './community-summary';
export {
  detectCommunities,
  type CommunityAlgorithm,
  type CommunityDetection,
  type CommunityObjective,
  type DetectCommunitiesOptions,
} from './detect-communities';
export { modularity, type ModularityOptions, type CommunityPartition } from './modularity';
export { normalizedMutualInformation, type PartitionLabels } from './nmi';
