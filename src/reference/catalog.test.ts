import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { createReferenceCatalog, defaultReferenceCatalog, loadReferenceData } from './catalog.ts';
import type { Institution, LawArticle, Municipality, MunicipalityMerger, ReferenceData } from './model.ts';
import {
  formatOffenceCode,
  normalizeOffenceCode,
  OFFENCE_MODIFIERS,
  type OffenceModifier,
  parseOffenceCode,
} from './offence-code.ts';
import { checkReferenceData, ReferenceDataError } from './validate.ts';

// --- factories: a small, consistent world to test behaviour on -------------

function municipality(code: string, overrides: Partial<Municipality> = {}): Municipality {
  return {
    code,
    name: `Gemeente ${code}`,
    province: 'Utrecht',
    validFrom: '2019-01-01',
    validUntil: null,
    population: 10_000,
    ...overrides,
  };
}

function institution(overrides: Partial<Institution> = {}): Institution {
  return {
    code: 'PI-TEST',
    name: 'PI Test',
    sector: 'GW',
    street: 'Gevangenislaan',
    houseNumber: '12a',
    postalCode: '1234AB',
    city: 'Teststad',
    municipalityCode: 'GM0003',
    capacity: 100,
    addressSource: 'a test page (read 2026-12-03)',
    addressVerified: true,
    contact: { phone: null, url: null },
    ...overrides,
  };
}

/** An institution whose house number and postal code no source confirmed, as the shipped list has some. */
function institutionWithoutNumber(overrides: Partial<Institution> = {}): Institution {
  return institution({
    code: 'PI-VAGUE',
    houseNumber: null,
    postalCode: null,
    addressVerified: false,
    note: 'address incomplete: street from a news report; number and postal code not found',
    ...overrides,
  });
}

function article(law: string, number: string, category: LawArticle['category']): LawArticle {
  return {
    code: `${law} ${number}`,
    law,
    article: number,
    description: 'test',
    category,
    scmMainGroup: '3',
    validFrom: null,
    validUntil: null,
  };
}

/**
 * GM0001 merges into GM0002 on 2020-01-01, and GM0002 into GM0003 on
 * 2022-01-01: a two-step chain. GM0004 only exists from 2021-01-01.
 */
function world(overrides: Partial<ReferenceData> = {}): ReferenceData {
  return {
    sources: [],
    municipalities: [
      municipality('GM0001', { validUntil: '2020-01-01', population: null }),
      municipality('GM0002', { validUntil: '2022-01-01', population: null }),
      municipality('GM0003'),
      municipality('GM0004', { validFrom: '2021-01-01' }),
    ],
    mergers: [
      { date: '2020-01-01', from: ['GM0001'], to: 'GM0002' },
      { date: '2022-01-01', from: ['GM0002'], to: 'GM0003' },
    ],
    institutions: [institution()],
    offences: [
      article('Sr', '242', 'sexual'),
      article('Sr', '248a', 'sexual'),
      article('Sr', '289', 'serious-violent'),
      article('Sr', '300', 'violent'),
      article('Sr', '157', 'arson'),
    ],
    offenceGroups: [{ code: '3', name: 'Gewelds- en seksuele misdrijven' }],
    titles: [
      {
        kind: 'pre-trial',
        name: 'Voorlopige hechtenis',
        sectors: ['GW'],
        legalBasis: 'art. 63 Sv',
        description: 'x',
      },
      {
        kind: 'prison-sentence',
        name: 'Gevangenisstraf',
        sectors: ['GW'],
        legalBasis: 'art. 10 Sr',
        description: 'x',
      },
      {
        kind: 'substitute-detention',
        name: 'Vervangende hechtenis',
        sectors: ['GW'],
        legalBasis: 'x',
        description: 'x',
      },
      {
        kind: 'tbs-dwangverpleging',
        name: 'Tbs',
        sectors: ['TBS'],
        legalBasis: 'art. 37b Sr',
        description: 'x',
      },
      { kind: 'pij', name: 'PIJ', sectors: ['JJI'], legalBasis: 'art. 77s Sr', description: 'x' },
    ],
    ...overrides,
  };
}

// --- normalizeOffenceCode ----------------------------------------------------

