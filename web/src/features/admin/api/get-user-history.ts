import { useInfiniteQuery } from '@tanstack/react-query';
import type { ResponseBody, Schema } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { usersKey } from './get-users.ts';

export type UserHistoryPage = ResponseBody<'/gebruikers/{id}/geschiedenis', 'get'>;
export type UserHistoryEntry = Schema<'UserHistoryEntry'>;
export type UserChange = UserHistoryEntry['change'];

const PAGE = 10;

/** Under usersKey, so every change to a user (useUserAction) refreshes their history too. */
export const userHistoryKey = (id: number) => [...usersKey, 'history', id] as const;

/** A user's history, newest first, ten at a time; fetchNextPage gives the older ones. */
export function useUserHistory(id: number) {
  return useInfiniteQuery({
    queryKey: userHistoryKey(id),
    queryFn: ({ pageParam }) =>
      api<UserHistoryPage>(
        `/gebruikers/${id}/geschiedenis?limit=${PAGE}${pageParam ? `&cursor=${pageParam}` : ''}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
