/**
 * Property: every date and date-time the API's formats accept (src/platform/formats.ts)
 * is one the store can hold, on every backend; so a format check at the door
 * is enough to keep such values from failing inside a transaction (issue 11).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/platform/db.ts';
import { isCalendarDate, isDateTime } from '../src/platform/formats.ts';
import { testBackends } from './helpers/db.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const date = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1, 9999)),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((d) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`)
  .filter(isCalendarDate);

const dateTime = fc
  .record({
    date,
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          hours: fc.integer({ min: 0, max: 15 }),
          minutes: fc.integer({ min: 0, max: 59 }),
        })
        .map((o) => `${o.sign}${pad(o.hours)}:${pad(o.minutes)}`),
    ),
  })
  .map((t) => `${t.date}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.offset}`);

for (const backend of testBackends()) {
  describe(`the date formats against the store on ${backend.name}`, () => {
    let store: DatabaseHandle;
    before(async () => {
      store = await backend.open();
    });
    after(() => store.close());

    it('stores every date-time the format accepts, including the extremes', async () => {
      await fc.assert(
        fc.asyncProperty(dateTime, async (value) => {
          assert.ok(isDateTime(value), value);
          await sql`SELECT ${value}::timestamptz AS at`.execute(store.db);
        }),
        { numRuns: 300, examples: [['0001-01-01T00:00:00+15:59'], ['9999-12-31T23:59:59-15:59']] },
      );
    });

    it('stores every date the format accepts', async () => {
      await fc.assert(
        fc.asyncProperty(date, async (value) => {
          await sql`SELECT ${value}::date AS d`.execute(store.db);
        }),
        { numRuns: 300, examples: [['0001-01-01'], ['9999-12-31']] },
      );
    });

    it('would refuse the values the format refuses for the store’s sake (so the check is needed)', async () => {
      for (const value of [
        '0000-01-01T00:00:00Z',
        '2026-01-05T09:00:00+23:59',
        '2026-01-05T09:00:00+01:00[Europe/Amsterdam]',
      ]) {
        assert.equal(isDateTime(value), false, value);
        await assert.rejects(sql`SELECT ${value}::timestamptz AS at`.execute(store.db), value);
      }
      assert.equal(isCalendarDate('0000-01-01'), false);
      await assert.rejects(sql`SELECT ${'0000-01-01'}::date AS d`.execute(store.db));
    });
  });
}
