/**
 * Partner ids and graphology node keys.
 *
 * graphology 0.26 keeps each node's adjacency in plain objects keyed by
 * neighbour key. A node keyed like an `Object.prototype` member breaks them,
 * and in multi graphs worse than that: adding an edge to a node keyed
 * `__proto__` runs `Object.prototype.previous = edge`, polluting every object
 * in the process (`constructor` and `toString` mutate `Object` and
 * `Object.prototype.toString` likewise). Partner ids come from spreadsheets, so
 * such ids must work.
 *
 * partnermap therefore stores those twelve ids (and, to stay one-to-one, any id
 * that already starts with the prefix) under the key `partnermap:<id>`. Every
 * other id is its own key, so graphology users see their ids unchanged. The
 * partnermap API and every export speak partner ids; only code calling
 * graphology directly on such an id needs {@link nodeKey}.
 */

/** The prefix of escaped node keys. */
export const NODE_KEY_PREFIX = 'partnermap:';

const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The graphology node key of a partner id (the id itself, except for `Object.prototype` names and prefixed ids). */
export function nodeKey(id: string): string {
  return RESERVED.has(id) || id.startsWith(NODE_KEY_PREFIX) ? NODE_KEY_PREFIX + id : id;
}

/** The partner id of a graphology node key (inverse of {@link nodeKey}). */
export function partnerId(key: string): string {
  return key.startsWith(NODE_KEY_PREFIX) ? key.slice(NODE_KEY_PREFIX.length) : key;
}
