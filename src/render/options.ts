/**
 * Options of renderSvg, their defaults and their checks at the door.
 */
import { describeValue, fail } from '../model/errors';
import type { AnyNetwork } from '../network/types';
import type { RandomOptions } from '../random';
import { resolveLayoutOptions, type LayoutOptions, type LayoutSettings, type ResolvedLayout } from './layout';
import { checkCommunities, type MapCommunities } from './communities';
import { THEMES, type Theme } from './palette';

/** What colours the partners. */
export type ColorBy = 'sector' | 'status' | 'community';

/** What sizes the partners: hub score, number of ties, or all the same. */
export type SizeBy = 'hub' | 'degree' | 'uniform';

/** Which partners get a label: hubs (how many depends on size), all, none, or the top `n` hubs. */
export type LabelMode = 'hubs' | 'all' | 'none' | number;

/** Colour themes. */
export type ThemeName = 'light' | 'dark';

/** The font stack used when none is given. */
export const DEFAULT_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Options of {@link renderSvg}: the picture, then the layout (see {@link LayoutOptions}). */
export interface RenderSvgOptions extends Omit<LayoutOptions, 'settings' | 'aspect'> {
  /**
   * Width of the picture in pixels (200 to 10,000).
   * @defaultValue 960 up to 150 partners drawn, 1200 up to 800, 1600 beyond
   */
  width?: number;
  /**
   * Height of the picture in pixels (150 to 10,000).
   * @defaultValue three quarters of the width
   */
  height?: number;
  /**
   * Title written at the top (and the SVG's accessible name).
   * @defaultValue the network's `name`, else "Partnership network map"
   */
  title?: string;
  /**
   * One line under the title. `''` writes none.
   * @defaultValue a summary: "62 partners, 140 relationships; coloured by sector; sized by hub score; hollow: prospects"
   */
  caption?: string;
  /**
   * What colours the partners.
   * @defaultValue `'sector'`
   */
  colorBy?: ColorBy;
  /**
   * What sizes the partners: `'hub'` (hub score), `'degree'` (partners tied
   * to), `'uniform'`.
   * @defaultValue `'hub'`
   */
  sizeBy?: SizeBy;
  /**
   * Which partners are labelled: `'hubs'` (the home partner and the top hubs:
   * every partner up to 25, then 2.5 times the square root of the number
   * drawn, from 20 to 60), `'all'`, `'none'`, or the top `n` hubs. Labels
   * that would overlap are left out.
   * @defaultValue `'hubs'`
   */
  labels?: LabelMode;
  /**
   * `'light'` (white page) or `'dark'`.
   * @defaultValue `'light'`
   */
  theme?: ThemeName;
  /**
   * CSS font family list for every text (letters, digits, spaces and `, ' " - _ .` only).
   * @defaultValue {@link DEFAULT_FONT_FAMILY}
   */
  fontFamily?: string;
  /**
   * Base font size in pixels (6 to 48); labels, title and legend scale from it.
   * @defaultValue 12 (13 from 800 partners drawn, 14 from 1,500: large maps are drawn larger)
   */
  fontSize?: number;
  /**
   * Longest label, in characters; longer names are shortened with an ellipsis (4 to 200).
   * @defaultValue 28
   */
  maxLabelLength?: number;
  /**
   * Draw the legend.
   * @defaultValue true
   */
  showLegend?: boolean;
  /**
   * Above this many partners drawn, the map shows communities instead of
   * partners: one circle per community sized by its members, lines weighted by
   * ties between communities (1 to 100,000).
   * @defaultValue 2000
   */
  maxPartners?: number;
  /**
   * Communities to colour by (`colorBy: 'community'`) and to draw above
   * `maxPartners`: a detection from `detectCommunities` to reuse, or any
   * grouping of your own in its shape (`assignment` maps partner ids to
   * indices of `communities`, each with a `label`).
   * @defaultValue detected with `detectCommunities` (Leiden), on the partners drawn, with the map's seed
   */
  communities?: MapCommunities;
  /**
   * ForceAtlas2 settings overriding those inferred from the map's size
   * (iterations, scalingRatio, gravity, ...). See {@link LayoutSettings}.
   * @defaultValue {@link inferLayoutSettings}(partners drawn)
   */
  layout?: Partial<LayoutSettings>;
}

