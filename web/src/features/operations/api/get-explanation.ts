import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

/** The event, the notices it made with their state now, and why the other rules made none. */
export type Explanation = ResponseBody<'/operaties/uitleg/{source}/{eventId}', 'get'>;

/** Every rule an event triggered: the notices it made and why the others made none. Logged. */
export const getExplanation = (source: string, eventId: string) =>
  api<Explanation>(`/operaties/uitleg/${encodeURIComponent(source)}/${encodeURIComponent(eventId)}`);

/** The same, for the event a notice was made of: what a link from a list carries. Logged. */
export const getNoticeExplanation = (noticeId: number) =>
  api<Explanation>(`/operaties/uitleg/bericht/${noticeId}`);

export function useExplanation(source: string, eventId: string) {
  return useQuery({
    queryKey: ['operations', 'explanation', source, eventId],
    queryFn: () => getExplanation(source, eventId),
    enabled: source !== '' && eventId !== '',
  });
}

export function useNoticeExplanation(noticeId: number | null) {
  return useQuery({
    queryKey: ['operations', 'explanation', 'notice', noticeId],
    queryFn: () => getNoticeExplanation(noticeId ?? 0),
    enabled: noticeId !== null,
  });
}
