import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Box, BoxStatus, NoticeStatus, NoticeType } from '../../../lib/notices.ts';

export interface PersonName {
  surname: string;
  givenNames: string;
}

/** A notice as a box lists it. */
export interface NoticeSummary {
  id: number;
  box: Box;
  type: NoticeType;
  status: NoticeStatus;
  /** When the notice was made (ISO date-time). */
  createdAt: string;
  /** The Dutch date of the event the notice is about. */
  eventDate: string;
  name: PersonName | null;
}

export interface BoxPage {
  notices: NoticeSummary[];
  /** Pass as cursor for the next (older) page; null on the last page. */
  nextCursor: string | null;
  /** Delivered, not yet opened notices per type, over the whole box whatever the filters. */
  unread: Partial<Record<NoticeType, number>>;
}

export interface BoxFilters {
  type?: NoticeType;
  status?: BoxStatus;
  /** The first and last day (YYYY-MM-DD, inclusive) the notice was made on. */
  from?: string;
  to?: string;
}

/** Everything cached about one box: the lists and the notices opened from it. */
export const boxKey = (box: Box) => ['berichtenbox', box] as const;
export const boxListKey = (box: Box) => [...boxKey(box), 'list'] as const;

export const getBox = (box: Box, filters: BoxFilters, cursor?: string) =>
  api<BoxPage>(`/berichtenbox/${box}`, { query: { ...filters, cursor } });

/** One page of the box of the user's organisation, newest first. */
export function useBox(box: Box, filters: BoxFilters, cursor?: string) {
  return useQuery({
    queryKey: [...boxListKey(box), filters, cursor ?? null],
    queryFn: () => getBox(box, filters, cursor),
  });
}
