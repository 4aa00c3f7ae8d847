/**
 * fragility: where the partnership network would break. Articulation partners
 * (whose departure disconnects others), bridge relationships (whose loss
 * does), local bridges (ties whose two partners share no neighbour), the
 * partners already outside home's component, and key-person risk (people
 * whose departure takes relationships with them).
 *
 * Everything is measured against a reference partner: home, or when the
 * network has none (or home is left out of the view), the best-connected
 * partner of the largest component. Connectivity ignores direction: a
 * referral from A to B connects them as much as a partnership does.
 *
 * Papers: Hopcroft & Tarjan (1973) for articulation points, Tarjan (1974)
 * for bridges; Granovetter (1973) for local bridges. See
 * docs/algorithms/fragility.md.
 */
import { describeValue, fail } from '../../model/errors';
import { assertNetwork, assertPartner } from '../../network/assert-network';
import { getHome } from '../../network/home';
import { arcIndex, snapshot, type NetworkSnapshot, type SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';
import { bestConnectedOfLargest } from './components';
import { cutStructure, type CutStructure } from './cut-structure';
import { keyPersonRiskOf, type KeyPersonRiskResult } from './key-person-risk';
import { localBridgeArcs, SpanSearch } from './local-bridges';
import {
  compareIds,
  plural,
  relationshipFilter,
  viewNames,
  viewRelationships,
  type ViewRelationships,
} from './view-relationships';

/** Options of {@link fragility} and {@link keyPersonRisk}. */
export interface FragilityOptions extends SnapshotOptions {
  /**
   * A prebuilt undirected view (`snapshot(network, { directed: false, ... })`)
   * to reuse. Pass the same `kinds` and `asOf` it was built with, so that the
   * relationships named in results are those of the view.
   * @defaultValue built from the options (statuses contacted, active, paused)
   */
  snapshot?: NetworkSnapshot;
  /**
   * The partner cut-off counts are measured from. `null` ignores home and
   * uses the best-connected partner of the largest component.
   * @defaultValue the network's home partner (`getHome`)
   */
  home?: string | null;
  /**
   * Compute the span of each local bridge (shortest path between its ends
   * without it; NetworkX `local_bridges(with_span=True)`). One bidirectional
   * search per local bridge: cheap on programme-sized networks, costly on
   * sparse networks of 100,000 ties, where most ties are local bridges.
   * @defaultValue false
   */
  localBridgeSpans?: boolean;
  /**
   * Include key-person risk (`keyPersons` in the result).
   * @defaultValue true
   */
  keyPersons?: boolean;
}

/** The partner cut-off counts are measured from. */
export interface FragilityReference {
  /** `home`, `largest-component` (no home, or home left out of the view), or `none` (empty view). */
  kind: 'home' | 'largest-component' | 'none';
  /** Partner id of the reference (null for an empty view). */
  id: string | null;
  /** Its name. */
  name: string | null;
  /** Partners in its component, itself included. */
  componentSize: number;
  /** Why the reference is what it is, when home could not be used. */
  note?: string;
}

/** A partner whose departure disconnects others. */
export interface ArticulationPartner {
  id: string;
  name: string;
  /**
   * Partners that would lose their path to the reference if this partner left
   * (0 for a partner outside the reference's component). For the reference
   * itself: the partners outside the largest group left.
   */
  cutOff: number;
  /** Partners its component would lose from its largest remaining piece: component size - 1 - largest piece. */
  separated: number;
  /** Pieces its component would fall into. */
  pieces: number;
  /** Size of the largest piece left. */
  largestPiece: number;
  /** Size of its component (itself included). */
  componentSize: number;
  /** True when it is in the reference's component. */
  inReferenceComponent: boolean;
  /** Plain-language explanation. */
  reason: string;
}

/** A tie whose loss disconnects the network: one relationship, no way round. */
export interface BridgeTie {
  /** The two partners: first the side of the reference (or the larger side), then the side cut off. */
  partners: [string, string];
  names: [string, string];
  /** The relationship behind the tie (a bridge is carried by exactly one). */
  relationships: string[];
  /** Partners that would lose their path to the reference without this tie (0 outside its component). */
  cutOff: number;
  /** Size of the smaller side. */
  separated: number;
  /** Plain-language explanation. */
  reason: string;
}

/** A tie whose two partners share no neighbour. */
export interface LocalBridge {
  /** The two partners, by id order. */
  partners: [string, string];
  names: [string, string];
  /** The relationships behind the tie. */
  relationships: string[];
  /** True when it is also a bridge. */
  bridge: boolean;
  /** Shortest path between the ends without the tie (Infinity for a bridge); only with `localBridgeSpans`. */
  span?: number;
  /** Plain-language explanation. */
  reason: string;
}

/** A partner with no path to the reference. */
export interface OutsidePartner {
  id: string;
  name: string;
  /** Size of its own component. */
  componentSize: number;
  /** Plain-language explanation. */
  reason: string;
}

/** What {@link fragility} returns. */
export interface FragilityResult {
  reference: FragilityReference;
  /** Partners and ties in the view. */
  partners: number;
  ties: number;
  /** Component count and sizes (largest first). */
  components: { count: number; sizes: number[] };
  /** By partners cut off, then separated, then id. */
  articulationPartners: ArticulationPartner[];
  /** By partners cut off, then separated, then ids. */
  bridges: BridgeTie[];
  /** By partner ids. */
  localBridges: LocalBridge[];
  /** Partners outside the reference's component: by component size (largest first), then id. */
  outsideReference: OutsidePartner[];
  /** Key-person risk (null with `keyPersons: false`). */
  keyPersons: KeyPersonRiskResult | null;
}

interface Prepared {
  view: NetworkSnapshot;
  rels: ViewRelationships;
  names: string[];
  reference: number;
  referenceInfo: FragilityReference;
  referenceLabel: string;
  cuts: CutStructure;
}

function prepare(fn: string, network: AnyNetwork, options: FragilityOptions): Prepared {
  assertNetwork(fn, network);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const { snapshot: given, home: homeOption, localBridgeSpans = false, keyPersons = true, ...viewOptions } = options;
  if (viewOptions.directed === true) {
    fail(fn, 'invalid-argument', 'directed must be false or absent: connectivity treats every tie as undirected; received true.');
  }
  if (typeof localBridgeSpans !== 'boolean') {
    fail(fn, 'invalid-argument', `localBridgeSpans must be a boolean; received ${describeValue(localBridgeSpans)}.`);
  }
  if (typeof keyPersons !== 'boolean') {
    fail(fn, 'invalid-argument', `keyPersons must be a boolean; received ${describeValue(keyPersons)}.`);
  }
  if (homeOption !== undefined && homeOption !== null) assertPartner(fn, network, homeOption, 'home');
  let view: NetworkSnapshot;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || !(given.offsets instanceof Int32Array)) {
      fail(fn, 'invalid-argument', `snapshot must be a NetworkSnapshot; received ${describeValue(given)}.`);
    }
    if (given.directed) fail(fn, 'invalid-argument', 'snapshot must be an undirected view (built with directed: false); received a directed one.');
    view = given;
  } else {
    view = snapshot(network, { ...viewOptions, directed: false }, fn);
  }
  const keep = relationshipFilter(fn, viewOptions);
  const rels = viewRelationships(network, view, keep);
  const names = viewNames(network, view);

  const home = homeOption === undefined ? getHome(network) : homeOption;
  let reference = -1;
  let note: string | undefined;
  if (home !== null && home !== undefined) {
    const index = view.indexOf.get(home);
    if (index === undefined) note = `home ${JSON.stringify(home)} is left out of the analysis by its status, so the largest component stands in for it.`;
    else reference = index;
  }
  const kind: FragilityReference['kind'] = reference >= 0 ? 'home' : view.order > 0 ? 'largest-component' : 'none';
  if (reference < 0) reference = bestConnectedOfLargest(view);
  const cuts = cutStructure(view, reference >= 0 ? [reference] : []);
  const referenceInfo: FragilityReference = {
    kind,
    id: reference >= 0 ? view.ids[reference] : null,
    name: reference >= 0 ? names[reference] : null,
    componentSize: reference >= 0 ? cuts.componentSize[cuts.component[reference]] : 0,
  };
  if (note !== undefined) referenceInfo.note = note;
  const referenceLabel =
    kind === 'home' ? `home (${names[reference]})` : reference >= 0 ? `the main component (around ${names[reference]})` : 'home';
  return { view, rels, names, reference, referenceInfo, referenceLabel, cuts };
}

