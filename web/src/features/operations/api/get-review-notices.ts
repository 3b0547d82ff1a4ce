import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

/** A page of notices on the operators' desk: BIJ review or the queue (which answer alike). */
export type WorkPage = ResponseBody<'/operaties/bij-controle', 'get'>;
export type WorkItem = WorkPage['notices'][number];
export type PersonName = NonNullable<WorkItem['name']>;
/** Why the rules sent a notice where they did (or could not). */
export type Routing = WorkItem['routing'];

export const PAGE_SIZE = 25;

export const reviewKey = ['operations', 'review'] as const;

/**
 * BIJ notices awaiting the check of their municipality, the earliest announced date first:
 * a late one, or one whose mayor must hear within the week, is never on page 12. Every person listed is logged.
 */
export const getReviewNotices = (cursor: string | undefined) =>
  api<WorkPage>('/operaties/bij-controle', { query: { limit: PAGE_SIZE, cursor, order: 'urgent' } });

export function useReviewNotices(cursor: string | undefined) {
  return useQuery({
    queryKey: [...reviewKey, cursor ?? ''],
    queryFn: () => getReviewNotices(cursor),
    placeholderData: keepPreviousData,
  });
}
