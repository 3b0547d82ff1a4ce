/** Dates and numbers the Dutch way, in the Netherlands' time zone. */

const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});
const NUMBER = new Intl.NumberFormat('nl-NL');

/** A calendar date (YYYY-MM-DD) as "10 september 1984". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : DATE.format(parsed);
}

/** A moment (ISO date-time) as "23 november 2026 om 09:15". */
export function formatDateTime(moment: string | null | undefined): string {
  if (!moment) return '—';
  const parsed = new Date(moment);
  return Number.isNaN(parsed.getTime()) ? moment : DATE_TIME.format(parsed);
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

const DAY_OF = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** The Dutch day of a moment (ISO date-time) as "5 maart 2026": a moment just after midnight is that day here. */
export function formatDayOf(moment: string | null | undefined): string {
  if (!moment) return '—';
  const parsed = new Date(moment);
  return Number.isNaN(parsed.getTime()) ? moment : DAY_OF.format(parsed);
}