/** Options after checking, with defaults that do not depend on the network filled in. */
export interface ResolvedRender {
  layout: ResolvedLayout;
  width: number | undefined;
  height: number | undefined;
  title: string | undefined;
  caption: string | undefined;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  labels: LabelMode;
  theme: Theme;
  themeName: ThemeName;
  fontFamily: string;
  fontSize: number | undefined;
  maxLabelLength: number;
  showLegend: boolean;
  maxPartners: number;
  communities: MapCommunities | undefined;
  /** The caller's seed or generator, for analyses the map runs (community detection). */
  random: RandomOptions;
}

const COLOR_BY: readonly ColorBy[] = ['sector', 'status', 'community'];
const SIZE_BY: readonly SizeBy[] = ['hub', 'degree', 'uniform'];
const LABEL_MODES = ['hubs', 'all', 'none'] as const;

function oneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    fail(fn, 'invalid-argument', `${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; received ${describeValue(value)}.`);
  }
  return value as T;
}

function numberIn(fn: string, name: string, value: unknown, min: number, max: number, integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(fn, 'invalid-argument', `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; received ${describeValue(value)}.`);
  }
  return value;
}

function text(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') fail(fn, 'invalid-argument', `${name} must be a string; received ${describeValue(value)}.`);
  if (value.length > 1000) fail(fn, 'invalid-argument', `${name} must be at most 1000 characters; received ${value.length}.`);
  return value;
}

/** Checks renderSvg's options at the door. */
export function resolveRenderOptions(fn: string, network: AnyNetwork, options: RenderSvgOptions): ResolvedRender {
  if (typeof options !== 'object' || options === null) {
    fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  }
  const o = options;
  const width = o.width === undefined ? undefined : numberIn(fn, 'width', o.width, 200, 10_000, false);
  const height = o.height === undefined ? undefined : numberIn(fn, 'height', o.height, 150, 10_000, false);
  const title = o.title === undefined ? undefined : text(fn, 'title', o.title);
  const caption = o.caption === undefined ? undefined : text(fn, 'caption', o.caption);
  const colorBy = oneOf(fn, 'colorBy', o.colorBy ?? 'sector', COLOR_BY);
  const sizeBy = oneOf(fn, 'sizeBy', o.sizeBy ?? 'hub', SIZE_BY);
  const labels = o.labels ?? 'hubs';
  if (typeof labels === 'number') numberIn(fn, 'labels', labels, 0, 1_000_000, true);
  else if (!(LABEL_MODES as readonly unknown[]).includes(labels)) {
    fail(fn, 'invalid-argument', `labels must be 'hubs', 'all', 'none' or a whole number of hubs; received ${describeValue(labels)}.`);
  }
  const themeName = oneOf(fn, 'theme', o.theme ?? 'light', ['light', 'dark'] as const);
  const fontFamily = o.fontFamily === undefined ? DEFAULT_FONT_FAMILY : text(fn, 'fontFamily', o.fontFamily);
  // A font list needs nothing else; refusing the rest keeps CSS syntax out of the attribute.
  if (!/^[\p{L}\p{N} ,'"\-_.]+$/u.test(fontFamily)) {
    fail(fn, 'invalid-argument', `fontFamily may hold only letters, digits, spaces and , ' " - _ . characters; received ${describeValue(fontFamily)}.`);
  }
  const fontSize = o.fontSize === undefined ? undefined : numberIn(fn, 'fontSize', o.fontSize, 6, 48, false);
  const maxLabelLength = numberIn(fn, 'maxLabelLength', o.maxLabelLength ?? 28, 4, 200, true);
  const showLegend = o.showLegend ?? true;
  if (typeof showLegend !== 'boolean') fail(fn, 'invalid-argument', `showLegend must be a boolean; received ${describeValue(showLegend)}.`);
  const maxPartners = numberIn(fn, 'maxPartners', o.maxPartners ?? 2000, 1, 100_000, true);
  if (o.layout !== undefined && (typeof o.layout !== 'object' || o.layout === null)) {
    fail(fn, 'invalid-argument', `layout must be an object of ForceAtlas2 settings; received ${describeValue(o.layout)}.`);
  }
  const communities = checkCommunities(fn, o.communities);
  const layoutOptions: LayoutOptions = { ...o, settings: o.layout ?? {} };
  const layout = resolveLayoutOptions(fn, network, layoutOptions, 'layout');
  return {
    layout,
    width,
    height,
    title,
    caption,
    colorBy,
    sizeBy,
    labels,
    theme: THEMES[themeName],
    themeName,
    fontFamily,
    fontSize,
    maxLabelLength,
    showLegend,
    maxPartners,
    communities,
    random: o.rng !== undefined ? { rng: o.rng } : o.seed !== undefined ? { seed: o.seed } : {},
  };
}
