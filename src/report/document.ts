/**
 * The report's document model: what the report says, as plain data, before
 * it is written as Markdown (markdown.ts) or HTML (html.ts). Every string in
 * it is plain text, never Markdown or HTML: the writers escape it for their
 * format (escape.ts), so a partner's name cannot turn into markup in either.
 * Apps that show the report their own way (a React view, a PDF) can walk this
 * model instead of parsing Markdown.
 */

/** A run of text, optionally emphasised. */
export interface ReportSpan {
  text: string;
  /** `strong` (bold) or `em` (italic). */
  style?: 'strong' | 'em';
}

/** One block of a section. */
export type ReportBlock =
  /** A sub-heading, `depth` levels below the section's own heading (1 for a sub-section). */
  | { type: 'heading'; depth: number; text: string }
  | { type: 'paragraph'; content: ReportSpan[] }
  /** A bulleted list; each item is a line of spans. */
  | { type: 'list'; items: ReportSpan[][] }
  /** A table: column headings (fixed words), alignment per column, and rows of plain-text cells. */
  | { type: 'table'; columns: string[]; align: ('left' | 'right')[]; rows: string[][] }
  /** A remark set apart (a block quote in Markdown): warnings and caveats. */
  | { type: 'note'; content: ReportSpan[] }
  /**
   * The network map: `svg` when it was rendered (embedded, or written beside
   * the report by the caller), `path` where the Markdown refers to it.
   */
  | { type: 'map'; alt: string; path: string | null; svg: string | null; embed: boolean };

/** A section of the report. */
export interface ReportSection {
  /** Which section (see {@link REPORT_SECTIONS}). */
  id: string;
  /** The section's heading. */
  title: string;
  blocks: ReportBlock[];
}

/** The whole report, ready to be written as Markdown or HTML. */
export interface ReportDocument {
  /** The report's title (the first heading). */
  title: string;
  /** The lines under the title: what the map is, its date, whether personal data was removed. */
  lead: ReportSpan[][];
  /** The date the report describes (ISO), or null when none is known. */
  asOf: string | null;
  /** True when personal data was removed before the analyses (the default). */
  redacted: boolean;
  /** The sections, in the report's order. */
  sections: ReportSection[];
}

/** Plain text. */
export const text = (value: string): ReportSpan => ({ text: value });
/** Bold text. */
export const strong = (value: string): ReportSpan => ({ text: value, style: 'strong' });
/** Italic text. */
export const em = (value: string): ReportSpan => ({ text: value, style: 'em' });

/** A paragraph of spans (strings are plain text). */
export function paragraph(...content: (ReportSpan | string)[]): ReportBlock {
  return { type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? text(c) : c)) };
}

/** A note of spans. */
export function note(...content: (ReportSpan | string)[]): ReportBlock {
  return { type: 'note', content: content.map((c) => (typeof c === 'string' ? text(c) : c)) };
}

/** A bulleted list; each item a string or a line of spans. */
export function list(items: readonly (string | readonly (ReportSpan | string)[])[]): ReportBlock {
  return {
    type: 'list',
    items: items.map((item) => (typeof item === 'string' ? [text(item)] : item.map((c) => (typeof c === 'string' ? text(c) : c)))),
  };
}

/** A sub-heading one level below the section. */
export function subheading(value: string, depth = 1): ReportBlock {
  return { type: 'heading', depth, text: value };
}

/** A table; columns ending in `:` are right-aligned (the colon is dropped). */
export function table(columns: readonly string[], rows: readonly (readonly string[])[]): ReportBlock {
  return {
    type: 'table',
    columns: columns.map((c) => (c.endsWith(':') ? c.slice(0, -1) : c)),
    align: columns.map((c) => (c.endsWith(':') ? 'right' : 'left')),
    rows: rows.map((r) => [...r]),
  };
}
