import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from '../../src/render/index';
import { shortenLabel } from '../../src/render/escape';
import { parseSvg } from './svg-tree';

describe('escapeXmlText / escapeXmlAttribute', () => {
  it('escapes markup characters in text', () => {
    expect(escapeXmlText('<script>alert("x") & \'y\'</script>')).toBe('&lt;script&gt;alert("x") &amp; \'y\'&lt;/script&gt;');
    expect(escapeXmlText(']]>')).toBe(']]&gt;');
    expect(escapeXmlText('&amp;')).toBe('&amp;amp;');
  });

  it('escapes quotes and keeps white space in attributes', () => {
    expect(escapeXmlAttribute('"onload="alert(1)')).toBe('&quot;onload=&quot;alert(1)');
    expect(escapeXmlAttribute("a'b<c>&")).toBe('a&#39;b&lt;c&gt;&amp;');
    expect(escapeXmlAttribute('tab\tlf\ncr\r')).toBe('tab&#9;lf&#10;cr&#13;');
  });

  it('round-trips any string through an XML parser (minus forbidden characters)', () => {
    const samples = ['plain', '<>&"\'', 'tab\tline\nreturn\r', 'ünï©ødé 🌱', ']]>', '\u0000\u0001\u0008\u000B\u000C\u001F', '\uD800x\uDC00', '\uFFFE\uFFFF'];
    for (const s of samples) {
      const root = parseSvg(`<svg a="${escapeXmlAttribute(s)}" b='${escapeXmlAttribute(s)}'>${escapeXmlText(s)}</svg>`);
      const expected = stripInvalidXmlChars(s);
      expect(root.attributes.get('a')).toBe(expected);
      expect(root.attributes.get('b')).toBe(expected);
      // Text content: XML normalises CR and CRLF to LF.
      expect(root.text).toBe(expected.replace(/\r\n?/g, '\n'));
    }
  });

  it('strips exactly the characters XML 1.0 forbids', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0007c\u001Fd')).toBe('abcd');
    expect(stripInvalidXmlChars('\t\n\r ok')).toBe('\t\n\r ok');
    expect(stripInvalidXmlChars('lone \uD800 high, lone \uDFFF low, pair 🌱')).toBe('lone  high, lone  low, pair 🌱');
    expect(stripInvalidXmlChars('\uFFFD\uFFFE\uFFFF\uE000')).toBe('\uFFFD\uE000');
  });
});

describe('shortenLabel', () => {
  it('keeps short names, shortens long ones with an ellipsis, never splits an emoji', () => {
    expect(shortenLabel('County Library', 28)).toBe('County Library');
    expect(shortenLabel('Cedar Valley STEM Career Connections', 28)).toBe('Cedar Valley STEM Career Co…');
    expect(Array.from(shortenLabel('Cedar Valley STEM Career Connections', 28))).toHaveLength(28);
    expect(shortenLabel('🌱🌱🌱🌱🌱🌱', 4)).toBe('🌱🌱🌱…');
    expect(shortenLabel('two\nlines   and\ttabs', 40)).toBe('two lines and tabs');
  });
});
