/**
 * redactNetwork: no personal field survives into any export (JSON, CSV,
 * GEXF, GraphML, the report in Markdown and HTML, the SVG map); contacts
 * become stable pseudonyms that keep key-person risk intact; organisations,
 * their ties and everything else are kept; the input is never changed.
 */
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  EXAMPLE_NETWORK_INPUT,
  exampleNetwork,
  fromJson,
  getPartner,
  getRelationship,
  isPartnermapError,
  isPersonalFieldName,
  keyPersonRisk,
  PERSONAL_FIELD_WORDS,
  redactNetwork,
  renderSvg,
  report,
  reportHtml,
  toCsv,
  toGexf,
  toGraphml,
  toJson,
  validateNetwork,
  type KeyPersonRiskResult,
  type NetworkInput,
  type PartnerNetwork,
} from 'partnermap';
import { HOSTILE_IDS } from '../fixtures/hostile';

/** A small map whose people are recorded every way a spreadsheet might. */
function peopleInput(): NetworkInput {
  return {
    name: 'Valley STEM',
    home: 'hub',
    attributes: { coordinatorEmail: 'boss@hub.example.org', region: 'Valley' },
    partners: [
      {
        id: 'hub',
        name: 'Valley STEM Hub',
        sector: 'out-of-school',
        contacts: [{ id: 'p-ravi', name: 'Ravi Patel', role: 'Partnerships lead', email: 'ravi.patel@hub.example.org', phone: '+1 555 0101' }],
        pointOfContact: 'p-ravi',
        notes: 'Ravi Patel founded the hub.',
        'Contact Person': 'Ravi Patel',
      },
      {
        id: 'school',
        name: 'Valley Middle School',
        sector: 'school',
        contacts: [
          { name: 'Jane Q. Doe', role: 'Head of Science', email: 'jane.doe@school.example.org', phone: '+1 555 0100' },
          { name: 'Ola Nordmann', phone: '555-0199' },
        ],
        pointOfContact: 'Jane Q. Doe',
        communication: { mode: 'email', frequency: 'monthly', lastContact: '2025-01-10', backupPhone: '555-0142' } as never,
        notes: 'Call Jane Q. Doe on +1 555 0100.',
        mobile_phone: '555-0177',
        website: 'https://school.example.org',
      },
      {
        id: 'museum',
        name: 'River Museum',
        sector: 'museum',
        status: 'prospect',
        contacts: [{ name: 'Lee Curator' }],
        mentors: [{ name: 'Sam Mentor', email: 'sam.mentor@museum.example.org' }, 'evening programme'],
        info: 'write to lee.curator@museum.example.org',
        liaison: 'Kim Liaison',
        county: 'Valley',
      },
    ],
    relationships: [
      { id: 'r1', source: 'hub', target: 'school', kind: 'partnership', level: 'acting-together', contacts: ['p-ravi', 'Jane Q. Doe'], notes: 'Jane Q. Doe and Ravi Patel meet monthly.' },
      { id: 'r2', source: 'school', target: 'museum', kind: 'known-tie', contacts: ['Ola Nordmann'], schoolYear: '2024-25' },
      { id: 'r3', source: 'hub', target: 'museum', kind: 'referral', contacts: ['Jane Q. Doe'], 'e-mail thread': 'jane.doe@school.example.org' },
    ],
  };
}

const PERSONAL = [
  'Ravi Patel',
  'p-ravi',
  'Partnerships lead',
  'ravi.patel',
  '555 0101',
  'Jane Q. Doe',
  'Head of Science',
  'jane.doe',
  '555 0100',
  'Ola Nordmann',
  '555-0199',
  '555-0142',
  '555-0177',
  'Lee Curator',
  'lee.curator',
  'Sam Mentor',
  'sam.mentor',
  'Kim Liaison',
  'boss@hub',
  'founded the hub',
  'meet monthly',
];

