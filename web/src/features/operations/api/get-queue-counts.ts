import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { queueKey } from './get-queue.ts';

export type QueueCounts = ResponseBody<'/operaties/wachtrij/tellingen', 'get'>;

/** The queue's size per reason and per box: counts only, nobody's data is read. */
export const getQueueCounts = () => api<QueueCounts>('/operaties/wachtrij/tellingen');

export function useQueueCounts() {
  return useQuery({ queryKey: [...queueKey, 'counts'], queryFn: getQueueCounts, staleTime: 0 });
}
