/**
 * Seeded randomness. Everything random in partnermap (sampling, Leiden's
 * refinement, layouts, evaluation splits) takes `seed` or `rng` and defaults to
 * a fixed seed, so the same input gives the same output byte for byte.
 *
 * The generator is sfc32 (Doty-Humphreys' small fast counting generator,
 * PractRand-clean), seeded through splitmix32 so nearby seeds give unrelated
 * streams.
 */
import { describeValue, fail } from './model/errors';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** The seed used when a caller gives none. */
export const DEFAULT_SEED = 1;

/** A seeded generator of uniform numbers in [0, 1). */
export function seededRng(seed: number = DEFAULT_SEED): Rng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

/** Options of anything random. */
export interface RandomOptions {
  /**
   * Seed of the built-in generator (an integer from 0 to 2^32 - 1).
   * @defaultValue 1
   */
  seed?: number;
  /** A generator of your own (uniform in [0, 1)); overrides `seed`. */
  rng?: Rng;
}

/** Checks `seed` / `rng` at the door and returns the generator to use. */
export function resolveRng(fn: string, options: RandomOptions): Rng {
  const { seed = DEFAULT_SEED, rng } = options;
  if (rng !== undefined) {
    if (typeof rng !== 'function') fail(fn, 'invalid-argument', `rng must be a function; received ${describeValue(rng)}.`);
    return rng;
  }
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    fail(fn, 'invalid-argument', `seed must be an integer from 0 to 4294967295; received ${describeValue(seed)}.`);
  }
  return seededRng(seed);
}

/** A uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Shuffles `items` in place (Fisher-Yates) and returns it. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(rng, i + 1);
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  }
  return items;
}
