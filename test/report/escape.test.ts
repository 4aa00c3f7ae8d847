/**
 * escapeMarkdown: user text shows as the text it is in GitHub-flavoured
 * Markdown, checked by parsing the escaped text with marked (GFM, a
 * CommonMark parser with GitHub's tables, autolinks and strikethrough) and
 * comparing what a reader would see with the input.
 */
import { fc, test as property } from '@fast-check/vitest';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from 'partnermap';

/** The HTML marked makes of one paragraph of Markdown. */
const html = (markdown: string): string => marked.parse(markdown, { gfm: true, async: false }) as string;

/** What a reader sees: the text of the HTML, entities decoded. */
function visibleText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** The tags in the HTML, other than the paragraph around everything. */
const tagsBeyondParagraph = (fragment: string): string[] => (fragment.match(/<[^>]+>/g) ?? []).filter((t) => t !== '<p>' && t !== '</p>');

// What the text should look like once Markdown has read it: one line, spaces collapsed at the ends.
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

const ATTACKS = [
  '<script>alert(1)</script>',
  '"onload="x',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '| col |',
  '**bold** and _em_ and `code`',
  '~~struck~~',
  '$x^2$',
  '# heading',
  'Title ##',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '---',
  '===',
  '> quote',
  'www.evil.example',
  'https://evil.example/path',
  'mailto:a@b.example',
  'dana@cvusd.example.org',
  '&lt;script&gt; and &amp; and &#x6A;',
  '<!-- comment -->',
  '[ref]: https://evil.example',
  '[^note]',
  'back\\slash\\',
  'line\nbreak\n# new heading',
  '    four spaces',
  'tab\there',
  '\u2028separator',
];

describe('escapeMarkdown', () => {
  it.each(ATTACKS)('%j reads back as plain text, with no markup', (attack) => {
    const out = html(escapeMarkdown(attack));
    expect(tagsBeyondParagraph(out)).toEqual([]);
    expect(visibleText(out)).toBe(oneLine(attack).replace(/\s+/g, ' '));
  });

  it('keeps a table row a table row: a pipe in a cell is text', () => {
    const table = `| a | b |\n|---|---|\n| ${escapeMarkdown('x | y')} | ${escapeMarkdown('[z](javascript:1)')} |\n`;
    const out = html(table);
    expect(out.match(/<td>/g)).toHaveLength(2);
    expect(out).toContain('<td>x | y</td>');
    expect(out).not.toContain('<a');
  });

  it('escapes what it must and nothing the reader would notice', () => {
    expect(escapeMarkdown('A | B <b>')).toBe('A \\| B &lt;b&gt;');
    expect(escapeMarkdown('Pipe | line\nbreak')).toBe('Pipe \\| line break');
    expect(escapeMarkdown('Cedar Valley STEM Hub (rural), 4-H: 12.5%')).toBe('Cedar Valley STEM Hub (rural), 4-H: 12.5%');
    expect(escapeMarkdown('0.79')).toBe('0.79');
    expect(escapeMarkdown('-3')).toBe('-3');
    expect(escapeMarkdown('#1 partner')).toBe('\\#1 partner');
  });

  property.prop([fc.string({ maxLength: 60 })], { numRuns: 100 })('any text reads back unchanged and makes no markup', (raw) => {
    const out = html(escapeMarkdown(raw));
    expect(tagsBeyondParagraph(out)).toEqual([]);
    // Markdown folds runs of spaces into one for the reader, and drops the ends of a paragraph.
    expect(visibleText(out).replace(/\s+/g, ' ')).toBe(oneLine(raw).replace(/\s+/g, ' ').trim());
  });

  property.prop([fc.string({ unit: fc.constantFrom(...'<>&|[]()*_`#!\\-+=.:/@w ~$"\'\n'), maxLength: 30 })], { numRuns: 100 })(
    'markup-heavy text reads back unchanged and makes no markup',
    (raw) => {
      const out = html(escapeMarkdown(raw));
      expect(tagsBeyondParagraph(out)).toEqual([]);
      expect(visibleText(out).replace(/\s+/g, ' ')).toBe(oneLine(raw).replace(/\s+/g, ' ').trim());
    },
  );
});

describe('escapeHtml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeHtml('<script>alert("x")</script> & \u0001')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; &amp; ');
  });
});
