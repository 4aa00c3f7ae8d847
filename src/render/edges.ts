/**
 * Relationship lines: relationships between the same two partners and of the
 * same kind (and direction) share one line, whose width grows with their
 * summed strength and, for partnerships, with the highest participation level
 * among them; lines of different kinds between the same two partners curve
 * apart so each stays visible. Referrals and funding end in an arrow head.
 */
import { isParticipationLevel, LEVEL_LABELS, levelRank, PARTICIPATION_LEVELS } from '../model/participation';
import { isRelationshipKind, KIND_LABELS, RELATIONSHIP_KINDS, type RelationshipKind } from '../model/relationship-kinds';
import { partnerId } from '../network/node-keys';
import { getOwn } from '../network/own-properties';
import type { NetworkSnapshot } from '../network/snapshot';
import type { AnyNetwork } from '../network/types';
import { KIND_DASHES, type Theme } from './palette';
import type { SceneEdge, SceneMarker } from './scene';
import { fmt } from './svg-format';

/** Relationships of one kind between two drawn partners (one line). */
export interface EdgeGroup {
  /** View indices; for directed groups, source -> target. */
  source: number;
  target: number;
  kind: RelationshipKind;
  directed: boolean;
  /** Relationships merged. */
  count: number;
  /** Sum of their strengths (1 each when absent). */
  strength: number;
  /** Highest participation level rank among them, -1 when none. */
  level: number;
}

/** Drawn in this order, so partnerships (ours) end on top. */
const KIND_ORDER: readonly RelationshipKind[] = ['known-tie', 'other', 'membership', 'funding', 'referral', 'partnership'];

/** Groups the relationships drawn (both ends drawn, kind selected, no self-loops). */
export function groupRelationships(
  network: AnyNetwork,
  view: NetworkSnapshot,
  kinds: readonly RelationshipKind[] | 'all',
): { groups: EdgeGroup[]; drawn: number; kindCounts: Map<RelationshipKind, number> } {
  const allowed = kinds === 'all' ? null : new Set<string>(kinds);
  const byKey = new Map<string, EdgeGroup>();
  const kindCounts = new Map<RelationshipKind, number>();
  let drawn = 0;
  network.forEachEdge((_id, attributes, sourceKey, targetKey, _sa, _ta, undirected) => {
    const u = view.indexOf.get(partnerId(sourceKey));
    const v = view.indexOf.get(partnerId(targetKey));
    if (u === undefined || v === undefined || u === v) return;
    const rawKind = getOwn(attributes, 'kind');
    const kind: RelationshipKind = isRelationshipKind(rawKind) ? rawKind : 'known-tie';
    if (allowed !== null && !allowed.has(kind)) return;
    const directed = !undirected;
    const [a, b] = directed || u < v ? [u, v] : [v, u];
    const key = `${a},${b},${kind},${directed ? 1 : 0}`;
    const strengthValue = getOwn(attributes, 'strength');
    const strength = typeof strengthValue === 'number' && Number.isFinite(strengthValue) && strengthValue > 0 ? strengthValue : 1;
    const levelValue = getOwn(attributes, 'level');
    const level = isParticipationLevel(levelValue) ? levelRank(levelValue) : -1;
    let group = byKey.get(key);
    if (group === undefined) {
      group = { source: a, target: b, kind, directed, count: 0, strength: 0, level: -1 };
      byKey.set(key, group);
    }
    group.count += 1;
    group.strength += strength;
    group.level = Math.max(group.level, level);
    kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
    drawn += 1;
  });
  const order = new Map(KIND_ORDER.map((k, i) => [k, i]));
  // Stable: within a kind, the network's order.
  const groups = [...byKey.values()].sort((p, q) => (order.get(p.kind) as number) - (order.get(q.kind) as number));
  return { groups, drawn, kindCounts };
}

/** Line width of a group: base width x strength (square root, 0.6 to 2.5) x level (0.7 to 2.1, partnerships). */
export function groupWidth(group: EdgeGroup, base: number): number {
  const strength = Math.min(2.5, Math.max(0.6, Math.sqrt(group.strength)));
  const level = group.level < 0 ? 1 : 0.7 + 0.35 * group.level;
  return Math.min(base * 6, base * strength * level);
}

/** Id of the arrow head of a kind: built from partnermap's vocabulary and numbers only, the same definition for the same id. */
export function markerId(themeName: string, kind: RelationshipKind, size: number, opacity: number): string {
  return `partnermap-arrow-${themeName}-${kind}-${Math.round(size * 10)}-${Math.round(opacity * 100)}`;
}

