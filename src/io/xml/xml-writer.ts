/**
 * Writing XML text: escaping for text and attribute values, and the check
 * that a value holds only characters XML 1.0 can carry (no C0 controls other
 * than tab, LF and CR, no lone surrogates, no U+FFFE/U+FFFF): such a value is
 * refused with an error naming it rather than silently changed.
 *
 * In attribute values tab, LF and CR are written as character references,
 * since parsers turn literal ones into spaces; in text, CR is (parsers turn
 * CRLF into LF).
 */

/** The namespace of partnermap's extension attributes and elements in GraphML and GEXF. */
export const PARTNERMAP_XMLNS = 'urn:partnermap:1';

/** A character XML 1.0 cannot carry. */
export class InvalidXmlCharacter extends Error {
  constructor(readonly codePoint: number) {
    super(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
  }
}

// Characters that need work: markup, whitespace that parsers normalise, and
// the ranges that hold characters XML cannot carry (checked one by one).
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function escapeSlow(value: string, attribute: boolean): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += value.slice(i, i + 2);
        i += 1;
        continue;
      }
      throw new InvalidXmlCharacter(c);
    }
    if (c >= 0xdc00 && c <= 0xdfff) throw new InvalidXmlCharacter(c);
    switch (c) {
      case 0x26:
        out += '&amp;';
        continue;
      case 0x3c:
        out += '&lt;';
        continue;
      case 0x3e:
        out += '&gt;';
        continue;
      case 0x22:
        out += attribute ? '&quot;' : '"';
        continue;
      case 0x09:
        out += attribute ? '&#9;' : '\t';
        continue;
      case 0x0a:
        out += attribute ? '&#10;' : '\n';
        continue;
      case 0x0d:
        out += '&#13;';
        continue;
    }
    if (c < 0x20 || c === 0xfffe || c === 0xffff) throw new InvalidXmlCharacter(c);
    out += value.charAt(i);
  }
  return out;
}

/** A value escaped for an attribute (`"`-quoted). @throws InvalidXmlCharacter */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? escapeSlow(value, true) : value;
}

/** A value escaped for element text. @throws InvalidXmlCharacter */
export function escapeText(value: string): string {
  return TEXT_SPECIAL.test(value) ? escapeSlow(value, false) : value;
}
