import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { calendarDateProblem, dateTimeProblem, isCalendarDate, isDateTime } from './formats.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Parts of a date-time, most of them in range, some just outside it. */
const parts = fc.record({
  year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 9999)),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.integer({ min: 0, max: 61 }),
  fraction: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
  offset: fc.oneof(
    fc.constant('Z'),
    fc.record({
      sign: fc.constantFrom('+', '-'),
      hours: fc.integer({ min: 0, max: 24 }),
      minutes: fc.integer({ min: 0, max: 60 }),
    }),
  ),
  suffix: fc.constantFrom('', '', '', '[Europe/Amsterdam]', '[!u-ca=hebrew]', '[+01:00]'),
});

function daysIn(year: number, month: number): number {
  return (
    new Date(Date.UTC(2000, month, 0)).getUTCDate() -
    (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0)
  );
}

describe('isDateTime', () => {
  it('accepts exactly the RFC 3339 date-times with years 0001–9999, offsets within ±15:59 and no suffix', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const offset =
          p.offset === 'Z' ? 'Z' : `${p.offset.sign}${pad(p.offset.hours)}:${pad(p.offset.minutes)}`;
        const fraction = p.fraction === undefined ? '' : `.${p.fraction}`;
        const value = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${fraction}${offset}${p.suffix}`;
        const expected =
          p.year >= 1 &&
          p.month >= 1 &&
          p.month <= 12 &&
          p.day >= 1 &&
          p.day <= daysIn(p.year, p.month) &&
          p.hour <= 23 &&
          p.minute <= 59 &&
          p.second <= 59 &&
          (p.offset === 'Z' || (p.offset.hours <= 15 && p.offset.minutes <= 59)) &&
          p.suffix === '';
        assert.equal(isDateTime(value), expected, value);
        if (expected)
          assert.ok(Number.isFinite(Date.parse(value)), `${value} is a moment JavaScript can hold`);
        else assert.ok(dateTimeProblem(value), `${value} has a reason`);
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuses what is not a date-time at all', () => {
    for (const value of [
      '',
      '2026-01-05',
      '2026-01-05T09:00:00',
      '2026-01-05 09:00:00Z',
      '+002026-01-05T09:00:00Z',
      '2026-1-5T9:00:00Z',
    ])
      assert.equal(isDateTime(value), false, value);
  });

  it('says why, in words, for the values of issue 11', () => {
    assert.match(dateTimeProblem('2026-01-05T09:00:00+01:00[Europe/Amsterdam]') ?? '', /suffix/);
    assert.match(dateTimeProblem('0000-01-01T00:00:00Z') ?? '', /year from 0001 to 9999/);
    assert.match(dateTimeProblem('2026-01-05T09:00:00+23:59') ?? '', /offset from -15:59 to \+15:59/);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates with years 0001–9999 only', () => {
    for (const value of ['0001-01-01', '2024-02-29', '9999-12-31', '1900-01-01'])
      assert.equal(isCalendarDate(value), true, value);
    for (const value of [
      '0000-01-01',
      '2023-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-01-00',
      '10000-01-01',
      '2026-1-1',
    ])
      assert.equal(isCalendarDate(value), false, value);
    assert.match(calendarDateProblem('0000-01-01') ?? '', /year/);
  });
});
