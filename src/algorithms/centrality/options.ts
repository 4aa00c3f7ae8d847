/**
 * Option handling shared by the centralities: the analysis view (a snapshot
 * given by the caller or built here), and checks made at the door with
 * messages that name the option, the allowed range and the value received.
 */
import { describeValue, fail } from '../../model/errors';
import { assertNetwork } from '../../network/assert-network';
import { snapshot, transpose, type NetworkSnapshot, type SnapshotOptions } from '../../network/snapshot';
import type { AnyNetwork } from '../../network/types';

/** Options every centrality takes: which partners and ties count, or a snapshot built once. */
export interface CentralityViewOptions extends SnapshotOptions {
  /**
   * A view built with {@link snapshot}, to share one across several analyses.
   * When given, the snapshot options above are ignored: the view was built
   * with its own.
   * @defaultValue undefined (a view is built from the snapshot options)
   */
  snapshot?: NetworkSnapshot;
}

/** Throws unless `options` is an object (or undefined, read as `{}`). */
export function checkOptions<T extends object>(fn: string, options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  return options;
}

/** The network's analysis view: `options.snapshot` when given (checked), or a new one. */
export function resolveView(fn: string, network: AnyNetwork, options: CentralityViewOptions): NetworkSnapshot {
  assertNetwork(fn, network);
  const given = options.snapshot;
  if (given === undefined) return snapshot(network, options, fn);
  const view = given as Partial<NetworkSnapshot> | null;
  if (
    typeof view !== 'object' ||
    view === null ||
    !(view.offsets instanceof Int32Array) ||
    !(view.targets instanceof Int32Array) ||
    !(view.strengths instanceof Float64Array) ||
    !(view.distances instanceof Float64Array) ||
    !Array.isArray(view.ids) ||
    view.offsets.length !== view.ids.length + 1
  ) {
    fail(fn, 'invalid-argument', `snapshot must be a view built by snapshot(); received ${describeValue(given)}.`);
  }
  return given;
}

/** A boolean option, or its default. */
export function booleanOption(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(fn, 'invalid-argument', `${name} must be a boolean; received ${describeValue(value)}.`);
  return value;
}

/** Bounds of a number option; `open` bounds exclude the end point. */
export interface NumberRange {
  min?: number;
  max?: number;
  minOpen?: boolean;
  maxOpen?: boolean;
  integer?: boolean;
}

function describeRange(range: NumberRange): string {
  const kind = range.integer ? 'an integer' : 'a number';
  const { min, max, minOpen, maxOpen } = range;
  if (min !== undefined && max !== undefined) {
    if (!minOpen && !maxOpen) return `${kind} from ${min} to ${max}`;
    return `${kind} in ${minOpen ? '(' : '['}${min}, ${max}${maxOpen ? ')' : ']'}`;
  }
  if (min !== undefined) return `${kind} ${minOpen ? 'greater than' : 'at least'} ${min}`;
  if (max !== undefined) return `${kind} ${maxOpen ? 'less than' : 'at most'} ${max}`;
  return `a finite ${range.integer ? 'integer' : 'number'}`;
}

/** A number option within `range`, or its default. */
export function numberOption(fn: string, name: string, value: unknown, fallback: number, range: NumberRange): number {
  if (value === undefined) return fallback;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!range.integer || Number.isInteger(value)) &&
    (range.min === undefined || (range.minOpen ? value > range.min : value >= range.min)) &&
    (range.max === undefined || (range.maxOpen ? value < range.max : value <= range.max));
  if (!ok) fail(fn, 'invalid-argument', `${name} must be ${describeRange(range)}; received ${describeValue(value)}.`);
  return value as number;
}

/** One of a few allowed values, or its default. */
export function choiceOption<T extends string | boolean>(fn: string, name: string, value: unknown, fallback: T, allowed: readonly T[]): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    fail(fn, 'invalid-argument', `${name} must be ${allowed.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(' or ')}; received ${describeValue(value)}.`);
  }
  return value as T;
}

/** True when every arc of the view has the same distance (weighted paths are then hop paths). */
export function uniformDistances(view: NetworkSnapshot): boolean {
  const d = view.distances;
  if (d.length === 0) return true;
  const first = d[0];
  for (let k = 1; k < d.length; k += 1) if (d[k] !== first) return false;
  return true;
}

/** Scores in view order as a Map keyed by partner id. */
export function toScoreMap(view: NetworkSnapshot, values: ArrayLike<number>): Map<string, number> {
  const out = new Map<string, number>();
  const ids = view.ids;
  for (let i = 0; i < ids.length; i += 1) out.set(ids[i] as string, values[i] as number);
  return out;
}

/** In-arcs of the view: the view itself when undirected, its transpose when directed. */
export function inArcs(view: NetworkSnapshot): Pick<NetworkSnapshot, 'offsets' | 'targets' | 'strengths' | 'distances'> {
  return view.directed ? transpose(view) : view;
}
