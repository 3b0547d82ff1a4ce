import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicateCandidates, nameSimilarity, normalizeName } from './matching.ts';
import type { Person } from './model.ts';

function person(overrides: Partial<Person> = {}): Person {
  return {
    skn: '10000002',
    bsn: null,
    surname: 'Jansen',
    givenNames: 'Piet',
    birthDate: '1990-04-01',
    gender: 'M',
    ...overrides,
  };
}

describe('normalizeName', () => {
  it('drops case, diacritics, punctuation and tussenvoegsels', () => {
    assert.equal(normalizeName('van der Berg-Ölçer'), 'berg olcer');
    assert.equal(normalizeName('  De  Vries '), 'vries');
    assert.equal(normalizeName("in 't Veld"), 'veld');
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same name written differently and lower for a typo', () => {
    assert.equal(nameSimilarity('van den Berg', 'Berg, van den'), 1);
    assert.ok(nameSimilarity('Jansen', 'Janssen') > 0.8);
    assert.ok(nameSimilarity('Jansen', 'Pietersen') < 0.6);
  });
});

describe('findDuplicateCandidates', () => {
  const cases: { name: string; newcomer: Partial<Person>; known: Partial<Person>; expect: string | null }[] =
    [
      {
        name: 'same BSN, other name',
        newcomer: { bsn: '111222333' },
        known: { skn: 'A', bsn: '111222333', surname: 'Bakker' },
        expect: 'same-bsn',
      },
      {
        name: 'same birth date, typo in surname',
        newcomer: { surname: 'Janssen' },
        known: { skn: 'A' },
        expect: 'similar-name-same-birth-date',
      },
      {
        name: 'same birth date, one letter off in a short surname',
        newcomer: { surname: 'Bakkr' },
        known: { skn: 'A', surname: 'Bakker' },
        expect: 'similar-name-same-birth-date',
      },
      {
        name: 'same birth date, two letters off in a short surname',
        newcomer: { surname: 'Bakr' },
        known: { skn: 'A', surname: 'Bakker' },
        expect: null,
      },
      {
        name: 'same birth date, tussenvoegsel moved',
        newcomer: { surname: 'Berg, van den' },
        known: { skn: 'A', surname: 'van den Berg' },
        expect: 'similar-name-same-birth-date',
      },
      {
        name: 'same birth date, other surname',
        newcomer: {},
        known: { skn: 'A', surname: 'Pietersen' },
        expect: null,
      },
      {
        name: 'same birth date and name, other initial',
        newcomer: {},
        known: { skn: 'A', givenNames: 'Klaas' },
        expect: null,
      },
      {
        name: 'same name, other birth date',
        newcomer: {},
        known: { skn: 'A', birthDate: '1990-04-02' },
        expect: null,
      },
      {
        name: 'same name and birth date but two different BSNs',
        newcomer: { bsn: '111222333' },
        known: { skn: 'A', bsn: '123456782' },
        expect: null,
      },
      { name: 'itself', newcomer: {}, known: {}, expect: null },
    ];
  for (const c of cases) {
    it(`${c.expect ?? 'reports nothing'} when ${c.name}`, () => {
      const found = findDuplicateCandidates(person(c.newcomer), [person(c.known)]);
      assert.deepEqual(
        found.map((f) => f.reason),
        c.expect ? [c.expect] : [],
      );
      if (c.expect) assert.equal(found[0]?.candidateSkn, c.known.skn);
    });
  }
});
