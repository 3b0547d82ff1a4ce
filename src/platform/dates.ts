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

// Dutch dates by UTC hour: since 1940 the Netherlands' offset from UTC is a whole number of
// hours, so every instant of one UTC hour has the same Dutch date. Ingest asks this of every
// event; formatting each took more time than checking the event.
const HOUR = 3_600_000;
const SINCE_1940 = Date.UTC(1940, 5, 1);
const byHour = new Map<number, string>();

/** The Dutch calendar date of an instant: "2026-01-05T23:30:00Z" is 6 January in the Netherlands. */
export function dutchDate(instant: string | Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const ms = at.getTime();
  if (!(ms >= SINCE_1940)) return todayInNetherlands(at);
  const hour = Math.floor(ms / HOUR);
  let date = byHour.get(hour);
  if (date === undefined) {
    if (byHour.size >= 100_000) byHour.clear();
    date = todayInNetherlands(at);
    byHour.set(hour, date);
  }
  return date;
}
