import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export type ConflictPage = ResponseBody<'/operaties/conflicten', 'get'>;
/** A delivery refused because its (source, eventId) was known with other content. */
export type EventConflict = ConflictPage['conflicts'][number];

/** The refused repeats, newest first; `before` is the nextBefore of the page before. No personal data. */
export const getConflicts = (before?: string) =>
  api<ConflictPage>(`/operaties/conflicten?limit=25${before ? `&before=${encodeURIComponent(before)}` : ''}`);

export function useConflicts(before?: string) {
  return useQuery({
    queryKey: ['operations', 'conflicts', before ?? ''],
    queryFn: () => getConflicts(before),
  });
}
