import { createNetwork, type NetworkInput, type PartnerInput, type RelationshipInput } from 'partnermap';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR, renderSvg, SECTOR_COLORS, UNKNOWN_COLOR } from '../../src/render/index';
import { allElements, assertSafeSvg, byClass, labelText, parseSvg, type SvgElement } from './svg-tree';

/** Three cliques of 12, 8 and 5 partners joined by a few ties, and two isolated partners. */
function cliques(): { input: NetworkInput; communities: { assignment: Map<string, number>; communities: { label: string }[] } } {
  const sizes = [12, 8, 5];
  const sectors = ['school', 'museum', 'library'] as const;
  const partners: PartnerInput[] = [];
  const relationships: RelationshipInput[] = [];
  const assignment = new Map<string, number>();
  sizes.forEach((size, c) => {
    for (let i = 0; i < size; i += 1) {
      const id = c === 0 && i === 0 ? '__proto__' : `c${c}-${i}`;
      partners.push({ id, name: `Partner ${c}.${i}`, sector: i === 0 && c === 2 ? 'school' : sectors[c] });
      assignment.set(id, c);
    }
  });
  const ids = partners.map((p) => p.id);
  let start = 0;
  for (const size of sizes) {
    for (let i = 0; i < size; i += 1) for (let j = i + 1; j < size; j += 1) relationships.push({ source: ids[start + i]!, target: ids[start + j]! });
    start += size;
  }
  // Between: 0-1 three ties, 1-2 one tie, 0-2 none.
  relationships.push({ source: 'c0-1', target: 'c1-1' }, { source: 'c0-2', target: 'c1-2' }, { source: 'c0-3', target: 'c1-3' }, { source: 'c1-4', target: 'c2-4' });
  partners.push({ id: 'lone1', sector: 'school' }, { id: 'lone2', sector: 'school' });
  assignment.set('lone1', 3);
  assignment.set('lone2', 4);
  const labels = ['Schools around <Partner 0.0>', 'Museums & co', 'Libraries "corner"', 'lone1 on its own', 'lone2 on its own'];
  return { input: { name: 'Cliques', partners, relationships }, communities: { assignment, communities: labels.map((label) => ({ label })) } };
}

function radius(node: SvgElement): number {
  return Number(node.children.find((c) => c.name === 'circle')?.attributes.get('r'));
}

