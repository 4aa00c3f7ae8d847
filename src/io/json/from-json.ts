/**
 * fromJson: reads partnermap JSON. Returns the network and every issue found
 * (with JSON paths); drops nothing silently; `strict: true` throws instead.
 */
import { describeValue, fail, throwIfErrors } from '../../model/errors';
import type { Issue } from '../../model/issues';
import { buildNetwork } from '../../network/build-network';
import { isPlainObject } from '../../network/own-properties';
import { emptyNetwork } from '../../network/build-network';
import type { ImportOptions, ImportResult } from '../import-types';
import { JSON_FORMAT, JSON_VERSION } from './format';
import { locateJsonError } from './locate-json-error';

/**
 * Reads a network from partnermap JSON: a string, or an already parsed value.
 *
 * @throws PartnermapError `parse-error` in strict mode when an error is found.
 */
export function fromJson(input: string | unknown, options: ImportOptions = {}): ImportResult {
  const { strict = false } = options;
  if (typeof strict !== 'boolean') fail('fromJson', 'invalid-argument', `strict must be a boolean; received ${describeValue(strict)}.`);
  const result = readJson(input);
  if (strict) throwIfErrors('fromJson', 'parse-error', result.issues);
  return result;
}

function readJson(input: unknown): ImportResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return failed(syntaxIssue(input, error));
    }
  }
  if (!isPlainObject(data)) {
    return failed({
      severity: 'error',
      code: 'invalid-document',
      message: `a partnermap JSON document is an object with "format", "partners" and "relationships"; received ${describeValue(data)}.`,
      where: { path: '$' },
    });
  }
  const issues: Issue[] = [];
  const own = (key: string): unknown => (Object.hasOwn(data as object, key) ? (data as Record<string, unknown>)[key] : undefined);
  const format = own('format');
  if (format === undefined) {
    issues.push({
      severity: 'warning',
      code: 'missing-format',
      message: `no "format" field; read as partnermap JSON version ${JSON_VERSION}.`,
      where: { path: 'format' },
    });
  } else if (format !== JSON_FORMAT) {
    return failed({
      severity: 'error',
      code: 'unknown-format',
      message: `"format" must be "${JSON_FORMAT}"; received ${describeValue(format)}.`,
      where: { path: 'format' },
    });
  }
  const version = own('version');
  if (version !== undefined && version !== JSON_VERSION) {
    const newer = typeof version === 'number' && version > JSON_VERSION;
    return failed({
      severity: 'error',
      code: 'unsupported-version',
      message: newer
        ? `version ${version} is newer than this library reads (${JSON_VERSION}); upgrade partnermap.`
        : `"version" must be ${JSON_VERSION}; received ${describeValue(version)}.`,
      where: { path: 'version' },
    });
  }
  const list = (key: string): unknown[] => {
    const value = own(key);
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    issues.push({
      severity: 'error',
      code: 'invalid-type',
      message: `"${key}" must be an array; received ${describeValue(value)}; none were read.`,
      where: { path: key },
    });
    return [];
  };
  const built = buildNetwork(
    {
      attributes: own('network'),
      partners: list('partners').map((value, i) => ({ value, where: { path: `partners[${i}]` } })),
      relationships: list('relationships').map((value, i) => ({ value, where: { path: `relationships[${i}]` } })),
    },
    { lenient: false, createMissingPartners: false },
  );
  return { network: built.network, issues: [...issues, ...built.issues] };
}

function failed(issue: Issue): ImportResult {
  return { network: emptyNetwork(), issues: [issue] };
}

/** Turns JSON.parse's error into an issue with a line and column. */
function syntaxIssue(text: string, error: unknown): Issue {
  const message = error instanceof Error ? error.message : String(error);
  const offset = locateJsonError(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    severity: 'error',
    code: 'invalid-json',
    message: `not valid JSON at line ${line}, column ${column}: ${message}`,
    where: { path: '$', line, column },
  };
}
