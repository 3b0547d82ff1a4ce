/** Dutch calendar dates (`YYYY-MM-DD`) and the current date in the Netherlands. */

/** The one definition of a calendar date (formats.ts): 2024-02-29 yes, 2023-02-29 and 0000-01-01 no. */
export { isCalendarDate } from './formats.ts';

// One formatter for all calls: toLocaleDateString builds a new one each time, which
// made date conversion the largest cost of ingest. Swedish writes dates as YYYY-MM-DD.
const DUTCH_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands, whatever the machine's time zone. */
export function todayInNetherlands(now: Date = new Date()): string {
  return DUTCH_DATE.format(now);
}

/** The Dutch calendar date of an instant: "2026-01-05T23:30:00Z" is 6 January in the Netherlands. */
export function dutchDate(instant: string | Date): string {
  return todayInNetherlands(typeof instant === 'string' ? new Date(instant) : instant);
}
