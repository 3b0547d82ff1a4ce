/** Argument parsers for commander: a bad value is refused with a clear message. */
import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../platform/dates.ts';

export function calendarDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`not a date (YYYY-MM-DD): ${value}`);
  return value;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`not a positive whole number: ${value}`);
  }
  return n;
}
