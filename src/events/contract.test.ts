import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EVENT_TYPES, validateEvent } from './contract.ts';

// The examples of ../shared/contracts/events.md, exactly as written there.
const CONTRACT_EXAMPLES = [
  {
    eventId: 'p-1',
    source: 'SKDB',
    type: 'person-registered',
    occurredAt: '2026-01-05T09:00:00+01:00',
    skn: '10000017',
    bsn: '111222333',
    surname: 'Jansen',
    givenNames: 'Piet',
    birthDate: '1990-04-01',
    gender: 'M',
  },
  {
    eventId: 'a-1',
    source: 'SKDB',
    type: 'address-registered',
    occurredAt: '2026-01-05T09:00:00+01:00',
    skn: '10000017',
    validFrom: '2019-06-01',
    municipalityCode: 'GM0363',
    street: 'Damrak',
    houseNumber: '1',
    postalCode: '1012LG',
    city: 'Amsterdam',
  },
  {
    eventId: 'v-1',
    source: 'CJIB',
    type: 'victim-registered',
    occurredAt: '2026-02-01T10:00:00+01:00',
    skn: '10000017',
    caseNumber: '13/123456-25',
    victimReference: 'IDV-2026-0001',
  },
  {
    eventId: 'c-1',
    source: 'CJIB',
    type: 'compensation-order',
    occurredAt: '2026-03-02T10:00:00+01:00',
    skn: '10000017',
    caseNumber: '13/123456-25',
    victimReference: 'IDV-2026-0001',
    victimKind: 'natural-person',
    amountCents: 750000,
    irrevocableOn: '2026-03-01',
    offences: ['Sr 300'],
  },
  {
    eventId: 'c-2',
    source: 'CJIB',
    type: 'compensation-payment',
    occurredAt: '2026-05-02T10:00:00+01:00',
    skn: '10000017',
    caseNumber: '13/123456-25',
    victimReference: 'IDV-2026-0001',
    amountCents: 100000,
    paidOn: '2026-05-01',
  },
];
const TITLE = {
  kind: 'prison-sentence',
  irrevocable: true,
  offences: ['Sr 242'],
  sentenceDays: 1460,
  caseNumber: '13/123456-25',
};
const ADDRESS = {
  municipalityCode: 'GM0599',
  street: 'Coolsingel',
  houseNumber: '40',
  postalCode: '3011AD',
  city: 'Rotterdam',
};

