import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { queueKey } from './get-queue.ts';
import { workCountsKey } from './get-work-counts.ts';

export type ManualRoute = { id: number } & RequestBody<'/operaties/wachtrij/{id}', 'post'>;

/** Route a notice from the queue to a municipality by hand; it is delivered there. */
export const routeQueueNotice = ({ id, ...body }: ManualRoute) =>
  api<ResponseBody<'/operaties/wachtrij/{id}', 'post'>>(`/operaties/wachtrij/${id}`, {
    method: 'POST',
    body,
  });

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
