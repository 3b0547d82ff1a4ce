/**
 * The offence list read as the law: which article a code names on a date, what it is for BIJ,
 * and how many articles each law contributes, so that a lost row fails a test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReferenceCatalog, defaultReferenceCatalog } from './catalog.ts';
import type { LawArticle, OffenceCategory, ReferenceData } from './model.ts';
import { checkReferenceData } from './validate.ts';

const catalog = defaultReferenceCatalog();

describe('an offence code on the date of the event', () => {
  const rows: {
    law: string;
    code: string;
    on: string;
    category: OffenceCategory | undefined;
    bij: boolean;
    reads?: RegExp;
  }[] = [
    {
      law: 'before the Wet seksuele misdrijven, art. 242 Sr is verkrachting',
      code: 'Sr 242',
      on: '2023-05-01',
      category: 'sexual',
      bij: true,
      reads: /^verkrachting$/,
    },
    {
      law: 'since 1 July 2024, rape without coercion is opzetverkrachting, art. 243 Sr',
      code: 'Sr 243',
      on: '2025-01-01',
      category: 'sexual',
      bij: true,
      reads: /^opzetverkrachting/,
    },
    {
      law: 'since 1 July 2024, art. 242 Sr is schuldverkrachting, a sexual offence too',
      code: 'Sr 242',
      on: '2025-01-01',
      category: 'sexual',
      bij: true,
      reads: /^schuldverkrachting/,
    },
    {
      law: 'the day before the new title, art. 243 Sr is still the old one',
      code: 'Sr 243',
      on: '2024-06-30',
      category: 'sexual',
      bij: true,
      reads: /bewusteloze/,
    },
    {
      law: 'an article the new title repealed is cited for an offence of before (art. 1 Sr)',
      code: 'Sr 248a',
      on: '2025-01-01',
      category: 'sexual',
      bij: true,
    },
    {
      law: 'art. 240 Sr was a public-decency offence, and is a sexual crime since 1 July 2024',
      code: 'Sr 240',
      on: '2024-06-30',
      category: 'public-order',
      bij: false,
    },
    { law: 'the same code a day later', code: 'Sr 240', on: '2024-07-01', category: 'sexual', bij: true },
    {
      law: 'attempted manslaughter (art. 287 jo 45 Sr) counts as manslaughter',
      code: 'Sr 287 jo 45',
      on: '2025-01-01',
      category: 'serious-violent',
      bij: true,
    },
    {
      law: 'participation in rape (jo 47) counts as rape, in the old numbering',
      code: 'Sr 242 jo 47',
      on: '2023-05-01',
      category: 'sexual',
      bij: true,
    },
    {
      law: 'dealing hard drugs (art. 10 Opiumwet) is a drugs crime, not BIJ',
      code: 'Opw 10',
      on: '2025-01-01',
      category: 'drugs',
      bij: false,
    },
    {
      law: 'the penal article of the Wet wapens en munitie',
      code: 'WWM 55',
      on: '2025-01-01',
      category: 'other',
      bij: false,
    },
    {
      law: 'holding a firearm of category III (art. 26 WWM)',
      code: 'WWM 26',
      on: '2025-01-01',
      category: 'other',
      bij: false,
    },
    {
      law: 'driving under influence (art. 8 WVW 1994)',
      code: 'WVW 8',
      on: '2025-01-01',
      category: 'other',
      bij: false,
    },
    {
      law: 'the WED’s own crime: not complying with an order (art. 26 WED)',
      code: 'WED 26',
      on: '2025-01-01',
      category: 'other',
      bij: false,
    },
    { law: 'arson (art. 157 Sr)', code: 'Sr 157', on: '2025-01-01', category: 'arson', bij: false },
    {
      law: 'doxing was no crime before 2024',
      code: 'Sr 285d',
      on: '2023-12-31',
      category: undefined,
      bij: false,
    },
    {
      law: 'doxing is one since 1 January 2024',
      code: 'Sr 285d',
      on: '2024-01-01',
      category: 'violent',
      bij: false,
    },
    {
      law: 'an article of the new title is unknown before the title existed',
      code: 'Sr 254c',
      on: '2024-06-30',
      category: undefined,
      bij: false,
    },
    { law: 'an article no law has', code: 'Sr 999', on: '2025-01-01', category: undefined, bij: false },
    {
      law: 'human trafficking is left to the operators: its BIJ reading is unclear',
      code: 'Sr 273f',
      on: '2025-01-01',
      category: undefined,
      bij: false,
    },
    {
      law: 'stalking likewise',
      code: 'Sr 285b',
      on: '2025-01-01',
      category: undefined,
      bij: false,
    },
  ];

  for (const row of rows) {
    it(`${row.law}: ${row.code} on ${row.on}`, () => {
      const article = catalog.offence(row.code, row.on);
      assert.equal(article?.category, row.category);
      assert.equal(catalog.isSeriousViolentOrSexual(row.code, row.on), row.bij);
      if (row.reads) assert.match(article?.description ?? '', row.reads);
    });
  }

  it('without a date reads the numbering in force today', () => {
    assert.match(catalog.offence('Sr 242')?.description ?? '', /^schuldverkrachting/);
    assert.equal(catalog.isSeriousViolentOrSexual('Sr 243'), true);
  });

  it('refuses a date that is not a calendar date instead of comparing it as text', () => {
    assert.throws(() => catalog.offence('Sr 242', '1-7-2024'), RangeError);
  });

  it('knows every numbering a code has had, oldest first', () => {
    const versions = catalog.offenceVersions('sr242');
    assert.deepEqual(
      versions.map((v) => [v.validFrom, v.validUntil]),
      [
        [null, '2024-07-01'],
        ['2024-07-01', null],
      ],
    );
  });
});

describe('the shipped offence list', () => {
  it('holds this many articles per law, in force on each side of 1 July 2024', () => {
    const count = (date: string) => {
      const perLaw: Record<string, number> = {};
      for (const article of catalog.offencesOn(date)) perLaw[article.law] = (perLaw[article.law] ?? 0) + 1;
      return perLaw;
    };
    assert.deepEqual(count('2024-06-30'), { Sr: 356, Opiumwet: 7, WWM: 8, WVW: 14, WED: 3 });
    assert.deepEqual(count('2024-07-01'), { Sr: 348, Opiumwet: 7, WWM: 8, WVW: 14, WED: 3 });
    assert.equal(catalog.data.offences.length, 403);
  });

  it('gives one article per code on any date', () => {
    for (const date of ['2019-01-01', '2024-06-30', '2024-07-01', '2026-01-01']) {
      const codes = catalog.offencesOn(date).map((a) => a.code);
      assert.equal(new Set(codes).size, codes.length, date);
    }
  });

  it('changes the category of only these codes with the new title XIV', () => {
    const changed = [...new Set(catalog.data.offences.map((o) => o.code))].filter(
      (code) => new Set(catalog.offenceVersions(code).map((v) => v.category)).size > 1,
    );
    // A title of after July 2024 citing one of these for an older offence is misread; see SOURCES.md.
    assert.deepEqual(changed.sort(), ['Sr 240', 'Sr 252', 'Sr 253']);
  });

  it('has the old title XIV end, and the new one begin, on 1 July 2024', () => {
    const inTitleXiv = (o: LawArticle) =>
      o.law === 'Sr' && Number.parseInt(o.article, 10) >= 239 && Number.parseInt(o.article, 10) <= 254;
    for (const o of catalog.data.offences.filter(inTitleXiv)) {
      const period = o.validUntil === '2024-07-01' || o.validFrom === '2024-07-01';
      assert.ok(period, o.code);
    }
  });
});

describe('validating dated offences', () => {
  const base = defaultReferenceCatalog().data;
  const article = (overrides: Partial<LawArticle>): LawArticle => ({
    code: 'Sr 242',
    law: 'Sr',
    article: '242',
    description: 'test',
    category: 'sexual',
    scmMainGroup: '3',
    validFrom: null,
    validUntil: null,
    ...overrides,
  });
  const issuesWith = (offences: LawArticle[]) =>
    checkReferenceData({ ...base, offences } satisfies ReferenceData).map((i) => `${i.item}: ${i.rule}`);

  it('accepts two numberings of one code that follow each other', () => {
    const data = {
      ...base,
      offences: [article({ validUntil: '2024-07-01' }), article({ validFrom: '2024-07-01' })],
    };
    assert.deepEqual(checkReferenceData(data), []);
    const dated = createReferenceCatalog(data);
    assert.equal(dated.offence('Sr 242', '2024-06-30')?.validUntil, '2024-07-01');
    assert.equal(dated.offence('Sr 242', '2024-07-01')?.validFrom, '2024-07-01');
  });

  it('refuses overlapping periods of one code', () => {
    assert.deepEqual(
      issuesWith([article({ validUntil: '2024-07-02' }), article({ validFrom: '2024-07-01' })]),
      ['Sr 242: no-overlapping-periods'],
    );
    assert.deepEqual(issuesWith([article({}), article({ validFrom: '2024-07-01' })]), [
      'Sr 242: no-overlapping-periods',
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    assert.deepEqual(issuesWith([article({ validFrom: '2024-07-01', validUntil: '2024-07-01' })]), [
      'Sr 242: valid-period',
    ]);
  });

  it('refuses an offence in an SCM group the groups file does not have', () => {
    assert.deepEqual(issuesWith([article({ scmMainGroup: '8' })]), ['Sr 242: known-offence-group']);
  });
});
