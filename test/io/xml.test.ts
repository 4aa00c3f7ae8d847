import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  fromGexf,
  fromGraphml,
  getPartner,
  isPartnermapError,
  listPartners,
  listRelationships,
  toGexf,
  toGraphml,
} from 'partnermap';
import { canonicalJson } from './canonical';

const importers = { fromGraphml, fromGexf } as const;
const gephi = readFileSync(fileURLToPath(new URL('../fixtures/io/gephi/partners-gephi-1.3.gexf', import.meta.url)), 'utf8');

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml><graph edgedefault="undirected"><node id="&lol9;"/></graph></graphml>`;
const EXTERNAL = `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf><graph><nodes><node id="a" label="&xxe;"/></nodes></graph></gexf>`;

describe('XML safety', () => {
  for (const [name, read] of Object.entries(importers)) {
    const root = name === 'fromGraphml' ? 'graphml' : 'gexf';
    const errorsOf = (text: string, options = {}) => read(text, options).issues.filter((i) => i.severity === 'error');
    it(`${name} refuses DOCTYPE and entity tricks with a clear error, fast, without expanding them`, () => {
      for (const text of [BILLION_LAUGHS, EXTERNAL]) {
        const t0 = performance.now();
        const { network, issues } = read(text);
        expect(performance.now() - t0).toBeLessThan(200);
        expect(network.order).toBe(0);
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ severity: 'error', code: 'unsafe-input', where: { line: 2, element: '<!DOCTYPE>' } });
        expect(issues[0]?.message).toContain('DOCTYPE');
        expect(() => read(text, { strict: true })).toThrow(expect.objectContaining({ code: 'unsafe-input' }));
      }
      // An undeclared entity is an error, not an expansion.
      expect(errorsOf(`<${root}><graph edgedefault="directed"><node id="&foo;"/></graph></${root}>`)[0]?.code).toBe('invalid-xml');
    });

    it(`${name} stops deeply nested XML and a 100 MB text with limit-exceeded, fast`, () => {
      // Template strings are built lazily (ropes): flatten before timing, or the timer measures V8's copy.
      const flat = (text: string) => (text.charCodeAt(text.length - 1), text);
      const deep = flat(`<${root}>${'<a>'.repeat(1_000_000)}${'</a>'.repeat(1_000_000)}</${root}>`);
      let t0 = performance.now();
      expect(errorsOf(deep).map((i) => i.code)).toEqual(['limit-exceeded']);
      expect(performance.now() - t0).toBeLessThan(2000);
      const huge = flat(`<${root}><graph><nodes><node id="a" label="${'x'.repeat(100 * 1024 * 1024)}"/></nodes></graph></${root}>`);
      t0 = performance.now();
      expect(errorsOf(huge).map((i) => i.code)).toEqual(['limit-exceeded']);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(errorsOf(`<${root}><x>abc</x></${root}>`, { maxTextLength: 2 })[0]?.code).toBe('limit-exceeded');
      expect(() => read(`<${root}/>`, { maxDepth: 0 })).toThrow(`${name}: maxDepth must be a positive integer; received 0.`);
    });

    it(`${name} reports malformed XML with its line`, () => {
      const issues = errorsOf(`<${root}>\n<graph edgedefault="directed">\n<node id="a">\n</graph>`);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ severity: 'error', code: 'invalid-xml', where: { line: 4 } });
      expect(read('').issues[0]?.severity).toBe('error');
    });
  }
});

describe('GraphML', () => {
  it('keeps directions: edgedefault and per-edge directed, in and out', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="a"/><node id="b"/>
    <edge id="e1" source="a" target="b"/>
    <edge id="e2" source="b" target="a" directed="false"/>
  </graph>
</graphml>`;
    const { network, issues } = fromGraphml(text);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(listRelationships(network).map((r) => [r.id, r.directed])).toEqual([['e1', true], ['e2', false]]);
    const out = toGraphml(network);
    expect(out).toContain('edgedefault="undirected"');
    expect(out).toContain('<edge id="e1" source="a" target="b" directed="true">');
  });

  it('applies key defaults, skips yEd graphics, reports undeclared keys and bad values with their element', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="region" attr.type="string"><default>north</default></key>
  <key id="d1" for="node" yfiles.type="nodegraphics"/>
  <key id="d2" for="node" attr.name="size" attr.type="int"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d1"><y:ShapeNode><y:Fill color="#FFCC00"/></y:ShapeNode></data></node>
    <node id="b"><data key="d0">south</data><data key="d2">big</data><data key="zz">?</data></node>
  </graph>
</graphml>`;
    const { network, issues } = fromGraphml(text, { fileName: 'y.graphml' });
    expect(getPartner(network, 'a')).toEqual({ id: 'a', name: 'a', status: 'active', region: 'north' });
    expect(getPartner(network, 'b')).toEqual({ id: 'b', name: 'b', status: 'active', region: 'south', zz: '?' });
    expect(issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.where.element, i.where.line])).toEqual([
      ['invalid-value', '<node id="b">', 7],
      ['undeclared-key', '<data key="zz">', 7],
    ]);
  });

  it('keeps a non-positive generic weight as data, with a warning', () => {
    const text = `<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="undirected">
<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">-2</data></edge></graph></graphml>`;
    const { network, issues } = fromGraphml(text);
    expect(listRelationships(network)[0]).toMatchObject({ weight: -2 });
    expect(issues.find((i) => i.severity === 'warning')?.code).toBe('weight-not-strength');
  });

  it('refuses characters XML 1.0 cannot carry, naming the record', () => {
    const network = createNetwork({ partners: [{ id: 'a', notes: 'vertical\u000Btab' }] });
    expect(() => toGraphml(network)).toThrow('toGraphml: partner "a" holds the character U+000B, which XML 1.0 cannot carry');
    expect(() => toGexf(network)).toThrow('toGexf: partner "a" holds the character U+000B');
  });
});

