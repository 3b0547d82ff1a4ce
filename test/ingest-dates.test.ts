/**
 * Issue 11, finding 5: dates the store would refuse are refused first, with a
 * field-level 400 (not a 500 from deep inside the transaction), and dates
 * that cannot be true are a 422, through the API and from a file, on every
 * storage backend.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ingestStream } from '../src/pipeline.ts';
import type { FieldError } from '../src/platform/errors.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { addressRegistered, admission, institutionOf, personRegistered, skn } from './fixtures/events.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { postEvents } from './helpers/events-api.ts';

type Json = Record<string, unknown>;

interface DateCase {
  name: string;
  event: (n: number) => Json;
  field: string;
}

/** An event of `make` (a person unless named) for SKN `n`, with its date `field` set to `value`. */
const dated = (field: string, value: string, make = personRegistered): DateCase => ({
  name: `${field} ${value}`,
  event: (n) => make({ skn: skn(n), [field]: value }),
  field,
});

/** Values the store refuses (PostgreSQL: no year 0, offsets up to ±15:59) or the contract does not allow. */
const UNSTORABLE: DateCase[] = [
  ...[
    '2026-01-05T09:00:00+01:00[Europe/Amsterdam]',
    '2026-01-05T09:00:00+01:00[!u-ca=hebrew]',
    '0000-01-01T00:00:00Z',
    '2026-01-05T09:00:00+23:59',
    '2026-01-05T09:00:00-16:00',
    '2026-01-05T23:59:60Z',
    '2026-01-05 09:00:00+01:00',
  ].map((occurredAt) => dated('occurredAt', occurredAt)),
  dated('birthDate', '0000-01-01'),
  dated('validFrom', '0000-01-01', addressRegistered),
  {
    name: 'determinedAt with a zone suffix',
    event: (n) => ({
      ...personRegistered({ skn: skn(n) }),
      type: 'identity-determined',
      method: 'fingerprints',
      organisation: 'POLITIE',
      determinedAt: '2026-01-05T09:00:00Z[UTC]',
    }),
    field: 'determinedAt',
  },
];

/** Well-formed dates that cannot be true. */
const IMPLAUSIBLE: DateCase[] = [
  { ...dated('birthDate', '2999-01-01'), name: 'a birth in 2999' },
  { ...dated('birthDate', '1800-01-01'), name: 'a birth in 1800' },
  { ...dated('occurredAt', '2126-01-05T09:00:00+01:00'), name: 'an event in 2126' },
  { ...dated('validFrom', '2999-06-01', addressRegistered), name: 'an address valid from 2999' },
];

const fieldsOf = (errors: FieldError[]) => errors.map((e) => e.field);

/** TULP-GW's release of `person` from `institution`. */
const release = (
  person: string,
  institution: string,
  dates: { occurredAt: string; releaseDate: string },
): Json => ({
  eventId: `rel-${person}`,
  source: 'TULP-GW',
  type: 'release',
  skn: person,
  institution,
  ...dates,
});