describe('normalizeOffenceCode', () => {
  it('turns the common spellings of an article into the code events use', () => {
    const cases: [string, string][] = [
      ['Sr 242', 'Sr 242'],
      ['sr242', 'Sr 242'],
      ['Sr. 242', 'Sr 242'],
      [' Sr  242 ', 'Sr 242'],
      ['SR 242', 'Sr 242'],
      ['art. 242 Sr', 'Sr 242'],
      ['artikel 242 Sr', 'Sr 242'],
      ['242 Sr', 'Sr 242'],
      ['opiumwet 10a', 'Opiumwet 10a'],
      ['wwm26', 'WWM 26'],
      ['Wvw 8', 'WVW 8'],
    ];
    for (const [input, expected] of cases)
      assert.equal(normalizeOffenceCode(input), expected, JSON.stringify(input));
  });

  it('keeps the suffix letters of an article, in lower case', () => {
    const cases: [string, string][] = [
      ['Sr 248a', 'Sr 248a'],
      ['Sr 248A', 'Sr 248a'],
      ['sr 248 f', 'Sr 248f'],
      ['Sr 417bis', 'Sr 417bis'],
      ['Sr 417 BIS', 'Sr 417bis'],
      ['Sr 138ab', 'Sr 138ab'],
    ];
    for (const [input, expected] of cases)
      assert.equal(normalizeOffenceCode(input), expected, JSON.stringify(input));
  });

  it('returns nothing for text that is not a law article', () => {
    for (const input of ['', 'Sr', '242', 'art 242', 'Sr 242 lid 1', 'Sr 242 abc', 'Sr -242', '§ 242']) {
      assert.equal(normalizeOffenceCode(input), undefined, JSON.stringify(input));
    }
  });

  it('keeps an unknown law abbreviation as written, so it cannot match another law', () => {
    assert.equal(normalizeOffenceCode('Xyz 12'), 'Xyz 12');
  });

  it('leaves its own output unchanged', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\s*(sr|Sr\.|OPIUMWET|wwm)\s*[1-9][0-9]{0,3}\s*[a-fA-F]?\s*$/),
        (input) => {
          const once = normalizeOffenceCode(input);
          return once !== undefined && normalizeOffenceCode(once) === once;
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) => normalizeOffenceCode(s) === undefined || typeof normalizeOffenceCode(s) === 'string',
      ),
    );
  });
});

// --- parseOffenceCode --------------------------------------------------------

describe('parseOffenceCode', () => {
  it("reads the law's notation for attempt, preparation and participation", () => {
    const cases: [string, string, OffenceModifier[]][] = [
      ['Sr 287', 'Sr 287', []],
      ['Sr 287 jo 45', 'Sr 287', ['attempt']],
      ['Sr 287 jo. 45', 'Sr 287', ['attempt']],
      ['sr287 JO 46', 'Sr 287', ['preparation']],
      ['Sr 242 jo 47', 'Sr 242', ['participation']],
      ['art. 287 Sr juncto art. 48 Sr', 'Sr 287', ['complicity']],
      ['Sr 141 jo 47 jo 45', 'Sr 141', ['participation', 'attempt']],
      ['Opiumwet 10 jo Sr 47', 'Opiumwet 10', ['participation']],
    ];
    for (const [input, base, modifiers] of cases)
      assert.deepEqual(parseOffenceCode(input), { base, modifiers }, JSON.stringify(input));
  });

  it('reads any other jo part, or a jo without an article, as unknown', () => {
    for (const input of ['Sr 310 jo 311', 'Sr 287 jo', 'Sr jo 45', 'Sr 287 jo 45 jo 57', 'Sr 287 45', ''])
      assert.equal(parseOffenceCode(input), undefined, JSON.stringify(input));
  });

  it('round-trips an article with any modifiers', () => {
    const modifier = fc.constantFrom(...Object.values(OFFENCE_MODIFIERS));
    fc.assert(
      fc.property(
        fc.stringMatching(/^(Sr|Opiumwet|WWM|WVW) [1-9][0-9]{0,3}[a-f]?$/),
        fc.array(modifier, { maxLength: 4 }),
        (base, modifiers) => {
          const parsed = parseOffenceCode(formatOffenceCode({ base, modifiers }));
          assert.deepEqual(parsed, { base, modifiers });
        },
      ),
    );
  });

  it('never throws, whatever the input: garbage is unknown', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseOffenceCode(s);
        return parsed === undefined || normalizeOffenceCode(parsed.base) === parsed.base;
      }),
    );
  });

  it('classifies an attempt or participation as its article', () => {
    const catalog = defaultReferenceCatalog();
    assert.equal(catalog.offence('Sr 287 jo 45')?.code, 'Sr 287');
    assert.equal(catalog.offence('Sr 242 jo 47')?.code, 'Sr 242');
    assert.equal(catalog.isSeriousViolentOrSexual('Sr 287 jo. 45'), true);
    assert.equal(catalog.offence('Sr 287 jo 57'), undefined);
  });
});