/** Every export a redacted network can go into. */
function exports(network: PartnerNetwork): Record<string, string> {
  const csv = toCsv(network);
  return {
    json: toJson(network),
    'csv partners': csv.partners,
    'csv relationships': csv.relationships,
    'csv network': csv.network,
    gexf: toGexf(network),
    graphml: toGraphml(network),
    'report (Markdown)': report(network, { includePersonal: true, map: 'embed', limit: Infinity }),
    'report (HTML)': reportHtml(network, { includePersonal: true, limit: Infinity }),
    svg: renderSvg(network, { labels: 'all' }),
  };
}

describe('redactNetwork: nothing personal in any export', () => {
  it('the unredacted exports do hold the personal strings (the check can fail)', () => {
    const json = toJson(createNetwork(peopleInput()));
    for (const s of PERSONAL) expect(json).toContain(s);
  });

  // "liaison" holds a person's name but does not say so: the user lists it.
  const shared = () => redactNetwork(createNetwork(peopleInput()), { personalFields: ['liaison'] });

  it.each(Object.keys(exports(shared())))('%s holds none of them', (format) => {
    const text = exports(shared())[format] as string;
    for (const s of PERSONAL) expect(text, `${format} holds ${s}`).not.toContain(s);
    expect(text).not.toMatch(/[^\s@]+@[^\s@]+\.example\.org/);
  });

  it('report() removes them by default, and shows them with includePersonal', () => {
    const redact = { personalFields: ['liaison'] };
    const md = report(createNetwork(peopleInput()), { limit: Infinity, redact });
    for (const s of PERSONAL) expect(md).not.toContain(s);
    const html = reportHtml(createNetwork(peopleInput()), { limit: Infinity, redact });
    for (const s of PERSONAL) expect(html).not.toContain(s);
    const full = report(createNetwork(peopleInput()), { includePersonal: true, limit: Infinity });
    expect(full).toContain('Jane Q. Doe');
  });

  it('the example network: no name, email or phone of a contact anywhere', () => {
    const personal = new Set<string>();
    for (const p of EXAMPLE_NETWORK_INPUT.partners ?? []) {
      for (const c of p.contacts ?? []) for (const v of [c.name, c.email, c.phone]) if (v !== undefined) personal.add(v);
    }
    const texts = exports(redactNetwork(exampleNetwork()));
    for (const [format, text] of Object.entries(texts)) for (const s of personal) expect(text, `${format} holds ${s}`).not.toContain(s);
    expect(personal.size).toBeGreaterThan(40);
  });
});

