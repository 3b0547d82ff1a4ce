import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export type WorkCounts = ResponseBody<'/operaties/tellingen', 'get'>;

export const workCountsKey = ['operations', 'counts'] as const;

/** How many notices wait for BIJ review and in the queue: counts only, nobody's data is read. */
export const getWorkCounts = () => api<WorkCounts>('/operaties/tellingen');

export function useWorkCounts() {
  return useQuery({ queryKey: workCountsKey, queryFn: getWorkCounts, staleTime: 0 });
}
