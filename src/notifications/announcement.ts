/**
 * The date a notice announces, and how far ahead it was told.
 *
 * Victims and mayors must hear of a leave, a phase or the end of detention
 * at least a week before it happens (seed 002; ../shared/brief/domain.md):
 * a notice made less than 7 days ahead is inside that window, and one made
 * after the date is late (the rules mark it so: a release without an earlier
 * release-scheduled, or a date already past). Pure, so the portal's flags and
 * the operators' order rest on one tested function.
 */
import type { NoticeType } from './model.ts';

/** Victims and mayors must hear at least this many days before the date a notice announces. */
export const NOTICE_WINDOW_DAYS = 7;

/** The field of the event each announcing type takes its date from; the other types announce none. */
const ANNOUNCED_FIELD: Partial<
  Record<NoticeType, 'leaveFrom' | 'phaseFrom' | 'releaseDate' | 'terminationDate'>
> = {
  'pi-verlof': 'leaveFrom',
  'tbs-verlof': 'leaveFrom',
  'pij-verlofmachtiging': 'leaveFrom',
  'pi-regimefasering': 'phaseFrom',
  'pi-beeindiging': 'releaseDate',
  'pij-beeindiging': 'releaseDate',
  'tbs-voorwaardelijke-beeindiging': 'terminationDate',
  '18b-melding': 'releaseDate',
  verlof: 'leaveFrom',
  'vrijlating-gepland': 'releaseDate',
  'voorwaardelijke-beeindiging': 'terminationDate',
};

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The date a notice of `type` made by `event` announces; undefined for a type
 * that tells a fact (a release, an escape) rather than announcing one. A
 * correction made by a changed planned end date announces that new date.
 */
export function announcedDate(
  type: NoticeType,
  event: Readonly<Record<string, unknown>>,
): string | undefined {
  const field = ANNOUNCED_FIELD[type];
  if (field === undefined) return undefined;
  if (event.type === 'planned-end-date-changed' && field === 'releaseDate') return text(event.plannedEndDate);
  // A conditional end of TBS that was not announced reaches the rules as the release itself
  // (a late notice): its date is the release date.
  if (event.type === 'release' && field === 'terminationDate') return text(event.releaseDate);
  return text(event[field]);
}

/** Whole days from `from` to `to` (calendar dates, YYYY-MM-DD); negative when `to` lies before. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Where a notice stands against the week's window: after the date, less than a week ahead, or in time. */
export type NoticeWindow = 'late' | 'inside-week' | 'in-time';

/** The window of a notice told `daysAhead` days before its date; a notice the rules marked late is late. */
export function noticeWindow(daysAhead: number, late: boolean): NoticeWindow {
  if (late || daysAhead < 0) return 'late';
  return daysAhead < NOTICE_WINDOW_DAYS ? 'inside-week' : 'in-time';
}

/** How a notice made on `madeOn` stands against the date it announces, or undefined when it announces none. */
export function announcement(
  notice: { type: NoticeType; late: boolean },
  event: Readonly<Record<string, unknown>>,
  madeOn: string,
): { announcedDate: string; daysAhead: number; window: NoticeWindow } | undefined {
  const date = announcedDate(notice.type, event);
  if (date === undefined) return undefined;
  const daysAhead = daysBetween(madeOn, date);
  return { announcedDate: date, daysAhead, window: noticeWindow(daysAhead, notice.late) };
}