describe('renderSvg above maxPartners: the map of communities', () => {
  it('draws one circle per community (of two or more) instead of partners above the threshold only', () => {
    const { input, communities } = cliques();
    const network = createNetwork(input);
    const below = parseSvg(renderSvg(network, { communities, maxPartners: network.order }));
    expect(byClass(below, 'pm-community')).toHaveLength(0);
    expect(byClass(below, 'pm-node')).toHaveLength(network.order);
    const svg = renderSvg(network, { communities, maxPartners: network.order - 1 });
    const root = parseSvg(svg);
    assertSafeSvg(root);
    const circles = byClass(root, 'pm-community');
    expect(circles).toHaveLength(3);
    // The caption wraps onto two lines when wider than the picture.
    expect(byClass(root, 'pm-caption').map((t) => t.text).join(' ')).toBe(
      '27 partners in 5 communities, 3 drawn (one circle each above 26 partners); circle area: partners; line width: ties between communities (4); coloured by main sector; 2 partners in communities of one not drawn',
    );
    // Area proportional to members: r^2 ratios 12 : 8 : 5.
    const byLabel = new Map(circles.map((c) => [c.children.find((x) => x.name === 'title')?.text.split(':')[0], c]));
    const r0 = radius(byLabel.get('Schools around <Partner 0.0>')!);
    const r1 = radius(byLabel.get('Museums & co')!);
    const r2 = radius(byLabel.get('Libraries "corner"')!);
    expect((r1 * r1) / (r0 * r0)).toBeCloseTo(8 / 12, 1);
    expect((r2 * r2) / (r0 * r0)).toBeCloseTo(5 / 12, 1);
    expect(byLabel.get('Museums & co')?.children.find((x) => x.name === 'title')?.text).toBe('Museums & co: 8 partners, 28 ties inside; main sector museum or science centre');
    // Coloured by main sector: the library group has one school, four libraries.
    const fill = (label: string): string | undefined => byLabel.get(label)?.children.find((c) => c.name === 'circle')?.attributes.get('fill');
    expect(fill('Libraries "corner"')).toBe(SECTOR_COLORS.library);
    expect(fill('Schools around <Partner 0.0>')).toBe(SECTOR_COLORS.school);
    // Lines between communities, wider for more ties; none between 0 and 2.
    const lines = byClass(root, 'pm-between');
    expect(lines.map((l) => l.children[0]?.text).sort()).toEqual(['Museums & co – Libraries "corner": 1 tie', 'Schools around <Partner 0.0> – Museums & co: 3 ties']);
    const width = (t: string): number => Number(lines.find((l) => l.children[0]?.text.endsWith(t))?.attributes.get('stroke-width'));
    expect(width('3 ties')).toBeGreaterThan(width('1 tie'));
    // Labels: every community label, escaped and parsed back.
    expect((byClass(root, 'pm-labels')[0]?.children ?? []).map(labelText).sort()).toEqual(['Libraries "corner"', 'Museums & co', 'Schools around <Partner 0.0>']);
    // Long labels are written on two lines.
    expect(byClass(root, 'pm-labels')[0]?.children.find((t) => labelText(t).startsWith('Schools'))?.children.map((t) => t.text)).toEqual(['Schools around', '<Partner 0.0>']);
    // Circles do not overlap.
    const centres = circles.map((c) => c.children.find((x) => x.name === 'circle')!.attributes);
    for (let i = 0; i < centres.length; i += 1) {
      for (let j = i + 1; j < centres.length; j += 1) {
        const d = Math.hypot(Number(centres[i]!.get('cx')) - Number(centres[j]!.get('cx')), Number(centres[i]!.get('cy')) - Number(centres[j]!.get('cy')));
        expect(d).toBeGreaterThanOrEqual(Number(centres[i]!.get('r')) + Number(centres[j]!.get('r')) - 0.2);
      }
    }
    expect(renderSvg(network, { communities, maxPartners: network.order - 1 })).toBe(svg);
  });

  it('colours communities by rank when asked', () => {
    const { input, communities } = cliques();
    const root = parseSvg(renderSvg(createNetwork(input), { communities, maxPartners: 5, colorBy: 'community' }));
    const fills = byClass(root, 'pm-community').map((c) => c.children.find((x) => x.name === 'circle')?.attributes.get('fill'));
    expect(new Set(fills)).toEqual(new Set(COMMUNITY_COLORS.slice(0, 3)));
  });
});

