import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { PAGE_SIZE } from './get-review-notices.ts';

export const queueKey = ['operations', 'queue'] as const;

export const QUEUE_SORTS = ['newest', 'oldest', 'person', 'announced'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** What the operator narrows and orders the queue by (the API's query without the page). */
export interface QueueFilter {
  sort?: QueueSort;
  reason?: string;
  box?: string;
  olderThanDays?: number;
}

/** Notices the rules could not route, filtered and sorted, with the reason. Every person listed is logged. */
export const getQueue = (cursor: string | undefined, filter: QueueFilter = {}) =>
  api<ResponseBody<'/operaties/wachtrij', 'get'>>('/operaties/wachtrij', {
    query: { limit: PAGE_SIZE, cursor, ...filter },
  });

export function useQueue(cursor: string | undefined, filter: QueueFilter = {}) {
  return useQuery({
    queryKey: [...queueKey, cursor ?? '', filter],
    queryFn: () => getQueue(cursor, filter),
    placeholderData: keepPreviousData,
  });
}
