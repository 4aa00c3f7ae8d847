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

// Data in and out: CSV, GEXF, GraphML.
export {
  type CsvInput,
  type CsvTables,
  DEFAULT_MAX_CELL_LENGTH,
  DEFAULT_MAX_COLUMNS,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_TEXT_LENGTH,
  fromCsv,
  type FromCsvOptions,
  fromGexf,
  fromGraphml,
  type GexfVersion,
  toCsv,
  type ToCsvOptions,
  toGexf,
  type ToGexfOptions,
  toGraphml,
  type XmlImportOptions,
} from './io/index';

// The example network.
export {
  EXAMPLE_AS_OF,
  EXAMPLE_HOME,
  EXAMPLE_KEY_PERSON,
  EXAMPLE_NETWORK_INPUT,
  exampleNetwork,
  type ExampleNetworkInput,
  type ExamplePartner,
  type ExamplePartnerExtras,
  type ExampleRelationship,
  type ExampleRelationshipExtras,
} from './example/index';

// Hubs and centrality.
export {
  betweenness,
  type BetweennessOptions,
  type BetweennessResult,
  type CentralityViewOptions,
  closeness,
  type ClosenessOptions,
  type ClosenessResult,
  type ComponentEstimate,
  DEFAULT_HUB_WEIGHTS,
  degreeCentrality,
  type DegreeCentralityOptions,
  type DegreeCentralityResult,
  eigenvector,
  type EigenvectorOptions,
  type EigenvectorResult,
  EXACT_BETWEENNESS_LIMIT,
  EXACT_BRIDGING_LIMIT,
  EXACT_CLOSENESS_LIMIT,
  harmonicCloseness,
  type HarmonicClosenessOptions,
  type HarmonicClosenessResult,
  type Hub,
  HUB_COMPONENTS,
  type HubComponent,
  hubs,
  type HubsOptions,
  type HubsResult,
  type HubWeights,
  pagerank,
  type PagerankOptions,
  type PagerankResult,
  type SectorBridge,
} from './algorithms/centrality/index';

// Communities.
export {
  type Community,
  type CommunityAlgorithm,
  type CommunityDetection,
  type CommunityHub,
  type CommunityObjective,
  type CommunityPartition,
  type CommunitySectorCount,
  detectCommunities,
  type DetectCommunitiesOptions,
  modularity,
  type ModularityOptions,
  normalizedMutualInformation,
  type PartitionLabels,
} from './algorithms/communities/index';

// Brokers.
export {
  brokerage,
  type BrokerageGroup,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRoleCounts,
  type BrokerageRoleScores,
  type GroupValue,
  type PartnerBrokerage,
} from './algorithms/brokerage/index';

// Fragility and key-person risk.
export {
  type ArticulationPartner,
  type BridgeTie,
  type ContactRisk,
  type DependentPartner,
  fragility,
  type FragilityOptions,
  type FragilityReference,
  type FragilityResult,
  keyPersonRisk,
  type KeyPersonRiskResult,
  type LocalBridge,
  type OutsidePartner,
  type SingleCarrierRelationship,
} from './algorithms/risk/index';

// Gaps.
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
} from './algorithms/gaps/index';

// Snowball growth: suggestions, link prediction, whom to ask, waves.
export {
  type AskEntry,
  DEFAULT_LINK_INDEX,
  type Door,
  type IgnoredReferral,
  type Introducer,
  JOINED_STATUSES,
  LINK_INDEX_LABELS,
  LINK_INDICES,
  type LinkIndex,
  type LinkIndexOptions,
  type PredictedLink,
  predictLinks,
  type PredictLinksOptions,
  type PredictLinksResult,
  type SnowballSuggestion,
  snowballSuggestions,
  type SnowballSuggestionsOptions,
  type SnowballSuggestionsResult,
  type SnowballWarning,
  snowballWaves,
  type SnowballWavesOptions,
  type SnowballWavesResult,
  SUGGESTION_FORMULA,
  type SuggestionComponents,
  type TieSummary,
  type UnexploredOrganisation,
  type WarmPath,
  type WaveIntroducer,
  type WavePartner,
  type WaveTotal,
  whomToAsk,
  type WhomToAskOptions,
  type WhomToAskResult,
  type YearTotal,
} from './algorithms/snowball/index';

// Change over time.
export {
  compareNetworks,
  type CompareNetworksOptions,
  type FieldChange,
  type HubMove,
  type MatchedRelationship,
  type NetworkComparison,
  type PartnerChange,
  type RelationshipChange,
  type RelationshipMatching,
  relationshipSignature,
} from './algorithms/change/index';

// The network map (SVG).
export {
  type ColorBy,
  COMMUNITY_COLORS,
  DEFAULT_FONT_FAMILY,
  DEFAULT_TITLE,
  escapeXmlAttribute,
  escapeXmlText,
  inferLayoutSettings,
  KIND_DASHES,
  type LabelMode,
  layoutNetwork,
  type LayoutOptions,
  type LayoutSettings,
  MAP_STATUSES,
  type MapCommunities,
  MAX_COMMUNITIES_DRAWN,
  OTHER_COMMUNITY_COLOR,
  type Point,
  renderSvg,
  type RenderSvgOptions,
  SECTOR_COLORS,
  type SizeBy,
  STATUS_COLORS,
  stripInvalidXmlChars,
  type Theme,
  type ThemeName,
  THEMES,
  UNKNOWN_COLOR,
} from './render/index';

// The report, privacy.
export {
  buildReport,
  escapeHtml,
  escapeMarkdown,
  formatReportHtml,
  formatReportMarkdown,
  isPersonalFieldName,
  PERSONAL_FIELD_WORDS,
  redactNetwork,
  type RedactNetworkOptions,
  report,
  REPORT_SECTIONS,
  type ReportBlock,
  type ReportDocument,
  reportHtml,
  type ReportMapMode,
  type ReportOptions,
  type ReportSection,
  type ReportSectionId,
  type ReportSpan,
  SUGGESTION_CAVEAT,
  suggestionsMarkdown,
  wavesMarkdown,
  whomToAskMarkdown,
} from './report/index';
