/**
 * Invariants of the snowball analyses on random networks (hostile ids,
 * every status, kind and level, multi-edges, self-loops): suggestions never
 * include home, active or former partners (unless asked), are deterministic
 * and do not depend on how partners are named; predictLinks never returns tied
 * or self pairs and its scores equal a brute-force O(n^2) computation.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  createNetwork,
  getHome,
  LINK_INDICES,
  listPartners,
  predictLinks,
  snapshot,
  snowballSuggestions,
  snowballWaves,
  whomToAsk,
  type LinkIndex,
  type NetworkInput,
  type NetworkSnapshot,
  type PartnerNetwork,
  type SnowballSuggestionsResult,
} from 'partnermap';
import { networkInputArbitrary } from './arbitraries';

// Lean records (sector and status only; relationships keep kinds, levels, strengths and dates)
// keep generation fast; `rich` adds join dates, names, contacts and hostile custom attributes.
const inputs = networkInputArbitrary({ maxPartners: 20, maxRelationships: 60, rich: false });
const richInputs = networkInputArbitrary({ maxPartners: 12, maxRelationships: 36 });
const indexArb = fc.constantFrom<LinkIndex>(...LINK_INDICES);

/** The subject: home, or the first partner when there is no home. */
function subjectOf(network: PartnerNetwork): string | undefined {
  return getHome(network) ?? listPartners(network)[0]?.id;
}

/** Renames every partner id with `rename` (a bijection), everything else unchanged. */
function relabel(input: NetworkInput, rename: (id: string) => string): NetworkInput {
  const out: NetworkInput = {
    ...input,
    partners: (input.partners ?? []).map((p) => ({ ...p, id: rename(p.id) })),
    relationships: (input.relationships ?? []).map((r) => ({ ...r, source: rename(r.source), target: rename(r.target) })),
  };
  if (input.home !== undefined) out.home = rename(input.home);
  return out;
}

/** A bijection of the input's ids: a random permutation of the ids themselves (so ties by id reorder). */
const bijectionOf = (arbitrary: fc.Arbitrary<NetworkInput>) => arbitrary.chain((input) => {
  const ids = (input.partners ?? []).map((p) => p.id);
  return fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }).map((shuffled) => {
    const map = new Map(ids.map((id, i) => [id, shuffled[i]!]));
    return { input, rename: (id: string) => map.get(id)! };
  });
});
const withBijection = bijectionOf(inputs);
/** Referrals only, often in circles: the hard case for waves. */
const referralInputs: fc.Arbitrary<NetworkInput> = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 2, maxLength: 9 })
  .chain((ids) =>
    fc
      .array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 16 })
      .map((pairs) => ({
        partners: ids.map((id) => ({ id })),
        relationships: pairs.map(([source, target]) => ({ source, target, kind: 'referral' as const })),
      })),
  );
const richWithBijection = bijectionOf(richInputs);

/** Everything in a suggestion that does not depend on names, with ids mapped. */
function comparable(result: SnowballSuggestionsResult, map: (id: string) => string) {
  return new Map(
    result.suggestions.map((s) => [
      map(s.id),
      {
        score: s.score,
        components: s.components,
        status: s.status,
        sector: s.sector,
        wave: s.wave,
        introducers: s.introducers.map((z) => ({ id: map(z.id), toYou: z.toYou, toThem: z.toThem })).sort((a, b) => (a.id < b.id ? -1 : 1)),
        path: s.path === null ? null : { ids: s.path.ids.map(map), distance: s.path.distance, weakestTie: s.path.weakestTie },
        referrals: s.referrals.map((r) => `${map(r.from)}@${r.since ?? ''}`).sort(),
      },
    ]),
  );
}

