/**
 * The one place where partner and relationship records are checked. The
 * container's operations (which throw), `validateNetwork` (which reports) and
 * every importer (which report, then throw in strict mode) all read records
 * through these two functions, so a record means the same everywhere.
 *
 * Two modes: `strict` takes only the canonical values the TypeScript types
 * describe; `lenient` (importers) also reads spreadsheet spellings ("Science
 * Center", "yes", "4", "a|b") and reports each reading as an info issue.
 */
import {
  parseBoolean,
  parseCommitment,
  parseCommunicationFrequency,
  parseCommunicationMode,
  parseParticipationLevel,
  parsePartnerStatus,
  parseRelationshipKind,
  parseSector,
} from '../model/aliases';
import { COMMITMENTS, isCommitment } from '../model/commitment';
import {
  COMMUNICATION_FREQUENCIES,
  COMMUNICATION_MODES,
  isCommunicationFrequency,
  isCommunicationMode,
} from '../model/communication';
import { isIsoDate, parseIsoDate } from '../model/dates';
import { describeValue } from '../model/errors';
import { atField, type Issue, type IssueLocation, type Severity } from '../model/issues';
import { isParticipationLevel, PARTICIPATION_LEVELS } from '../model/participation';
import type { Contact, PartnerAttributes } from '../model/partner';
import { PARTNER_FIELDS } from '../model/partner';
import type { RelationshipAttributes } from '../model/relationship';
import { RELATIONSHIP_FIELDS } from '../model/relationship';
import { isDirectedByDefault, isRelationshipKind, RELATIONSHIP_KINDS } from '../model/relationship-kinds';
import { isSector, SECTORS } from '../model/sectors';
import { isPartnerStatus, PARTNER_STATUSES } from '../model/statuses';
import { listValues } from '../model/vocabulary';
import { isPlainObject, setOwn } from './own-properties';

/** Where the record being read sits, and how forgiving to be. */
export interface ReadContext {
  /** Location of the record; issues add the field to it. */
  where: IssueLocation;
  /** Accept spreadsheet spellings (importers). */
  lenient: boolean;
}

/** A partner record that passed reading (errors may still have dropped some fields). */
export interface ReadPartner {
  id: string;
  attributes: PartnerAttributes;
}

/** A relationship record that passed reading. */
export interface ReadRelationship {
  id: string | undefined;
  source: string;
  target: string;
  directed: boolean;
  attributes: RelationshipAttributes;
}

const PARTNER_FIELD_SET = new Set<string>(PARTNER_FIELDS);
const RELATIONSHIP_FIELD_SET = new Set<string>(RELATIONSHIP_FIELDS);

/** Collects the issues of one record, each located at the record plus a field. */
class IssueSink {
  readonly issues: Issue[] = [];
  constructor(private readonly ctx: ReadContext) {}

  add(severity: Severity, code: string, field: string | undefined, message: string): void {
    const where = field === undefined ? { ...this.ctx.where } : atField(this.ctx.where, field);
    this.issues.push({ severity, code, message, where });
  }
}

function readId(value: unknown, field: string, sink: IssueSink, required: boolean): string | undefined {
  if (typeof value === 'string') {
    if (value.length > 0) return value;
    sink.add('error', 'empty-id', field, `${field} must be a non-empty string; received "".`);
    return undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    sink.add('info', 'id-coerced', field, `${field} ${value} is a number; read as the string "${String(value)}".`);
    return String(value);
  }
  if (value === undefined || value === null) {
    if (required) sink.add('error', 'missing-id', field, `${field} is required; received ${describeValue(value)}.`);
    return undefined;
  }
  sink.add('error', 'invalid-id', field, `${field} must be a string; received ${describeValue(value)}.`);
  return undefined;
}

/**
 * Reads a vocabulary value: the canonical spelling always, other spellings in
 * lenient mode (reported as info). Returns undefined (and reports) otherwise.
 */
