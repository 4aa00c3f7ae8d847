/**
 * Escaping user text for SVG (XML 1.0). Partner names, community labels,
 * titles and captions come from spreadsheets; a partner named `<script>` or
 * `"onload="alert(1)` must reach a page embedding the map as inert text.
 *
 * The rules the renderer follows (tested in test/render/escape.test.ts and
 * test/render/injection.test.ts):
 * - user text goes only into text content (`<text>`, `<title>`, `<desc>`) or
 *   into the value of a fixed, harmless attribute (`font-family`); never into
 *   an element or attribute name, an `id`, `href`, `style` or `on*` attribute;
 * - text content escapes `&`, `<` and `>` (so `]]>` cannot appear either);
 * - attribute values (always double-quoted) also escape `"` and `'`, and
 *   write tab, line feed and carriage return as character references so that
 *   attribute-value normalisation keeps them;
 * - characters XML 1.0 forbids (C0 controls other than tab, LF and CR, lone
 *   surrogates, U+FFFE and U+FFFF) are removed: an XML parser would reject
 *   the whole document otherwise.
 */

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF]
// | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the `u` flag a well-formed
// surrogate pair is one code point, so only lone surrogates match.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE, U+FFFF). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for XML element content: invalid characters removed, `& < >` escaped. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>]/g, (c) => TEXT_ENTITIES[c] as string);
}

/** Escapes text for a double- or single-quoted XML attribute value. */
export function escapeXmlAttribute(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c] as string);
}

/**
 * Shortens display text to at most `max` characters (code points, so an emoji
 * is never cut in half), ending with an ellipsis when cut. Line breaks and
 * runs of white space become single spaces: a label is one line.
 */
export function shortenLabel(text: string, max: number): string {
  const oneLine = stripInvalidXmlChars(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  if (chars.length <= max) return oneLine;
  return `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