describe('snowballSuggestions invariants', () => {
  test.prop([fc.oneof(inputs, richInputs), indexArb, fc.boolean()], { numRuns: 80 })(
    'never suggests the subject, home or active partners; former only when asked; nothing the subject already knows when it is not home',
    (input, index, includeFormer) => {
      const network = createNetwork(input);
      const subject = subjectOf(network);
      if (subject === undefined) return;
      const home = getHome(network);
      const result = snowballSuggestions(network, { for: subject, index, includeFormer, limit: Infinity });
      const status = new Map(listPartners(network).map((p) => [p.id, p.status]));
      const view = snapshot(network, { statuses: 'all' });
      const s = view.indexOf.get(subject)!;
      const neighbours = new Set<string>();
      for (let k = view.offsets[s]!; k < view.offsets[s + 1]!; k += 1) neighbours.add(view.ids[view.targets[k]!]!);
      for (const suggestion of result.suggestions) {
        expect(suggestion.id).not.toBe(subject);
        expect(suggestion.id).not.toBe(home);
        expect(status.get(suggestion.id)).not.toBe('active');
        if (!includeFormer) expect(status.get(suggestion.id)).not.toBe('former');
        if (subject !== home) expect(neighbours.has(suggestion.id)).toBe(false);
        for (const z of suggestion.introducers) expect(status.get(z.id)).toBe('active');
        expect(suggestion.score).toBeGreaterThanOrEqual(0);
      }
      expect(result.suggestions.length).toBe(result.candidates);
      expect(({} as Record<string, unknown>).previous).toBeUndefined();
    },
  );

  test.prop([inputs, indexArb], { numRuns: 40 })('is deterministic', (input, index) => {
    const network = createNetwork(input);
    const subject = subjectOf(network);
    if (subject === undefined) return;
    const a = snowballSuggestions(network, { for: subject, index, limit: Infinity });
    const b = snowballSuggestions(createNetwork(input), { for: subject, index, limit: Infinity });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test.prop([fc.oneof(withBijection, richWithBijection), indexArb], { numRuns: 80 })('is invariant to relabelling ids', ({ input, rename }, index) => {
    const network = createNetwork(input);
    const subject = subjectOf(network);
    if (subject === undefined) return;
    const renamed = createNetwork(relabel(input, rename));
    const a = snowballSuggestions(network, { for: subject, index, includeFormer: true, limit: Infinity });
    const b = snowballSuggestions(renamed, { for: rename(subject), index, includeFormer: true, limit: Infinity });
    expect(comparable(b, (id) => id)).toEqual(comparable(a, rename));
    // The ranking maps accordingly: the same scores in the same order.
    expect(b.suggestions.map((s) => s.score)).toEqual(a.suggestions.map((s) => s.score));
    expect(b.warnings).toEqual(a.warnings.map((w) => ({ ...w, message: b.warnings.find((x) => x.code === w.code)!.message })));
  });
});

/** Dense brute force of every index on a snapshot: score[x][y] for all x != y. */
function bruteForce(view: NetworkSnapshot, index: LinkIndex, weighted: boolean): number[][] {
  const n = view.order;
  const W = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let u = 0; u < n; u += 1) {
    for (let k = view.offsets[u]!; k < view.offsets[u + 1]!; k += 1) W[u]![view.targets[k]!] = weighted ? view.strengths[k]! : 1;
  }
  const s = W.map((row) => row.reduce((a, b) => a + b, 0));
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  if (index === 'katz') {
    const beta = 0.01;
    let power = W.map((row) => [...row]);
    for (let l = 1; l <= 3; l += 1) {
      if (l > 1) power = power.map((row) => W[0]!.map((_, j) => row.reduce((acc, v, k) => acc + v * W[k]![j]!, 0)));
      for (let x = 0; x < n; x += 1) for (let y = 0; y < n; y += 1) out[x]![y] += beta ** l * power[x]![y]!;
    }
    return out;
  }
  if (index === 'personalized-pagerank') {
    const restart = 0.5;
    for (let x = 0; x < n; x += 1) {
      if (s[x] === 0) continue;
      let pi = new Array<number>(n).fill(0);
      pi[x] = 1;
      for (let it = 0; it < 200; it += 1) {
        const next = new Array<number>(n).fill(0);
        next[x] = restart;
        for (let u = 0; u < n; u += 1) {
          if (s[u] === 0) continue;
          for (let v = 0; v < n; v += 1) next[v] += ((1 - restart) * pi[u]! * W[u]![v]!) / s[u]!;
        }
        // Walks stranded on a node without ties restart (they never occur from x's component).
        pi = next;
      }
      for (let y = 0; y < n; y += 1) out[x]![y] = s[x]! * pi[y]!;
    }
    return out;
  }
  for (let x = 0; x < n; x += 1) {
    for (let y = 0; y < n; y += 1) {
      if (x === y) continue;
      let acc = 0;
      for (let z = 0; z < n; z += 1) {
        if (W[x]![z] === 0 || W[z]![y] === 0) continue;
        const mean = weighted ? (W[x]![z]! + W[z]![y]!) / 2 : 1;
        if (index === 'resource-allocation') acc += mean / s[z]!;
        else if (index === 'adamic-adar') acc += mean / (weighted ? Math.log(1 + s[z]!) : Math.log(s[z]!));
        else acc += mean;
      }
      out[x]![y] = index === 'jaccard' ? (acc > 0 ? acc / (s[x]! + s[y]! - acc) : 0) : acc;
    }
  }
  return out;
}

describe('predictLinks invariants', () => {
  test.prop([inputs, indexArb, fc.boolean()], { numRuns: 80 })(
    'never returns tied, self or repeated pairs, and its scores equal a brute-force O(n^2) computation',
    (input, index, weighted) => {
      const network = createNetwork(input);
      const view = snapshot(network, { statuses: 'all' });
      const { links } = predictLinks(network, { statuses: 'all', index, weighted, limit: Infinity, tolerance: 1e-12 });
      const exact = bruteForce(view, index, weighted);
      const seen = new Set<string>();
      const tied = (u: number, v: number): boolean => {
        for (let k = view.offsets[u]!; k < view.offsets[u + 1]!; k += 1) if (view.targets[k] === v) return true;
        return false;
      };
      for (const l of links) {
        const u = view.indexOf.get(l.source)!;
        const v = view.indexOf.get(l.target)!;
        expect(u).not.toBe(v);
        expect(tied(u, v)).toBe(false);
        const k = u < v ? `${u}:${v}` : `${v}:${u}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
        const want = exact[Math.min(u, v)]![Math.max(u, v)]!;
        const tolerance = index === 'personalized-pagerank' ? 1e-8 * Math.max(1, view.order) * 100 : 1e-12;
        expect(Math.abs(l.score - want)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));
      }
      // And nothing is missing: every untied pair with a clearly positive exact score is returned.
      for (let u = 0; u < view.order; u += 1) {
        for (let v = u + 1; v < view.order; v += 1) {
          if (tied(u, v) || exact[u]![v]! <= 1e-6) continue;
          expect(seen.has(`${u}:${v}`)).toBe(true);
        }
      }
    },
  );

  test.prop([inputs, indexArb, fc.integer({ min: 0, max: 12 })], { numRuns: 50 })(
    'limit keeps exactly the best pairs of the full ranking',
    (input, index, limit) => {
      const network = createNetwork(input);
      const all = predictLinks(network, { statuses: 'all', index, limit: Infinity }).links;
      expect(predictLinks(network, { statuses: 'all', index, limit }).links).toEqual(all.slice(0, limit));
    },
  );

  test.prop([withBijection, indexArb], { numRuns: 50 })('is invariant to relabelling ids', ({ input, rename }, index) => {
    const a = predictLinks(createNetwork(input), { statuses: 'all', index, limit: Infinity }).links;
    const b = predictLinks(createNetwork(relabel(input, rename)), { statuses: 'all', index, limit: Infinity }).links;
    const pair = (s: string, t: string): string => (s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`);
    expect(new Map(b.map((l) => [pair(l.source, l.target), l.score]))).toEqual(new Map(a.map((l) => [pair(rename(l.source), rename(l.target)), l.score])));
    expect(b.map((l) => l.score)).toEqual(a.map((l) => l.score));
  });
});

describe('whomToAsk and snowballWaves invariants', () => {
  test.prop([inputs], { numRuns: 60 })('doors are candidates known by that partner; only-doors are known by no other', (input) => {
    const network = createNetwork(input);
    const subject = getHome(network);
    if (subject === undefined) return;
    const status = new Map(listPartners(network).map((p) => [p.id, p.status]));
    const result = whomToAsk(network, { limit: Infinity });
    const knownBy = new Map<string, number>();
    for (const p of result.partners) {
      expect(status.get(p.id)).toBe('active');
      expect(p.id).not.toBe(subject);
      for (const d of p.doors) {
        expect(['prospect', 'contacted']).toContain(status.get(d.id));
        knownBy.set(d.id, (knownBy.get(d.id) ?? 0) + 1);
      }
    }
    for (const p of result.partners) for (const d of p.doors) expect(d.onlyDoor).toBe(knownBy.get(d.id) === 1);
    for (const u of result.unreachable) expect(knownBy.has(u.id)).toBe(false);
  });

  test.prop([fc.oneof(withBijection, richWithBijection, bijectionOf(referralInputs), bijectionOf(referralInputs))], { numRuns: 80 })('waves: an introduced partner is one wave after its introducer; totals add up; names do not matter', ({ input, rename }) => {
    const network = createNetwork(input);
    const result = snowballWaves(network);
    const wave = new Map(result.partners.map((p) => [p.id, p.wave]));
    for (const p of result.partners) {
      expect(p.wave).toBeGreaterThanOrEqual(0);
      if (p.introducer !== undefined) expect(p.wave).toBe(wave.get(p.introducer)! + 1);
      else expect(p.wave).toBe(0);
    }
    expect(result.waves.reduce((s, w) => s + w.joined + w.pipeline, 0)).toBe(result.partners.length);
    const renamed = snowballWaves(createNetwork(relabel(input, rename)));
    expect(new Map(renamed.partners.map((p) => [p.id, p.wave]))).toEqual(new Map(result.partners.map((p) => [rename(p.id), p.wave])));
    expect(renamed.waves).toEqual(result.waves);
    expect(renamed.years).toEqual(result.years);
  });
});
