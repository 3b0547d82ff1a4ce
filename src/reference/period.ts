/**
 * Validity periods of reference items. Dates are `YYYY-MM-DD` strings, so
 * comparing them as strings compares them as dates; `validUntil` is the first
 * day the item no longer exists.
 */
import type { CalendarDate } from './model.ts';

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value);
}

export function isValidOn(
  period: { validFrom: CalendarDate; validUntil: CalendarDate | null },
  date: CalendarDate,
): boolean {
  return period.validFrom <= date && (period.validUntil === null || date < period.validUntil);
}