describe("renderSvg with colorBy: 'community'", () => {
  it('colours partners by their community, largest first, and names communities in the legend', () => {
    const { input, communities } = cliques();
    const network = createNetwork(input);
    communities.assignment.delete('lone2');
    const root = parseSvg(renderSvg(network, { communities, colorBy: 'community' }));
    const fill = (name: string): string | undefined => {
      const node = byClass(root, 'pm-node').find((n) => n.children.find((c) => c.name === 'title')?.text.startsWith(`${name}:`));
      return node?.children.find((c) => c.name === 'circle')?.attributes.get('fill');
    };
    expect(fill('Partner 0.0')).toBe(COMMUNITY_COLORS[0]);
    expect(fill('Partner 1.3')).toBe(COMMUNITY_COLORS[1]);
    expect(fill('Partner 2.1')).toBe(COMMUNITY_COLORS[2]);
    expect(fill('lone1')).toBe(COMMUNITY_COLORS[3]);
    expect(fill('lone2')).toBe(UNKNOWN_COLOR);
    const legend = allElements(byClass(root, 'pm-legend')[0]!).filter((e) => e.name === 'text').map((e) => e.text);
    expect(legend.slice(0, 6)).toEqual(['Community', 'Schools around <Partner 0.0> (12)', 'Museums & co (8)', 'Libraries "corner" (5)', 'lone1 on its own (1)', 'in no community (1)']);
    expect(byClass(root, 'pm-caption')[0]?.text).toContain('coloured by community');
  });

  it('groups communities beyond the twelfth under one grey', () => {
    const partners = Array.from({ length: 15 }, (_, i) => ({ id: `p${i}` }));
    const assignment = new Map(partners.map((p, i) => [p.id, i]));
    const communities = { assignment, communities: partners.map((p) => ({ label: `group ${p.id}` })) };
    const root = parseSvg(renderSvg(createNetwork({ partners }), { communities, colorBy: 'community' }));
    const legend = allElements(byClass(root, 'pm-legend')[0]!).filter((e) => e.name === 'text').map((e) => e.text);
    expect(legend).toContain('3 smaller communities (3)');
    const greys = byClass(root, 'pm-node').filter((n) => n.children.find((c) => c.name === 'circle')?.attributes.get('fill') === OTHER_COMMUNITY_COLOR);
    expect(greys).toHaveLength(3);
  });

  it('checks the communities option', () => {
    const network = createNetwork(cliques().input);
    expect(() => renderSvg(network, { communities: new Map() as never })).toThrow(/^renderSvg: communities must be a detection/);
    expect(() => renderSvg(network, { communities: { assignment: new Map([['c0-1', 3]]), communities: [{ label: 'a' }] } })).toThrow(
      /^renderSvg: communities\.assignment of "c0-1" must be a community index from 0 to 0; received 3\.$/,
    );
    expect(() => renderSvg(network, { communities: { assignment: new Map(), communities: [{ label: 7 as never }] } })).toThrow(
      /^renderSvg: communities\.communities\[0\]\.label must be a string; received an object\.$/,
    );
  });
});

describe('renderSvg with detected communities', () => {
  function ringOfCliques(): ReturnType<typeof createNetwork> {
    const partners: PartnerInput[] = [];
    const relationships: RelationshipInput[] = [];
    for (let c = 0; c < 8; c += 1) {
      for (let i = 0; i < 6; i += 1) partners.push({ id: `k${c}-${i}`, name: `Org ${c}.${i}`, sector: c % 2 === 0 ? 'school' : 'museum' });
      for (let i = 0; i < 6; i += 1) for (let j = i + 1; j < 6; j += 1) relationships.push({ source: `k${c}-${i}`, target: `k${c}-${j}` });
      relationships.push({ source: `k${c}-0`, target: `k${(c + 1) % 8}-1` });
    }
    return createNetwork({ partners, relationships });
  }

  it('detects communities (Leiden, the map seed) to colour by and to aggregate', () => {
    const network = ringOfCliques();
    const coloured = parseSvg(renderSvg(network, { colorBy: 'community' }));
    const fills = new Set(byClass(coloured, 'pm-node').map((n) => n.children.find((c) => c.name === 'circle')?.attributes.get('fill')));
    expect(fills.size).toBe(8);
    const legend = allElements(byClass(coloured, 'pm-legend')[0]!).filter((e) => e.name === 'text').map((e) => e.text);
    // Long labels wrap: "School or district group around" / "Org 0.0 (6)".
    expect(legend.filter((t) => /^(School or district|Museum or science centre) group( around)?$/.test(t))).toHaveLength(8);
    expect(legend.filter((t) => /^(around )?Org \d\.0 \(6\)$/.test(t))).toHaveLength(8);
    const aggregated = parseSvg(renderSvg(network, { maxPartners: 40 }));
    assertSafeSvg(aggregated);
    expect(byClass(aggregated, 'pm-community')).toHaveLength(8);
    expect(byClass(aggregated, 'pm-between')).toHaveLength(8);
    expect(renderSvg(network, { maxPartners: 40, seed: 3 })).toBe(renderSvg(network, { maxPartners: 40, seed: 3 }));
  });
});
