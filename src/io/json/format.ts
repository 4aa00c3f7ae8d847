/**
 * The partnermap JSON format, version 1: the documented, versioned interchange
 * form of a network. Described by `partnermap.schema.json` (shipped in the
 * package as `partnermap/schema.json`) and in docs/formats.md.
 */
import type { Partner } from '../../model/partner';
import type { Relationship } from '../../model/relationship';
import type { NetworkAttributes } from '../../network/types';

/** The value of the `format` field. */
export const JSON_FORMAT = 'partnermap';
/** The version this library writes and the newest it reads. */
export const JSON_VERSION = 1;

/** A network in the partnermap JSON format. */
export interface NetworkJson {
  format: typeof JSON_FORMAT;
  version: typeof JSON_VERSION;
  /** Graph-level attributes: name, home, description and custom ones. */
  network: NetworkAttributes;
  partners: Partner[];
  relationships: Relationship[];
}
