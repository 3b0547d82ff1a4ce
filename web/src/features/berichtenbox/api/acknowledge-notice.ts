import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import type { Box } from '../../../lib/notices.ts';
import { boxKey } from './get-box.ts';

/** A notice's state after an action (the three boxes answer alike). */
export type NoticeState = ResponseBody<'/berichtenbox/bij/{id}/ontvangst', 'post'>;

export const acknowledgeNotice = (box: Box, id: number) =>
  api<NoticeState>(`/berichtenbox/${box}/${id}/ontvangst`, { method: 'POST' });

/** Confirms receipt (delivered or read → acknowledged); the notice and the box's lists are fetched again. */
export function useAcknowledgeNotice(box: Box) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => acknowledgeNotice(box, id),
    onSuccess: () => client.invalidateQueries({ queryKey: boxKey(box) }),
  });
}
