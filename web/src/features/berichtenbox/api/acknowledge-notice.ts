import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Box, NoticeStatus, NoticeType } from '../../../lib/notices.ts';
import { boxKey } from './get-box.ts';

/** A notice's state after an action. */
export interface NoticeState {
  id: number;
  box: Box;
  type: NoticeType;
  status: NoticeStatus;
  recipient: string | null;
  /** After forwarding: the id of the copy in the other municipality's box. */
  forwardedAs?: number;
}

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
