/**
 * report(): the sections a coordinator reads, in order, on the example
 * network; determinism; personal data removed by default; the options and
 * their checks; the map modes; the change section; odd networks.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  createNetwork,
  EXAMPLE_KEY_PERSON,
  EXAMPLE_NETWORK_INPUT,
  exampleNetwork,
  formatReportHtml,
  formatReportMarkdown,
  isPartnermapError,
  redactNetwork,
  removePartner,
  removeRelationship,
  renderSvg,
  report,
  reportHtml,
  REPORT_SECTIONS,
  suggestionsMarkdown,
  snowballSuggestions,
  toJson,
  updatePartner,
  updateRelationship,
  type PartnerNetwork,
} from 'partnermap';
import { HOSTILE_IDS } from '../fixtures/hostile';

const headings = (md: string, level = 2): string[] =>
  md
    .split('\n')
    .filter((l) => l.startsWith(`${'#'.repeat(level)} `))
    .map((l) => l.slice(level + 1));

/** Every name, email and phone of a person in the example network: none may appear in a shared report. */
function examplePersonalStrings(): string[] {
  const out = new Set<string>();
  for (const p of EXAMPLE_NETWORK_INPUT.partners ?? []) {
    for (const c of p.contacts ?? []) {
      for (const v of [c.name, c.email, c.phone, c.role]) if (typeof v === 'string' && v !== '') out.add(v);
    }
  }
  for (const r of EXAMPLE_NETWORK_INPUT.relationships ?? []) for (const c of r.contacts ?? []) out.add(c);
  return [...out];
}

