/** Public exports of this area, re-exported by src/index.ts. */
export {
  COMMUNICATING_STATUSES,
  EXPECTED_SECTORS,
  gapAnalysis,
  type GapAnalysis,
  type GapAnalysisOptions,
  type GapFinding,
  type GapFindingKind,
  type OnlyTiedToHome,
  type OverdueCommunication,
  type ProspectGap,
  type SectorCoverage,
  type StuckPartner,
  type UnrecordedCommunication,
} from './gap-analysis';