for (const backend of testBackends()) {
  describe(`dates on ingest on ${backend.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(() => t.close());

    const post = (body: unknown, source?: string) => postEvents(t, body, source);
    /** Registers the person and their admission to a GW on 10 March 2026; gives the institution. */
    const admitted = async (person: string) => {
      const institution = institutionOf('GW');
      assert.equal((await post(personRegistered({ skn: person }))).statusCode, 200);
      const response = await post(
        admission({ skn: person, institution, occurredAt: '2026-03-10T10:00:00+01:00' }),
        'TULP-GW',
      );
      assert.equal(response.statusCode, 200, response.body);
      return institution;
    };

    describe('POST /api/v1/events', () => {
      let n = 100;
      for (const c of UNSTORABLE) {
        it(`refuses ${c.name} with a 400 naming ${c.field}, and stores nothing`, async () => {
          const before = await countRows(t.store.db, 'event_log');
          const response = await post(c.event(n++));
          assert.equal(response.statusCode, 400, response.body);
          assert.match(String(response.headers['content-type']), /application\/problem\+json/);
          assert.ok(fieldsOf(response.json().errors).includes(c.field), response.body);
          assert.equal(await countRows(t.store.db, 'event_log'), before);
        });
      }

      for (const c of IMPLAUSIBLE) {
        it(`refuses ${c.name} with a 422 naming ${c.field}`, async () => {
          if (c.field === 'validFrom')
            assert.equal((await post(personRegistered({ skn: skn(n) }))).statusCode, 200);
          const response = await post(c.event(n++));
          assert.equal(response.statusCode, 422, response.body);
          const error = (response.json().errors as FieldError[]).find((e) => e.field === c.field);
          assert.equal(error?.rule, 'plausible-date', response.body);
        });
      }

      it('does not echo an implausible birth date in the problem (it is personal data)', async () => {
        const response = await post(personRegistered({ skn: skn(150), birthDate: '2999-07-13' }));
        assert.equal(response.statusCode, 422);
        assert.doesNotMatch(response.body, /2999-07-13/);
      });

      it('accepts a birth on 1900-01-01 and an event a few hours ahead of now', async () => {
        const soon = new Date(Date.now() + 3 * 3600_000).toISOString();
        const response = await post(
          personRegistered({ skn: skn(151), birthDate: '1900-01-01', occurredAt: soon }),
        );
        assert.equal(response.statusCode, 200, response.body);
      });

      it('refuses a release dated before its admission with a 422 naming releaseDate, and keeps the episode open', async () => {
        const person = skn(160);
        const institution = await admitted(person);
        const response = await post(
          release(person, institution, {
            occurredAt: '2026-03-12T10:00:00+01:00',
            releaseDate: '2026-03-01',
          }),
          'TULP-GW',
        );
        assert.equal(response.statusCode, 422, response.body);
        const error = (response.json().errors as FieldError[]).find((e) => e.field === 'releaseDate');
        assert.equal(error?.rule, 'date-order', response.body);
        const episode = await t.store.db
          .selectFrom('detention_episodes')
          .select(['status'])
          .where('skn', '=', person)
          .executeTakeFirstOrThrow();
        assert.equal(episode.status, 'detained');
      });

      it('refuses a release that happened (occurredAt) before its admission with a 422', async () => {
        const person = skn(161);
        const institution = await admitted(person);
        const response = await post(
          release(person, institution, {
            occurredAt: '2026-03-01T10:00:00+01:00',
            releaseDate: '2026-03-10',
          }),
          'TULP-GW',
        );
        assert.equal(response.statusCode, 422, response.body);
        assert.ok(fieldsOf(response.json().errors).includes('occurredAt'), response.body);
      });
    });

    describe('ingestStream (a JSONL file)', () => {
      it('rejects every bad date by line number, naming the field, and stores the good lines', async () => {
        const cases = [...UNSTORABLE, ...IMPLAUSIBLE.filter((c) => c.field !== 'validFrom')];
        const good = personRegistered({ skn: skn(200) });
        const lines = [JSON.stringify(good), ...cases.map((c, i) => JSON.stringify(c.event(201 + i)))];
        const rejected: { line: number; fields: string[] }[] = [];
        const summary = await ingestStream(
          t.store.db,
          Readable.from(`${lines.join('\n')}\n`),
          { catalog: defaultReferenceCatalog() },
          { onRejected: (line, errors) => rejected.push({ line, fields: fieldsOf(errors) }) },
        );
        assert.equal(summary.accepted, 1);
        assert.equal(summary.rejected, cases.length);
        cases.forEach((c, i) => {
          const report = rejected.find((r) => r.line === i + 2);
          assert.ok(report?.fields.includes(c.field), `line ${i + 2} (${c.name}) names ${c.field}`);
        });
      });
    });
  });
}
