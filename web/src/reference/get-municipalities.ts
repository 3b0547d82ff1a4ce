import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../api/types.ts';
import { api } from '../lib/api.ts';

type MunicipalityList = ResponseBody<'/reference/municipalities', 'get'>;
export type Municipality = MunicipalityList['items'][number];

const byName = (a: Municipality, b: Municipality) =>
  a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code);

/** Today's municipalities (or every code since 2019, with `includeFormer`), by name. Public. */
export async function getMunicipalities(includeFormer = false): Promise<Municipality[]> {
  const list = await api<MunicipalityList>('/reference/municipalities', {
    query: { includeFormer: includeFormer ? 'true' : undefined },
  });
  return [...list.items].sort(byName);
}

export function useMunicipalities(includeFormer = false) {
  return useQuery({
    queryKey: ['reference', 'municipalities', includeFormer],
    queryFn: () => getMunicipalities(includeFormer),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
