import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../api/types.ts';
import { api } from '../lib/api.ts';

type InstitutionList = ResponseBody<'/reference/institutions', 'get'>;
export type Institution = InstitutionList['items'][number];

export const getInstitutions = async () => (await api<InstitutionList>('/reference/institutions')).items;

/** The DJI institutions by code (public reference data), for names the timeline gives as codes. */
export function useInstitutionNames() {
  const query = useQuery({
    queryKey: ['reference', 'institutions'],
    queryFn: getInstitutions,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const names = new Map((query.data ?? []).map((i) => [i.code, i.name]));
  return (code: unknown) => (typeof code === 'string' ? (names.get(code) ?? code) : '');
}