function expectInvalid(call: () => unknown, option: string): void {
  try {
    call();
  } catch (error) {
    expect(isPartnermapError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('invalid-argument');
    expect((error as Error).message).toMatch(/^report: /);
    expect((error as Error).message).toContain(option);
    return;
  }
  throw new Error(`expected report to reject ${option}`);
}

describe('report on the example network', () => {
  const md = report(exampleNetwork());

  it('has the sections in the order of the issue, with a method note last', () => {
    expect(headings(md, 1)).toEqual(['Cedar Valley STEM Career Connections: network report']);
    expect(headings(md)).toEqual([
      'Overview',
      'The network map',
      'Hubs: who connects the community',
      'Whom to approach next',
      'How the network grew',
      'Communities: who works together',
      'Brokers: who links partners with no direct tie',
      'Risks: where the network would break, and key people',
      'Gaps: what the partnership is missing',
      'Method',
    ]);
  });

  it('is deterministic: same network and seed, same text', () => {
    expect(report(exampleNetwork())).toBe(md);
    expect(report(exampleNetwork(), { seed: 1 })).toBe(md);
  });

  it('says what a coordinator needs, in the analyses own words', () => {
    expect(md).toContain('**60 organisations** on the map: 45 active partners, 4 contacted, 2 paused, 7 prospects not yet contacted and 2 former.');
    expect(md).toContain('| 1 | Cedar Valley Chamber of Commerce | other business | 0.79 | On 15% of shortest paths between STEM company and government agency partners;');
    expect(md).toContain('| 1 | Cedar County Public Library | library | prospect | 0.568 | Cedar County 4-H, Cedar Valley Latino Community Alliance |');
    expect(md).toContain('_These are leads to check with the introducers, not certainties');
    expect(md).toContain('- No library is at the table yet (1 prospect waiting).');
    expect(md).toContain('![Map of Cedar Valley STEM Career Connections');
    expect(md).toContain('](map.svg)');
    expect(md).toContain('Date: as of 2025-06-30 (the network\'s asOf attribute).');
    expect(md).toContain('Seed: 1');
    expect(md).not.toContain('## What changed');
    // Tables are short: at most `limit` (5) rows each.
    const rows = md.split('\n\n').filter((block) => block.startsWith('| ')).map((block) => block.split('\n').length - 2);
    expect(Math.max(...rows)).toBeLessThanOrEqual(5);
  });

  it('names no person by default: the key people appear as pseudonyms with their organisation', () => {
    for (const personal of examplePersonalStrings()) expect(md).not.toContain(personal);
    expect(md).toMatch(/\| person-\d+ \| Cedar Valley Unified School District \| person-\d+ carries 23 relationships, 16 of them alone;/);
    expect(md).toContain('Personal data: removed before the analyses; contacts and points of contact replaced by pseudonyms');
  });

  it('names people with includePersonal', () => {
    const full = report(exampleNetwork(), { includePersonal: true });
    expect(full).toContain(`| ${EXAMPLE_KEY_PERSON} | Cedar Valley Unified School District | ${EXAMPLE_KEY_PERSON} carries 23 relationships`);
    expect(full).toContain('reach Nora Lindahl by email');
    expect(full).toContain('This report names people (personal data): keep it inside the organisation.');
  });

  it('never changes the network', () => {
    const network = exampleNetwork();
    const before = toJson(network);
    report(network, { previous: exampleNetwork() });
    reportHtml(network);
    expect(toJson(network)).toBe(before);
  });

  it('the document model writes the same Markdown', () => {
    const doc = buildReport(exampleNetwork());
    expect(formatReportMarkdown(doc)).toBe(md);
    expect(doc.redacted).toBe(true);
    expect(doc.asOf).toBe('2025-06-30');
    expect(doc.sections.map((s) => s.id)).toEqual(REPORT_SECTIONS.filter((s) => s !== 'changes'));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('report options', () => {
  it('chooses sections, in the report order whatever the order given', () => {
    const md = report(exampleNetwork(), { sections: ['gaps', 'hubs'] });
    expect(headings(md)).toEqual(['Hubs: who connects the community', 'Gaps: what the partnership is missing']);
    expect(md).not.toContain('![');
  });

  it('limit sets the rows per table and the items per list', () => {
    const md = report(exampleNetwork(), { sections: ['hubs'], limit: 2 });
    expect(md).toContain('| 2 | Cedar Valley Unified School District |');
    expect(md).not.toContain('| 3 |');
    const all = report(exampleNetwork(), { sections: ['gaps'], limit: Infinity });
    expect(all).not.toContain('more like this');
  });

  it('title and asOf', () => {
    const md = report(exampleNetwork(), { title: 'Board update', asOf: '2025-12-31', sections: ['gaps'] });
    expect(headings(md, 1)).toEqual(['Board update']);
    expect(md).toContain('As of 2025-12-31.');
    expect(md).toContain('agreed to quarterly contact, but the last was 412 days ago');
  });

  it('map: a link (escaped path), a data URI of the same map, or nothing', () => {
    const network = exampleNetwork();
    expect(report(network, { sections: ['map'], mapPath: 'maps/the map (2025).svg' })).toContain('](maps/the%20map%20%282025%29.svg)');
    const embedded = report(network, { sections: ['map'], map: 'embed', seed: 3 });
    const uri = /\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(embedded);
    expect(uri).not.toBeNull();
    const svg = new TextDecoder().decode(Uint8Array.from(atob(uri![1]!), (c) => c.charCodeAt(0)));
    expect(svg).toBe(renderSvg(redactNetwork(network), { seed: 3 }));
    expect(report(network, { sections: ['map', 'hubs'], map: 'none' })).not.toContain('The network map');
    const given = renderSvg(network, { seed: 5, theme: 'dark' });
    expect(reportHtml(network, { sections: ['map'], mapSvg: given })).toContain(given);
  });

  it('onProgress hears each step of the work, once', () => {
    const steps: string[] = [];
    reportHtml(exampleNetwork(), { onProgress: (step) => steps.push(step) });
    expect(steps).toEqual([
      'removing personal data',
      'ranking hubs',
      'looking for gaps',
      'detecting communities',
      'finding fragile points and key people',
      'scoring whom to approach next',
      'drawing the map',
      'listing whom to ask',
      'tracing the snowball waves',
      'counting brokers',
    ]);
  });

  it('rejects bad options at the door, naming the option', () => {
    const n = exampleNetwork();
    expectInvalid(() => report(n, { title: '' }), 'title');
    expectInvalid(() => report(n, { asOf: '30/06/2025' }), 'asOf');
    expectInvalid(() => report(n, { limit: 0 }), 'limit');
    expectInvalid(() => report(n, { limit: 2.5 }), 'limit');
    expectInvalid(() => report(n, { seed: -1 }), 'seed');
    expectInvalid(() => report(n, { map: 'inline' as never }), 'map');
    expectInvalid(() => report(n, { mapPath: 'javascript:alert(1)' }), 'mapPath');
    expectInvalid(() => report(n, { mapSvg: '<script>' }), 'mapSvg');
    expectInvalid(() => report(n, { includePersonal: 'yes' as never }), 'includePersonal');
    expectInvalid(() => report(n, { sections: ['hubs', 'pie-chart' as never] }), 'sections');
    expectInvalid(() => report(n, { sections: ['changes'] }), 'previous');
    expectInvalid(() => report(n, { redact: { personalFields: 'email' as never } }), 'personalFields');
    expectInvalid(() => report(n, { colour: 'red' } as never), 'colour');
    expectInvalid(() => report(n, { onProgress: 'yes' as never }), 'onProgress');
    expectInvalid(() => report(n, 'all' as never), 'options');
    expect(() => report({} as PartnerNetwork)).toThrow(/^report: the given network is not a graphology graph/);
    expect(() => report(n, { previous: {} as PartnerNetwork })).toThrow(/previous/);
  });
});

describe('what changed', () => {
  it('compares with the previous version: joined, status moves, ladder, hubs', () => {
    const before = exampleNetwork();
    removePartner(before, 'tri-county-makerspace');
    updatePartner(before, 'cvusd', { status: 'contacted' });
    const partnership = 'partnership:cvscc:cvusd';
    updateRelationship(before, partnership, { level: 'information' });
    removeRelationship(before, 'partnership:cvscc:extension');
    const md = report(exampleNetwork(), { previous: before });
    expect(headings(md)).toContain('What changed');
    const section = md.slice(md.indexOf('## What changed'), md.indexOf('## Method'));
    expect(section).toContain('1 partner joined the map (1 community-based organisation).');
    expect(section).toContain('- Joined the map (1): Tri-County Makerspace.');
    expect(section).toContain('- 1 partner moved from contacted to active.');
    expect(section).toContain('Cedar Valley STEM Career Connections - Cedar County Extension Office');
    expect(section).toContain('- Up the participation ladder (1): Cedar Valley STEM Career Connections - Cedar Valley Unified School District.');
    expect(section).toMatch(/\| hub \| rank before \| rank now \|/);
    // Both versions are redacted with one pseudonym table: no person "changed".
    for (const personal of examplePersonalStrings()) expect(section).not.toContain(personal);
  });
});

describe('odd networks', () => {
  it('an empty network', () => {
    const md = report(createNetwork({}));
    expect(headings(md, 1)).toEqual(['Partnership network report']);
    expect(md).toContain('**0 organisations** on the map.');
    expect(md).toContain('No partners to rank.');
  });

  it('a network without home says so instead of suggesting', () => {
    const md = report(createNetwork({ partners: [{ id: 'a' }, { id: 'b', status: 'prospect' }], relationships: [{ source: 'a', target: 'b' }] }));
    expect(md).toContain('No home partner is set');
    expect(md).not.toContain('Snowball suggestions for');
  });

  it('hostile ids everywhere', () => {
    const partners = HOSTILE_IDS.map((id, i) => ({ id, sector: i % 2 === 0 ? ('school' as const) : ('library' as const), status: i === 3 ? ('prospect' as const) : ('active' as const) }));
    const relationships = HOSTILE_IDS.slice(1).map((id, i) => ({ source: HOSTILE_IDS[i] as string, target: id, kind: 'partnership' as const, contacts: [id] }));
    const network = createNetwork({ home: '__proto__', partners, relationships });
    const md = report(network, { includePersonal: true, limit: Infinity, previous: createNetwork({ home: '__proto__', partners: partners.slice(0, 5) }) });
    expect(md).toContain('## What changed');
    expect(md).toContain('\\_\\_proto\\_\\_');
    expect(reportHtml(network)).toContain('<svg');
  });
});

describe('report HTML', () => {
  it('one self-contained page: inline CSS and SVG, no script, no external request', () => {
    const html = reportHtml(exampleNetwork());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|\ssrc=|url\((?!#)/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toBe(formatReportHtml(buildReport(exampleNetwork())));
  });
});

describe('the snowball Markdown sections', () => {
  it('take a heading level and check it', () => {
    const s = snowballSuggestions(exampleNetwork(), { limit: 1 });
    expect(suggestionsMarkdown(s, '###').startsWith('### Whom to approach next\n')).toBe(true);
    expect(() => suggestionsMarkdown(s, '##x')).toThrow(/^suggestionsMarkdown: heading must be one to six # characters/);
  });
});
