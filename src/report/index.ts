/**
 * The report: network -> a Markdown (or HTML) report a coordinator can read
 * and share, with personal data removed by default; and redactNetwork, the
 * shareable copy of a network. Public exports of this area, re-exported by
 * src/index.ts.
 */
export { buildReport, report, reportHtml } from './build-report';
export type { ReportBlock, ReportDocument, ReportSection, ReportSpan } from './document';
export { escapeHtml, escapeMarkdown } from './escape';
export { formatReportHtml } from './html';
export { formatReportMarkdown } from './markdown';
export { REPORT_SECTIONS, type ReportMapMode, type ReportOptions, type ReportSectionId } from './options';
export { SUGGESTION_CAVEAT, suggestionsMarkdown, wavesMarkdown, whomToAskMarkdown } from './sections/snowball';
export {
  isPersonalFieldName,
  PERSONAL_FIELD_WORDS,
  redactNetwork,
  type RedactNetworkOptions,
} from '../network/redact-network';
