/**
 * Tie strength: how much one relationship counts in an analysis. The default
 * maps a relationship to
 *
 *     strength x kind multiplier x level multiplier
 *
 * where `strength` is the relationship's own (1 when absent, or a file's
 * `weight`), every kind counts 1, and the participation ladder scales from 0.5
 * (information) to 1.5 (supporting independent community interest), 1 when no
 * level is recorded. A generic weighted graph therefore keeps its weights
 * exactly, which is what makes results comparable with NetworkX and igraph.
 *
 * Distances (for betweenness and closeness) are 1 / tie strength: a strong tie
 * is a short path. See docs/algorithms/snapshot.md.
 */
import { describeValue, fail } from '../model/errors';
import { PARTICIPATION_LEVELS, type ParticipationLevel } from '../model/participation';
import type { RelationshipAttributes } from '../model/relationship';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../model/relationship-kinds';
import { isPlainObject } from './own-properties';

/** Level multipliers of the default weighting: the ladder from 0.5 to 1.5 in equal steps. */
export const DEFAULT_LEVEL_WEIGHTS: Readonly<Record<ParticipationLevel, number>> = {
  information: 0.5,
  consultation: 0.75,
  'deciding-together': 1,
  'acting-together': 1.25,
  'supporting-independent': 1.5,
};

/** A declarative weighting: multipliers by kind and level, and whether to use `strength`. */
export interface TieWeighting {
  /**
   * Multiplier per relationship kind (positive).
   * @defaultValue 1 for every kind
   */
  kinds?: Partial<Record<RelationshipKind, number>>;
  /**
   * Multiplier per participation level (positive).
   * @defaultValue {@link DEFAULT_LEVEL_WEIGHTS}
   */
  levels?: Partial<Record<ParticipationLevel, number>>;
  /**
   * Multiplier for a relationship with no level.
   * @defaultValue 1
   */
  unleveled?: number;
  /**
   * Multiply by the relationship's `strength` (1 when absent).
   * @defaultValue true
   */
  useStrength?: boolean;
}

/**
 * How relationships become tie strengths: a {@link TieWeighting}, or a function
 * of the relationship's attributes returning a positive finite number.
 */
export type Weighting = TieWeighting | ((relationship: RelationshipAttributes, id: string) => number);

/** A checked weighting, ready for the snapshot builder. */
export type WeightFunction = (attributes: RelationshipAttributes, id: string) => number;

function positive(fn: string, option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(fn, 'invalid-argument', `${option} must be a positive finite number; received ${describeValue(value)}.`);
  }
  return value;
}

/**
 * Checks a weighting option at the door and returns the function that applies
 * it. `fn` names the public function for error messages.
 */
export function resolveWeighting(fn: string, weighting: Weighting | undefined): WeightFunction {
  if (typeof weighting === 'function') {
    return (attributes, id) => {
      const w = weighting(attributes, id);
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
        fail(fn, 'invalid-argument', `weighting returned ${describeValue(w)} for relationship ${JSON.stringify(id)}; it must return a positive finite number.`);
      }
      return w;
    };
  }
  if (weighting !== undefined && !isPlainObject(weighting)) {
    fail(fn, 'invalid-argument', `weighting must be an object or a function; received ${describeValue(weighting)}.`);
  }
  const spec = weighting ?? {};
  const kindWeights = new Map<string, number>(RELATIONSHIP_KINDS.map((k) => [k, 1]));
  for (const [kind, value] of Object.entries(spec.kinds ?? {})) {
    if (!kindWeights.has(kind)) fail(fn, 'invalid-argument', `weighting.kinds has an unknown kind ${JSON.stringify(kind)}.`);
    kindWeights.set(kind, positive(fn, `weighting.kinds.${kind}`, value));
  }
  const levelWeights = new Map<string, number>(Object.entries(DEFAULT_LEVEL_WEIGHTS));
  for (const [level, value] of Object.entries(spec.levels ?? {})) {
    if (!(PARTICIPATION_LEVELS as readonly string[]).includes(level)) {
      fail(fn, 'invalid-argument', `weighting.levels has an unknown level ${JSON.stringify(level)}.`);
    }
    levelWeights.set(level, positive(fn, `weighting.levels.${level}`, value));
  }
  const unleveled = spec.unleveled === undefined ? 1 : positive(fn, 'weighting.unleveled', spec.unleveled);
  const useStrength = spec.useStrength ?? true;
  if (typeof useStrength !== 'boolean') {
    fail(fn, 'invalid-argument', `weighting.useStrength must be a boolean; received ${describeValue(useStrength)}.`);
  }
  // Plain reads, not own-property checks: this runs once per relationship in
  // every snapshot, and `kind`, `level` and `strength` are not Object.prototype
  // members, so an attribute object without them reads undefined.
  return (attributes) => {
    const { kind, level, strength } = attributes as { kind?: unknown; level?: unknown; strength?: unknown };
    const k = typeof kind === 'string' ? (kindWeights.get(kind) ?? 1) : 1;
    const l = typeof level === 'string' ? (levelWeights.get(level) ?? unleveled) : unleveled;
    // A strength that is not a positive finite number (a graph edited by hand)
    // counts as 1 rather than poisoning every result with NaN.
    const s = useStrength && typeof strength === 'number' && Number.isFinite(strength) && strength > 0 ? strength : 1;
    return k * l * s;
  };
}
