/**
 * Pairs the relationships of two versions of a network. Two imports of the
 * same spreadsheet a year apart rarely keep relationship ids (generated ids
 * follow row order), so a relationship is matched first by id when both
 * versions have that id between the same partners, then by what it is: its
 * kind and its partners (ordered for directed relationships), in order.
 */
import type { Relationship } from '../../model/relationship';

/** A relationship present in both versions. */
export interface MatchedRelationship {
  before: Relationship;
  after: Relationship;
}

/** The outcome of matching. */
export interface RelationshipMatching {
  matched: MatchedRelationship[];
  /** Only in the later version, in its order. */
  added: Relationship[];
  /** Only in the earlier version, in its order. */
  removed: Relationship[];
}

/** What a relationship is, whatever its id: kind, direction and partners. */
export function relationshipSignature(r: Relationship): string {
  const ends = r.directed ? [r.source, r.target] : [r.source, r.target].sort();
  return JSON.stringify([r.kind, r.directed, ...ends]);
}

/** Matches relationships by id (same partners), then by signature. */
export function matchRelationships(before: readonly Relationship[], after: readonly Relationship[]): RelationshipMatching {
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const used = new Set<Relationship>();
  const pairOf = new Map<Relationship, Relationship>();
  for (const a of after) {
    const b = beforeById.get(a.id);
    if (b !== undefined && relationshipSignature(b) === relationshipSignature(a)) {
      pairOf.set(a, b);
      used.add(b);
    }
  }
  // The rest, by signature, first come first matched.
  const waiting = new Map<string, Relationship[]>();
  for (const b of before) {
    if (used.has(b)) continue;
    const key = relationshipSignature(b);
    const list = waiting.get(key);
    if (list === undefined) waiting.set(key, [b]);
    else list.push(b);
  }
  for (const a of after) {
    if (pairOf.has(a)) continue;
    const b = waiting.get(relationshipSignature(a))?.shift();
    if (b !== undefined) {
      pairOf.set(a, b);
      used.add(b);
    }
  }
  const matched: MatchedRelationship[] = [];
  const added: Relationship[] = [];
  for (const a of after) {
    const b = pairOf.get(a);
    if (b === undefined) added.push(a);
    else matched.push({ before: b, after: a });
  }
  return { matched, added, removed: before.filter((b) => !used.has(b)) };
}
