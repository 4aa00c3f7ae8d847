import { describe, expect, it } from 'vitest';
import { createNetwork, fromJson, isPartnermapError, toJson, toJsonData, updatePartner } from 'partnermap';

const sample = () =>
  createNetwork({
    name: 'Sample',
    home: 'a',
    attributes: { region: 'north' },
    partners: [
      { id: 'a', sector: 'school', contacts: [{ name: 'Ana', email: 'ana@example.org' }], pointOfContact: 'Ana', county: 'Cedar' },
      { id: '__proto__', status: 'prospect', identified: '2024-09' },
    ],
    relationships: [{ id: 'r1', source: 'a', target: '__proto__', kind: 'referral', since: '2024-10-02', weightNote: null }],
  });

describe('partnermap JSON', () => {
  it('writes the documented shape', () => {
    const data = toJsonData(sample());
    expect(data.format).toBe('partnermap');
    expect(data.version).toBe(1);
    expect(data.network).toEqual({ region: 'north', name: 'Sample', home: 'a' });
    expect(data.partners[1]).toEqual({ id: '__proto__', status: 'prospect', identified: '2024-09', name: '__proto__' });
    expect(data.relationships[0]).toEqual({
      id: 'r1', source: 'a', target: '__proto__', directed: true, kind: 'referral', since: '2024-10-02', weightNote: null,
    });
  });

  it('round-trips byte for byte', () => {
    const text = toJson(sample());
    const { network, issues } = fromJson(text, { strict: true });
    expect(issues).toEqual([]);
    expect(toJson(network)).toBe(text);
    expect(fromJson(JSON.parse(text)).issues).toEqual([]);
    expect(toJson(sample(), { indent: 0 }).split('\n')).toHaveLength(2);
  });

  it('reports syntax errors with a line and column', () => {
    const { network, issues } = fromJson('{\n  "format": "partnermap",\n  "partners": [,]\n}');
    expect(network.order).toBe(0);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'invalid-json', where: { line: 3, column: 16 } });
    expect(issues[0]!.message.startsWith('not valid JSON at line 3, column 16: ')).toBe(true);
  });

  it('refuses other formats and newer versions, warns on a missing format', () => {
    expect(fromJson({ format: 'gexf' }).issues[0]!.code).toBe('unknown-format');
    expect(fromJson({ format: 'partnermap', version: 2 }).issues[0]!.message).toBe(
      'version 2 is newer than this library reads (1); upgrade partnermap.',
    );
    const loose = fromJson({ partners: [{ id: 'a' }] });
    expect(loose.network.order).toBe(1);
    expect(loose.issues.map((i) => i.code)).toEqual(['missing-format']);
    expect(fromJson({ format: 'partnermap', partners: {} }).issues[0]!.code).toBe('invalid-type');
  });

  it('keeps going past bad records without strict, throws with strict', () => {
    const input = {
      format: 'partnermap',
      version: 1,
      partners: [{ id: 'a' }, { id: 'b', sector: 'nowhere' }, { name: 'no id' }],
      relationships: [{ source: 'a', target: 'c' }, { source: 'a', target: 'b' }],
    };
    const { network, issues } = fromJson(input);
    expect(network.order).toBe(2);
    expect(network.size).toBe(1);
    expect(issues.map((i) => `${i.code}@${i.where.path}`)).toEqual([
      'unknown-sector@partners[1].sector',
      'missing-id@partners[2].id',
      'dangling-relationship@relationships[0].target',
    ]);
    try {
      fromJson(input, { strict: true });
      expect.unreachable();
    } catch (error) {
      expect(isPartnermapError(error) && error.code).toBe('parse-error');
      expect((error as { issues: unknown[] }).issues).toHaveLength(3);
    }
    expect(() => fromJson('{}', { strict: 'yes' as never })).toThrow('fromJson: strict must be a boolean; received "yes".');
  });

  it('refuses to write a value JSON would change, naming where it is', () => {
    const network = sample();
    updatePartner(network, 'a', { score: Number.NaN } as never);
    expect(() => toJson(network)).toThrow(
      'toJson: partners[0] (id "a").score is NaN, which JSON cannot carry; store it as a string or number.',
    );
    expect(() => toJson(sample(), { indent: -1 })).toThrow('toJson: indent must be an integer from 0 to 10; received -1.');
  });

  it('locates syntax errors anywhere, even in deep nesting', () => {
    const cases: [string, number, number][] = [
      ['', 1, 1],
      ['{"a": tru}', 1, 7],
      ['[1, 2,]', 1, 7],
      ['{"a" 1}', 1, 6],
      ['{"a": "x\\u12"}', 1, 9],
      ['{"a": 1} x', 1, 10],
      [`${'['.repeat(100000)}x`, 1, 100001],
    ];
    for (const [text, line, column] of cases) {
      expect(fromJson(text).issues[0]!.where, text.slice(0, 20)).toMatchObject({ line, column });
    }
  });

  it('reads a byte-order mark', () => {
    expect(fromJson(`\uFEFF${toJson(sample())}`).issues).toEqual([]);
  });
});