function omit(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

function detention(type: string, extra: Record<string, unknown>, source = 'TULP-GW') {
  return {
    eventId: `e-${type}`,
    source,
    type,
    occurredAt: '2026-03-01T10:00:00+01:00',
    skn: '10000017',
    institution: 'PI-X',
    ...extra,
  };
}

const VALID_DETENTION = [
  detention('admission', { title: TITLE, plannedEndDate: '2030-01-01' }),
  detention('admission', { title: { kind: 'pre-trial' } }),
  detention('planned-end-date-changed', { plannedEndDate: '2029-12-01' }),
  detention('transfer', { toInstitution: 'PI-Y' }),
  detention('dr-plan-shared', {}),
  detention('leave-granted', { leaveFrom: '2026-04-01', leaveUntil: '2026-04-03', leaveAddress: ADDRESS }),
  detention(
    'leave-granted',
    { leaveFrom: '2026-04-01', leaveUntil: '2026-04-01', leaveAddress: ADDRESS },
    'MITS',
  ),
  detention('leave-authorization', { leaveFrom: '2026-04-01', leaveAddress: ADDRESS }, 'JVS'),
  detention('regime-phasing', { phaseFrom: '2026-05-01', leaveAddress: ADDRESS }),
  detention('conditional-termination', { terminationDate: '2026-06-01' }, 'MITS'),
  detention('release-scheduled', { releaseDate: '2026-07-01' }),
  detention('release-scheduled', { releaseDate: '2026-07-01', risk18b: { domains: ['zeden', 'geweld'] } }),
  detention('release', { releaseDate: '2026-07-01' }, 'JVS'),
  detention('escape', {}, 'MITS'),
  // Version 1.1.
  detention('returned', {}, 'MITS'),
  detention('title-added', {
    title: { kind: 'tbs-dwangverpleging', caseNumber: '13/2-26', irrevocable: true },
  }),
  detention('title-changed', { caseNumber: '13/123456-25', title: TITLE }),
  detention('title-changed', { caseNumber: '13/123456-25', title: { kind: 'prison-sentence' } }),
  detention('title-ended', { caseNumber: '13/123456-25' }, 'JVS'),
  detention('admission', { title: { kind: 'pre-trial', offences: ['Sr 287 jo 45', 'Sr 999'] } }),
  detention('dr-plan-shared', { intendedMunicipalityCode: 'GM0599' }),
];

describe('validateEvent', () => {
  it('accepts every example of the contract exactly as written', () => {
    for (const example of [...CONTRACT_EXAMPLES, ...VALID_DETENTION]) {
      const result = validateEvent(example);
      assert.equal(result.ok, true, `${JSON.stringify(example)} → ${JSON.stringify(result)}`);
    }
  });

  it('accepts extra fields the contract does not name', () => {
    assert.equal(validateEvent({ ...CONTRACT_EXAMPLES[0], middleName: 'Jan', extra: { any: 1 } }).ok, true);
  });

  const person = CONTRACT_EXAMPLES[0] as Record<string, unknown>;
  const without = (key: string) => omit(person, key);
  const bad: { name: string; event: unknown; status: 400 | 422; field: string; rule: string }[] = [
    { name: 'a JSON array instead of an object', event: [], status: 400, field: '(event)', rule: 'type' },
    { name: 'null', event: null, status: 400, field: '(event)', rule: 'type' },
    { name: 'no type', event: without('type'), status: 400, field: 'type', rule: 'enum' },
    {
      name: 'an unknown type',
      event: { ...person, type: 'person-deleted' },
      status: 400,
      field: 'type',
      rule: 'enum',
    },
    { name: 'no eventId', event: without('eventId'), status: 400, field: 'eventId', rule: 'required' },
    {
      name: 'an empty eventId',
      event: { ...person, eventId: '' },
      status: 400,
      field: 'eventId',
      rule: 'minLength',
    },
    {
      name: 'an eventId of 101 characters',
      event: { ...person, eventId: 'x'.repeat(101) },
      status: 400,
      field: 'eventId',
      rule: 'maxLength',
    },
    {
      name: 'an unknown source',
      event: { ...person, source: 'POLITIE' },
      status: 400,
      field: 'source',
      rule: 'source',
    },
    {
      name: 'a source that does not send the type',
      event: { ...person, source: 'CJIB' },
      status: 400,
      field: 'source',
      rule: 'source',
    },
    {
      name: 'occurredAt without offset',
      event: { ...person, occurredAt: '2026-01-05T09:00:00' },
      status: 400,
      field: 'occurredAt',
      rule: 'format',
    },
    {
      name: 'occurredAt a plain date',
      event: { ...person, occurredAt: '2026-01-05' },
      status: 400,
      field: 'occurredAt',
      rule: 'format',
    },
    {
      name: 'an SKN as a number',
      event: { ...person, skn: 10000017 },
      status: 400,
      field: 'skn',
      rule: 'type',
    },
    {
      name: 'an SKN with a space',
      event: { ...person, skn: '1000 0017' },
      status: 400,
      field: 'skn',
      rule: 'pattern',
    },
    {
      name: 'a BSN failing the eleven-test',
      event: { ...person, bsn: '111222334' },
      status: 422,
      field: 'bsn',
      rule: 'eleven-test',
    },
    {
      name: 'a BSN of 8 digits',
      event: { ...person, bsn: '11122233' },
      status: 400,
      field: 'bsn',
      rule: 'pattern',
    },
    {
      name: 'a birth date that does not exist',
      event: { ...person, birthDate: '1990-02-30' },
      status: 400,
      field: 'birthDate',
      rule: 'format',
    },
    {
      name: 'an unknown gender',
      event: { ...person, gender: 'male' },
      status: 400,
      field: 'gender',
      rule: 'enum',
    },
    { name: 'no surname', event: without('surname'), status: 400, field: 'surname', rule: 'required' },
    {
      name: 'a municipality code that is not GM + 4 digits',
      event: { ...CONTRACT_EXAMPLES[1], municipalityCode: '0363' },
      status: 400,
      field: 'municipalityCode',
      rule: 'pattern',
    },
    {
      name: 'a bad postal code',
      event: { ...CONTRACT_EXAMPLES[1], postalCode: '0123AB' },
      status: 400,
      field: 'postalCode',
      rule: 'pattern',
    },
    {
      name: 'an unknown title kind',
      event: detention('admission', { title: { kind: 'life' } }),
      status: 400,
      field: 'title.kind',
      rule: 'enum',
    },
    {
      name: 'a negative sentence',
      event: detention('admission', { title: { ...TITLE, sentenceDays: -1 } }),
      status: 400,
      field: 'title.sentenceDays',
      rule: 'minimum',
    },
    {
      name: 'a transfer without toInstitution',
      event: detention('transfer', {}),
      status: 400,
      field: 'toInstitution',
      rule: 'required',
    },
    {
      name: 'a transfer to the same institution',
      event: detention('transfer', { toInstitution: 'PI-X' }),
      status: 422,
      field: 'toInstitution',
      rule: 'differs',
    },
    {
      name: 'a leave that ends before it starts',
      event: detention('leave-granted', {
        leaveFrom: '2026-04-03',
        leaveUntil: '2026-04-01',
        leaveAddress: ADDRESS,
      }),
      status: 422,
      field: 'leaveUntil',
      rule: 'date-order',
    },
    {
      name: 'a leave address without municipality',
      event: detention('leave-granted', {
        leaveFrom: '2026-04-01',
        leaveUntil: '2026-04-03',
        leaveAddress: omit(ADDRESS, 'municipalityCode'),
      }),
      status: 400,
      field: 'leaveAddress.municipalityCode',
      rule: 'required',
    },
    {
      name: 'regime phasing from the TBS source',
      event: detention('regime-phasing', { phaseFrom: '2026-05-01', leaveAddress: ADDRESS }, 'MITS'),
      status: 400,
      field: 'source',
      rule: 'source',
    },
    {
      name: 'a PIJ leave authorization from the prison source',
      event: detention('leave-authorization', { leaveFrom: '2026-04-01', leaveAddress: ADDRESS }),
      status: 400,
      field: 'source',
      rule: 'source',
    },
    {
      name: 'an 18b risk without domains',
      event: detention('release-scheduled', { releaseDate: '2026-07-01', risk18b: { domains: [] } }),
      status: 400,
      field: 'risk18b.domains',
      rule: 'minItems',
    },
    {
      name: 'an 18b risk in an unknown domain',
      event: detention('release-scheduled', { releaseDate: '2026-07-01', risk18b: { domains: ['drugs'] } }),
      status: 400,
      field: 'risk18b.domains.0',
      rule: 'enum',
    },
    {
      name: 'a title-changed without the case it changes',
      event: detention('title-changed', { title: TITLE }),
      status: 400,
      field: 'caseNumber',
      rule: 'required',
    },
    {
      name: 'a title-changed whose title names another case',
      event: detention('title-changed', { caseNumber: '13/9-26', title: TITLE }),
      status: 422,
      field: 'title.caseNumber',
      rule: 'same-case',
    },
    {
      name: 'a title-ended without a case number',
      event: detention('title-ended', {}),
      status: 400,
      field: 'caseNumber',
      rule: 'required',
    },
    {
      name: 'a title-added without a title',
      event: detention('title-added', {}),
      status: 400,
      field: 'title',
      rule: 'required',
    },
    {
      name: 'a returned from the CJIB',
      event: detention('returned', {}, 'CJIB'),
      status: 400,
      field: 'source',
      rule: 'source',
    },
    {
      name: 'an intended municipality that is no CBS code',
      event: detention('dr-plan-shared', { intendedMunicipalityCode: 'Rotterdam' }),
      status: 400,
      field: 'intendedMunicipalityCode',
      rule: 'pattern',
    },
    {
      name: 'a compensation order of no amount',
      event: { ...CONTRACT_EXAMPLES[3], amountCents: 0 },
      status: 400,
      field: 'amountCents',
      rule: 'minimum',
    },
    {
      name: 'a compensation order in euro with cents after the point',
      event: { ...CONTRACT_EXAMPLES[3], amountCents: 7500.5 },
      status: 400,
      field: 'amountCents',
      rule: 'type',
    },
    {
      name: 'a compensation order for a victim of an unknown kind',
      event: { ...CONTRACT_EXAMPLES[3], victimKind: 'company' },
      status: 400,
      field: 'victimKind',
      rule: 'enum',
    },
    {
      name: 'a compensation payment without the day it was paid',
      event: omit(CONTRACT_EXAMPLES[4] as Record<string, unknown>, 'paidOn'),
      status: 400,
      field: 'paidOn',
      rule: 'required',
    },
    {
      name: 'a compensation order from a prison',
      event: { ...CONTRACT_EXAMPLES[3], source: 'TULP-GW' },
      status: 400,
      field: 'source',
      rule: 'source',
    },
    {
      name: 'a detention event without institution',
      event: omit(detention('escape', {}), 'institution'),
      status: 400,
      field: 'institution',
      rule: 'required',
    },
  ];

  for (const c of bad) {
    it(`rejects ${c.name} with ${c.status}, naming ${c.field}`, () => {
      const result = validateEvent(c.event);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.status, c.status);
      const error = result.errors.find((e) => e.field === c.field);
      assert.ok(error, `expected an error on ${c.field}, got ${JSON.stringify(result.errors)}`);
      assert.equal(error.rule, c.rule);
      assert.ok(error.message.length > 0);
    });
  }

  it('never throws and always explains a rejection, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateEvent(value);
        return result.ok || result.errors.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated valid events: each is accepted or rejected with a reason', () => {
    const valid = [...CONTRACT_EXAMPLES, ...VALID_DETENTION] as Record<string, unknown>[];
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.constantFrom(...new Set(valid.flatMap((v) => Object.keys(v)))),
        fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string(), fc.constantFrom(...EVENT_TYPES)),
        (event, key, replacement) => {
          const result = validateEvent({ ...event, [key]: replacement });
          return (
            result.ok ||
            (result.errors.length > 0 && result.errors.every((e) => e.field && e.rule && e.message))
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('validateEvent: plausible dates (issue 11)', () => {
  const NOW = new Date('2026-06-15T12:00:00Z');
  const [person, address, , order, payment] = CONTRACT_EXAMPLES as unknown as Record<string, unknown>[];
  const cases: { name: string; event: Record<string, unknown>; field?: string }[] = [
    { name: 'a birth today', event: { ...person, birthDate: '2026-06-15' } },
    { name: 'a birth tomorrow', event: { ...person, birthDate: '2026-06-16' }, field: 'birthDate' },
    { name: 'a birth on 1900-01-01', event: { ...person, birthDate: '1900-01-01' } },
    { name: 'a birth on 1899-12-31', event: { ...person, birthDate: '1899-12-31' }, field: 'birthDate' },
    { name: 'an event 23 hours ahead', event: { ...person, occurredAt: '2026-06-16T11:00:00Z' } },
    {
      name: 'an event a day and a second ahead',
      event: { ...person, occurredAt: '2026-06-16T12:00:01Z' },
      field: 'occurredAt',
    },
    {
      name: 'an event ahead only by its offset (+14:00 the next day)',
      event: { ...person, occurredAt: '2026-06-17T01:00:00+14:00' },
    },
    {
      name: 'an event in 1899',
      event: { ...person, occurredAt: '1899-06-01T10:00:00Z' },
      field: 'occurredAt',
    },
    { name: 'an address valid from next month', event: { ...address, validFrom: '2026-07-01' } },
    {
      name: 'an address valid from in two years',
      event: { ...address, validFrom: '2028-06-16' },
      field: 'validFrom',
    },
    {
      name: 'an address valid from 1850',
      event: { ...address, validFrom: '1850-01-01' },
      field: 'validFrom',
    },
    { name: 'an order irrevocable today', event: { ...order, irrevocableOn: '2026-06-15' } },
    {
      name: 'an order irrevocable tomorrow',
      event: { ...order, irrevocableOn: '2026-06-16' },
      field: 'irrevocableOn',
    },
    {
      name: 'a payment made today',
      event: { ...payment, occurredAt: '2026-06-15T10:00:00+02:00', paidOn: '2026-06-15' },
    },
    {
      name: 'a payment made next week',
      event: { ...payment, paidOn: '2026-06-22' },
      field: 'paidOn',
    },
  ];
  for (const c of cases) {
    it(`${c.field ? 'refuses' : 'accepts'} ${c.name}`, () => {
      const result = validateEvent(c.event, NOW);
      if (!c.field) {
        assert.equal(result.ok, true, JSON.stringify(result));
        return;
      }
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.status, 422);
      assert.deepEqual(
        result.errors.map((e) => [e.field, e.rule]),
        [[c.field, 'plausible-date']],
      );
    });
  }
});
