/**
 * The report's options, their defaults and their checks at the door.
 */
import { describeValue, fail } from '../model/errors';
import { isIsoDate } from '../model/dates';
import { assertNetwork } from '../network/assert-network';
import { isPlainObject } from '../network/own-properties';
import { checkRedactOptions, type RedactNetworkOptions } from '../network/redact-network';
import type { AnyNetwork } from '../network/types';
import type { RenderSvgOptions } from '../render/options';

/**
 * The report's sections, in the order they appear: the overview numbers,
 * the map, hubs, whom to approach next (snowball suggestions with their
 * introducers, and whom to ask), how the network grew, communities, brokers,
 * risks (fragility and key people), gaps, what changed (only with
 * `previous`), and the method note.
 */
export const REPORT_SECTIONS = [
  'overview',
  'map',
  'hubs',
  'suggestions',
  'growth',
  'communities',
  'brokers',
  'risks',
  'gaps',
  'changes',
  'method',
] as const;

/** One of {@link REPORT_SECTIONS}. */
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** How the report shows the network map. */
export type ReportMapMode = 'reference' | 'embed' | 'none';

/** Options of {@link report}, {@link reportHtml} and {@link buildReport}. */
export interface ReportOptions {
  /**
   * The report's title.
   * @defaultValue "<network name>: network report" ("Partnership network report" when the network has no name)
   */
  title?: string;
  /**
   * The date the report describes (ISO 8601), for overdue communication and
   * how long prospects have waited.
   * @defaultValue the network's `asOf` attribute, else the latest date recorded in it (see {@link gapAnalysis})
   */
  asOf?: string;
  /**
   * An earlier version of the same map: adds a "What changed" section
   * ({@link compareNetworks} from `previous` to `network`).
   * @defaultValue undefined (no change section)
   */
  previous?: AnyNetwork;
  /**
   * Most rows per table and items per list (hubs, suggestions, communities,
   * brokers, risks, findings of each kind); the rest are counted
   * ("and 4 more"). A positive integer, or Infinity.
   * @defaultValue 5
   */
  limit?: number;
  /**
   * Seed of everything random: the map's layout, the communities, and any
   * sampling on large networks. Same network and seed, same report, byte for byte.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * The map: `'reference'` links to the SVG file at `mapPath` (write it
   * beside the report with {@link renderSvg}, as `partnermap report` does;
   * GitHub, VS Code and every Markdown viewer show it); `'embed'` puts the
   * SVG inside the Markdown as a `data:` URI (one file to pass around; VS
   * Code, Obsidian, pandoc and browsers show it, GitHub does not display
   * data URIs); `'none'` leaves the map out. The HTML report always carries
   * the map inline.
   * @defaultValue 'reference'
   */
  map?: ReportMapMode;
  /**
   * Where the Markdown finds the map with `map: 'reference'` (a relative path
   * or an http(s) URL).
   * @defaultValue 'map.svg'
   */
  mapPath?: string;
  /**
   * A map already drawn with {@link renderSvg}, used instead of drawing one
   * (the CLI draws it once for map.svg and the report). Draw it from the
   * same redacted or full network the report uses.
   * @defaultValue undefined (drawn when needed, with `mapOptions` and `seed`)
   */
  mapSvg?: string;
  /**
   * Options of the map drawn for the report (colours, theme, labels, size).
   * @defaultValue {} (renderSvg's defaults, with the report's seed)
   */
  mapOptions?: RenderSvgOptions;
  /**
   * Include personal data: contacts' names in the key-person section and in
   * overdue-communication findings. By default the network is redacted with
   * {@link redactNetwork} first, so that the report can be shared outside the
   * organisation: people appear as pseudonyms (person-1, ...).
   * @defaultValue false
   */
  includePersonal?: boolean;
  /**
   * How personal data is removed (custom fields to drop or keep, notes):
   * the options of {@link redactNetwork}. Ignored with `includePersonal`.
   * @defaultValue {} (redactNetwork's defaults)
   */
  redact?: RedactNetworkOptions;
  /**
   * The sections to include, from {@link REPORT_SECTIONS}; they appear in
   * the report's own order whatever the order given. `'changes'` needs
   * `previous`.
   * @defaultValue every section (`'changes'` only with `previous`)
   */
  sections?: readonly ReportSectionId[];
  /**
   * Called as each step of the work starts, with what it is doing in words
   * ("ranking hubs", "detecting communities", ...), for a progress indicator:
   * on networks of thousands of partners the hubs take most of the time.
   * @defaultValue undefined
   */
  onProgress?: (step: string) => void;
}

/** The options with their defaults applied. */
export interface ResolvedReportOptions {
  title: string | undefined;
  asOf: string | undefined;
  previous: AnyNetwork | undefined;
  limit: number;
  seed: number;
  map: ReportMapMode;
  mapPath: string;
  mapSvg: string | undefined;
  mapOptions: RenderSvgOptions;
  includePersonal: boolean;
  redact: ReturnType<typeof checkRedactOptions>;
  sections: Set<ReportSectionId>;
  onProgress: ((step: string) => void) | undefined;
}

