/**
 * Snowball growth: whom to contact next, who can introduce you, and how the
 * map grew. Public exports of this area, re-exported by src/index.ts.
 */
export {
  DEFAULT_LINK_INDEX,
  LINK_INDEX_LABELS,
  LINK_INDICES,
  type LinkIndex,
  type LinkIndexOptions,
} from './indices/link-index';
export {
  snowballSuggestions,
  SUGGESTION_FORMULA,
  type Introducer,
  type SnowballSuggestion,
  type SnowballSuggestionsOptions,
  type SnowballSuggestionsResult,
  type SuggestionComponents,
  type WarmPath,
} from './snowball-suggestions';
export { predictLinks, type PredictedLink, type PredictLinksOptions, type PredictLinksResult } from './predict-links';
export {
  whomToAsk,
  type AskEntry,
  type Door,
  type UnexploredOrganisation,
  type WhomToAskOptions,
  type WhomToAskResult,
} from './whom-to-ask';
export {
  JOINED_STATUSES,
  snowballWaves,
  type IgnoredReferral,
  type SnowballWavesOptions,
  type SnowballWavesResult,
  type WaveIntroducer,
  type WavePartner,
  type WaveTotal,
  type YearTotal,
} from './snowball-waves';
export type { TieSummary } from './partner-table';
export type { SnowballWarning } from './warnings';
