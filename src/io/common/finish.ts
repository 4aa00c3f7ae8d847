/**
 * What every text importer does after building: put back the empty strings
 * the lenient reader would have read as absent, and apply `strict`.
 */
import { describeValue, fail, throwIfErrors, type ErrorCode } from '../../model/errors';
import type { Issue } from '../../model/issues';
import { emptyNetwork } from '../../network/build-network';
import type { PartnerNetwork } from '../../network/types';
import type { ImportResult } from '../import-types';
import { PARTNER_TEXT_FIELDS, RELATIONSHIP_TEXT_FIELDS } from './values';

/** Replaces the empty-string marker (see `emptyMarkerFor`) by `''` in the text fields. */
export function restoreEmptyStrings(network: PartnerNetwork, marker: string): void {
  network.forEachNode((key, attributes) => {
    const record = attributes as Record<string, unknown>;
    for (const field of PARTNER_TEXT_FIELDS) {
      if (Object.hasOwn(record, field) && record[field] === marker) network.setNodeAttribute(key, field as 'name', '');
    }
  });
  network.forEachEdge((key, attributes) => {
    const record = attributes as Record<string, unknown>;
    for (const field of RELATIONSHIP_TEXT_FIELDS) {
      if (Object.hasOwn(record, field) && record[field] === marker) network.setEdgeAttribute(key, field as 'notes', '');
    }
  });
  // Network-level text fields go through the same path.
  for (const field of ['name', 'home', 'description'] as const) {
    if (network.getAttribute(field) === marker) network.setAttribute(field, '');
  }
}

/** The error code a strict import throws with: the most specific one among the issues. */
function strictCode(issues: readonly Issue[]): ErrorCode {
  if (issues.some((i) => i.severity === 'error' && i.code === 'unsafe-input')) return 'unsafe-input';
  if (issues.some((i) => i.severity === 'error' && i.code === 'limit-exceeded')) return 'limit-exceeded';
  return 'parse-error';
}

/** Throws in strict mode when the issues hold errors; returns the result otherwise. */
export function finishImport(fn: string, result: ImportResult, strict: boolean): ImportResult {
  if (strict) throwIfErrors(fn, strictCode(result.issues), result.issues);
  return result;
}

/** A result for an input that could not be read at all: an empty network and the issue saying why. */
export function failedImport(issues: Issue[]): ImportResult {
  return { network: emptyNetwork(), issues };
}

/** Checks the `strict` option. */
export function readStrict(fn: string, strict: unknown): boolean {
  if (strict === undefined) return false;
  if (typeof strict !== 'boolean') fail(fn, 'invalid-argument', `strict must be a boolean; received ${describeValue(strict)}.`);
  return strict;
}

/** Checks a positive integer limit option. */
export function readLimit(fn: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail(fn, 'invalid-argument', `${name} must be a positive integer; received ${describeValue(value)}.`);
  }
  return value;
}

/** Checks a boolean option. */
export function readFlag(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(fn, 'invalid-argument', `${name} must be a boolean; received ${describeValue(value)}.`);
  return value;
}