// --- the catalog's lookups ---------------------------------------------------

describe('createReferenceCatalog', () => {
  const catalog = createReferenceCatalog(world());

  describe('resolveMunicipality', () => {
    it('returns a municipality itself while it exists', () => {
      assert.equal(catalog.resolveMunicipality('GM0001', '2019-12-31')?.code, 'GM0001');
    });

    it('returns the successor from the day of the merger on', () => {
      assert.equal(catalog.resolveMunicipality('GM0001', '2020-01-01')?.code, 'GM0002');
    });

    it('follows a chain of mergers to the municipality of the date', () => {
      assert.equal(catalog.resolveMunicipality('GM0001', '2021-06-01')?.code, 'GM0002');
      assert.equal(catalog.resolveMunicipality('GM0001', '2022-01-01')?.code, 'GM0003');
      assert.equal(catalog.resolveMunicipality('GM0002', '2030-01-01')?.code, 'GM0003');
    });

    it('leaves a code asked about before its validFrom as itself', () => {
      assert.equal(catalog.resolveMunicipality('GM0004', '2020-06-01')?.code, 'GM0004');
    });

    it('returns nothing for an unknown code', () => {
      assert.equal(catalog.resolveMunicipality('GM9999', '2024-01-01'), undefined);
    });

    it('returns nothing instead of looping when hand-made data holds a merger cycle', () => {
      const cyclic = createReferenceCatalog(
        world({
          municipalities: [
            municipality('GM0001', { validUntil: '2020-01-01' }),
            municipality('GM0002', { validUntil: '2020-01-01' }),
          ],
          mergers: [
            { date: '2020-01-01', from: ['GM0001'], to: 'GM0002' },
            { date: '2020-01-01', from: ['GM0002'], to: 'GM0001' },
          ],
        }),
      );
      assert.equal(cyclic.resolveMunicipality('GM0001', '2021-01-01'), undefined);
    });

    it('refuses a date that is not YYYY-MM-DD, because dates are compared as text', () => {
      assert.throws(() => catalog.resolveMunicipality('GM0001', '1-1-2020'), RangeError);
    });
  });

  describe('municipalitiesOn', () => {
    it('lists the municipalities that exist on the date, sorted by code', () => {
      assert.deepEqual(
        catalog.municipalitiesOn('2021-06-01').map((m) => m.code),
        ['GM0002', 'GM0003', 'GM0004'],
      );
    });

    it('treats validUntil as the first day a municipality no longer exists', () => {
      assert.deepEqual(
        catalog.municipalitiesOn('2022-01-01').map((m) => m.code),
        ['GM0003', 'GM0004'],
      );
    });
  });

  describe('institutionAtAddress', () => {
    it('recognises an institution address however the postal code is spaced or cased', () => {
      for (const postalCode of ['1234AB', '1234 AB', '1234ab', ' 1234 ab ']) {
        assert.equal(
          catalog.institutionAtAddress({ postalCode, houseNumber: '12a' })?.code,
          'PI-TEST',
          postalCode,
        );
      }
    });

    it('matches the house number with its addition in any case', () => {
      assert.equal(
        catalog.institutionAtAddress({ postalCode: '1234AB', houseNumber: '12A' })?.code,
        'PI-TEST',
      );
    });

    it('returns nothing for another address', () => {
      assert.equal(catalog.institutionAtAddress({ postalCode: '1234AB', houseNumber: '13' }), undefined);
      assert.equal(catalog.institutionAtAddress({ postalCode: '1234AC', houseNumber: '12a' }), undefined);
    });

    it('never finds an institution whose postal code or house number is unknown', () => {
      const partly = createReferenceCatalog(
        world({
          institutions: [
            institutionWithoutNumber({ code: 'PI-NO-NUMBER', postalCode: '1234AB' }),
            institutionWithoutNumber({ code: 'PI-NO-POSTAL-CODE', houseNumber: '12a' }),
          ],
        }),
      );
      assert.equal(partly.institutionAtAddress({ postalCode: '1234AB', houseNumber: '12a' }), undefined);
      assert.equal(partly.institution('PI-NO-NUMBER')?.street, 'Gevangenislaan');
    });
  });

  describe('offence', () => {
    it('finds a law article written in any accepted spelling', () => {
      assert.equal(catalog.offence('sr. 248A')?.code, 'Sr 248a');
      assert.equal(catalog.offence('art. 242 Sr')?.code, 'Sr 242');
    });

    it('returns nothing for an unknown or malformed code', () => {
      assert.equal(catalog.offence('Sr 999'), undefined);
      assert.equal(catalog.offence('not an article'), undefined);
    });
  });

  describe('isSeriousViolentOrSexual', () => {
    it('is true for sexual and serious violent offences, the BIJ categories', () => {
      for (const code of ['Sr 242', 'sr248a', 'Sr 289'])
        assert.equal(catalog.isSeriousViolentOrSexual(code), true, code);
    });

    it('is false for other categories, arson included, and for unknown codes', () => {
      for (const code of ['Sr 300', 'Sr 157', 'Sr 999', ''])
        assert.equal(catalog.isSeriousViolentOrSexual(code), false, code);
    });
  });

  it('looks up titles, offence groups and institutions by code', () => {
    assert.equal(catalog.title('pij')?.legalBasis, 'art. 77s Sr');
    assert.equal(catalog.offenceGroup('3')?.name, 'Gewelds- en seksuele misdrijven');
    assert.equal(catalog.institution('PI-TEST')?.sector, 'GW');
    assert.equal(catalog.institution('PI-NOPE'), undefined);
  });
});