function readWord<T extends string>(
  value: unknown,
  field: string,
  sink: IssueSink,
  ctx: ReadContext,
  spec: { values: readonly T[]; is: (v: unknown) => v is T; parse: (text: string) => T | undefined; code: string },
): T | undefined {
  if (spec.is(value)) return value;
  if (ctx.lenient && typeof value === 'string') {
    if (value.trim() === '') return undefined;
    const parsed = spec.parse(value);
    if (parsed !== undefined) {
      sink.add('info', 'normalized-value', field, `read ${field} ${describeValue(value)} as "${parsed}".`);
      return parsed;
    }
  }
  const suggestion = typeof value === 'string' ? spec.parse(value) : undefined;
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  sink.add(
    'error',
    spec.code,
    field,
    `${field} must be one of ${listValues(spec.values)}; received ${describeValue(value)}${hint}.`,
  );
  return undefined;
}

function readString(value: unknown, field: string, sink: IssueSink, ctx: ReadContext): string | undefined {
  if (typeof value === 'string') return value;
  if (ctx.lenient && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  sink.add('error', 'invalid-type', field, `${field} must be a string; received ${describeValue(value)}.`);
  return undefined;
}

function readDate(value: unknown, field: string, sink: IssueSink, ctx: ReadContext): string | undefined {
  const text = ctx.lenient && typeof value === 'string' ? value.trim() : value;
  if (ctx.lenient && text === '') return undefined;
  if (isIsoDate(text)) return text;
  sink.add(
    'error',
    'invalid-date',
    field,
    `${field} must be an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time); received ${describeValue(value)}.`,
  );
  return undefined;
}

function readBoolean(value: unknown, field: string, sink: IssueSink, ctx: ReadContext): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (ctx.lenient && (typeof value === 'string' || typeof value === 'number')) {
    if (String(value).trim() === '') return undefined;
    const parsed = parseBoolean(String(value));
    if (parsed !== undefined) return parsed;
  }
  sink.add('error', 'invalid-type', field, `${field} must be true or false; received ${describeValue(value)}.`);
  return undefined;
}

/** A list of strings; lenient mode also splits a `|`-separated cell. */
function readStringList(value: unknown, field: string, sink: IssueSink, ctx: ReadContext): string[] | undefined {
  if (ctx.lenient && typeof value === 'string') {
    return value
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
  if (!Array.isArray(value)) {
    sink.add('error', 'invalid-type', field, `${field} must be an array of strings; received ${describeValue(value)}.`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string') out.push(item);
    else sink.add('error', 'invalid-type', `${field}[${i}]`, `${field}[${i}] must be a string; received ${describeValue(item)}.`);
  });
  return out;
}

function readPositiveNumber(value: unknown, field: string, sink: IssueSink, ctx: ReadContext): number | undefined {
  let n = value;
  if (ctx.lenient && typeof value === 'string') {
    if (value.trim() === '') return undefined;
    n = Number(value.trim());
  }
  if (typeof n === 'number' && Number.isFinite(n) && n > 0) return n;
  sink.add('error', 'invalid-number', field, `${field} must be a positive finite number; received ${describeValue(value)}.`);
  return undefined;
}

/** `Name <email>` as spreadsheets write a contact. */
const CONTACT_CELL = /^(.*?)\s*<([^<>]*)>\s*$/;

function readContacts(value: unknown, field: string, sink: IssueSink, ctx: ReadContext): Contact[] | undefined {
  if (ctx.lenient && typeof value === 'string') {
    return readStringList(value, field, sink, ctx)?.map((cell) => {
      const m = CONTACT_CELL.exec(cell);
      return m ? { name: m[1] ?? '', email: m[2] ?? '' } : { name: cell };
    });
  }
  if (!Array.isArray(value)) {
    sink.add('error', 'invalid-type', field, `${field} must be an array of contacts; received ${describeValue(value)}.`);
    return undefined;
  }
  const out: Contact[] = [];
  value.forEach((item, i) => {
    const at = `${field}[${i}]`;
    if (!isPlainObject(item)) {
      sink.add('error', 'invalid-type', at, `${at} must be an object with a name; received ${describeValue(item)}.`);
      return;
    }
    if (typeof item.name !== 'string') {
      sink.add('error', 'invalid-type', `${at}.name`, `${at}.name must be a string; received ${describeValue(item.name)}.`);
      return;
    }
    let ok = true;
    for (const key of ['id', 'role', 'email', 'phone']) {
      const v = Object.hasOwn(item, key) ? item[key] : undefined;
      if (v !== undefined && typeof v !== 'string') {
        sink.add('error', 'invalid-type', `${at}.${key}`, `${at}.${key} must be a string; received ${describeValue(v)}.`);
        ok = false;
      }
    }
    if (ok) out.push(copyOwn(item) as unknown as Contact);
  });
  return out;
}

/** A shallow copy that keeps own keys such as `__proto__` as plain data. */
function copyOwn(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) setOwn(out, key, source[key]);
  return out;
}

