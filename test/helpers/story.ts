/**
 * Dates for the stories tests tell the service around today: the days a release or leave
 * is announced for, the moments events happened, and the dates as the portal writes them.
 */
import { todayInNetherlands } from '../../src/platform/dates.ts';

const DAY = 86_400_000;

/** The calendar date `n` days after today in the Netherlands (before it when negative). */
export function plusDays(n: number): string {
  return new Date(Date.parse(`${todayInNetherlands()}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** The instant `n` hours ago, as an ISO timestamp. */
export const hoursAgo = (n: number): string => new Date(Date.now() - n * 3_600_000).toISOString();

const LONG = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date as the portal writes it in a sentence: 2026-12-03 is "3 december 2026". */
export const longDutchDate = (date: string): string => LONG.format(new Date(`${date}T00:00:00Z`));
