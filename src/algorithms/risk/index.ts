/** Public exports of this area, re-exported by src/index.ts. */
export {
  fragility,
  keyPersonRisk,
  type ArticulationPartner,
  type BridgeTie,
  type FragilityOptions,
  type FragilityReference,
  type FragilityResult,
  type LocalBridge,
  type OutsidePartner,
} from './fragility';
export type {
  ContactRisk,
  DependentPartner,
  KeyPersonRiskResult,
  SingleCarrierRelationship,
} from './key-person-risk';
