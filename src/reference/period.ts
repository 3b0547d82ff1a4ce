/**
 * Validity periods of reference items. Dates are `YYYY-MM-DD` strings, so
 * comparing them as strings compares them as dates; `validUntil` is the first
 * day the item no longer exists.
 */
import type { CalendarDate } from './model.ts';

export { isCalendarDate } from '../platform/formats.ts';

export function isValidOn(
  period: { validFrom: CalendarDate; validUntil: CalendarDate | null },
  date: CalendarDate,
): boolean {
  return period.validFrom <= date && (period.validUntil === null || date < period.validUntil);
}
