/**
 * partnermap's own fields as text, shared by every text format (CSV columns,
 * GraphML keys, GEXF attributes): which fields exist, in which order they are
 * written, and how each is written and read back (see values.ts for lists and
 * contacts). The communication routine is written as three simple fields
 * (`communication.mode`, `.frequency`, `.lastContact`) when that is exact, and
 * as one JSON `communication` field otherwise (an empty or extended object).
 */
import type { Partner } from '../../model/partner';
import type { Relationship } from '../../model/relationship';
import { isPlainObject, setOwn } from '../../network/own-properties';
import { decodeContacts, decodeList, encodeContacts, encodeList, tryJson } from './values';

/** A partner field as a text column or attribute (`id` aside). */
export type PartnerColumn =
  | 'id'
  | 'name'
  | 'sector'
  | 'status'
  | 'internal'
  | 'assets'
  | 'needs'
  | 'contacts'
  | 'pointOfContact'
  | 'communication'
  | 'communication.mode'
  | 'communication.frequency'
  | 'communication.lastContact'
  | 'joined'
  | 'identified'
  | 'tags'
  | 'valueProposition'
  | 'notes';

/** A relationship field as a text column or attribute (`type` is Gephi's Directed/Undirected column in CSV). */
export type RelationshipColumn =
  | 'id'
  | 'source'
  | 'target'
  | 'directed'
  | 'type'
  | 'kind'
  | 'level'
  | 'commitment'
  | 'strength'
  | 'since'
  | 'until'
  | 'contacts'
  | 'notes';

/** The partner fields written as text, in order (`communication` only when needed). */
export const PARTNER_TEXT_COLUMNS: readonly Exclude<PartnerColumn, 'id'>[] = [
  'name',
  'sector',
  'status',
  'internal',
  'assets',
  'needs',
  'contacts',
  'pointOfContact',
  'communication.mode',
  'communication.frequency',
  'communication.lastContact',
  'joined',
  'identified',
  'tags',
  'valueProposition',
  'notes',
];

/** The relationship fields written as text, in order (endpoints, id and direction aside). */
export const RELATIONSHIP_TEXT_COLUMNS: readonly Exclude<RelationshipColumn, 'id' | 'source' | 'target' | 'directed' | 'type'>[] = [
  'kind',
  'level',
  'commitment',
  'strength',
  'since',
  'until',
  'contacts',
  'notes',
];

const COMMUNICATION_KEYS = new Set(['mode', 'frequency', 'lastContact']);

/** True when a communication object reads back exactly from the three simple fields. */
export function isPlainCommunication(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (keys.length === 0) return false;
  return keys.every((k) => COMMUNICATION_KEYS.has(k) && typeof value[k] === 'string' && value[k] !== '');
}

/** True when the partner's communication needs the JSON `communication` field. */
export function needsCommunicationJson(p: Partner): boolean {
  return p.communication !== undefined && !isPlainCommunication(p.communication);
}

/** A partner field as text, or undefined when the partner has none. */
export function partnerFieldText(p: Partner, column: Exclude<PartnerColumn, 'id'>): string | undefined {
  switch (column) {
    case 'internal':
      return typeof p.internal === 'boolean' ? String(p.internal) : undefined;
    case 'assets':
    case 'needs':
    case 'tags': {
      const list = p[column];
      return Array.isArray(list) ? encodeList(list) : undefined;
    }
    case 'contacts':
      return Array.isArray(p.contacts) ? encodeContacts(p.contacts) : undefined;
    case 'communication':
      return needsCommunicationJson(p) ? JSON.stringify(p.communication) : undefined;
    case 'communication.mode':
    case 'communication.frequency':
    case 'communication.lastContact': {
      if (!isPlainCommunication(p.communication)) return undefined;
      const value = (p.communication as Record<string, unknown>)[column.slice('communication.'.length)];
      return typeof value === 'string' ? value : undefined;
    }
    default: {
      const value: unknown = p[column];
      return typeof value === 'string' ? value : undefined;
    }
  }
}

/** A relationship field as text, or undefined when the relationship has none. */
export function relationshipFieldText(r: Relationship, column: (typeof RELATIONSHIP_TEXT_COLUMNS)[number]): string | undefined {
  switch (column) {
    case 'strength':
      return typeof r.strength === 'number' ? String(r.strength) : undefined;
    case 'contacts':
      return Array.isArray(r.contacts) ? encodeList(r.contacts) : undefined;
    default: {
      const value: unknown = r[column];
      return typeof value === 'string' ? value : undefined;
    }
  }
}

/** Text fields in which an empty text is an empty string (elsewhere it means absent). */
const PARTNER_TEXT = new Set(['name', 'pointOfContact', 'valueProposition', 'notes']);

/**
 * A partner record under construction: its fields as the record reader takes
 * them, the communication parts gathered separately until {@link finishPartnerRecord}.
 */
export interface PartnerDraft {
  record: Record<string, unknown>;
  communication?: Record<string, unknown>;
  communicationJson?: unknown;
}

/**
 * Sets a partner field from its text. `marker` stands for an empty string in
 * the text fields (the lenient reader would read `''` as absent); an empty
 * text elsewhere is absent.
 */
export function setPartnerField(draft: PartnerDraft, column: PartnerColumn, text: string, marker: string): void {
  switch (column) {
    case 'id':
      draft.record.id = text;
      return;
    case 'assets':
    case 'needs':
    case 'tags':
      draft.record[column] = decodeList(text);
      return;
    case 'contacts':
      draft.record.contacts = decodeContacts(text);
      return;
    case 'communication':
      draft.communicationJson = tryJson(text) ?? text;
      return;
    case 'communication.mode':
    case 'communication.frequency':
    case 'communication.lastContact':
      if (text !== '') setOwn((draft.communication ??= {}), column.slice('communication.'.length), text);
      return;
    default:
      if (text !== '') draft.record[column] = text;
      else if (PARTNER_TEXT.has(column)) draft.record[column] = marker;
  }
}

/** Puts the communication parts of a draft together; returns the record. */
export function finishPartnerRecord(draft: PartnerDraft): Record<string, unknown> {
  const { record, communication, communicationJson } = draft;
  if (communicationJson === undefined && communication === undefined) return record;
  if (communication === undefined) record.communication = communicationJson;
  else if (communicationJson === undefined) record.communication = communication;
  else if (isPlainObject(communicationJson)) {
    const merged: Record<string, unknown> = {};
    for (const key of Object.keys(communicationJson)) setOwn(merged, key, communicationJson[key]);
    for (const key of Object.keys(communication)) setOwn(merged, key, communication[key]);
    record.communication = merged;
  } else record.communication = communicationJson;
  return record;
}

/** Sets a relationship field from its text (see {@link setPartnerField}). */
export function setRelationshipField(
  record: Record<string, unknown>,
  column: (typeof RELATIONSHIP_TEXT_COLUMNS)[number] | 'id' | 'source' | 'target',
  text: string,
  marker: string,
): void {
  switch (column) {
    case 'id':
    case 'source':
    case 'target':
      record[column] = text;
      return;
    case 'contacts':
      record.contacts = decodeList(text);
      return;
    default:
      if (text !== '') record[column] = text;
      else if (column === 'notes') record.notes = marker;
  }
}
