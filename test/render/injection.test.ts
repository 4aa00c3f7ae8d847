/**
 * A partner named `<script>` or `"onload="` must not be able to inject
 * anything into a page that embeds the map: every user string reaches the SVG
 * as text content or an escaped attribute value, and parses back unchanged.
 */
import { createNetwork, type PartnerInput } from 'partnermap';
import { describe, expect, it } from 'vitest';
import { HOSTILE_IDS, HOSTILE_STRINGS } from '../fixtures/hostile';
import { renderSvg } from '../../src/render/index';
import { allElements, assertSafeSvg, byClass, parseSvg } from './svg-tree';

const ATTACKS = [
  '<script>alert(1)</script>',
  '"onload="alert(1)',
  "' onmouseover='alert(1)",
  '"><script>alert(1)</script><x y="',
  ']]>',
  '&',
  '&amp;',
  '&lt;script&gt;',
  '<![CDATA[x]]>',
  '<!-- comment -->',
  '<?xml-stylesheet href="evil"?>',
  '<foreignObject><iframe src="javascript:alert(1)"/></foreignObject>',
  '<a href="javascript:alert(1)">click</a>',
  'url(javascript:alert(1))',
  '</text></g></svg><script>alert(1)</script>',
  '<style>*{display:none}</style>',
  'ünï©ødé 🌱 漢字',
  'tab\tnew\nline\rcr',
];

function hostileNetwork(): ReturnType<typeof createNetwork> {
  const ids = [...HOSTILE_IDS, ...ATTACKS];
  const names = [...ATTACKS, ...HOSTILE_STRINGS.filter((s) => s !== '')];
  const partners: PartnerInput[] = ids.map((id, i) => ({
    id,
    name: names[i % names.length] as string,
    sector: i % 3 === 0 ? 'school' : 'museum',
    status: i % 5 === 0 ? 'prospect' : 'active',
  }));
  const relationships = ids.slice(1).map((id, i) => ({
    source: ids[i] as string,
    target: id,
    kind: i % 2 === 0 ? ('referral' as const) : ('partnership' as const),
  }));
  return createNetwork({ name: '<script>alert("title")</script>', home: '__proto__', partners, relationships });
}

describe('renderSvg with hostile names and ids', () => {
  it('writes a well-formed SVG with no script, no event attribute, no link, no style, no javascript:', () => {
    const network = hostileNetwork();
    for (const labels of ['all', 'hubs'] as const) {
      for (const colorBy of ['sector', 'status'] as const) {
        const svg = renderSvg(network, { labels, colorBy, width: 2000, height: 1500, title: '"onload="alert(1)', caption: '<script>x</script>' });
        const root = parseSvg(svg);
        assertSafeSvg(root);
        // No raw markup from users survives as markup.
        expect(svg).not.toMatch(/<script/i);
        expect(svg).not.toMatch(/<!\[CDATA\[/);
        expect(svg).not.toMatch(/<!--/);
        expect(svg).not.toMatch(/<\?/);
        expect(svg).not.toContain(']]>');
      }
    }
  });

  it('keeps every user string as text that parses back to what the user wrote', () => {
    const network = hostileNetwork();
    const root = parseSvg(renderSvg(network, { labels: 'all', maxLabelLength: 200, width: 3000, height: 2400, title: 'Map of "<b>" & co' }));
    expect(root.children[0]?.text).toBe('Map of "<b>" & co');
    const tooltips = byClass(root, 'pm-node').map((n) => n.children.find((c) => c.name === 'title')?.text ?? '');
    for (const name of ATTACKS.filter((a) => !/[\t\n\r]/.test(a))) {
      expect(tooltips.some((t) => t.startsWith(`${name}: `)), name).toBe(true);
    }
    const labels = (byClass(root, 'pm-labels')[0]?.children ?? []).map((t) => t.text);
    expect(labels).toContain('<script>alert(1)</script>');
    expect(labels).toContain('"onload="alert(1)');
    expect(labels).toContain(']]>');
    expect(labels).toContain('&amp;');
    // Line breaks in a name become spaces in its one-line label.
    expect(labels).toContain('tab new line cr');
  });

  it('draws partners whose ids are Object.prototype names without polluting anything', () => {
    const network = hostileNetwork();
    const root = parseSvg(renderSvg(network, { labels: 'all' }));
    expect(byClass(root, 'pm-node')).toHaveLength(network.order);
    expect(byClass(root, 'pm-home')).toHaveLength(1); // home is '__proto__'
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });

  it('never writes user text into ids, classes, colours or path data', () => {
    const network = hostileNetwork();
    const root = parseSvg(renderSvg(network, { labels: 'all' }));
    for (const e of allElements(root)) {
      for (const [name, value] of e.attributes) {
        if (name === 'class') expect(value).toMatch(/^[a-z0-9 -]+$/);
        if (name === 'id') expect(value).toMatch(/^partnermap-[a-z0-9-]+$/);
        if (name === 'd') expect(value).toMatch(/^[MLQz0-9 .-]+$/);
        if (['fill', 'stroke'].includes(name)) expect(value).toMatch(/^(#[0-9A-F]{6}|none)$/);
      }
    }
  });

  it('removes characters XML 1.0 forbids instead of writing a document parsers reject', () => {
    const network = createNetwork({
      name: 'bell\u0007 and null\u0000 and lone \uD800 surrogate and \uFFFE',
      partners: [{ id: 'a\u0001', name: 'ctrl\u001Fchar\u0008s' }, { id: 'b', name: '\uDFFFpair 🌱 ok' }],
      relationships: [{ source: 'a\u0001', target: 'b' }],
    });
    const svg = renderSvg(network, { labels: 'all' });
    const root = parseSvg(svg);
    expect(root.children[0]?.text).toBe('bell and null and lone  surrogate and ');
    const labels = (byClass(root, 'pm-labels')[0]?.children ?? []).map((t) => t.text).sort();
    expect(labels).toEqual(['ctrlchars', 'pair 🌱 ok']);
  });
});
