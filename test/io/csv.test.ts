import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  fromCsv,
  getPartner,
  isPartnermapError,
  listPartners,
  listRelationships,
  toCsv,
  type Issue,
} from 'partnermap';
import { canonicalJson } from './canonical';

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('fromCsv: spreadsheet conventions', () => {
  it('reads BOM, CRLF, quoted commas and line breaks, case-insensitive headers, spellings and empty cells', () => {
    const partners =
      '\uFEFFID,Name,Sector,Status,Internal,Assets,Contacts,Point of Contact,Region\r\n' +
      'hub,"Valley STEM Hub, Inc.",OST,Active,yes,"funding | venue",Ann Lee <ann@hub.org>|Bo,Ann Lee,north\r\n' +
      'museum,"Science\r\nMuseum",Science Center,prospect,,,,,\r\n' +
      '\r\n' +
      'lib,,library,,,,,,"south, east"\r\n';
    const relationships = 'From,To,Kind,Level,Weight\r\nhub,museum,Partnership,Acting together,2\r\nmuseum,lib,,,\r\n';
    const { network, issues } = fromCsv({ partners, relationships });
    expect(errors(issues)).toEqual([]);
    expect(listPartners(network)).toEqual([
      {
        id: 'hub',
        name: 'Valley STEM Hub, Inc.',
        sector: 'out-of-school',
        status: 'active',
        internal: true,
        assets: ['funding', 'venue'],
        contacts: [{ name: 'Ann Lee', email: 'ann@hub.org' }, { name: 'Bo' }],
        pointOfContact: 'Ann Lee',
        Region: 'north',
      },
      { id: 'museum', name: 'Science\r\nMuseum', sector: 'museum', status: 'prospect' },
      { id: 'lib', name: 'lib', sector: 'library', status: 'active', Region: 'south, east' },
    ]);
    expect(listRelationships(network)).toEqual([
      { id: 'r1', source: 'hub', target: 'museum', directed: false, kind: 'partnership', level: 'acting-together', strength: 2 },
      { id: 'r2', source: 'museum', target: 'lib', directed: false, kind: 'known-tie' },
    ]);
    // The readings are reported, with their lines.
    const sector = issues.find((i) => i.code === 'normalized-value' && i.where.field === 'sector' && i.where.line === 3);
    expect(sector?.message).toBe('read sector "Science Center" as "museum".');
    expect(issues.find((i) => i.code === 'column-alias' && i.where.field === 'strength')?.where).toEqual({
      file: 'relationships.csv',
      line: 1,
      field: 'strength',
    });
  });

  it('gives the physical line of each issue, even after quoted line breaks', () => {
    const partners = 'id,notes,sector\na,"one\ntwo\r\nthree",museum\nb,,musem\nc,"x\ry",nowhere\n';
    const { issues } = fromCsv({ partners, relationships: '' }, { fileNames: { partners: 'p.csv' } });
    expect(errors(issues).map((i) => [i.code, i.where.file, i.where.line, i.where.field])).toEqual([
      ['unknown-sector', 'p.csv', 5, 'sector'],
      ['unknown-sector', 'p.csv', 6, 'sector'],
    ]);
  });

  it('reads semicolon and tab separated files (guessed from the header)', () => {
    const a = fromCsv('source;target;weight\nx;y;1,5\n');
    expect(listRelationships(a.network)[0]).toMatchObject({ source: 'x', target: 'y' });
    expect(errors(a.issues)[0]?.code).toBe('invalid-number');
    const b = fromCsv('source\ttarget\nx\ty\n');
    expect(listRelationships(b.network)).toHaveLength(1);
  });

  it('reads a single edge list, creating partners from the ids (an info issue)', () => {
    const { network, issues } = fromCsv('source,target,since\nhub,lib,2023\nlib,museum,\n');
    expect(listPartners(network).map((p) => p.id)).toEqual(['hub', 'lib', 'museum']);
    expect(issues.find((i) => i.code === 'created-partners')?.severity).toBe('info');
  });

  it("reads Gephi's edge table (Source, Target, Type, Id, Label, Weight) and node table (Id, Label)", () => {
    const { network, issues } = fromCsv({
      partners: 'Id,Label,timeset\n1,Hub,\n2,Library,\n',
      relationships: 'Source,Target,Type,Id,Label,timeset,Weight\n1,2,Directed,0,introduced,,1.0\n2,1,Undirected,1,,,3\n',
    });
    expect(errors(issues)).toEqual([]);
    expect(listPartners(network).map((p) => p.name)).toEqual(['Hub', 'Library']);
    expect(listRelationships(network)).toEqual([
      { id: '0', source: '1', target: '2', directed: true, kind: 'known-tie', strength: 1, Label: 'introduced' },
      { id: '1', source: '2', target: '1', directed: false, kind: 'known-tie', strength: 3 },
    ]);
  });

  it('keeps unknown columns as custom attributes and exports them again, typed columns typed', () => {
    const partners = 'id,region,budget:number,verified:boolean,extra:json\na,north,1200.5,true,"{""k"":[1,null]}"\nb,,,false,\n';
    const { network, issues } = fromCsv({ partners, relationships: '' });
    expect(errors(issues)).toEqual([]);
    expect(getPartner(network, 'a')).toMatchObject({ region: 'north', budget: 1200.5, verified: true, extra: { k: [1, null] } });
    expect(getPartner(network, 'b')).toEqual({ id: 'b', name: 'b', status: 'active', verified: false });
    const out = toCsv(network).partners;
    expect(out.split('\r\n')[0]).toBe(
      'id,name,sector,status,internal,assets,needs,contacts,pointOfContact,communication.mode,communication.frequency,communication.lastContact,joined,identified,tags,valueProposition,notes,region,budget:number,verified:boolean,extra:json',
    );
    expect(canonicalJson(fromCsv({ partners: out }).network)).toBe(canonicalJson(network));
  });

  it('reports a typed cell that does not read, with its line, and keeps the rest of the row', () => {
    const { network, issues } = fromCsv({ partners: 'id,budget:number\na,lots\n' });
    expect(errors(issues)).toEqual([
      {
        severity: 'error',
        code: 'invalid-value',
        message: 'budget is a number column, so each cell must be a finite number; received "lots"; the value was left out.',
        where: { file: 'partners.csv', line: 2, field: 'budget' },
      },
    ]);
    expect(getPartner(network, 'a')).toEqual({ id: 'a', name: 'a', status: 'active' });
  });

  it('tells an empty string ("") from an absent value (an empty cell)', () => {
    const { network } = fromCsv({ partners: 'id,name,notes,tag\na,"","",""\nb,,,\n' });
    expect(getPartner(network, 'a')).toEqual({ id: 'a', name: '', notes: '', status: 'active', tag: '' });
    expect(getPartner(network, 'b')).toEqual({ id: 'b', name: 'b', status: 'active' });
  });

  it('keeps network attributes in network.csv', () => {
    const network = createNetwork({
      name: 'Valley',
      home: 'a',
      description: '',
      attributes: { year: 2024, tags: ['x'], Name: 'custom, not the name' },
      partners: [{ id: 'a' }],
    });
    const tables = toCsv(network);
    expect(tables.network.split('\r\n').sort()).toEqual(
      ['key,value', 'name,Valley', 'home,a', 'description,""', 'year:number,2024', 'tags:json,"[""x""]"', 'Name:string,"custom, not the name"', ''].sort(),
    );
    expect(canonicalJson(fromCsv(tables, { strict: true }).network)).toBe(canonicalJson(network));
  });

  it('reports cells beyond the header and unnamed columns instead of dropping them silently', () => {
    const { issues } = fromCsv({ partners: ',id\n0,a,extra\n1,b\n' });
    expect(issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.where.line])).toEqual([
      ['extra-cells', 2],
      ['unnamed-column', 2],
    ]);
  });

  it('needs an id column in partners.csv and source/target columns in relationships.csv', () => {
    expect(errors(fromCsv({ partners: 'name\nx\n' }).issues)[0]?.message).toBe(
      'partners.csv needs an "id" column; the header has "name".',
    );
    expect(errors(fromCsv('a,b\nx,y\n').issues)[0]?.code).toBe('missing-column');
  });
});