function readCommunication(
  value: unknown,
  field: string,
  sink: IssueSink,
  ctx: ReadContext,
): PartnerAttributes['communication'] | undefined {
  if (!isPlainObject(value)) {
    sink.add('error', 'invalid-type', field, `${field} must be an object; received ${describeValue(value)}.`);
    return undefined;
  }
  const out = copyOwn(value) as NonNullable<PartnerAttributes['communication']>;
  if (value.mode !== undefined && Object.hasOwn(value, 'mode')) {
    const mode = readWord(value.mode, `${field}.mode`, sink, ctx, {
      values: COMMUNICATION_MODES,
      is: isCommunicationMode,
      parse: parseCommunicationMode,
      code: 'unknown-communication-mode',
    });
    if (mode === undefined) delete out.mode;
    else out.mode = mode;
  }
  if (value.frequency !== undefined && Object.hasOwn(value, 'frequency')) {
    const frequency = readWord(value.frequency, `${field}.frequency`, sink, ctx, {
      values: COMMUNICATION_FREQUENCIES,
      is: isCommunicationFrequency,
      parse: parseCommunicationFrequency,
      code: 'unknown-communication-frequency',
    });
    if (frequency === undefined) delete out.frequency;
    else out.frequency = frequency;
  }
  if (value.lastContact !== undefined && Object.hasOwn(value, 'lastContact')) {
    const date = readDate(value.lastContact, `${field}.lastContact`, sink, ctx);
    if (date === undefined) delete out.lastContact;
    else out.lastContact = date;
  }
  return out;
}

/**
 * Reads a partner record. Unknown keys are kept as custom attributes; a field
 * that cannot be read is reported as an error and left out.
 */
export function readPartner(raw: unknown, ctx: ReadContext): { partner: ReadPartner | undefined; issues: Issue[] } {
  const sink = new IssueSink(ctx);
  if (!isPlainObject(raw)) {
    sink.add('error', 'invalid-record', undefined, `a partner must be an object; received ${describeValue(raw)}.`);
    return { partner: undefined, issues: sink.issues };
  }
  const id = readId(Object.hasOwn(raw, 'id') ? raw.id : undefined, 'id', sink, true);
  if (id === undefined) return { partner: undefined, issues: sink.issues };
  const attributes: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (key === 'id') continue;
    const value = raw[key];
    if (!PARTNER_FIELD_SET.has(key)) {
      setOwn(attributes, key, value);
      continue;
    }
    if (value === undefined || (ctx.lenient && value === '')) continue;
    const read = readPartnerField(key as (typeof PARTNER_FIELDS)[number], value, sink, ctx);
    if (read !== undefined) attributes[key] = read;
  }
  if (attributes.name === undefined) attributes.name = id;
  if (attributes.status === undefined) attributes.status = 'active';
  return { partner: { id, attributes: attributes as PartnerAttributes }, issues: sink.issues };
}

function readPartnerField(
  key: (typeof PARTNER_FIELDS)[number],
  value: unknown,
  sink: IssueSink,
  ctx: ReadContext,
): unknown {
  switch (key) {
    case 'name':
    case 'pointOfContact':
    case 'valueProposition':
    case 'notes':
      return readString(value, key, sink, ctx);
    case 'sector':
      return readWord(value, key, sink, ctx, { values: SECTORS, is: isSector, parse: parseSector, code: 'unknown-sector' });
    case 'status':
      return readWord(value, key, sink, ctx, {
        values: PARTNER_STATUSES,
        is: isPartnerStatus,
        parse: parsePartnerStatus,
        code: 'unknown-status',
      });
    case 'internal':
      return readBoolean(value, key, sink, ctx);
    case 'assets':
    case 'needs':
    case 'tags':
      return readStringList(value, key, sink, ctx);
    case 'contacts':
      return readContacts(value, key, sink, ctx);
    case 'communication':
      return readCommunication(value, key, sink, ctx);
    case 'joined':
    case 'identified':
      return readDate(value, key, sink, ctx);
  }
}

