import { describe, expect, it } from 'vitest';
import { createNetwork, detectCommunities } from 'partnermap';
import { communitiesJson, communitiesSection } from '../../src/cli/sections/communities';
import { classicNetwork } from '../fixtures/classic-networks';

const small = () =>
  createNetwork({
    partners: [
      { id: 'a', name: 'Lincoln High', sector: 'school' },
      { id: 'b', sector: 'school' },
      { id: 'c', sector: 'museum' },
      { id: 'd', sector: 'library' },
      { id: 'e', sector: 'library' },
      { id: 'f' },
      { id: 'alone\nhere', sector: 'business' },
      { id: '__proto__', sector: 'library' },
      { id: 'maybe', status: 'prospect' },
    ],
    relationships: [
      { source: 'a', target: 'b', kind: 'partnership', strength: 3 },
      { source: 'b', target: 'c', kind: 'known-tie' },
      { source: 'a', target: 'c', kind: 'known-tie' },
      { source: 'd', target: 'e', kind: 'known-tie', strength: 2 },
      { source: 'e', target: 'f', kind: 'known-tie' },
      { source: 'd', target: 'f', kind: 'known-tie' },
      { source: '__proto__', target: 'd', kind: 'known-tie' },
      { source: '__proto__', target: 'e', kind: 'known-tie' },
      { source: 'c', target: 'd', kind: 'known-tie', strength: 0.5 },
      { source: 'maybe', target: 'a', kind: 'known-tie' },
    ],
  });

describe('communities section (text)', () => {
  it('prints the summary, each community, those on their own and those left out', () => {
    const text = communitiesSection(detectCommunities(small()));
    expect(text).toBe(
      [
        'Communities (Leiden, modularity, resolution 1)',
        '2 communities of two or more among 8 partners; 1 partner on its own; 1 left out by status (Leiden; modularity 0.453, a clear community structure).',
        '',
        '  1. Library group around d',
        '     4 partners, 5 ties inside (density 0.833), 1 tie to other communities',
        '     sectors: library 3, not recorded 1',
        '     hubs: d (3 ties, strength 4); e (3 ties, strength 4); __proto__ (2 ties, strength 2)',
        '     members: d, e, __proto__, f',
        '  2. School or district group around Lincoln High',
        '     3 partners, 3 ties inside (density 1), 1 tie to other communities',
        '     sectors: school or district 2, museum or science centre 1',
        '     hubs: Lincoln High (2 ties, strength 4); b (2 ties, strength 4); c (2 ties, strength 2)',
        '     members: a, b, c',
        '',
        'On their own (no ties into a community): alone here',
        '',
        'Not assigned (left out of the analysis by status): maybe',
        '',
      ].join('\n'),
    );
  });

  it('cuts long lists at the limits', () => {
    const text = communitiesSection(detectCommunities(classicNetwork('lesmis')), { limit: 2, members: 3 });
    expect(text.match(/^ {2}\d+\. /gm)).toHaveLength(2);
    expect(text).toMatch(/members: \w+, \w+, \w+ and \d+ more/);
    expect(text).toMatch(/\.\.\. and 4 more communities \(--json lists all\)/);
    const louvain = communitiesSection(detectCommunities(classicNetwork('karate'), { algorithm: 'louvain', resolution: 1.5 }));
    expect(louvain.split('\n')[0]).toBe('Communities (Louvain, modularity, resolution 1.5)');
  });

  it('says when there are no ties', () => {
    const text = communitiesSection(detectCommunities(createNetwork({ partners: [{ id: 'x' }] })));
    expect(text).toContain('0 communities of two or more among 1 partner; 1 partner on its own (Leiden; no ties, so no modularity).');
    expect(text).toContain('On their own (no ties into a community): x');
  });
});

describe('communities section (JSON)', () => {
  it('is plain JSON: the assignment as an object keyed by partner id, NaN as null', () => {
    const result = detectCommunities(small());
    const json = communitiesJson(result);
    const back = JSON.parse(JSON.stringify(json)) as typeof json;
    expect(back).toEqual(json);
    expect(Object.keys(back.assignment).sort()).toEqual([...result.assignment.keys()].sort());
    expect(Object.hasOwn(back.assignment, '__proto__')).toBe(true);
    expect(back.assignment['__proto__' as keyof typeof back.assignment]).toBe(result.assignment.get('__proto__'));
    expect(back.communities[0]!.members).toEqual(result.communities[0]!.members);
    expect(back.unassigned).toEqual(['maybe']);
    expect(back.modularity).toBeCloseTo(result.modularity, 12);
    expect(back.communities.find((c) => c.size === 1)!.dominantSector).toBe('business');
    const empty = communitiesJson(detectCommunities(createNetwork({ partners: [{ id: 'x' }] })));
    expect(empty.modularity).toBeNull();
    expect(JSON.parse(JSON.stringify(empty)).communities[0].dominantSector).toBe(null);
  });
});
