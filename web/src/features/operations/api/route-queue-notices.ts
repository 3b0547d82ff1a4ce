import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { queueKey } from './get-queue.ts';
import { workCountsKey } from './get-work-counts.ts';

export type BulkRoute = RequestBody<'/operaties/wachtrij/routeren', 'post'>;

/** Several notices of the queue to one municipality with one reason: all of them, or none. */
export const routeQueueNotices = (body: BulkRoute) =>
  api<ResponseBody<'/operaties/wachtrij/routeren', 'post'>>('/operaties/wachtrij/routeren', {
    method: 'POST',
    body,
  });

export function useRouteQueueNotices() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: routeQueueNotices,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: queueKey });
      await client.invalidateQueries({ queryKey: workCountsKey });
    },
  });
}
