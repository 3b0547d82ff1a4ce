import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api.ts';

export interface Institution {
  code: string;
  name: string;
  sector: string;
}

export const getInstitutions = async () =>
  (await api<{ items: Institution[] }>('/reference/institutions')).items;

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
