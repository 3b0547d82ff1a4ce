import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** A delivery refused because its (source, eventId) was known with other content. */
export interface EventConflict {
  id: number;
  source: string;
  eventId: string;
  /** The logged original; null when it came earlier in the same refused delivery. */
  originalLogId: number | null;
  /** Names of the fields that differ; the API never gives their values. */
  differingFields: string[];
  channel: 'api' | 'file';
  detectedAt: string;
}

export interface ConflictPage {
  conflicts: EventConflict[];
  nextBefore: number | null;
}

/** The refused repeats, newest first; `before` is the nextBefore of the page before. No personal data. */
export const getConflicts = (before?: string) =>
  api<ConflictPage>(`/operaties/conflicten?limit=25${before ? `&before=${encodeURIComponent(before)}` : ''}`);

export function useConflicts(before?: string) {
  return useQuery({
    queryKey: ['operations', 'conflicts', before ?? ''],
    queryFn: () => getConflicts(before),
  });
}
