import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addYears, ageOn, DAY_OPENS, dayOf, dayOfMoment, isoDate, momentOf, occurredAt } from './calendar.ts';

const noon = 12 * 3600;

describe('occurredAt', () => {
  const CASES: [string, string][] = [
    ['2025-03-29', '+01:00'], // the Saturday before the clocks go forward
    ['2025-03-30', '+02:00'], // last Sunday of March: summer time from 02:00
    ['2025-10-25', '+02:00'],
    ['2025-10-26', '+01:00'], // last Sunday of October: winter time from 03:00
    ['2024-03-31', '+02:00'],
    ['2024-10-27', '+01:00'],
  ];
  for (const [date, offset] of CASES) {
    test(`writes ${date} at noon with offset ${offset}`, () => {
      assert.equal(occurredAt(momentOf(dayOf(date), noon)), `${date}T12:00:00${offset}`);
    });
  }

  test('agrees with the Europe/Amsterdam time zone on every day from 2000 to 2035', () => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      timeZoneName: 'longOffset',
    });
    for (let day = dayOf('2000-01-01'); day < dayOf('2036-01-01'); day++) {
      const text = occurredAt(momentOf(day, DAY_OPENS));
      const zone = format.formatToParts(Date.parse(text)).find((p) => p.type === 'timeZoneName')?.value;
      assert.equal(`GMT${text.slice(-6)}`, zone, text);
    }
  });

  test('refuses a moment outside 07:00–22:00, where local order could differ from real order', () => {
    assert.throws(() => occurredAt(momentOf(dayOf('2025-10-26'), 2.5 * 3600)), RangeError);
  });

  test('moments and days convert back and forth', () => {
    const day = dayOf('1999-12-31');
    assert.equal(dayOfMoment(momentOf(day, noon)), day);
    assert.equal(dayOfMoment(momentOf(day + 1, 0)), day + 1);
  });
});

describe('dates', () => {
  test('dayOf refuses what is not a calendar date', () => {
    assert.throws(() => dayOf('2025-02-29'), RangeError);
    assert.throws(() => dayOf('2025-1-1'), RangeError);
    assert.equal(isoDate(dayOf('2024-02-29')), '2024-02-29');
  });

  test('ageOn counts whole years, birthday included', () => {
    const birth = dayOf('2008-06-15');
    assert.equal(ageOn(birth, dayOf('2020-06-14')), 11);
    assert.equal(ageOn(birth, dayOf('2020-06-15')), 12);
    assert.equal(ageOn(birth, addYears(birth, 23) - 1), 22);
  });
});

describe('civil date arithmetic', () => {
  test('agrees with Date on every day from 1900 to 2100', async () => {
    const { yearOf } = await import('./calendar.ts');
    for (let day = dayOf('1900-01-01'); day < dayOf('2100-12-31'); day += 1) {
      const date = new Date(day * 86_400_000);
      assert.equal(yearOf(day), date.getUTCFullYear());
      const later = Date.UTC(date.getUTCFullYear() + 3, date.getUTCMonth(), date.getUTCDate()) / 86_400_000;
      assert.equal(addYears(day, 3), later);
    }
  });
});