describe('CSV formula injection', () => {
  const dangerous = ['=SUM(A1:A2)', '+1', '-1', '@cmd', '\tx', '\rx', "'=already", "''", "'plain", '=HYPERLINK("http://x","y")'];

  it('toCsv prefixes cells a spreadsheet would run with a quote, and fromCsv takes exactly that prefix off', () => {
    const network = createNetwork({
      partners: dangerous.map((name, i) => ({ id: `p${i}`, name, tags: [name] })),
    });
    const { partners } = toCsv(network);
    const names = partners.split('\r\n').slice(1, -1).map((line) => line.split(',')[1]);
    expect(names.slice(0, 4)).toEqual(["'=SUM(A1:A2)", "'+1", "'-1", "'@cmd"]);
    expect(partners).toContain(`p4,'\tx,`);
    expect(partners).toContain(`p5,"'\rx",`);
    expect(partners).toContain(`p6,''=already,`);
    expect(partners).toContain(`p8,'plain,`);
    // No cell of the output starts with a formula character.
    for (const line of partners.split('\r\n')) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const back = fromCsv({ partners });
    expect(listPartners(back.network).map((p) => p.name)).toEqual(dangerous);
    expect(listPartners(back.network).map((p) => p.tags)).toEqual(dangerous.map((d) => [d.trim() === d ? d : d.trim()]).map((t, i) => (dangerous[i]!.trim() === dangerous[i] ? t : [dangerous[i]!])));
  });

  it('keeps such cells as data when a file was not escaped', () => {
    const { network, issues } = fromCsv({ partners: 'id,name\na,=1+2\nb,@SUM(1)\n' });
    expect(errors(issues)).toEqual([]);
    expect(listPartners(network).map((p) => p.name)).toEqual(['=1+2', '@SUM(1)']);
  });

  it('numbers are not escaped: they are numbers, not formulas', () => {
    const network = createNetwork({ partners: [{ id: 'a', delta: -3 } as never] });
    expect(toCsv(network).partners.split('\r\n')[1]?.endsWith(',-3')).toBe(true);
  });
});