// --- the rules --------------------------------------------------------------

describe('checkReferenceData', () => {
  it('finds nothing wrong with consistent data', () => {
    assert.deepEqual(checkReferenceData(world()), []);
  });

  it('accepts institutions with unknown address parts when their note says the address is incomplete', () => {
    const vague = institutionWithoutNumber({ street: null });
    const alsoVague = institutionWithoutNumber({ code: 'PI-ALSO-VAGUE' });
    assert.deepEqual(checkReferenceData(world({ institutions: [institution(), vague, alsoVague] })), []);
  });

  const base = world();
  const merger = (m: MunicipalityMerger) => [m, base.mergers[1] as MunicipalityMerger];
  const cases: { breaks: string; data: ReferenceData; file: string; item: string; rule: string }[] = [
    {
      breaks: 'a municipality code used twice',
      data: world({ municipalities: [...base.municipalities, municipality('GM0003')] }),
      file: 'municipalities.json',
      item: 'GM0003',
      rule: 'unique-code',
    },
    {
      breaks: 'a ceased municipality without a successor',
      data: world({ mergers: [base.mergers[1] as MunicipalityMerger] }),
      file: 'municipalities.json',
      item: 'GM0001',
      rule: 'ceased-has-merger',
    },
    {
      breaks: 'a merger to an unknown code',
      data: world({ mergers: merger({ date: '2020-01-01', from: ['GM0001'], to: 'GM0099' }) }),
      file: 'municipality-mergers.json',
      item: 'items[0] (2020-01-01 → GM0099)',
      rule: 'known-code',
    },
    {
      breaks: 'a merger to a municipality that does not exist yet on the merger date',
      data: world({ mergers: merger({ date: '2020-01-01', from: ['GM0001'], to: 'GM0004' }) }),
      file: 'municipality-mergers.json',
      item: 'items[0] (2020-01-01 → GM0004)',
      rule: 'to-valid-on-date',
    },
    {
      breaks: 'a merger dated otherwise than the end of the merged code',
      data: world({ mergers: merger({ date: '2020-02-01', from: ['GM0001'], to: 'GM0002' }) }),
      file: 'municipality-mergers.json',
      item: 'items[0] (2020-02-01 → GM0002)',
      rule: 'from-ends-on-date',
    },
    {
      breaks: 'a split to a successor that does not exist on the date',
      data: world({
        mergers: merger({
          date: '2020-01-01',
          from: ['GM0001'],
          to: 'GM0002',
          split: {
            parts: [{ to: 'GM0004', residences: ['Dorp'], postalCodes: [] }],
            rest: 'GM0002',
            source: 'test',
          },
        }),
      }),
      file: 'municipality-mergers.json',
      item: 'items[0] (2020-01-01 → GM0002)',
      rule: 'split-successor-valid',
    },
    {
      breaks: 'a split that sends one residence two ways',
      data: world({
        mergers: merger({
          date: '2020-01-01',
          from: ['GM0001'],
          to: 'GM0002',
          split: {
            parts: [
              { to: 'GM0002', residences: ['Dorp'], postalCodes: ['1111'] },
              { to: 'GM0003', residences: ['DORP'], postalCodes: ['2222'] },
            ],
            rest: null,
            source: 'test',
          },
        }),
      }),
      file: 'municipality-mergers.json',
      item: 'items[0] (2020-01-01 → GM0002)',
      rule: 'split-unambiguous',
    },
    {
      breaks: 'an institution whose address is called verified while a part of it is unknown',
      data: world({ institutions: [institutionWithoutNumber({ addressVerified: true })] }),
      file: 'institutions.json',
      item: 'PI-VAGUE',
      rule: 'verified-address-complete',
    },
    {
      breaks: 'an institution in an unknown municipality',
      data: world({ institutions: [institution({ municipalityCode: 'GM0099' })] }),
      file: 'institutions.json',
      item: 'PI-TEST',
      rule: 'known-municipality',
    },
    {
      breaks: 'an institution in a former municipality',
      data: world({ institutions: [institution({ municipalityCode: 'GM0001' })] }),
      file: 'institutions.json',
      item: 'PI-TEST',
      rule: 'current-municipality',
    },
    {
      breaks: 'an institution code whose prefix does not fit its sector',
      data: world({ institutions: [institution({ sector: 'TBS' })] }),
      file: 'institutions.json',
      item: 'PI-TEST',
      rule: 'code-matches-sector',
    },
    {
      breaks: 'two institutions at one address',
      data: world({ institutions: [institution(), institution({ code: 'PI-OTHER' })] }),
      file: 'institutions.json',
      item: '1234AB 12a',
      rule: 'unique-address',
    },
    {
      breaks: 'an institution with an unknown address part whose note does not say so',
      data: world({ institutions: [institutionWithoutNumber({ note: 'address verified' })] }),
      file: 'institutions.json',
      item: 'PI-VAGUE',
      rule: 'incomplete-address-noted',
    },
    {
      breaks: 'an institution with an unknown address part and no note at all',
      data: world({ institutions: [institutionWithoutNumber({ postalCode: '1234AB', note: undefined })] }),
      file: 'institutions.json',
      item: 'PI-VAGUE',
      rule: 'incomplete-address-noted',
    },
    {
      breaks: 'an offence code that is not the canonical law and article',
      data: world({ offences: [{ ...article('Sr', '242', 'sexual'), code: 'sr242' }] }),
      file: 'offences.json',
      item: 'sr242',
      rule: 'code-format',
    },
    {
      breaks: 'an offence in an unknown SCM main group',
      data: world({ offences: [{ ...article('Sr', '242', 'sexual'), scmMainGroup: '8' }] }),
      file: 'offences.json',
      item: 'Sr 242',
      rule: 'known-offence-group',
    },
    {
      breaks: 'a missing title kind',
      data: world({ titles: base.titles.filter((t) => t.kind !== 'pij') }),
      file: 'titles.json',
      item: 'pij',
      rule: 'every-kind',
    },
  ];

  for (const { breaks, data, file, item, rule } of cases) {
    it(`reports ${breaks}, naming the file, the item and the rule`, () => {
      const issues = checkReferenceData(data);
      assert.ok(
        issues.some((i) => i.file === file && i.item === item && i.rule === rule),
        `expected ${file} ${item} ${rule}, got ${JSON.stringify(issues)}`,
      );
    });
  }
});

