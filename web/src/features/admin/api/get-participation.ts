import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export const participationKey = ['admin', 'participation'] as const;

export type MunicipalityParticipation = ResponseBody<'/deelname', 'get'>[number];
export type ParticipationBox = 'bij' | 'reintegration';

/** Every current municipality with its participation per box today (administrators). */
export const getParticipation = () => api<ResponseBody<'/deelname', 'get'>>('/deelname');

export function useParticipation() {
  return useQuery({
    queryKey: participationKey,
    queryFn: getParticipation,
    placeholderData: keepPreviousData,
  });
}
