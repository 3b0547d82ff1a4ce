import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export type LoginOptions = ResponseBody<'/sessie/opties', 'get'>;

export const getLoginOptions = () => api<LoginOptions>('/sessie/opties', { anonymous: true });

export function useLoginOptions() {
  return useQuery({
    queryKey: ['login-options'],
    queryFn: getLoginOptions,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
