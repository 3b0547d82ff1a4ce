import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export const usersKey = ['admin', 'users'] as const;

/** The users and their roles, of one organisation or all (administrators). */
export const getUsers = (organisation: string | undefined) =>
  api<ResponseBody<'/gebruikers', 'get'>>('/gebruikers', { query: { organisation } });

export function useUsers(organisation: string | undefined) {
  return useQuery({
    queryKey: [...usersKey, organisation ?? ''],
    queryFn: () => getUsers(organisation),
    placeholderData: keepPreviousData,
  });
}
