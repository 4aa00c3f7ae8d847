/**
 * The relationships behind a snapshot's ties. The snapshot merges the
 * relationships between two partners into one tie and keeps only how many
 * merged; analyses that speak about relationships (which relationship is a
 * bridge, who carries it) enumerate them again with the same filters: both
 * partners in the view, not a self-loop, kind in `kinds`, current on `asOf`.
 *
 * Used by the risk, gaps and brokerage areas; not part of the public API.
 */
import { describeValue, fail } from '../../model/errors';
import { isIsoDate, parseIsoDate } from '../../model/dates';
import type { RelationshipAttributes } from '../../model/relationship';
import { isRelationshipKind } from '../../model/relationship-kinds';
import { partnerId } from '../../network/node-keys';
import { getOwn } from '../../network/own-properties';
import type { NetworkSnapshot, SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';

/** The relationships counted by a view, in the network's edge order. */
export interface ViewRelationships {
  /** Number of relationships. */
  readonly count: number;
  /** Relationship ids. */
  readonly ids: readonly string[];
  /** View index of each relationship's source. */
  readonly source: Int32Array;
  /** View index of each relationship's target. */
  readonly target: Int32Array;
  /** 1 when the relationship is directed. */
  readonly directed: Uint8Array;
  /** Stored attributes (read-only: never modify them). */
  readonly attributes: readonly RelationshipAttributes[];
}

/** Checks the `kinds` and `asOf` options the way `snapshot` does, and returns them as filters. */
export function relationshipFilter(
  fn: string,
  options: Pick<SnapshotOptions, 'kinds' | 'asOf'>,
): (attributes: RelationshipAttributes) => boolean {
  const { kinds = 'all', asOf } = options;
  let kindSet: ReadonlySet<string> | null = null;
  if (kinds !== 'all') {
    if (!Array.isArray(kinds)) fail(fn, 'invalid-argument', `kinds must be an array or 'all'; received ${describeValue(kinds)}.`);
    for (const kind of kinds) if (!isRelationshipKind(kind)) fail(fn, 'invalid-argument', `kinds has an unknown value ${describeValue(kind)}.`);
    kindSet = new Set<string>(kinds);
  }
  if (asOf !== undefined && !isIsoDate(asOf)) {
    fail(fn, 'invalid-argument', `asOf must be an ISO 8601 date; received ${describeValue(asOf)}.`);
  }
  const at = asOf === undefined ? undefined : parseIsoDate(asOf);
  return (attributes) => {
    if (kindSet !== null) {
      const kind = getOwn(attributes, 'kind');
      if (!kindSet.has(typeof kind === 'string' ? kind : 'known-tie')) return false;
    }
    if (at !== undefined) {
      const since = getOwn(attributes, 'since');
      const until = getOwn(attributes, 'until');
      const s = typeof since === 'string' ? parseIsoDate(since) : undefined;
      const u = typeof until === 'string' ? parseIsoDate(until) : undefined;
      if ((s !== undefined && s > at) || (u !== undefined && u < at)) return false;
    }
    return true;
  };
}

/**
 * Lists the relationships a view counts. `keep` is the filter from
 * {@link relationshipFilter} (the same `kinds` and `asOf` the view was built with).
 */
export function viewRelationships(
  network: AnyNetwork,
  view: NetworkSnapshot,
  keep: (attributes: RelationshipAttributes) => boolean,
): ViewRelationships {
  const ids: string[] = [];
  const source: number[] = [];
  const target: number[] = [];
  const directed: number[] = [];
  const attributes: RelationshipAttributes[] = [];
  network.forEachEdge((id, attrs, s, t, _sa, _ta, undirected) => {
    const u = view.indexOf.get(partnerId(s));
    const v = view.indexOf.get(partnerId(t));
    if (u === undefined || v === undefined || u === v) return;
    if (!keep(attrs as RelationshipAttributes)) return;
    ids.push(id);
    source.push(u);
    target.push(v);
    directed.push(undirected ? 0 : 1);
    attributes.push(attrs as RelationshipAttributes);
  });
  return {
    count: ids.length,
    ids,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    directed: Uint8Array.from(directed),
    attributes,
  };
}

/** The display name of each partner in a view (its `name`, or its id). */
export function viewNames(network: AnyNetwork, view: NetworkSnapshot): string[] {
  const names = new Array<string>(view.order);
  const seen = new Uint8Array(view.order);
  network.forEachNode((key, attributes) => {
    const i = view.indexOf.get(partnerId(key));
    if (i === undefined || seen[i] === 1) return;
    seen[i] = 1;
    const name = getOwn(attributes as Record<string, unknown>, 'name');
    names[i] = typeof name === 'string' && name.length > 0 ? name : view.ids[i];
  });
  for (let i = 0; i < view.order; i += 1) if (seen[i] === 0) names[i] = view.ids[i];
  return names;
}

/** Compares partner ids (or any strings) by UTF-16 code units, as every partnermap sort does. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "1 partner", "3 partners". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
