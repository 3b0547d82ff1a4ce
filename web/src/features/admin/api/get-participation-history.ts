import { useQuery } from '@tanstack/react-query';
import type { ResponseBody, Schema } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { participationKey } from './get-participation.ts';

export type ParticipationHistory = ResponseBody<'/deelname/{code}', 'get'>;
export type ParticipationRegistration = Schema<'ParticipationRegistration'>;

/** One municipality: its state per box and every registration with its end (administrators). */
export const getParticipationHistory = (code: string) =>
  api<ParticipationHistory>(`/deelname/${encodeURIComponent(code)}`);

export function useParticipationHistory(code: string) {
  return useQuery({
    queryKey: [...participationKey, code],
    queryFn: () => getParticipationHistory(code),
    enabled: code !== '',
  });
}
