import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import type { Box, BoxStatus, NoticeType } from '../../../lib/notices.ts';

/** One page of a box (the three boxes answer alike). */
export type BoxPage = ResponseBody<'/berichtenbox/bij', 'get'>;
/** A notice as a box lists it. */
export type NoticeSummary = BoxPage['notices'][number];
export type PersonName = NonNullable<NoticeSummary['name']>;

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