describe('CSV limits and pathological input', () => {
  it('a 100 MB cell is an error, fast, not a hang', () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    for (const rope of [`source,target\na,${huge}\n`, `source,target\na,"${huge}"\n`, `source,target\na,"${huge}`]) {
      // Template strings are built lazily (ropes): flatten before timing, or the timer measures V8's copy.
      const text = (rope.charCodeAt(rope.length - 1), rope);
      const t0 = performance.now();
      const { network, issues } = fromCsv(text);
      expect(performance.now() - t0).toBeLessThan(3000);
      expect(issues.map((i) => [i.code, i.where.line])).toEqual([['limit-exceeded', 2]]);
      expect(network.order).toBe(0);
    }
  });

  it('a file of only commas is an error, fast', () => {
    const commas = ','.repeat(50_000_000);
    commas.charCodeAt(commas.length - 1);
    const t0 = performance.now();
    const { issues } = fromCsv(commas);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(issues[0]?.code).toBe('limit-exceeded');
    expect(errors(fromCsv(',,,\n,,,\n').issues)[0]?.code).toBe('missing-column');
  });

  it('an unterminated quote is an error naming the line it opened on', () => {
    const { issues } = fromCsv('source,target\na,b\nc,"d\ne,f\n');
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'invalid-csv',
        message: 'a quoted cell opened on line 3 is never closed.',
        where: { file: 'relationships.csv', line: 3 },
      },
    ]);
  });

  it('strict mode throws with the issues attached and the specific code', () => {
    try {
      fromCsv('source,target\na,"b', { strict: true });
      expect.unreachable();
    } catch (error) {
      expect(isPartnermapError(error) && error.code).toBe('parse-error');
      expect(isPartnermapError(error) && error.issues[0]?.code).toBe('invalid-csv');
    }
    expect(() => fromCsv(`source,target\na,${'x'.repeat(20)}`, { strict: true, maxCellLength: 10 })).toThrow(
      expect.objectContaining({ code: 'limit-exceeded' }),
    );
  });

  it('checks its options', () => {
    expect(() => fromCsv('', { delimiter: '|' as never })).toThrow('fromCsv: delimiter must be ",", ";" or "\\t"; received "|".');
    expect(() => fromCsv('', { maxCellLength: 0 })).toThrow('fromCsv: maxCellLength must be a positive integer; received 0.');
    expect(() => fromCsv(3 as never)).toThrow('fromCsv: input must be a string or');
    expect(() => toCsv(createNetwork(), { lineEnding: '\r' as never })).toThrow('toCsv: lineEnding must be');
  });

  it('refuses values CSV cannot carry, naming them', () => {
    const network = createNetwork({ partners: [{ id: 'a' }] });
    network.setNodeAttribute('a', 'score' as never, Number.NaN as never);
    expect(() => toCsv(network)).toThrow('toCsv: partner "a".score is NaN, which CSV cannot carry');
  });
});
