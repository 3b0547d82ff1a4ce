/**
 * What a notice says about its own timing, in a list and when opened: that
 * it corrects an earlier notice, that it went out late, and the date it
 * announces with how far ahead it was told (victims and mayors must hear a
 * week ahead). Told in words, never by colour alone.
 */
import { Link } from '@rijkshuisstijl-community/components-react';
import { formatDate, formatDayOf } from '../../lib/format.ts';
import type { NoticeSummary } from './api/get-box.ts';
import { isUrgent } from './guidance.ts';

export type NoticeTiming = Pick<
  NoticeSummary,
  'late' | 'supersedes' | 'announcedDate' | 'daysAhead' | 'window'
>;

/** "Correctie op melding van 5 maart 2026", a link to it when the reader may open it. */
export function Correction({ notice, boxPath }: { notice: NoticeTiming; boxPath: string }) {
  const earlier = notice.supersedes;
  if (!earlier) return null;
  if (earlier.id === null || earlier.createdAt === null)
    return <span className="kz-bbx-flag">Correctie op een eerdere melding</span>;
  return (
    <span className="kz-bbx-flag">
      <Link href={`${boxPath}/${earlier.id}`}>Correctie op melding van {formatDayOf(earlier.createdAt)}</Link>
    </span>
  );
}

export function LateFlag({ notice }: { notice: NoticeTiming }) {
  return notice.late ? <span className="kz-bbx-flag kz-bbx-flag--late">Te laat verzonden</span> : null;
}

/** "4 dagen vooraf verzonden"; a notice sent after the date says how long after. */
export function aheadText(daysAhead: number): string {
  const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;
  if (daysAhead === 0) return 'verzonden op de dag zelf';
  if (daysAhead < 0) return `${days(-daysAhead)} na de datum verzonden`;
  return `${days(daysAhead)} vooraf verzonden`;
}

/** The date the notice announces, how far ahead it was told, and a flag when that was less than a week. */
export function Announced({ notice }: { notice: NoticeTiming }) {
  if (notice.announcedDate === null) return <>—</>;
  return (
    <>
      {formatDate(notice.announcedDate)}
      {notice.daysAhead !== null && <span className="kz-bbx-sub">{aheadText(notice.daysAhead)}</span>}
      {notice.window === 'inside-week' && <span className="kz-bbx-flag">Minder dan een week vooraf</span>}
    </>
  );
}

/** "Spoed": an escape or a return, which the victim hears of today. In words, not by colour alone. */
export function UrgentFlag({ type }: { type: string }) {
  return isUrgent(type) ? <span className="kz-bbx-flag kz-bbx-flag--urgent">Spoed</span> : null;
}