describe('GEXF written by Gephi', () => {
  it('imports the Gephi 1.3 file: labels as names, typed columns, weights, directions and viz kept', () => {
    const { network, issues } = fromGexf(gephi, { strict: true });
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(network.getAttribute('description')).toBe('Valley STEM partners, laid out with ForceAtlas2');
    expect(listPartners(network)[1]).toEqual({
      id: 'library',
      name: 'Cedar Public Library',
      sector: 'library',
      status: 'active',
      'Modularity Class': 0,
      Degree: 2,
      PageRank: 0.2892,
      funded: false,
      viz: { size: 16, position: { x: 88, y: -3.5 }, color: { r: 255, g: 127, b: 14 } },
    });
    expect(getPartner(network, 'museum')).toMatchObject({ name: 'Science Museum & Planetarium', sector: 'museum' });
    expect(listRelationships(network)).toEqual([
      { id: '0', source: 'hub', target: 'library', directed: false, kind: 'known-tie', strength: 2, since: '2022-09', viz: { thickness: 2, color: { r: 120, g: 120, b: 120 } } },
      { id: '1', source: 'library', target: 'museum', directed: true, kind: 'known-tie', strength: 1, label: 'introduced' },
      { id: '2', source: 'hub', target: 'museum', directed: false, kind: 'known-tie' },
    ]);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['assumed-status', 'assumed-kind', 'attribute-alias']));
  });

  it('exports it back as GEXF 1.3 with the viz elements, losslessly', () => {
    const { network } = fromGexf(gephi);
    const out = toGexf(network, { version: '1.3' });
    expect(out).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(out).toContain('<viz:position x="88" y="-3.5"/>');
    expect(out).toContain('<edge id="1" source="library" target="museum" type="directed" weight="1">');
    expect(canonicalJson(fromGexf(out, { strict: true }).network)).toBe(canonicalJson(network));
  });

  it('reads dynamic features as static, with a warning', () => {
    const text = `<gexf version="1.2"><graph mode="dynamic" defaultedgetype="directed"><nodes><node id="a" start="2020"/><node id="b"/></nodes>
<edges><edge source="a" target="b"><spells><spell start="2021"/></spells></edge></edges></graph></gexf>`;
    const { network, issues } = fromGexf(text);
    expect(listRelationships(network)[0]?.directed).toBe(true);
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(['dynamic-graph']);
  });
});

describe('strict mode', () => {
  it('throws a PartnermapError with the issues for data errors', () => {
    const text = '<graphml><key id="s" for="node" attr.name="sector"/><graph edgedefault="undirected"><node id="a"><data key="s">nowhere</data></node></graph></graphml>';
    try {
      fromGraphml(text, { strict: true });
      expect.unreachable();
    } catch (error) {
      expect(isPartnermapError(error) && error.code).toBe('parse-error');
      expect(isPartnermapError(error) && error.issues.some((i) => i.code === 'unknown-sector')).toBe(true);
    }
  });
});

describe('network attributes in XML', () => {
  it('GraphML graph keys and GEXF <meta> keep name, home, description and typed custom attributes', () => {
    const network = createNetwork({
      name: 'Valley <map>',
      home: 'a',
      description: 'two\nlines & a tab\t',
      attributes: { year: 2024, ratio: 0.5, big: 2 ** 40, flag: true, tags: ['x', 'y|z'], nothing: null, text: '' },
      partners: [{ id: 'a' }],
    });
    const graphml = toGraphml(network);
    expect(graphml).toMatch(/<key id="g\d+" for="graph" attr.name="year" attr.type="int"\/>/);
    expect(graphml).toMatch(/<key id="g\d+" for="graph" attr.name="big" attr.type="long"\/>/);
    expect(graphml).toMatch(/<key id="g\d+" for="graph" attr.name="ratio" attr.type="double"\/>/);
    expect(graphml).toContain('attr.name="tags" attr.type="string" partnermap:type="json"/>');
    const gexf = toGexf(network);
    expect(gexf).toContain('<description>two\nlines &amp; a tab\t</description>');
    expect(gexf).toContain('<partnermap:attribute name="flag" type="boolean">true</partnermap:attribute>');
    for (const back of [fromGraphml(graphml, { strict: true }), fromGexf(gexf, { strict: true })]) {
      expect(back.network.getAttributes()).toEqual(network.getAttributes());
    }
  });
});
