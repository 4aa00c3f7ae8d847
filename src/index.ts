/**
 * partnermap: network analysis for community STEM education partnerships.
 * The public API, exported by name. See README.md and docs/.
 */

export { VERSION } from './version';
export { DEFAULT_SEED, seededRng, type RandomOptions, type Rng } from './random';

// The model: vocabularies, records, errors, issues.
export { ASSETS, isAsset, type Asset, type AssetName } from './model/assets';
export { COMMITMENTS, isCommitment, type Commitment } from './model/commitment';
export {
  COMMUNICATION_FREQUENCIES,
  COMMUNICATION_MODES,
  FREQUENCY_DAYS,
  isCommunicationFrequency,
  isCommunicationMode,
  type CommunicationFrequency,
  type CommunicationMode,
} from './model/communication';
export { daysBetween, isIsoDate, parseIsoDate } from './model/dates';
export {
  isPartnermapError,
  PartnermapError,
  type ErrorCode,
  type PartnermapErrorOptions,
} from './model/errors';
export { formatIssue, hasErrors, type Issue, type IssueLocation, type Severity } from './model/issues';
export {
  compareLevels,
  isAtLeastLevel,
  isParticipationLevel,
  LEVEL_LABELS,
  levelRank,
  PARTICIPATION_LEVELS,
  type ParticipationLevel,
} from './model/participation';
export {
  contactKey,
  PARTNER_FIELDS,
  type Communication,
  type Contact,
  type CustomAttributes,
  type Partner,
  type PartnerAttributes,
  type PartnerFields,
  type PartnerInput,
} from './model/partner';
export {
  RELATIONSHIP_FIELDS,
  type Relationship,
  type RelationshipAttributes,
  type RelationshipFields,
  type RelationshipInput,
} from './model/relationship';
export {
  DIRECTED_KINDS,
  isDirectedByDefault,
  isRelationshipKind,
  KIND_LABELS,
  RELATIONSHIP_KINDS,
  type RelationshipKind,
} from './model/relationship-kinds';
export { isSector, SECTOR_LABELS, SECTORS, type Sector } from './model/sectors';
export { isPartnerStatus, PARTNER_STATUSES, STATUS_LABELS, type PartnerStatus } from './model/statuses';

// The network container.
export { createNetwork, type NetworkInput } from './network/create-network';
export { getHome, setHome } from './network/home';
export { nodeKey, NODE_KEY_PREFIX, partnerId } from './network/node-keys';
export {
  addPartner,
  getPartner,
  hasPartner,
  listPartners,
  removePartner,
  updatePartner,
  type RemovedPartner,
} from './network/partners';
export {
  addRelationship,
  getRelationship,
  hasRelationship,
  listRelationships,
  relationshipsOf,
  removeRelationship,
  updateRelationship,
} from './network/relationships';
export {
  ANALYSIS_STATUSES,
  snapshot,
  type NetworkSnapshot,
  type SnapshotOptions,
} from './network/snapshot';
export { DEFAULT_LEVEL_WEIGHTS, type TieWeighting, type Weighting } from './network/tie-weighting';
export type { AnyNetwork, NetworkAttributes, NetworkFields, PartnerNetwork } from './network/types';
export { validateNetwork } from './network/validate-network';

// Data in and out.
export type { ImportOptions, ImportResult } from './io/import-types';
export { JSON_FORMAT, JSON_VERSION, type NetworkJson } from './io/json/format';
export { fromJson } from './io/json/from-json';
export { toJson, toJsonData, type ToJsonOptions } from './io/json/to-json';

// Areas under construction: each barrel is owned by one area and is folded
// into named exports above when the area lands.
export * from './io/index';
export * from './example/index';
export * from './algorithms/centrality/index';
export * from './algorithms/communities/index';
export * from './algorithms/brokerage/index';
export * from './algorithms/risk/index';
export * from './algorithms/gaps/index';
export * from './algorithms/snowball/index';
export * from './algorithms/change/index';
export * from './render/index';
export * from './report/index';
