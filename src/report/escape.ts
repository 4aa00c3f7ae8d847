/**
 * Escaping user text for the report: Markdown (GitHub-flavoured, as GitHub,
 * VS Code and most converters read it) and HTML. Partner names, community
 * labels, titles and the reasons that quote them come from spreadsheets: a
 * partner named `<script>alert(1)</script>`, `[x](javascript:alert(1))` or
 * `| col |` must reach the reader as the text it is, never as HTML, a link,
 * a table cell or a heading.
 *
 * Everything the report prints goes through here, once, at the point it is
 * written out: the report's document model (document.ts) holds plain text
 * only, and the Markdown and HTML writers escape it for their format.
 */
import { escapeXmlAttribute, escapeXmlText } from '../render/escape';

// Line breaks (a record's text is one line in the report), other C0 and C1
// controls, and the Unicode line and paragraph separators.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

// Characters that start Markdown syntax anywhere in a line: backslash escapes
// (`\`), code spans (`` ` ``), emphasis (`*`, `_`), links and images (`[`,
// `]`), table cells (`|`), GFM strikethrough (`~`) and GitHub's math (`$`).
// `&`, `<` and `>` become entities: no raw HTML, no entity of the user's own,
// no autolink in angle brackets, no block quote.
const INLINE = /[\\`*_[\]|~$&<>]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text so that Markdown shows it as it is, wherever it stands: in a
 * paragraph, a list item, a heading, a table cell or an image's alt text.
 *
 * - line breaks and control characters become spaces (the text stays on its line);
 * - `\` `` ` `` `*` `_` `[` `]` `|` `~` `$` are backslash-escaped; `&` `<` `>`
 *   become `&amp;` `&lt;` `&gt;` (so no HTML, and `|` cannot open a table cell);
 * - GFM's bare autolinks are broken (`www\.`, `\://`, `\@`), so a name that
 *   looks like a web or email address is not turned into a link;
 * - at the start, white space is folded to one space (four would make a code
 *   block), and what would open a block is escaped: `#` (a heading), `-` or
 *   `+` and a space (a list item), `1.` or `1)` and a space (a numbered list),
 *   a line of `-` or `=` (a rule or a heading underline); so is a closing run
 *   of `#` (a heading would drop it).
 *
 * @example
 * escapeMarkdown('[x](javascript:alert(1))'); // '\\[x\\](javascript:alert(1))'
 * escapeMarkdown('A | B <b>');              // 'A \\| B &lt;b&gt;'
 */
export function escapeMarkdown(text: string): string {
  let out = String(text)
    .replace(BREAKS, ' ')
    .replace(INLINE, (c) => ENTITIES[c] ?? `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/(^|[^A-Za-z0-9])(www)\./gi, '$1$2\\.')
    .replace(/@/g, '\\@');
  out = out
    // Four spaces at the start of a line make a code block: one is enough to keep words apart.
    .replace(/^\s+/, ' ')
    .replace(/^(\s*)#/, '$1\\#')
    .replace(/(\s)(#+\s*)$/, '$1\\$2')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  if (/^\s*[-=][-=\s]*$/.test(out)) out = out.replace(/^(\s*)([-=])/, '$1\\$2');
  return out;
}

/** Escapes text for HTML element content (`&`, `<`, `>`; characters XML forbids removed). */
export function escapeHtml(text: string): string {
  return escapeXmlText(String(text));
}

/** Escapes text for a double-quoted HTML attribute value (`&`, `<`, `>`, `"`, `'`, tab and line breaks). */
export function escapeHtmlAttribute(text: string): string {
  return escapeXmlAttribute(String(text));
}

/**
 * A link or image destination for Markdown: characters that would end or
 * break it (space, parentheses, angle brackets, backslash, controls) are
 * percent-encoded. The caller has already checked the scheme.
 */
export function markdownDestination(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
