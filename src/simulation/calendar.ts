/**
 * The simulated clock. A day is a number (days since 1970-01-01); a moment is
 * seconds since 2000-01-01 00:00 *Dutch local time* (see `momentOf`; counting
 * from 2000 keeps moments of 1966–2034 in V8's small-integer range, which
 * saves a heap number per planned event). The simulator only places events between 07:00 and 22:00
 * local time, so local order is real-time order (the repeated hour of the
 * autumn clock change, 02:00–03:00, is never used) and the local date of an
 * `occurredAt` is also its UTC date.
 *
 * Dutch time is CET (+01:00) in winter and CEST (+02:00) from the last Sunday
 * of March to the last Sunday of October (EU Directive 2000/84/EC: the clocks
 * change at 01:00 UTC, before 07:00 local on both days).
 */

export const SECONDS_PER_DAY = 86_400;
/** Earliest second of the day at which the simulator places an event (07:00). */
export const DAY_OPENS = 7 * 3600;
/** Latest second (exclusive) at which it places an event (22:00). */
export const DAY_CLOSES = 22 * 3600;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` date; throws on anything else. */
export function dayOf(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / 86_400_000;
  if (isoDate(day) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return day;
}

const dateCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  let text = dateCache.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dateCache.set(day, text);
  }
  return text;
}

/*
 * Civil dates from day numbers and back without Date objects (the simulator
 * asks this millions of times): Howard Hinnant's algorithms,
 * https://howardhinnant.github.io/date_algorithms.html.
 */
function civilYear(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Month (1–12) and day of the month of a day number, packed as month × 32 + day. */
function civilMonthDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return m * 32 + d;
}

function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The same calendar day `years` later (29 February becomes 1 March in a common year). */
export function addYears(day: number, years: number): number {
  const md = civilMonthDay(day);
  const month = md >> 5;
  const dayOfMonth = md & 31;
  return daysFromCivil(civilYear(day) + years, month, dayOfMonth);
}

/** Age in whole years on `day` of someone born on `birthDay`. */
export function ageOn(birthDay: number, day: number): number {
  const age = civilYear(day) - civilYear(birthDay);
  return civilMonthDay(day) < civilMonthDay(birthDay) ? age - 1 : age;
}

export function yearOf(day: number): number {
  return civilYear(day);
}

/** Day number of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0) / 86_400_000;
  const weekday = new Date(lastDay * 86_400_000).getUTCDay();
  return lastDay - weekday;
}

const summerCache = new Map<number, readonly [number, number]>();

/** True when Dutch clocks show summer time (+02:00) during the simulator's hours of `day`. */
export function isSummerTime(day: number): boolean {
  const year = yearOf(day);
  let range = summerCache.get(year);
  if (range === undefined) {
    range = [lastSunday(year, 3), lastSunday(year, 10)];
    summerCache.set(year, range);
  }
  return day >= range[0] && day < range[1];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
/** `HH:MM:` for every minute of the day, and `SS` for every second of a minute. */
const MINUTES = Array.from({ length: 1440 }, (_, m) => `${two(Math.floor(m / 60))}:${two(m % 60)}:`);
const SECONDS = Array.from({ length: 60 }, (_, s) => two(s));

function clock(seconds: number): string {
  return `${MINUTES[Math.floor(seconds / 60)]}${SECONDS[seconds % 60]}`;
}

/** `YYYY-MM-DDT` and the day's offset, per day number. */
const dayTexts = new Map<number, readonly [string, string]>();

function dayText(day: number): readonly [string, string] {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = [`${isoDate(day)}T`, isSummerTime(day) ? '+02:00' : '+01:00'];
    dayTexts.set(day, text);
  }
  return text;
}

/** Day number of 2000-01-01, the origin of moments. */
const MOMENT_EPOCH_DAY = 10_957;

/** The moment `seconds` into `day` (local time). */
export function momentOf(day: number, seconds: number): number {
  return (day - MOMENT_EPOCH_DAY) * SECONDS_PER_DAY + seconds;
}

export function dayOfMoment(moment: number): number {
  return Math.floor(moment / SECONDS_PER_DAY) + MOMENT_EPOCH_DAY;
}

/** ISO 8601 with the Dutch offset of that moment: `2026-07-01T09:30:00+02:00`. */
export function occurredAt(moment: number): string {
  const day = dayOfMoment(moment);
  const seconds = moment - (day - MOMENT_EPOCH_DAY) * SECONDS_PER_DAY;
  if (seconds < DAY_OPENS || seconds >= DAY_CLOSES)
    throw new RangeError(`moment outside 07:00–22:00: ${moment}`);
  const [date, offset] = dayText(day);
  return `${date}${clock(seconds)}${offset}`;
}
