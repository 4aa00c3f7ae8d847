/** Public exports of the render area: the network map as an SVG string, and its layout. */
export { DEFAULT_TITLE, renderSvg } from './render-svg';
export {
  DEFAULT_FONT_FAMILY,
  type ColorBy,
  type LabelMode,
  type RenderSvgOptions,
  type SizeBy,
  type ThemeName,
} from './options';
export { inferLayoutSettings, layoutNetwork, MAP_STATUSES, type LayoutOptions, type LayoutSettings, type Point } from './layout';
export {
  COMMUNITY_COLORS,
  KIND_DASHES,
  OTHER_COMMUNITY_COLOR,
  SECTOR_COLORS,
  STATUS_COLORS,
  THEMES,
  UNKNOWN_COLOR,
  type Theme,
} from './palette';
export { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from './escape';
export type { MapCommunities } from './communities';
export { MAX_COMMUNITIES_DRAWN } from './aggregate';
