/**
 * The Dutch date of an instant, cached per UTC hour (src/platform/dates.ts): the same answer
 * as formatting each instant, around midnight, both clock changes, and before 1940.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dutchDate } from '../src/platform/dates.ts';

const cases: [instant: string, date: string, why: string][] = [
  ['2026-01-05T22:59:59Z', '2026-01-05', 'winter: 23:59:59 in the Netherlands'],
  ['2026-01-05T23:00:00Z', '2026-01-06', 'winter: midnight in the Netherlands'],
  ['2026-03-28T22:59:59Z', '2026-03-28', 'the night before summer time begins'],
  ['2026-03-29T01:00:00Z', '2026-03-29', 'summer time has begun (03:00)'],
  ['2026-07-01T21:59:59Z', '2026-07-01', 'summer: 23:59:59 in the Netherlands'],
  ['2026-07-01T22:00:00Z', '2026-07-02', 'summer: midnight in the Netherlands'],
  ['2026-10-24T21:59:59Z', '2026-10-24', 'the night summer time ends, before midnight'],
  ['2026-10-25T01:30:00Z', '2026-10-25', 'winter time again (02:30)'],
  ['2026-10-25T22:59:59Z', '2026-10-25', 'the first winter evening'],
  ['2026-01-05T23:30:00+01:00', '2026-01-05', 'an offset given in the instant'],
  ['1935-06-01T23:50:00Z', dutchDate(new Date('1935-06-01T23:50:00Z')), 'before 1940: not cached'],
];

describe('dutchDate', () => {
  for (const [instant, date, why] of cases) {
    it(`${instant} is ${date} (${why}), asked once or twice, as text or as a Date`, () => {
      assert.equal(dutchDate(instant), date);
      assert.equal(dutchDate(instant), date);
      assert.equal(dutchDate(new Date(instant)), date);
    });
  }
});
