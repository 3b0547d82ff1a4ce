import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { PAGE_SIZE } from './get-review-notices.ts';

export const queueKey = ['operations', 'queue'] as const;

/** Notices the rules could not route, oldest first, with the reason. Every person listed is logged. */
export const getQueue = (cursor: string | undefined) =>
  api<ResponseBody<'/operaties/wachtrij', 'get'>>('/operaties/wachtrij', {
    query: { limit: PAGE_SIZE, cursor },
  });

export function useQueue(cursor: string | undefined) {
  return useQuery({
    queryKey: [...queueKey, cursor ?? ''],
    queryFn: () => getQueue(cursor),
    placeholderData: keepPreviousData,
  });
}