/**
 * Reads a relationship record (its endpoints are checked against the network
 * by the caller). Unknown keys are kept as custom attributes.
 */
export function readRelationship(
  raw: unknown,
  ctx: ReadContext,
): { relationship: ReadRelationship | undefined; issues: Issue[] } {
  const sink = new IssueSink(ctx);
  if (!isPlainObject(raw)) {
    sink.add('error', 'invalid-record', undefined, `a relationship must be an object; received ${describeValue(raw)}.`);
    return { relationship: undefined, issues: sink.issues };
  }
  const own = (key: string): unknown => (Object.hasOwn(raw, key) ? raw[key] : undefined);
  const id = readId(own('id'), 'id', sink, false);
  const source = readId(own('source'), 'source', sink, true);
  const target = readId(own('target'), 'target', sink, true);
  const attributes: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (key === 'id' || key === 'source' || key === 'target' || key === 'directed') continue;
    const value = raw[key];
    if (!RELATIONSHIP_FIELD_SET.has(key)) {
      setOwn(attributes, key, value);
      continue;
    }
    if (value === undefined || (ctx.lenient && value === '')) continue;
    const read = readRelationshipField(key as (typeof RELATIONSHIP_FIELDS)[number], value, sink, ctx);
    if (read !== undefined) attributes[key] = read;
  }
  if (attributes.kind === undefined) attributes.kind = 'known-tie';
  const kind = attributes.kind as RelationshipAttributes['kind'];
  const rawDirected = own('directed');
  let directed = isDirectedByDefault(kind);
  if (rawDirected !== undefined && !(ctx.lenient && rawDirected === '')) {
    const read = readBoolean(rawDirected, 'directed', sink, ctx);
    if (read !== undefined) directed = read;
  }
  if (kind === 'referral' && !directed) {
    sink.add(
      'error',
      'undirected-referral',
      'directed',
      'a referral is directed (introducer -> introduced); received directed: false.',
    );
    directed = true;
  }
  const since = typeof attributes.since === 'string' ? parseIsoDate(attributes.since) : undefined;
  const until = typeof attributes.until === 'string' ? parseIsoDate(attributes.until) : undefined;
  if (since !== undefined && until !== undefined && until < since) {
    sink.add('warning', 'ends-before-start', 'until', `until ${attributes.until} is before since ${attributes.since}.`);
  }
  if (source === undefined || target === undefined) return { relationship: undefined, issues: sink.issues };
  return {
    relationship: { id, source, target, directed, attributes: attributes as RelationshipAttributes },
    issues: sink.issues,
  };
}

function readRelationshipField(
  key: (typeof RELATIONSHIP_FIELDS)[number],
  value: unknown,
  sink: IssueSink,
  ctx: ReadContext,
): unknown {
  switch (key) {
    case 'kind':
      return readWord(value, key, sink, ctx, {
        values: RELATIONSHIP_KINDS,
        is: isRelationshipKind,
        parse: parseRelationshipKind,
        code: 'unknown-kind',
      });
    case 'level':
      return readWord(value, key, sink, ctx, {
        values: PARTICIPATION_LEVELS,
        is: isParticipationLevel,
        parse: parseParticipationLevel,
        code: 'unknown-level',
      });
    case 'commitment':
      return readWord(value, key, sink, ctx, {
        values: COMMITMENTS,
        is: isCommitment,
        parse: parseCommitment,
        code: 'unknown-commitment',
      });
    case 'strength':
      return readPositiveNumber(value, key, sink, ctx);
    case 'since':
    case 'until':
      return readDate(value, key, sink, ctx);
    case 'contacts':
      return readStringList(value, key, sink, ctx);
    case 'notes':
      return readString(value, key, sink, ctx);
  }
}
