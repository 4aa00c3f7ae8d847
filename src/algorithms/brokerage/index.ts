/** Public exports of this area, re-exported by src/index.ts. */
export {
  brokerage,
  type BrokerageGroup,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRoleCounts,
  type BrokerageRoleScores,
  type GroupValue,
  type PartnerBrokerage,
} from './brokerage';
