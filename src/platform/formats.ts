/**
 * The two date formats of the API, defined once: a calendar date
 * (`YYYY-MM-DD`) and a date-time with offset (RFC 3339). Each is narrower
 * than what TypeBox's built-in formats accept, to exactly what the store and
 * JavaScript's `Date` can hold: years 0001–9999 (PostgreSQL has no year 0),
 * offsets within ±15:59 (PostgreSQL's limit), no RFC 9557 suffix such as
 * `[Europe/Amsterdam]` or `[!u-ca=hebrew]` (neither knows what to do with it),
 * no leap second (`Date` cannot parse one).
 *
 * Importing this module registers both as the `date` and `date-time` formats
 * of TypeBox, which Fastify's validator and the event contract share, so every
 * schema that says `format: 'date'` or `format: 'date-time'` (and the schemas
 * below) gets these rules, and a value the store would refuse is a 400 at the
 * door instead of a 500 deep inside a transaction. `Nullable` sits here too,
 * so every route schema says "or null" the same way.
 */
import Type, { type TSchema } from 'typebox';
import Format from 'typebox/format';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Why `value` is not a calendar date the store can hold, or undefined when it is one. */
export function calendarDateProblem(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return 'must be a date YYYY-MM-DD';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) return 'must have a year from 0001 to 9999';
  if (month < 1 || month > 12) return 'must have a month from 01 to 12';
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day < 1 || day > days) return 'is not a day of the calendar';
  return undefined;
}

/** True for a real calendar date with a year 0001–9999: 2024-02-29 yes, 2023-02-29, 0000-01-01 no. */
export function isCalendarDate(value: string): boolean {
  return calendarDateProblem(value) === undefined;
}

/** Why `value` is not an RFC 3339 date-time the store can hold, or undefined when it is one. */
export function dateTimeProblem(value: string): string | undefined {
  if (value.includes('[')) return 'must not carry a [time zone] or [annotation] suffix; give the offset only';
  const match = DATE_TIME.exec(value);
  if (!match) return 'must be an RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00';
  const dateProblem = calendarDateProblem(match[1] as string);
  if (dateProblem) return dateProblem;
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return 'is not a time of day';
  if (Number(match[4]) > 59) return 'must have seconds from 00 to 59 (no leap second)';
  if (match[5] !== undefined && (Number(match[6]) > 15 || Number(match[7]) > 59))
    return 'must have an offset from -15:59 to +15:59';
  return undefined;
}

/** True for an RFC 3339 date-time with offset that the store can hold. */
export function isDateTime(value: string): boolean {
  return dateTimeProblem(value) === undefined;
}

/** The problem of a value of format `format` (`date` or `date-time`), in words. */
export function formatProblem(format: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (format === 'date') return calendarDateProblem(value);
  if (format === 'date-time') return dateTimeProblem(value);
  return undefined;
}

Format.Set('date', isCalendarDate);
Format.Set('date-time', isDateTime);

/** A value of `schema`, or null: how the API says a value may be absent but the field never is. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A calendar date, `YYYY-MM-DD`, years 0001–9999. */
export const CalendarDate = (description = 'a date, YYYY-MM-DD') =>
  Type.String({ format: 'date', description });

/** A moment with its offset, RFC 3339, years 0001–9999, offset within ±15:59. */
export const DateTime = (description = 'RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00') =>
  Type.String({ format: 'date-time', description });
