/**
 * toJson: a network as partnermap JSON (version 1). Lossless: everything the
 * network holds is written, custom attributes included, and a value JSON
 * cannot carry is refused with its location rather than changed.
 */
import { fail } from '../../model/errors';
import { assertNetwork } from '../../network/assert-network';
import { findNonJsonValue } from '../../network/json-values';
import { listPartners } from '../../network/partners';
import { listRelationships } from '../../network/relationships';
import type { AnyNetwork } from '../../network/types';
import { JSON_FORMAT, JSON_VERSION, type NetworkJson } from './format';

/** Options of {@link toJson}. */
export interface ToJsonOptions {
  /**
   * Indentation passed to `JSON.stringify`.
   * @defaultValue 2
   */
  indent?: number;
}

/**
 * The network as a plain object in the partnermap JSON format.
 *
 * @throws PartnermapError `unsupported` when a custom value cannot be written as
 * JSON (NaN, Infinity, a Date or Map, a cycle), naming the partner or
 * relationship and the field.
 */
export function toJsonData(network: AnyNetwork): NetworkJson {
  assertNetwork('toJson', network);
  const data: NetworkJson = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    network: { ...network.getAttributes() },
    partners: listPartners(network),
    relationships: listRelationships(network),
  };
  const bad =
    findNonJsonValue(data.network, 'network') ??
    firstFound(data.partners, (p, i) => findNonJsonValue(p, `partners[${i}] (id ${JSON.stringify(p.id)})`)) ??
    firstFound(data.relationships, (r, i) => findNonJsonValue(r, `relationships[${i}] (id ${JSON.stringify(r.id)})`));
  if (bad !== undefined) fail('toJson', 'unsupported', `${bad}, which JSON cannot carry; store it as a string or number.`);
  return data;
}

function firstFound<T>(items: readonly T[], find: (item: T, i: number) => string | undefined): string | undefined {
  for (let i = 0; i < items.length; i += 1) {
    const found = find(items[i] as T, i);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The network as a partnermap JSON string (see docs/formats.md).
 *
 * @example
 * const text = toJson(network);
 * const { network: copy } = fromJson(text);
 */
export function toJson(network: AnyNetwork, options: ToJsonOptions = {}): string {
  const { indent = 2 } = options;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    fail('toJson', 'invalid-argument', `indent must be an integer from 0 to 10; received ${String(indent)}.`);
  }
  return `${JSON.stringify(toJsonData(network), null, indent)}\n`;
}