describe('redactNetwork: what stays', () => {
  it('organisations, their fields and ties; contacts as pseudonyms; a valid network that round-trips', () => {
    const redacted = redactNetwork(createNetwork(peopleInput()));
    expect(redacted.order).toBe(3);
    expect(redacted.size).toBe(3);
    expect(validateNetwork(redacted)).toEqual([]);
    const school = getPartner(redacted, 'school');
    expect(school).toMatchObject({ name: 'Valley Middle School', sector: 'school', website: 'https://school.example.org' });
    // Numbered partner by partner in id order (hub, museum, school), then relationships.
    expect(school.contacts).toEqual([
      { id: 'person-3', name: 'person-3' },
      { id: 'person-4', name: 'person-4' },
    ]);
    expect(school.pointOfContact).toBe('person-3');
    expect(school.communication).toEqual({ mode: 'email', frequency: 'monthly', lastContact: '2025-01-10' });
    expect(school.notes).toBeUndefined();
    expect(getPartner(redacted, 'hub').contacts).toEqual([{ id: 'person-1', name: 'person-1' }]);
    const museum = getPartner(redacted, 'museum') as Record<string, unknown>;
    expect(museum.mentors).toEqual(['evening programme']);
    expect(museum.info).toBeUndefined();
    expect(museum.liaison).toBe('Kim Liaison'); // not found by name: list it in personalFields
    expect(museum.county).toBe('Valley');
    expect(getPartner(redacted, 'museum').contacts).toEqual([{ id: 'person-2', name: 'person-2' }]);
    expect(getRelationship(redacted, 'r1')).toMatchObject({ kind: 'partnership', level: 'acting-together', contacts: ['person-1', 'person-3'] });
    expect(getRelationship(redacted, 'r2')).toMatchObject({ schoolYear: '2024-25', contacts: ['person-4'] });
    expect((getRelationship(redacted, 'r3') as Record<string, unknown>)['e-mail thread']).toBeUndefined();
    expect(redacted.getAttributes()).toEqual({ name: 'Valley STEM', home: 'hub', region: 'Valley' });
    const back = fromJson(toJson(redacted));
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(toJson(back.network)).toBe(toJson(redacted));
  });

  it('options: personalFields, keepFields, keepNotes, detectPersonalFields', () => {
    const n = createNetwork(peopleInput());
    const strict = redactNetwork(n, { personalFields: ['liaison'], keepFields: ['mobile_phone'], keepNotes: true });
    expect((getPartner(strict, 'museum') as Record<string, unknown>).liaison).toBeUndefined();
    expect((getPartner(strict, 'school') as Record<string, unknown>).mobile_phone).toBe('555-0177');
    expect(getPartner(strict, 'school').notes).toBe('Call Jane Q. Doe on +1 555 0100.');
    const names = redactNetwork(n, { detectPersonalFields: false });
    expect((getPartner(names, 'school') as Record<string, unknown>).mobile_phone).toBe('555-0177');
    expect(getPartner(names, 'school').contacts).toHaveLength(2);
    expect(toJson(names)).not.toContain('Jane Q. Doe');
  });

  it('pseudonyms are stable, and shared across versions through one Map', () => {
    expect(toJson(redactNetwork(createNetwork(peopleInput())))).toBe(toJson(redactNetwork(createNetwork(peopleInput()))));
    const table = new Map([['Someone Else', 'person-7']]);
    const first = redactNetwork(createNetwork(peopleInput()), { pseudonyms: table });
    expect(getPartner(first, 'hub').contacts).toEqual([{ id: 'person-8', name: 'person-8' }]);
    expect(table.get('Jane Q. Doe')).toBe('person-10');
    // Next year Jane is the only contact left: she keeps her pseudonym.
    const input = peopleInput();
    input.partners = input.partners!.map((p) => (p.id === 'school' ? { ...p, contacts: [{ name: 'Jane Q. Doe' }] } : { ...p, contacts: [] }));
    const second = redactNetwork(createNetwork(input), { pseudonyms: table });
    expect(getPartner(second, 'school').contacts).toEqual([{ id: 'person-10', name: 'person-10' }]);
  });

  it('key-person risk is the same on the redacted network, person for person', () => {
    const checkSame = (network: PartnerNetwork) => {
      const table = new Map<string, string>();
      const redacted = redactNetwork(network, { pseudonyms: table });
      const before = keyPersonRisk(network);
      const after = keyPersonRisk(redacted);
      const shape = (r: KeyPersonRiskResult, key: (k: string) => string) => ({
        counted: r.relationshipsCounted,
        unrecorded: r.unrecordedCarriers,
        single: r.singleCarrier.map((s) => `${s.id}:${key(s.contact)}`).sort(),
        contacts: r.contacts.map((c) => `${key(c.key)}:${c.relationships.join()}:${c.soleCarrierOf.join()}:${c.tiesLost}:${c.cutOff.join()}:${c.organisations.join()}`).sort(),
        dependent: r.dependentPartners.map((d) => `${d.id}:${key(d.contact)}`).sort(),
      });
      expect(shape(after, (k) => k)).toEqual(shape(before, (k) => table.get(k) as string));
      expect(after.contacts.length).toBeGreaterThan(0);
    };
    checkSame(createNetwork(peopleInput()));
    checkSame(exampleNetwork());
  });

  it('never changes the input, and shares nothing with it', () => {
    const n = createNetwork(peopleInput());
    const before = toJson(n);
    const redacted = redactNetwork(n);
    expect(toJson(n)).toBe(before);
    (getPartner(redacted, 'school').communication as Record<string, unknown>).mode = 'phone';
    redacted.mergeNodeAttributes('hub', { name: 'changed' });
    expect(toJson(n)).toBe(before);
    expect(redacted).not.toBe(n);
  });

  it('hostile ids and attribute names stay data', () => {
    // JSON.parse makes "__proto__" an own property, as a spreadsheet column would.
    const partners = HOSTILE_IDS.map((id) => ({
      ...JSON.parse('{"__proto__": "custom", "constructor": "kept"}'),
      id,
      contacts: [{ name: `Person ${id}`, email: 'x@y.example.org' }],
    }));
    const relationships = HOSTILE_IDS.slice(1).map((id, i) => ({ source: HOSTILE_IDS[i] as string, target: id, contacts: [`Person ${id}`] }));
    const n = createNetwork({ partners, relationships });
    const redacted = redactNetwork(n);
    expect(redacted.order).toBe(HOSTILE_IDS.length);
    const proto = getPartner(redacted, '__proto__') as Record<string, unknown>;
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(proto.constructor).toBe('kept');
    expect(toJson(redacted)).not.toContain('Person ');
  });

  it('rejects bad options', () => {
    const n = exampleNetwork();
    for (const [options, name] of [
      [{ personalFields: 'email' }, 'personalFields'],
      [{ keepFields: [1] }, 'keepFields'],
      [{ keepNotes: 'yes' }, 'keepNotes'],
      [{ detectPersonalFields: 1 }, 'detectPersonalFields'],
      [{ pseudonyms: {} }, 'pseudonyms'],
      [{ redact: true }, 'redact'],
    ] as const) {
      try {
        redactNetwork(n, options as never);
        throw new Error(`accepted ${name}`);
      } catch (error) {
        expect(isPartnermapError(error)).toBe(true);
        expect((error as Error).message).toMatch(new RegExp(`^redactNetwork: .*${name}`));
      }
    }
    expect(() => redactNetwork(null as never)).toThrow(/^redactNetwork: the given network is not a graphology graph/);
  });
});

