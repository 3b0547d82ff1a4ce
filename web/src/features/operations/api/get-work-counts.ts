import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface WorkCounts {
  review: number;
  queue: number;
}

export const workCountsKey = ['operations', 'counts'] as const;

/** How many notices wait for BIJ review and in the queue: counts only, nobody's data is read. */
export const getWorkCounts = () => api<WorkCounts>('/operaties/tellingen');

export function useWorkCounts() {
  return useQuery({ queryKey: workCountsKey, queryFn: getWorkCounts, staleTime: 0 });
}
