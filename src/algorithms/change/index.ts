/** Public exports of this area, re-exported by src/index.ts. */
export {
  compareNetworks,
  type CompareNetworksOptions,
  type FieldChange,
  type HubMove,
  type NetworkComparison,
  type PartnerChange,
  type RelationshipChange,
} from './compare-networks';
export { relationshipSignature, type MatchedRelationship, type RelationshipMatching } from './match-relationships';
