/**
 * Writes the report's document model as one self-contained HTML page: inline
 * CSS, the map's SVG inline, no script, no external request. A
 * Content-Security-Policy forbids scripts and any fetch (`default-src
 * 'none'`), so even a mistake upstream could not make the page run code or
 * call home. Every string is escaped here with {@link escapeHtml}.
 */
import type { ReportBlock, ReportDocument, ReportSpan } from './document';
import { escapeHtml, escapeHtmlAttribute } from './escape';

// Images only inline (data:) or beside the page ('self'): the map is normally inline SVG anyway.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'";

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f7f9; color: #1a1a1a; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid #dde1e6; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p, ul { margin: 0.5rem 0 0.9rem; }
li { margin: 0.2rem 0; }
.lead { color: #444; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #dde1e6; padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) td { background: #fafbfc; }
blockquote { margin: 0.75rem 0; padding: 0.5rem 0.9rem; border-left: 4px solid #d9a400; background: #fff9e6; }
figure { margin: 1rem 0; }
figure svg, figure img { display: block; max-width: 100%; height: auto; border: 1px solid #dde1e6; }
figcaption { color: #555; font-size: 0.9rem; margin-top: 0.4rem; }
@media print { body { background: #fff; } main { padding: 0; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
`;

/** Spans as HTML (escaped). */
function spansHtml(spans: readonly ReportSpan[]): string {
  return spans
    .map((s) => {
      const escaped = escapeHtml(s.text);
      if (s.style === 'strong') return `<strong>${escaped}</strong>`;
      if (s.style === 'em') return `<em>${escaped}</em>`;
      return escaped;
    })
    .join('')
    .trim();
}

/** The map's SVG made ready to sit inside HTML: no XML declaration or doctype before the root. */
function inlineSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  return start > 0 ? svg.slice(start) : svg;
}

function blockHtml(block: ReportBlock, sectionLevel: number): string {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, sectionLevel + block.depth);
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${spansHtml(block.content)}</p>`;
    case 'note':
      return `<blockquote><p>${spansHtml(block.content)}</p></blockquote>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${spansHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const cls = (i: number) => (block.align[i] === 'right' ? ' class="num"' : '');
      const head = block.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${block.columns.map((_, i) => `<td${cls(i)}>${escapeHtml(row[i] ?? '')}</td>`).join('')}</tr>`);
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'map': {
      if (block.svg !== null) return `<figure>\n${inlineSvg(block.svg)}\n<figcaption>${escapeHtml(block.alt)}</figcaption>\n</figure>`;
      if (block.path !== null) {
        return `<figure><img src="${escapeHtmlAttribute(block.path)}" alt="${escapeHtmlAttribute(block.alt)}"><figcaption>${escapeHtml(block.alt)}</figcaption></figure>`;
      }
      return '';
    }
  }
}

/**
 * Writes a report document (from {@link buildReport}) as one self-contained
 * HTML page: inline CSS, the map inline as SVG (when the document carries
 * it), no script and no external request (its Content-Security-Policy allows
 * neither). Deterministic, like the Markdown.
 */
export function formatReportHtml(document: ReportDocument): string {
  const body: string[] = [`<h1>${escapeHtml(document.title)}</h1>`];
  for (const line of document.lead) body.push(`<p class="lead">${spansHtml(line)}</p>`);
  for (const section of document.sections) {
    body.push(`<section id="${escapeHtmlAttribute(section.id)}">`, `<h2>${escapeHtml(section.title)}</h2>`);
    for (const block of section.blocks) {
      const html = blockHtml(block, 2);
      if (html !== '') body.push(html);
    }
    body.push('</section>');
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
