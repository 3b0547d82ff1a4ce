import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseBody, Schema } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import type { Box } from '../../../lib/notices.ts';
import { boxKey, boxListKey } from './get-box.ts';

/** An opened notice (the three boxes answer alike). */
export type NoticeDetail = ResponseBody<'/berichtenbox/bij/{id}', 'get'>;
/** Only the fields of the notice type's field list that have a value (docs/api.md, Berichtenbox). */
export type NoticeContent = Schema<'NoticeContent'>;
export type HistoryEntry = NoticeDetail['history'][number];

export const noticeKey = (box: Box, id: number) => [...boxKey(box), 'notice', id] as const;

export const getNotice = (box: Box, id: number) => api<NoticeDetail>(`/berichtenbox/${box}/${id}`);

/**
 * Opens a notice: the API marks a delivered notice read, so the box's lists
 * (their statuses and unread counts) are stale once it answers.
 */
export function useNotice(box: Box, id: number | undefined) {
  const client = useQueryClient();
  return useQuery({
    queryKey: noticeKey(box, id ?? 0),
    queryFn: async () => {
      const notice = await getNotice(box, id ?? 0);
      void client.invalidateQueries({ queryKey: boxListKey(box) });
      return notice;
    },
    enabled: id !== undefined,
  });
}