const OPTION_NAMES = [
  'title',
  'asOf',
  'previous',
  'limit',
  'seed',
  'map',
  'mapPath',
  'mapSvg',
  'mapOptions',
  'includePersonal',
  'redact',
  'sections',
  'onProgress',
];

const MAP_MODES: readonly ReportMapMode[] = ['reference', 'embed', 'none'];

/** Checks the options at the door, naming the option, what is allowed and what was received. */
export function resolveReportOptions(fn: string, options: unknown): ResolvedReportOptions {
  if (options === undefined) options = {};
  if (!isPlainObject(options)) fail(fn, 'invalid-argument', `options must be an object; received ${describeValue(options)}.`);
  const o = options as ReportOptions & Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_NAMES.includes(key)) fail(fn, 'invalid-argument', `unknown option ${JSON.stringify(key)}; options are ${OPTION_NAMES.join(', ')}.`);
  }
  if (o.title !== undefined && (typeof o.title !== 'string' || o.title.trim() === '')) {
    fail(fn, 'invalid-argument', `title must be a non-empty string; received ${describeValue(o.title)}.`);
  }
  if (o.asOf !== undefined && !isIsoDate(o.asOf)) {
    fail(fn, 'invalid-argument', `asOf must be an ISO 8601 date (2025-06-30); received ${describeValue(o.asOf)}.`);
  }
  if (o.previous !== undefined) assertNetwork(`${fn} (previous)`, o.previous);
  const limit = o.limit ?? 5;
  if (typeof limit !== 'number' || !(limit === Infinity || (Number.isInteger(limit) && limit >= 1))) {
    fail(fn, 'invalid-argument', `limit must be a positive integer or Infinity; received ${describeValue(limit)}.`);
  }
  const seed = o.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    fail(fn, 'invalid-argument', `seed must be an integer from 0 to 4294967295; received ${describeValue(seed)}.`);
  }
  const map = o.map ?? 'reference';
  if (!MAP_MODES.includes(map)) fail(fn, 'invalid-argument', `map must be one of ${MAP_MODES.join(', ')}; received ${describeValue(map)}.`);
  const mapPath = o.mapPath ?? 'map.svg';
  if (typeof mapPath !== 'string' || mapPath.trim() === '' || /[\u0000-\u001f\u007f]/.test(mapPath)) {
    fail(fn, 'invalid-argument', `mapPath must be a non-empty path or URL without control characters; received ${describeValue(mapPath)}.`);
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(mapPath);
  if (scheme !== null && !/^https?$/i.test(scheme[1] as string) && !/^[A-Za-z]$/.test(scheme[1] as string)) {
    fail(fn, 'invalid-argument', `mapPath must be a relative path or an http(s) URL; received ${describeValue(mapPath)}.`);
  }
  if (o.mapSvg !== undefined && (typeof o.mapSvg !== 'string' || !/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(o.mapSvg))) {
    fail(fn, 'invalid-argument', `mapSvg must be an SVG document (from renderSvg); received ${describeValue(o.mapSvg)}.`);
  }
  if (o.mapOptions !== undefined && !isPlainObject(o.mapOptions)) {
    fail(fn, 'invalid-argument', `mapOptions must be an object (renderSvg's options); received ${describeValue(o.mapOptions)}.`);
  }
  if (o.includePersonal !== undefined && typeof o.includePersonal !== 'boolean') {
    fail(fn, 'invalid-argument', `includePersonal must be a boolean; received ${describeValue(o.includePersonal)}.`);
  }
  const redact = checkRedactOptions(fn, o.redact, 'redact');
  let sections: Set<ReportSectionId>;
  if (o.sections === undefined) sections = new Set(REPORT_SECTIONS);
  else {
    if (!Array.isArray(o.sections)) fail(fn, 'invalid-argument', `sections must be an array of ${REPORT_SECTIONS.join(', ')}; received ${describeValue(o.sections)}.`);
    sections = new Set();
    for (const s of o.sections as unknown[]) {
      if (!(REPORT_SECTIONS as readonly unknown[]).includes(s)) {
        fail(fn, 'invalid-argument', `sections must hold only ${REPORT_SECTIONS.join(', ')}; received ${describeValue(s)}.`);
      }
      sections.add(s as ReportSectionId);
    }
    if (sections.has('changes') && o.previous === undefined) {
      fail(fn, 'invalid-argument', 'sections includes "changes", which needs the previous option (an earlier version of the network).');
    }
  }
  if (o.previous === undefined) sections.delete('changes');
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') {
    fail(fn, 'invalid-argument', `onProgress must be a function; received ${describeValue(o.onProgress)}.`);
  }
  return {
    title: o.title,
    asOf: o.asOf,
    previous: o.previous,
    limit,
    seed,
    map,
    mapPath,
    mapSvg: o.mapSvg,
    mapOptions: (o.mapOptions ?? {}) as RenderSvgOptions,
    includePersonal: o.includePersonal ?? false,
    redact,
    sections,
    onProgress: o.onProgress,
  };
}
