/**
 * Checks shared by the snowball functions' options: each names the option,
 * the allowed values and the value received.
 */
import { describeValue, fail } from '../../model/errors';
import { isParticipationLevel, PARTICIPATION_LEVELS, type ParticipationLevel } from '../../model/participation';
import { isSector, SECTORS, type Sector } from '../../model/sectors';
import { isPartnerStatus, PARTNER_STATUSES, type PartnerStatus } from '../../model/statuses';
import { isPlainObject } from '../../network/own-properties';
import { snapshot, type NetworkSnapshot, type SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';

/** Throws unless `options` is a plain object. */
export function assertOptions(fn: string, options: unknown): void {
  if (!isPlainObject(options)) fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
}

/** A positive integer or Infinity (`limit`). */
export function checkLimit(fn: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === Infinity) return Infinity;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(fn, 'invalid-argument', `limit must be a non-negative integer or Infinity; received ${describeValue(value)}.`);
  }
  return value;
}

/** A non-negative finite number. */
export function checkNonNegative(fn: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(fn, 'invalid-argument', `${name} must be a non-negative finite number; received ${describeValue(value)}.`);
  }
  return value;
}

/** A boolean. */
export function checkBoolean(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(fn, 'invalid-argument', `${name} must be a boolean; received ${describeValue(value)}.`);
  return value;
}

/** A list of statuses from `allowed`. */
export function checkStatuses(
  fn: string,
  name: string,
  value: unknown,
  fallback: readonly PartnerStatus[],
  allowed: readonly PartnerStatus[] = PARTNER_STATUSES,
): PartnerStatus[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value)) fail(fn, 'invalid-argument', `${name} must be an array of statuses; received ${describeValue(value)}.`);
  for (const item of value) {
    if (!isPartnerStatus(item) || !allowed.includes(item)) {
      fail(fn, 'invalid-argument', `${name} may hold ${allowed.join(', ')}; received ${describeValue(item)}.`);
    }
  }
  return [...new Set(value as PartnerStatus[])];
}

/** A list of sectors, or undefined for "any". */
export function checkSectors(fn: string, value: unknown): Sector[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(fn, 'invalid-argument', `sectors must be an array of sectors; received ${describeValue(value)}.`);
  for (const item of value) {
    if (!isSector(item)) fail(fn, 'invalid-argument', `sectors has an unknown sector ${describeValue(item)}; sectors are ${SECTORS.join(', ')}.`);
  }
  return [...new Set(value as Sector[])];
}

/** A participation level, or undefined. */
export function checkLevel(fn: string, name: string, value: unknown): ParticipationLevel | undefined {
  if (value === undefined) return undefined;
  if (!isParticipationLevel(value)) {
    fail(fn, 'invalid-argument', `${name} must be one of ${PARTICIPATION_LEVELS.join(', ')}; received ${describeValue(value)}.`);
  }
  return value;
}

/** A list of partner ids present in the view. */
export function checkIdsInView(fn: string, name: string, value: unknown, view: NetworkSnapshot): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(fn, 'invalid-argument', `${name} must be an array of partner ids; received ${describeValue(value)}.`);
  const out = new Set<number>();
  for (const id of value) {
    if (typeof id !== 'string') fail(fn, 'invalid-argument', `${name} must hold partner ids (strings); received ${describeValue(id)}.`);
    const i = view.indexOf.get(id);
    if (i === undefined) {
      fail(fn, 'unknown-partner', `${name} names ${JSON.stringify(id)}, which is not a partner in the analysed view (unknown, or left out by statuses).`);
    }
    out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The snapshot an analysis runs on: the one given (checked to be undirected),
 * or a new one with `options`.
 */
export function undirectedView(fn: string, network: AnyNetwork, options: SnapshotOptions & { snapshot?: NetworkSnapshot }): NetworkSnapshot {
  const { snapshot: given, ...rest } = options;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || !(given.offsets instanceof Int32Array)) {
      fail(fn, 'invalid-argument', `snapshot must be a NetworkSnapshot made by snapshot(); received ${describeValue(given)}.`);
    }
    if (given.directed) fail(fn, 'invalid-argument', 'snapshot must be undirected: link prediction reads ties both ways.');
    return given;
  }
  if (rest.directed === true) fail(fn, 'invalid-argument', 'directed must be false: link prediction reads ties both ways.');
  return snapshot(network, { ...rest, directed: false }, fn);
}
