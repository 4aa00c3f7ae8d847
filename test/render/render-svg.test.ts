import { createNetwork, exampleNetwork, getHome, getPartner, hubs, isPartnermapError, SECTOR_LABELS, type NetworkInput } from 'partnermap';
import { shortenLabel } from '../../src/render/escape';
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/render/labels';
import { textWidth } from '../../src/render/text-metrics';
import { renderSvg, SECTOR_COLORS, STATUS_COLORS, THEMES, UNKNOWN_COLOR } from '../../src/render/index';
import { allElements, assertSafeSvg, byClass, parseSvg, type SvgElement } from './svg-tree';

const small: NetworkInput = {
  name: 'Cedar Valley STEM',
  home: 'hub',
  partners: [
    { id: 'hub', name: 'Cedar Valley STEM Hub', sector: 'out-of-school' },
    { id: 'school', name: 'Lincoln Middle School', sector: 'school' },
    { id: 'museum', name: 'River Science Museum', sector: 'museum' },
    { id: 'library', name: 'County Library', sector: 'library', status: 'prospect' },
    { id: 'acme', name: 'Acme Robotics', sector: 'stem-company', status: 'contacted' },
    { id: 'old', name: 'Old Partner', sector: 'business', status: 'former' },
    { id: 'anon', name: 'Unknown Org' },
  ],
  relationships: [
    { source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together' },
    { source: 'hub', target: 'museum', kind: 'partnership', level: 'information' },
    { source: 'museum', target: 'library', kind: 'referral' },
    { source: 'school', target: 'museum', kind: 'known-tie' },
    { source: 'hub', target: 'acme', kind: 'funding' },
    { source: 'hub', target: 'school', kind: 'referral' },
    { source: 'hub', target: 'old', kind: 'partnership' },
  ],
};

function circleOf(node: SvgElement): SvgElement {
  // The partner's own circle is the last circle of its group (the home ring comes first).
  const circles = node.children.filter((c) => c.name === 'circle');
  return circles[circles.length - 1] as SvgElement;
}

function tooltip(node: SvgElement): string {
  return node.children.find((c) => c.name === 'title')?.text ?? '';
}

describe('renderSvg', () => {
  it('writes well-formed, accessible, safe SVG for the example network', () => {
    const network = exampleNetwork();
    const svg = renderSvg(network);
    const root = parseSvg(svg);
    assertSafeSvg(root);
    expect(root.name).toBe('svg');
    expect(root.attributes.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.attributes.get('role')).toBe('img');
    expect(root.attributes.get('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(root.children[0]?.name).toBe('title');
    expect(root.children[0]?.text).toBe(network.getAttribute('name'));
    expect(root.children[1]?.name).toBe('desc');
    expect(root.children[1]?.text).toMatch(/partners, \d+ relationships/);
    // One node per drawn partner (every status but former).
    const drawn = network.filterNodes((_k, a) => a.status !== 'former').length;
    expect(byClass(root, 'pm-node')).toHaveLength(drawn);
    expect(byClass(root, 'pm-caption')[0]?.text).toBe(
      `${drawn} partners, ${svg.match(/(\d+) relationships/)?.[1]} relationships; coloured by sector; sized by hub score; hollow: prospects; ${network.order - drawn} not shown (former)`,
    );
  });

  it('is deterministic: same seed, same string; another seed, another layout', () => {
    const a = renderSvg(exampleNetwork(), { seed: 7 });
    const b = renderSvg(exampleNetwork(), { seed: 7 });
    const c = renderSvg(exampleNetwork(), { seed: 8 });
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(renderSvg(exampleNetwork())).toBe(renderSvg(exampleNetwork(), { seed: 1 }));
  });

  it('does not change the network', () => {
    const network = createNetwork(small);
    const before = JSON.stringify(network.export());
    renderSvg(network, { labels: 'all', colorBy: 'status', statuses: 'all' });
    expect(JSON.stringify(network.export())).toBe(before);
  });

  it('colours by sector and lists exactly the colours used in the legend', () => {
    const root = parseSvg(renderSvg(createNetwork(small)));
    const nodes = byClass(root, 'pm-node');
    const used = new Set(nodes.map((n) => {
      const c = circleOf(n);
      return c.attributes.get('fill') === THEMES.light.background ? c.attributes.get('stroke') : c.attributes.get('fill');
    }));
    const legend = byClass(root, 'pm-legend')[0] as SvgElement;
    const texts = allElements(legend).filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts[0]).toBe('Sector');
    const sectorRows = allElements(legend).filter((e) => e.name === 'circle' && e.attributes.get('stroke') === THEMES.light.nodeOutline);
    const legendColours = new Set(sectorRows.map((c) => c.attributes.get('fill')));
    expect(legendColours).toEqual(used);
    expect(used).toEqual(new Set([SECTOR_COLORS['out-of-school'], SECTOR_COLORS.school, SECTOR_COLORS.museum, SECTOR_COLORS.library, SECTOR_COLORS['stem-company'], UNKNOWN_COLOR]));
    // Each sector row names its sector and count.
    expect(texts).toContain(`${SECTOR_LABELS.school} (1)`);
    expect(texts).toContain('sector not recorded (1)');
    expect(texts).not.toContain(`${SECTOR_LABELS.business} (1)`); // the former partner is not drawn
  });

  it('sizes partners by hub score (area), prospects smallest, and labels hubs in rank order', () => {
    const network = exampleNetwork();
    const ranking = hubs(network).hubs;
    const root = parseSvg(renderSvg(network));
    const r = new Map(byClass(root, 'pm-node').map((n) => [tooltip(n).split(':')[0], Number(circleOf(n).attributes.get('r'))]));
    const name = (id: string): string => getPartner(network, id).name;
    const top = ranking[0]!;
    const radii = [...r.values()];
    const homeName = name(getHome(network)!);
    expect(r.get(name(top.id))).toBe(Math.max(...[...r.entries()].filter(([k]) => k !== homeName).map(([, v]) => v)));
    // Area follows the score: r^2 - rMin^2 ratios match hub score ratios.
    const rMin = Math.min(...radii);
    const second = ranking[5]!;
    const ratio = ((r.get(name(second.id))! - rMin) / (r.get(name(top.id))! - rMin)) ** 2;
    expect(ratio).toBeCloseTo(second.hubScore / top.hubScore, 1);
    for (const p of network.filterNodes((_k, a) => a.status === 'prospect')) expect(r.get(name(p))).toBe(rMin);
    const labels = byClass(root, 'pm-labels')[0]!.children.map((t) => t.text);
    expect(labels.slice(1, 4)).toEqual(ranking.slice(0, 3).map((h) => shortenLabel(name(h.id), 28)));
  });

  it('colours by status when asked, with every status in the legend', () => {
    const root = parseSvg(renderSvg(createNetwork(small), { colorBy: 'status', statuses: 'all' }));
    const byName = new Map(byClass(root, 'pm-node').map((n) => [tooltip(n).split(':')[0], circleOf(n)]));
    expect(byName.get('Acme Robotics')?.attributes.get('fill')).toBe(STATUS_COLORS.contacted);
    expect(byName.get('Lincoln Middle School')?.attributes.get('fill')).toBe(STATUS_COLORS.active);
    expect(byName.get('County Library')?.attributes.get('stroke')).toBe(STATUS_COLORS.prospect);
    expect(byName.get('Old Partner')?.attributes.get('fill-opacity')).toBe('0.3');
    const legendTexts = allElements(byClass(root, 'pm-legend')[0] as SvgElement).filter((e) => e.name === 'text').map((e) => e.text);
    expect(legendTexts).toEqual(expect.arrayContaining(['Status', 'prospect (not yet contacted) (1)', 'contacted (1)', 'active (4)', 'former (1)']));
  });

  it('draws prospects hollow, the home partner ringed, former partners only when asked', () => {
    const root = parseSvg(renderSvg(createNetwork(small)));
    const nodes = byClass(root, 'pm-node');
    const prospect = nodes.filter((n) => (n.attributes.get('class') ?? '').includes('pm-prospect'));
    expect(prospect).toHaveLength(1);
    const ring = circleOf(prospect[0] as SvgElement);
    expect(ring.attributes.get('fill')).toBe(THEMES.light.background);
    expect(ring.attributes.get('stroke')).toBe(SECTOR_COLORS.library);
    for (const n of nodes.filter((x) => x !== prospect[0])) expect(circleOf(n).attributes.get('fill')).not.toBe(THEMES.light.background);
    const home = byClass(root, 'pm-home');
    expect(home).toHaveLength(1);
    expect(home[0]?.children.filter((c) => c.name === 'circle')).toHaveLength(2);
    expect(tooltip(home[0] as SvgElement)).toMatch(/^Cedar Valley STEM Hub: out-of-school-time programme, active, home, hub score \d\.\d\d$/);
    expect(nodes.some((n) => tooltip(n).startsWith('Old Partner'))).toBe(false);
    const all = parseSvg(renderSvg(createNetwork(small), { statuses: 'all' }));
    expect(byClass(all, 'pm-former')).toHaveLength(1);
  });

  it('draws referrals and funding with arrow heads, styles lines by kind, widens them by level', () => {
    const root = parseSvg(renderSvg(createNetwork(small)));
    const markers = allElements(root).filter((e) => e.name === 'marker');
    expect(markers.map((m) => m.attributes.get('id'))).toEqual([
      expect.stringMatching(/^partnermap-arrow-light-referral-/),
      expect.stringMatching(/^partnermap-arrow-light-funding-/),
    ]);
    const referrals = byClass(root, 'pm-referral');
    expect(referrals).toHaveLength(2);
    for (const r of referrals) {
      expect(r.attributes.get('marker-end')).toBe(`url(#${markers[0]?.attributes.get('id')})`);
      expect(r.attributes.get('stroke-dasharray')).toBe('2 3');
    }
    const partnerships = byClass(root, 'pm-partnership');
    expect(partnerships).toHaveLength(2); // the one to the former partner is not drawn
    for (const p of partnerships) {
      expect(p.attributes.has('stroke-dasharray')).toBe(false);
      expect(p.attributes.has('marker-end')).toBe(false);
    }
    const widths = partnerships.map((p) => Number(p.attributes.get('stroke-width'))).sort((a, b) => a - b);
    expect(widths[1]).toBeGreaterThan((widths[0] as number) * 2); // acting together vs information
    expect(byClass(root, 'pm-known-tie')[0]?.attributes.get('stroke-dasharray')).toBe('6 4');
    // hub -> school has a partnership and a referral: the two lines curve apart.
    const hubSchool = [...partnerships, ...referrals].filter((e) => /Cedar Valley STEM Hub . Lincoln/.test(e.children[0]?.text ?? ''));
    expect(hubSchool).toHaveLength(2);
    for (const e of hubSchool) expect(e.attributes.get('d')).toContain('Q');
  });

  it('labels the home partner and hubs, all on request, none on request, never overlapping', () => {
    const network = exampleNetwork();
    const count = (svg: string): number => byClass(parseSvg(svg), 'pm-labels')[0]?.children.length ?? 0;
    expect(count(renderSvg(network, { labels: 'none' }))).toBe(0);
    const hubs = parseSvg(renderSvg(network));
    const hubLabels = byClass(hubs, 'pm-labels')[0]?.children.map((t) => t.text) ?? [];
    expect(hubLabels[0]).toBe('Cedar Valley STEM Career Connections'); // home first, allowed 40 characters
    expect(hubLabels.length).toBeGreaterThan(10);
    expect(hubLabels.length).toBeLessThanOrEqual(20);
    expect(count(renderSvg(network, { labels: 5 }))).toBeLessThanOrEqual(5);
    const all = count(renderSvg(network, { labels: 'all', width: 1600, height: 1200 }));
    expect(all).toBeGreaterThan(hubLabels.length);
    expect(count(renderSvg(network, { labels: 'all', maxLabelLength: 200 }))).toBeGreaterThan(0);
  });

  it('never places two labels over each other, and keeps them in the picture', () => {
    for (const options of [{ labels: 'all' as const }, { labels: 'all' as const, width: 400, height: 300 }, {}]) {
      const root = parseSvg(renderSvg(exampleNetwork(), options));
      const w = Number(root.attributes.get('width'));
      const h = Number(root.attributes.get('height'));
      const group = byClass(root, 'pm-labels')[0] as SvgElement;
      const fs = Number(group.attributes.get('font-size'));
      // The placer's geometry: a box 1.2 em tall whose baseline sits 0.3 em above its bottom.
      const boxes = group.children.map((t) => {
        const x = Number(t.attributes.get('x'));
        const y = Number(t.attributes.get('y'));
        const width = textWidth(t.text, fs);
        const anchor = t.attributes.get('text-anchor');
        const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
        return { x0: x0 + 0.1, y0: y - 0.9 * fs + 0.1, x1: x0 + width - 0.1, y1: y + 0.3 * fs - 0.1 };
      });
      expect(boxes.length).toBeGreaterThan(3);
      for (let i = 0; i < boxes.length; i += 1) {
        const a = boxes[i] as (typeof boxes)[number];
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(w);
        expect(a.y0).toBeGreaterThanOrEqual(0);
        expect(a.y1).toBeLessThanOrEqual(h);
        for (let j = i + 1; j < boxes.length; j += 1) expect(boxesOverlap(a, boxes[j] as typeof a)).toBe(false);
      }
    }
  });

  it('takes title, caption, size, font and theme options', () => {
    const svg = renderSvg(createNetwork(small), {
      title: 'Our map',
      caption: '',
      width: 500,
      height: 400,
      fontFamily: 'Georgia, serif',
      fontSize: 10,
      theme: 'dark',
      showLegend: false,
    });
    const root = parseSvg(svg);
    expect(root.children[0]?.text).toBe('Our map');
    expect(byClass(root, 'pm-title')[0]?.text).toBe('Our map');
    expect(byClass(root, 'pm-caption')).toHaveLength(0);
    expect(root.attributes.get('viewBox')).toBe('0 0 500 400');
    expect(root.attributes.get('font-family')).toBe('Georgia, serif');
    expect(byClass(root, 'pm-background')[0]?.attributes.get('fill')).toBe(THEMES.dark.background);
    expect(byClass(root, 'pm-legend')).toHaveLength(0);
    expect(svg).toContain('partnermap-arrow-dark-referral');
  });

  it('uses given positions as they are', () => {
    const network = createNetwork(small);
    const positions = new Map([
      ['hub', { x: 0, y: 0 }],
      ['school', { x: 10, y: 0 }],
      ['museum', { x: 0, y: 10 }],
      ['library', { x: 10, y: 10 }],
      ['acme', { x: 5, y: 5 }],
      ['anon', { x: 20, y: 10 }],
    ]);
    const root = parseSvg(renderSvg(network, { positions }));
    const at = new Map(byClass(root, 'pm-node').map((n) => [tooltip(n).split(':')[0], circleOf(n)]));
    const x = (name: string): number => Number(at.get(name)?.attributes.get('cx'));
    const y = (name: string): number => Number(at.get(name)?.attributes.get('cy'));
    // Same shape, scaled: hub left of school, school above library, acme in between.
    expect(x('Cedar Valley STEM Hub')).toBeLessThan(x('Lincoln Middle School'));
    expect(y('Cedar Valley STEM Hub')).toBeCloseTo(y('Lincoln Middle School'), 0);
    expect(x('Acme Robotics')).toBeCloseTo((x('Cedar Valley STEM Hub') + x('Lincoln Middle School')) / 2, 0);
    expect(x('Unknown Org') - x('Cedar Valley STEM Hub')).toBeCloseTo(2 * (x('Lincoln Middle School') - x('Cedar Valley STEM Hub')), 0);
  });

  it('draws an empty network and a single partner', () => {
    const empty = parseSvg(renderSvg(createNetwork({ name: 'Empty' })));
    expect(byClass(empty, 'pm-node')).toHaveLength(0);
    expect(byClass(empty, 'pm-caption')[0]?.text).toBe('0 partners, 0 relationships; coloured by sector; sized by hub score');
    const one = parseSvg(renderSvg(createNetwork({ partners: [{ id: 'a', sector: 'library' }] })));
    expect(byClass(one, 'pm-node')).toHaveLength(1);
    expect(one.children[0]?.text).toBe('Partnership network map');
  });

  it('checks its options at the door, naming the option, the range and the value', () => {
    const network = createNetwork(small);
    const cases: [object, RegExp][] = [
      [{ width: 10 }, /^renderSvg: width must be a number from 200 to 10000; received 10\.$/],
      [{ height: Number.NaN }, /^renderSvg: height must be a number from 150 to 10000; received NaN\.$/],
      [{ colorBy: 'colour' }, /^renderSvg: colorBy must be one of 'sector', 'status'.*; received "colour"\.$/],
      [{ sizeBy: 'size' }, /^renderSvg: sizeBy must be one of .*received "size"\.$/],
      [{ labels: 'some' }, /^renderSvg: labels must be 'hubs', 'all', 'none' or a whole number of hubs; received "some"\.$/],
      [{ labels: -1 }, /^renderSvg: labels must be an integer from 0 to 1000000; received -1\.$/],
      [{ theme: 'blue' }, /^renderSvg: theme must be one of 'light', 'dark'; received "blue"\.$/],
      [{ fontFamily: 'x;}</style><script>' }, /^renderSvg: fontFamily may hold only letters/],
      [{ fontSize: 100 }, /^renderSvg: fontSize must be a number from 6 to 48; received 100\.$/],
      [{ maxPartners: 0 }, /^renderSvg: maxPartners must be an integer from 1 to 100000; received 0\.$/],
      [{ showLegend: 'yes' }, /^renderSvg: showLegend must be a boolean; received "yes"\.$/],
      [{ title: 5 }, /^renderSvg: title must be a string; received 5\.$/],
      [{ statuses: ['gone'] }, /^renderSvg: statuses has an unknown status "gone"\.$/],
      [{ kinds: ['hug'] }, /^renderSvg: kinds has an unknown value "hug"\.$/],
      [{ seed: -1 }, /^renderSvg: seed must be an integer from 0 to 4294967295; received -1\.$/],
      [{ positions: { hub: { x: 0, y: 0 } } }, /^renderSvg: positions must be a Map from partner id to \{ x, y \}; received an object\.$/],
      [{ positions: new Map([['nobody', { x: 0, y: 0 }]]) }, /^renderSvg: positions names no partner of the network: "nobody"\.$/],
      [{ positions: new Map([['hub', { x: 0, y: Infinity }]]) }, /^renderSvg: positions of "hub" must be \{ x, y \} with finite numbers/],
      [{ layout: { iterations: 0 } }, /^renderSvg: layout\.iterations must be an integer from 1 to 10000; received 0\.$/],
      [{ layout: { gravity: -1 } }, /^renderSvg: layout\.gravity must be a number >= 0; received -1\.$/],
      [{ layout: 'fast' }, /^renderSvg: layout must be an object of ForceAtlas2 settings; received "fast"\.$/],
    ];
    for (const [options, message] of cases) {
      let error: unknown;
      try {
        renderSvg(network, options as never);
      } catch (e) {
        error = e;
      }
      expect(isPartnermapError(error), JSON.stringify(options)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect((error as { code: string }).code).toBe('invalid-argument');
    }
    expect(() => renderSvg({} as never)).toThrow(/^renderSvg: the given network is not a graphology graph/);
    expect(() => renderSvg(network, null as never)).toThrow(/^renderSvg: options must be an object; received null\.$/);
  });
});