/** Options of {@link buildEdges}. */
export interface EdgeDrawing {
  xs: Float64Array;
  ys: Float64Array;
  rs: Float64Array;
  theme: Theme;
  themeName: string;
  baseWidth: number;
  arrowSize: number;
  opacity: number;
  /** Tooltip of a group, or undefined for none. */
  tooltip: (group: EdgeGroup) => string | undefined;
}

/** Scene lines and the arrow heads they use. */
export function buildEdges(groups: readonly EdgeGroup[], d: EdgeDrawing): { edges: SceneEdge[]; markers: SceneMarker[] } {
  // Groups sharing a pair of partners fan out: offsets -k..k in a canonical orientation.
  const pairs = new Map<string, EdgeGroup[]>();
  for (const g of groups) {
    const key = g.source < g.target ? `${g.source},${g.target}` : `${g.target},${g.source}`;
    const list = pairs.get(key);
    if (list === undefined) pairs.set(key, [g]);
    else list.push(g);
  }
  const offsets = new Map<EdgeGroup, number>();
  for (const list of pairs.values()) list.forEach((g, i) => offsets.set(g, i - (list.length - 1) / 2));

  const markers = new Map<RelationshipKind, SceneMarker>();
  const edges: SceneEdge[] = [];
  for (const g of groups) {
    const x0 = d.xs[g.source] as number;
    const y0 = d.ys[g.source] as number;
    const x1 = d.xs[g.target] as number;
    const y1 = d.ys[g.target] as number;
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len < 1e-9) continue;
    const color = d.theme.edges[g.kind];
    let marker: string | undefined;
    if (g.directed) {
      marker = markerId(d.themeName, g.kind, d.arrowSize, d.opacity);
      if (!markers.has(g.kind)) markers.set(g.kind, { id: marker, color, size: d.arrowSize, opacity: d.opacity });
    }
    // Perpendicular of the canonical orientation (lower index -> higher).
    const flip = g.source < g.target ? 1 : -1;
    const nx = (-(y1 - y0) / len) * flip;
    const ny = ((x1 - x0) / len) * flip;
    const bend = (offsets.get(g) as number) * Math.min(len * 0.25, 24);
    const cx = (x0 + x1) / 2 + nx * bend;
    const cy = (y0 + y1) / 2 + ny * bend;
    // Trim both ends to the circles' rims (a little more where an arrow head sits).
    const rs = (d.rs[g.source] as number) + 0.5;
    const rt = (d.rs[g.target] as number) + (g.directed ? 1.5 : 0.5);
    if (rs + rt >= len) continue;
    const [sx, sy] = towards(x0, y0, bend === 0 ? x1 : cx, bend === 0 ? y1 : cy, rs);
    const [tx, ty] = towards(x1, y1, bend === 0 ? x0 : cx, bend === 0 ? y0 : cy, rt);
    const path =
      bend === 0
        ? `M${fmt(sx)} ${fmt(sy)}L${fmt(tx)} ${fmt(ty)}`
        : `M${fmt(sx)} ${fmt(sy)}Q${fmt(cx)} ${fmt(cy)} ${fmt(tx)} ${fmt(ty)}`;
    const edge: SceneEdge = {
      d: path,
      color,
      width: groupWidth(g, d.baseWidth),
      dash: KIND_DASHES[g.kind],
      classes: `pm-edge pm-${g.kind}`,
    };
    if (marker !== undefined) edge.marker = marker;
    const tip = d.tooltip(g);
    if (tip !== undefined) edge.tooltip = tip;
    edges.push(edge);
  }
  const markerList = RELATIONSHIP_KINDS.flatMap((k) => {
    const m = markers.get(k);
    return m === undefined ? [] : [m];
  });
  return { edges, markers: markerList };
}

function towards(x: number, y: number, tx: number, ty: number, dist: number): [number, number] {
  const len = Math.hypot(tx - x, ty - y);
  if (len < 1e-9) return [x, y];
  return [x + ((tx - x) / len) * dist, y + ((ty - y) / len) * dist];
}

/** Words for a group's tooltip: "Cedar Hub → County Library: referral (introduction), 2 relationships". */
export function describeGroup(group: EdgeGroup, names: readonly string[]): string {
  const arrow = group.directed ? ' → ' : ' – ';
  const level = group.level >= 0 ? `, up to ${LEVEL_LABELS[PARTICIPATION_LEVELS[group.level] ?? 'information']}` : '';
  const count = group.count > 1 ? `, ${group.count} relationships` : '';
  return `${names[group.source]}${arrow}${names[group.target]}: ${KIND_LABELS[group.kind]}${level}${count}`;
}