// --- loading files ------------------------------------------------------------

describe('loadReferenceData', () => {
  const shipped = path.join(import.meta.dirname, 'data');
  const scratch = mkdtempSync(path.join(tmpdir(), 'ketenzicht-reference-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  /** A copy of the shipped data with one file changed by `edit`. */
  function tamperedCopy(file: string, edit: (json: { items: Record<string, unknown>[] }) => void): string {
    const dir = mkdtempSync(path.join(scratch, 'copy-'));
    cpSync(shipped, dir, { recursive: true });
    const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    edit(json);
    writeFileSync(path.join(dir, file), JSON.stringify(json));
    return dir;
  }

  function loadError(dir: string): ReferenceDataError {
    try {
      loadReferenceData(dir);
    } catch (error) {
      assert.ok(error instanceof ReferenceDataError, String(error));
      return error;
    }
    assert.fail('expected loadReferenceData to throw');
  }

  it('loads the shipped lists from the data folder beside the module by default', () => {
    const data = loadReferenceData();
    assert.ok(data.municipalities.length > 0);
    assert.equal(data.sources.length, 6);
  });

  it('rejects a copy whose institution points to an unknown municipality, naming file, item and rule', () => {
    const dir = tamperedCopy('institutions.json', (json) => {
      const first = json.items[0] as Record<string, unknown>;
      first.municipalityCode = 'GM9999';
    });
    const error = loadError(dir);
    assert.match(error.message, /institutions\.json: PI-\S+: known-municipality: municipalityCode GM9999/);
  });

  it('rejects a copy with a malformed postal code, while it accepts one without', () => {
    const malformed = tamperedCopy('institutions.json', (json) => {
      (json.items[0] as Record<string, unknown>).postalCode = '1234 AB';
    });
    assert.match(loadError(malformed).message, /institutions\.json: items\[0\] \(PI-\S+\): /);
    const unknown = tamperedCopy('institutions.json', (json) => {
      const first = json.items[0] as Record<string, unknown>;
      first.postalCode = null;
      first.addressVerified = false;
      first.note = `address incomplete: postal code left out. ${String(first.note)}`;
    });
    assert.equal(loadReferenceData(unknown).institutions[0]?.postalCode, null);
  });

  it('rejects a copy with a malformed municipality code, naming the item', () => {
    const dir = tamperedCopy('municipalities.json', (json) => {
      (json.items[0] as Record<string, unknown>).code = 'GM123';
    });
    assert.match(
      loadError(dir).message,
      /municipalities\.json: items\[0\] \(GM123\): pattern: code must match pattern/,
    );
  });

  it('rejects a copy with a misspelt field instead of ignoring it', () => {
    const dir = tamperedCopy('offences.json', (json) => {
      (json.items[0] as Record<string, unknown>).categroy = 'sexual';
    });
    assert.match(
      loadError(dir).message,
      /offences\.json: items\[0\] \(Sr \S+\): additionalProperties: unknown field\(s\) categroy/,
    );
  });

  it('rejects a copy with a duplicate offence: two meanings of one code at once', () => {
    const dir = tamperedCopy('offences.json', (json) => {
      json.items.push(json.items[0] as Record<string, unknown>);
    });
    assert.match(loadError(dir).message, /offences\.json: Sr \S+: no-overlapping-periods/);
  });

  it('rejects a folder where a file is missing or is not JSON', () => {
    const dir = tamperedCopy('titles.json', () => {});
    writeFileSync(path.join(dir, 'titles.json'), '{ not json');
    rmSync(path.join(dir, 'offence-groups.json'));
    const message = loadError(dir).message;
    assert.match(message, /titles\.json: \(file\): readable-json/);
    assert.match(message, /offence-groups\.json: \(file\): readable-json/);
  });
});
