import { describe, expect, it } from 'vitest';
import { createNetwork, isPartnermapError, snapshot, type NetworkSnapshot } from 'partnermap';
import { arcIndex, transpose } from '../../src/network/snapshot';

/** The snapshot as readable adjacency: "u->v:strength(xmultiplicity)". */
function arcs(view: NetworkSnapshot): string[] {
  const out: string[] = [];
  for (let u = 0; u < view.order; u += 1) {
    for (let k = view.offsets[u]!; k < view.offsets[u + 1]!; k += 1) {
      out.push(`${view.ids[u]}->${view.ids[view.targets[k]!]}:${view.strengths[k]}(x${view.multiplicity[k]})`);
    }
  }
  return out;
}

const network = () =>
  createNetwork({
    partners: [
      { id: 'home', status: 'active' },
      { id: 'school', status: 'active' },
      { id: 'lab', status: 'paused' },
      { id: 'maybe', status: 'prospect' },
      { id: 'gone', status: 'former' },
    ],
    relationships: [
      { source: 'home', target: 'school', kind: 'partnership', level: 'acting-together', strength: 2 },
      { source: 'school', target: 'home', kind: 'known-tie' },
      { source: 'school', target: 'lab', kind: 'referral', since: '2024-01-01' },
      { source: 'home', target: 'maybe', kind: 'known-tie' },
      { source: 'home', target: 'gone', kind: 'partnership', until: '2023-06-30' },
      { source: 'lab', target: 'lab', kind: 'known-tie' },
    ],
  });

describe('snapshot', () => {
  it('merges multi-edges (strengths summed), leaves out prospects, former partners and self-loops', () => {
    const view = snapshot(network());
    expect(view.ids).toEqual(['home', 'school', 'lab']);
    // partnership at acting-together: 2 x 1.25 = 2.5, plus a known tie of 1.
    expect(arcs(view)).toEqual([
      'home->school:3.5(x2)',
      'school->home:3.5(x2)',
      'school->lab:1(x1)',
      'lab->school:1(x1)',
    ]);
    expect(Array.from(view.distances)).toEqual([1 / 3.5, 1 / 3.5, 1, 1]);
    expect(view.selfLoops).toBe(1);
    expect(view.excludedPartners).toBe(2);
    expect(view.relationshipCount).toBe(3);
  });

  it('keeps directions in the directed view', () => {
    const view = snapshot(network(), { directed: true, statuses: 'all' });
    expect(arcs(view)).toEqual([
      'home->school:3.5(x2)',
      'home->maybe:1(x1)',
      'home->gone:1(x1)',
      'school->home:3.5(x2)',
      'school->lab:1(x1)',
      'maybe->home:1(x1)',
      'gone->home:1(x1)',
    ]);
    const reverse = transpose(view);
    // lab has one in-arc (from school) and no out-arc.
    const lab = view.indexOf.get('lab')!;
    expect(Array.from(reverse.targets.subarray(reverse.offsets[lab]!, reverse.offsets[lab + 1]!))).toEqual([
      view.indexOf.get('school'),
    ]);
    expect(arcIndex(view, view.indexOf.get('home')!, view.indexOf.get('gone')!)).toBeGreaterThanOrEqual(0);
    expect(arcIndex(view, lab, view.indexOf.get('school')!)).toBe(-1);
  });

  it('filters by kind, date and weighting', () => {
    expect(arcs(snapshot(network(), { kinds: ['known-tie'] }))).toEqual(['home->school:1(x1)', 'school->home:1(x1)']);
    expect(arcs(snapshot(network(), { statuses: 'all', asOf: '2023-01-01' })).filter((a) => a.startsWith('home'))).toEqual([
      'home->school:3.5(x2)',
      'home->maybe:1(x1)',
      'home->gone:1(x1)',
    ]);
    expect(arcs(snapshot(network(), { statuses: 'all', asOf: '2024-06-01' })).filter((a) => a.startsWith('home'))).toEqual([
      'home->school:3.5(x2)',
      'home->maybe:1(x1)',
    ]);
    const flat = snapshot(network(), { weighting: { useStrength: false, levels: { 'acting-together': 1 } } });
    expect(arcs(flat)[0]).toBe('home->school:2(x2)');
    const custom = snapshot(network(), { weighting: (r) => (r.kind === 'referral' ? 10 : 1) });
    expect(arcs(custom)).toContain('school->lab:10(x1)');
  });

  it('refuses bad options, naming them', () => {
    const cases: [unknown, string][] = [
      [{ statuses: ['active', 'asleep'] }, 'snapshot: statuses has an unknown value "asleep".'],
      [{ kinds: 'some' }, "snapshot: kinds must be an array or 'all'; received \"some\"."],
      [{ directed: 'yes' }, 'snapshot: directed must be a boolean; received "yes".'],
      [{ asOf: '2024-13-01' }, 'snapshot: asOf must be an ISO 8601 date; received "2024-13-01".'],
      [{ weighting: { kinds: { partnership: 0 } } }, 'snapshot: weighting.kinds.partnership must be a positive finite number; received 0.'],
      [{ weighting: { levels: { top: 2 } } }, 'snapshot: weighting.levels has an unknown level "top".'],
      [{ weighting: () => Number.NaN }, 'snapshot: weighting returned NaN for relationship "r1"; it must return a positive finite number.'],
    ];
    for (const [options, message] of cases) {
      let caught: unknown;
      try {
        snapshot(network(), options as never);
      } catch (error) {
        caught = error;
      }
      expect(isPartnermapError(caught), message).toBe(true);
      expect((caught as Error).message).toBe(message);
    }
  });

  it('speaks partner ids for escaped keys', () => {
    const view = snapshot(
      createNetwork({
        partners: [{ id: '__proto__' }, { id: 'partnermap:x' }, { id: 'plain' }],
        relationships: [{ source: '__proto__', target: 'partnermap:x' }, { source: 'plain', target: '__proto__' }],
      }),
    );
    expect(view.ids).toEqual(['__proto__', 'partnermap:x', 'plain']);
    expect(view.indexOf.get('__proto__')).toBe(0);
    expect(arcs(view)).toEqual(['__proto__->partnermap:x:1(x1)', '__proto__->plain:1(x1)', 'partnermap:x->__proto__:1(x1)', 'plain->__proto__:1(x1)']);
  });
});
