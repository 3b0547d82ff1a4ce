/**
 * DateInput's three fields (dag, maand, jaar) as one date, as NL Design
 * System's date pattern asks: what a person types, and what the form gets.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INVALID_DATE, isoDate, partsOf, readDate } from '../web/src/components/date-parts.ts';

describe('a date typed as dag, maand, jaar', () => {
  const rows: [day: string, month: string, year: string, form: string][] = [
    ['17', '12', '1985', '1985-12-17'],
    ['7', '3', '2001', '2001-03-07'],
    [' 07 ', '03', '2001', '2001-03-07'],
    ['29', '2', '2024', '2024-02-29'],
    ['29', '2', '2023', INVALID_DATE],
    ['31', '4', '2020', INVALID_DATE],
    ['0', '1', '2020', INVALID_DATE],
    ['1', '13', '2020', INVALID_DATE],
    ['1', '1', '85', INVALID_DATE],
    ['1', '', '1985', INVALID_DATE],
    ['een', '1', '1985', INVALID_DATE],
    ['', '', '', ''],
  ];
  for (const [day, month, year, form] of rows)
    it(`${JSON.stringify([day, month, year])} gives the form ${JSON.stringify(form)}`, () => {
      assert.equal(isoDate({ day, month, year }), form);
    });

  it('starts from an ISO date, and from nothing', () => {
    assert.deepEqual(partsOf('1985-12-17'), { day: '17', month: '12', year: '1985' });
    assert.deepEqual(partsOf(undefined), { day: '', month: '', year: '' });
  });
});

describe('reading the date from the form', () => {
  const form = (value: string) => {
    const data = new FormData();
    data.set('birthDate', value);
    return data;
  };
  const rows: [value: string, required: boolean, read: ReturnType<typeof readDate>][] = [
    ['1985-12-17', true, { date: '1985-12-17' }],
    ['', false, { date: '' }],
    ['', true, { error: 'Vul de geboortedatum in, bijvoorbeeld 17 12 1985.' }],
    [
      INVALID_DATE,
      false,
      { error: 'Vul de geboortedatum in als dag, maand en jaar in cijfers, bijvoorbeeld 17 12 1985.' },
    ],
  ];
  for (const [value, required, read] of rows)
    it(`${JSON.stringify(value)}${required ? ', required,' : ''} reads as ${JSON.stringify(read)}`, () => {
      assert.deepEqual(readDate(form(value), 'birthDate', { required, label: 'de geboortedatum' }), read);
    });
});
