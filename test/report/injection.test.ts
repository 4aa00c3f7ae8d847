/**
 * Injection: partners, contacts, titles and the network's own name and
 * description full of markup cannot inject HTML, links, images, headings or
 * table cells into report.md (read by marked, a GitHub-flavoured Markdown
 * parser) nor into report.html; and every such name still reads as itself.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { createNetwork, removePartner, report, reportHtml, type NetworkInput, type PartnerInput, type PartnerNetwork, type RelationshipInput } from 'partnermap';

const SCRIPT = '<script>alert(1)</script>';
const ONLOAD = '"onload="x';
const LINK = '[x](javascript:alert(1))';
const CELL = '| col |';
const IMG = '<img src=x onerror=alert(1)>';
const IMAGE_MD = '![pic](https://evil.example/p.png)';
const AUTOLINK = 'www.evil.example';
const HEADING = '# Heading';
const MULTILINE = 'Line one\n## injected heading\n| a | b |';
const EMPHASIS = '**bold** _em_ `code` ~~x~~ $x$';

/** Partner names that try every trick; each must read back as itself. */
const NAMES = [SCRIPT, ONLOAD, LINK, CELL, IMG, IMAGE_MD, AUTOLINK, HEADING, MULTILINE, EMPHASIS];

function hostileInput(): NetworkInput {
  const partners: PartnerInput[] = [
    { id: 'home', name: SCRIPT, sector: 'out-of-school', contacts: [{ name: IMG, email: 'x@evil.example' }], pointOfContact: IMG },
  ];
  const relationships: RelationshipInput[] = [];
  const sectors = ['school', 'museum', 'library', 'stem-company', 'government', 'research', 'philanthropy', 'business'] as const;
  NAMES.slice(1).forEach((name, i) => {
    const id = `p${i}`;
    partners.push({
      id,
      name,
      sector: sectors[i % sectors.length],
      status: 'active',
      joined: '2024-01-01',
      contacts: [{ name: `${LINK} ${i}`, phone: '555-0100' }],
      pointOfContact: `${LINK} ${i}`,
      communication: { mode: 'email', frequency: 'monthly', lastContact: '2024-01-01' },
    });
    relationships.push({ source: 'home', target: id, kind: 'partnership', level: 'information', since: '2024-01-01', contacts: [`${LINK} ${i}`] });
    if (i > 0) relationships.push({ source: `p${i - 1}`, target: id, kind: 'referral', since: '2024-02-01', contacts: [IMG] });
  });
  // A chain hanging off the last partner: articulation points and bridges with hostile names.
  partners.push({ id: 'tail', name: `${CELL} tail`, sector: 'youth-organization' });
  relationships.push({ source: 'p8', target: 'tail', kind: 'known-tie' });
  // Prospects known by partners: suggestions, introducers, whom to ask.
  partners.push({ id: 'q1', name: `${ONLOAD} prospect`, status: 'prospect', sector: 'library', identified: '2024-03-01' });
  partners.push({ id: 'q2', name: `${IMAGE_MD} prospect`, status: 'prospect', identified: '2024-03-01' });
  relationships.push({ source: 'p2', target: 'q1', kind: 'known-tie' }, { source: 'p3', target: 'q2', kind: 'referral', since: '2024-04-01' });
  return {
    name: `${LINK} ${CELL}`,
    description: `${ONLOAD} ${IMG} ${MULTILINE}`,
    home: 'home',
    partners,
    relationships,
  };
}

const network = (): PartnerNetwork => createNetwork(hostileInput());

function previousNetwork(): PartnerNetwork {
  const n = network();
  removePartner(n, 'p5');
  return n;
}

const markdownHtml = (markdown: string): string => marked.parse(markdown, { gfm: true, async: false }) as string;

function visibleText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Each table's header width, and every row's width. */
function tableWidths(fragment: string): { header: number; rows: number[] }[] {
  return [...fragment.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, inner]) => {
    const [head = '', body = ''] = (inner as string).split('</thead>');
    return {
      header: (head.match(/<th[\s>]/g) ?? []).length,
      rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => ((row as string).match(/<td[\s>]/g) ?? []).length),
    };
  });
}

/** Every tag's name, and any attribute that runs code. */
function tags(fragment: string): { names: Set<string>; handlers: string[]; hrefs: string[] } {
  const all = fragment.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
  return {
    names: new Set(all.map((t) => (/^<\/?([a-zA-Z0-9]+)/.exec(t) as RegExpExecArray)[1]!.toLowerCase())),
    handlers: all.filter((t) => /\son[a-z]+\s*=/i.test(t)),
    hrefs: all.filter((t) => /\s(href|src|xlink:href)\s*=/i.test(t)),
  };
}

describe.each([
  ['redacted (the default)', false],
  ['with personal data', true],
] as const)('report of hostile names, %s', (_label, includePersonal) => {
  const options = { previous: previousNetwork(), includePersonal, title: `${SCRIPT} ${LINK}`, limit: 20 };

  it('report.md: no HTML, links, images or extra headings and cells; every name reads as itself', () => {
    const md = report(network(), options);
    const html = markdownHtml(md);
    const t = tags(html);
    expect(t.names.has('script')).toBe(false);
    expect(t.names.has('a')).toBe(false);
    expect(t.handlers).toEqual([]);
    // The map is the one image, and it is ours.
    expect(t.hrefs).toHaveLength(1);
    expect(t.hrefs[0]).toMatch(/^<img src="map\.svg" alt="Map of [^"<>]*: partners coloured by sector and sized by hub score; prospects are hollow circles and home is ringed">$/);
    expect([...t.names].filter((n) => !['h1', 'h2', 'h3', 'p', 'em', 'strong', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'blockquote'].includes(n))).toEqual([]);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(11);
    expect(html).not.toContain('injected heading</h');
    for (const { header, rows } of tableWidths(html)) {
      expect(rows.length).toBeGreaterThan(0);
      for (const width of rows) expect(width).toBe(header);
    }
    const text = visibleText(html);
    for (const name of NAMES) expect(text).toContain(oneLine(name));
    if (includePersonal) expect(text).toContain(IMG);
  });

  it('report.html: no script, no handler, no link; every name escaped and readable', () => {
    const html = reportHtml(network(), options);
    const body = html.slice(html.indexOf('<body>'));
    const t = tags(body);
    expect(t.names.has('script')).toBe(false);
    expect(t.names.has('a')).toBe(false);
    expect(t.names.has('img')).toBe(false);
    expect(t.handlers).toEqual([]);
    expect(t.hrefs).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    for (const { header, rows } of tableWidths(body)) for (const width of rows) expect(width).toBe(header);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = visibleText(body);
    for (const name of NAMES) expect(text).toContain(oneLine(name));
  });
});
