/**
 * Writes the report's document model as GitHub-flavoured Markdown. Every
 * string is escaped here with {@link escapeMarkdown}; the only unescaped
 * text is the fixed markup this file writes (`#`, `|`, `**`, `![...](...)`)
 * and the table headings, which are fixed words of the report.
 */
import type { ReportBlock, ReportDocument, ReportSection, ReportSpan } from './document';
import { escapeMarkdown, markdownDestination } from './escape';
import { svgDataUri } from './svg-data-uri';

/** Spans as one line of Markdown; emphasis markers go outside the spaces they would otherwise wrap. */
export function spansMarkdown(spans: readonly ReportSpan[]): string {
  let out = '';
  for (const span of spans) {
    const escaped = escapeMarkdown(span.text);
    if (span.style === undefined || escaped.trim() === '') {
      out += escaped;
      continue;
    }
    const marker = span.style === 'strong' ? '**' : '_';
    const lead = escaped.match(/^\s*/)?.[0] ?? '';
    const trail = escaped.match(/\s*$/)?.[0] ?? '';
    out += `${lead}${marker}${escaped.trim()}${marker}${trail}`;
  }
  return out.trim();
}

function tableMarkdown(block: Extract<ReportBlock, { type: 'table' }>): string[] {
  const cells = (row: readonly string[]): string => `| ${row.join(' | ')} |`;
  const lines = [cells(block.columns), `|${block.align.map((a) => (a === 'right' ? '---:' : '---')).join('|')}|`];
  for (const row of block.rows) {
    // Every row has the table's width: a missing cell is empty, an extra one dropped.
    lines.push(cells(block.columns.map((_, i) => escapeMarkdown(row[i] ?? '').trim())));
  }
  return lines;
}

function mapMarkdown(block: Extract<ReportBlock, { type: 'map' }>): string[] {
  const alt = escapeMarkdown(block.alt);
  if (block.embed && block.svg !== null) return [`![${alt}](${svgDataUri(block.svg)})`];
  if (block.path !== null) return [`![${alt}](${markdownDestination(block.path)})`];
  return [];
}

/** One block as Markdown lines (no blank line around it). */
export function blockMarkdown(block: ReportBlock, sectionLevel: number): string[] {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, sectionLevel + block.depth))} ${escapeMarkdown(block.text).trim()}`];
    case 'paragraph':
      return [spansMarkdown(block.content)];
    case 'note':
      return [`> ${spansMarkdown(block.content)}`];
    case 'list':
      return block.items.map((item) => `- ${spansMarkdown(item)}`);
    case 'table':
      return tableMarkdown(block);
    case 'map':
      return mapMarkdown(block);
  }
}

/** Blocks as Markdown, separated by blank lines (ends with a newline). */
export function blocksMarkdown(blocks: readonly ReportBlock[], sectionLevel: number): string {
  const parts = blocks.map((b) => blockMarkdown(b, sectionLevel)).filter((lines) => lines.length > 0);
  return parts.map((lines) => `${lines.join('\n')}\n`).join('\n');
}

/** A section as Markdown: its heading at `level` (2 for `##`), then its blocks. */
export function sectionMarkdown(section: ReportSection, level = 2): string {
  const heading = `${'#'.repeat(level)} ${escapeMarkdown(section.title).trim()}\n`;
  return section.blocks.length === 0 ? heading : `${heading}\n${blocksMarkdown(section.blocks, level)}`;
}

/**
 * Writes a report document (from {@link buildReport}) as Markdown: the
 * title, the lead lines, then each section. Deterministic: the same document
 * gives the same text, byte for byte.
 */
export function formatReportMarkdown(document: ReportDocument): string {
  const parts = [`# ${escapeMarkdown(document.title).trim()}\n`];
  if (document.lead.length > 0) parts.push(document.lead.map((line) => `${spansMarkdown(line)}\n`).join('\n'));
  for (const section of document.sections) parts.push(sectionMarkdown(section, 2));
  return parts.join('\n');
}