/**
 * Where the network would break: articulation partners, bridges, local
 * bridges, partners outside home's component and key-person risk, each with
 * a plain-language reason. Linear time (O(n + m)) except local-bridge
 * detection (near-linear on sparse networks) and the optional spans.
 *
 * Counts the current network by default (statuses contacted, active, paused:
 * prospects have no working ties yet and former partners are gone); every
 * relationship kind counts, direction ignored.
 *
 * @example
 * const { articulationPartners } = fragility(network);
 * articulationPartners[0]?.reason;
 * // "if Valley STEM Hub left, 12 partners would lose their path to home (Cedar Valley STEM)."
 */
export function fragility(network: AnyNetwork, options: FragilityOptions = {}): FragilityResult {
  const fn = 'fragility';
  const p = prepare(fn, network, options);
  const { view, rels, names, reference, referenceLabel, cuts } = p;
  const n = view.order;
  const refComponent = reference >= 0 ? cuts.component[reference] : -1;

  // Relationship ids behind each reported tie: ties are numbered as they are
  // marked; the ids are filled in afterwards into one flat array (few
  // allocations: a sparse network can have a local bridge per tie).
  const tieOf = new Int32Array(view.targets.length).fill(-1);
  let tieCount = 0;
  const markTie = (u: number, v: number): number => {
    const k = arcIndex(view, u, v);
    if (tieOf[k] === -1) tieOf[k] = tieOf[arcIndex(view, v, u)] = tieCount++;
    return tieOf[k];
  };

  // Articulation partners.
  const articulationPartners: ArticulationPartner[] = [];
  for (let u = 0; u < n; u += 1) {
    if (cuts.articulation[u] !== 1) continue;
    const c = cuts.component[u];
    const size = cuts.componentSize[c];
    const separated = size - 1 - cuts.largestPiece[u];
    const inRef = c === refComponent;
    const cutOff = !inRef ? 0 : u === reference ? separated : cuts.cutFromRoot[u];
    let reason: string;
    if (u === reference) {
      const who = p.referenceInfo.kind === 'home' ? referenceLabel : names[u];
      reason = `if ${who} left, the partners around it would split into ${cuts.pieces[u]} groups that no longer reach each other; the largest keeps ${plural(cuts.largestPiece[u], 'partner')}.`;
    } else if (inRef) {
      reason = `if ${names[u]} left, ${plural(cutOff, 'partner')} would lose ${cutOff === 1 ? 'its' : 'their'} path to ${referenceLabel}`;
      reason += cuts.pieces[u] > 2 ? `, in ${cuts.pieces[u] - 1} separate groups.` : '.';
    } else {
      reason = `${names[u]} holds together a group of ${plural(size, 'partner')} with no path to ${referenceLabel}; without it the group would split into ${cuts.pieces[u]} pieces.`;
    }
    articulationPartners.push({
      id: view.ids[u],
      name: names[u],
      cutOff,
      separated,
      pieces: cuts.pieces[u],
      largestPiece: cuts.largestPiece[u],
      componentSize: size,
      inReferenceComponent: inRef,
      reason,
    });
  }
  articulationPartners.sort((a, b) => b.cutOff - a.cutOff || b.separated - a.separated || compareIds(a.id, b.id));

  // Bridges: the DFS tree tie from parent[v] to v.
  const bridgeSlots: { near: number; far: number; tie: number; cutOff: number; separated: number }[] = [];
  const isBridgeTie = new Uint8Array(view.targets.length);
  for (const v of cuts.bridgeChildren) {
    const u = cuts.parent[v];
    const size = cuts.componentSize[cuts.component[v]];
    const below = cuts.subtree[v];
    const inRef = cuts.component[v] === refComponent;
    const childSideSmaller = below <= size - below;
    const [near, far] = inRef || childSideSmaller ? [u, v] : [v, u];
    const k = arcIndex(view, u, v);
    isBridgeTie[k] = isBridgeTie[arcIndex(view, v, u)] = 1;
    bridgeSlots.push({
      near,
      far,
      tie: markTie(u, v),
      cutOff: inRef ? below : 0,
      separated: Math.min(below, size - below),
    });
  }

  // Local bridges, as parallel typed arrays until the records are built.
  const localArcs = localBridgeArcs(view);
  const localCount = localArcs.length / 2;
  const localA = new Int32Array(localCount);
  const localB = new Int32Array(localCount);
  const localTie = new Int32Array(localCount);
  const localSpan = new Float64Array(localCount);
  const spans = options.localBridgeSpans === true ? new SpanSearch(view) : null;
  // Partner ids in code-unit order, so pairs sort by a number.
  const rank = new Int32Array(n);
  {
    const byId = Array.from({ length: n }, (_, i) => i).sort((x, y) => compareIds(view.ids[x], view.ids[y]));
    byId.forEach((node, r) => (rank[node] = r));
  }
  for (let i = 0; i < localCount; i += 1) {
    const x = localArcs[2 * i];
    const k = localArcs[2 * i + 1];
    const y = view.targets[k];
    const [a, b] = rank[x] < rank[y] ? [x, y] : [y, x];
    localA[i] = a;
    localB[i] = b;
    localTie[i] = markTie(a, b);
    if (spans !== null) localSpan[i] = isBridgeTie[k] === 1 ? Infinity : spans.spanWithout(a, b);
  }

  // Fill in the relationship ids of the marked ties: count, then place.
  const relTie = new Int32Array(rels.count);
  const tieStart = new Int32Array(tieCount + 1);
  for (let r = 0; r < rels.count; r += 1) {
    const k = arcIndex(view, rels.source[r], rels.target[r]);
    relTie[r] = k >= 0 ? tieOf[k] : -1;
    if (relTie[r] >= 0) tieStart[relTie[r] + 1] += 1;
  }
  for (let t = 0; t < tieCount; t += 1) tieStart[t + 1] += tieStart[t];
  const fill = tieStart.slice(0, tieCount);
  const tieIds = new Array<string>(tieStart[tieCount]);
  for (let r = 0; r < rels.count; r += 1) if (relTie[r] >= 0) tieIds[fill[relTie[r]]++] = rels.ids[r];
  const relationshipsOf = (tie: number): string[] => tieIds.slice(tieStart[tie], tieStart[tie + 1]).sort(compareIds);

  const bridges: BridgeTie[] = bridgeSlots.map((s) => {
    const [x, y] = [names[s.near], names[s.far]];
    const reason =
      s.cutOff > 0
        ? `the only relationship between ${x} and ${y}: without it ${plural(s.cutOff, 'partner')} would lose ${s.cutOff === 1 ? 'its' : 'their'} path to ${referenceLabel}.`
        : `the only relationship between ${x} and ${y}, outside the reference's component: without it ${plural(s.separated, 'partner')} would be split off.`;
    return {
      partners: [view.ids[s.near], view.ids[s.far]],
      names: [x, y],
      relationships: relationshipsOf(s.tie),
      cutOff: s.cutOff,
      separated: s.separated,
      reason,
    };
  });
  bridges.sort(
    (a, b) =>
      b.cutOff - a.cutOff ||
      b.separated - a.separated ||
      compareIds(a.partners[0], b.partners[0]) ||
      compareIds(a.partners[1], b.partners[1]),
  );

  const localOrder = Array.from({ length: localCount }, (_, i) => i).sort(
    (x, y) => rank[localA[x]] - rank[localA[y]] || rank[localB[x]] - rank[localB[y]],
  );
  const localBridges: LocalBridge[] = localOrder.map((i) => {
    const [a, b] = [localA[i], localB[i]];
    const bridge = isBridgeTie[arcIndex(view, a, b)] === 1;
    let reason = `${names[a]} and ${names[b]} share no partner: this tie is their circles' only short way to each other`;
    if (bridge) reason += ', and it is a bridge.';
    else if (spans !== null && localSpan[i] === Infinity) reason += '; no other path joins them, though several relationships carry the tie.';
    else if (spans !== null) reason += `; without it the shortest way round takes ${localSpan[i]} steps.`;
    else reason += '.';
    const out: LocalBridge = {
      partners: [view.ids[a], view.ids[b]],
      names: [names[a], names[b]],
      relationships: relationshipsOf(localTie[i]),
      bridge,
      reason,
    };
    if (spans !== null) out.span = localSpan[i];
    return out;
  });

  const outsideReference: OutsidePartner[] = [];
  if (reference >= 0) {
    for (let u = 0; u < n; u += 1) {
      const c = cuts.component[u];
      if (c === refComponent) continue;
      const size = cuts.componentSize[c];
      outsideReference.push({
        id: view.ids[u],
        name: names[u],
        componentSize: size,
        reason:
          size === 1
            ? `${names[u]} has no tie in the network, so no path to ${referenceLabel}.`
            : `${names[u]} is in a separate group of ${size} partners with no path to ${referenceLabel}.`,
      });
    }
  }
  outsideReference.sort((a, b) => b.componentSize - a.componentSize || compareIds(a.id, b.id));

  const sizes = Array.from(cuts.componentSize).sort((a, b) => b - a);
  return {
    reference: p.referenceInfo,
    partners: n,
    ties: view.targets.length / 2,
    components: { count: cuts.componentCount, sizes },
    articulationPartners,
    bridges,
    localBridges,
    outsideReference,
    keyPersons: options.keyPersons === false ? null : keyPersons(network, p),
  };
}

function keyPersons(network: AnyNetwork, p: Prepared): KeyPersonRiskResult {
  return keyPersonRiskOf({
    network,
    view: p.view,
    relationships: p.rels,
    names: p.names,
    reference: p.reference,
    referenceLabel: p.referenceLabel,
    component: p.cuts.component,
    componentSize: p.cuts.componentSize,
  });
}

/**
 * Key-person risk alone: relationships carried by a single person, people
 * ranked by the relationships they carry with what their departure would
 * cost (relationships only they carry, partner pairs left with no
 * relationship, partners cut off from home), and partners whose every
 * relationship rests on one person. Same options and view as
 * {@link fragility}, which includes this result as `keyPersons`.
 */
export function keyPersonRisk(network: AnyNetwork, options: FragilityOptions = {}): KeyPersonRiskResult {
  return keyPersons(network, prepare('keyPersonRisk', network, options));
}
