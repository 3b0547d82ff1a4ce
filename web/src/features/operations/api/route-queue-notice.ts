import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { NoticeState } from './decide-review.ts';
import { queueKey } from './get-queue.ts';
import { workCountsKey } from './get-work-counts.ts';

export interface ManualRoute {
  id: number;
  /** A current municipality (GM code). */
  recipient: string;
  reason: string;
}

/** Route a notice from the queue to a municipality by hand; it is delivered there. */
export const routeQueueNotice = ({ id, ...body }: ManualRoute) =>
  api<NoticeState>(`/operaties/wachtrij/${id}`, { method: 'POST', body });

export function useRouteQueueNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: routeQueueNotice,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: queueKey });
      await client.invalidateQueries({ queryKey: workCountsKey });
    },
  });
}