describe('isPersonalFieldName', () => {
  it.each([
    'email',
    'E-mail',
    'emailAddress',
    'contactPhone',
    'Contact Person',
    'home_address',
    'First Name',
    'surname',
    'name_of_coordinator',
    'dateOfBirth',
    'Mobile',
    'tel',
    'LinkedIn',
  ])('%s looks personal', (name) => expect(isPersonalFieldName(name)).toBe(true));

  it.each(['name', 'website', 'county', 'sector', 'personnel', 'amountUsd', 'schoolYear', 'region', 'hotel', 'telescopes', 'mailbox size'])(
    '%s does not',
    (name) => expect(isPersonalFieldName(name)).toBe(false),
  );

  it('the word list is lower case and frozen', () => {
    expect(PERSONAL_FIELD_WORDS.every((w: string) => w === w.toLowerCase())).toBe(true);
    expect(Object.isFrozen(PERSONAL_FIELD_WORDS)).toBe(true);
  });
});

describe('redactNetwork property', () => {
  const personName = fc.stringMatching(/^[A-Z][a-z]{3,8}$/).map((s) => `Zq${s}`);
  property.prop(
    [
      fc.integer({ min: 2, max: 20 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(fc.nat({ max: 9 }), { maxLength: 3 })), { maxLength: 40 }),
      fc.uniqueArray(personName, { minLength: 10, maxLength: 10 }),
    ],
    { numRuns: 60 },
  )('no contact survives into JSON; key-person counts are unchanged', (n, edges, people) => {
    const partners = Array.from({ length: n }, (_, i) => ({
      id: `o${i}`,
      contacts: [{ name: people[i % 10] as string, email: `${(people[i % 10] as string).toLowerCase()}@o${i}.example.org` }],
    }));
    const relationships = edges.map(([a, b, carriers]) => ({
      source: `o${a % n}`,
      target: `o${b % n}`,
      contacts: carriers.map((c) => people[c] as string),
    }));
    const network = createNetwork({ partners, relationships });
    const redacted = redactNetwork(network);
    const json = toJson(redacted);
    for (const person of people) expect(json).not.toContain(person);
    const before = keyPersonRisk(network);
    const after = keyPersonRisk(redacted);
    expect(after.relationshipsCounted).toBe(before.relationshipsCounted);
    expect(after.singleCarrier.length).toBe(before.singleCarrier.length);
    expect(after.contacts.map((c) => c.tiesLost).sort()).toEqual(before.contacts.map((c) => c.tiesLost).sort());
  });
});
