import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api.ts';

export interface Municipality {
  code: string;
  name: string;
  province: string;
  validFrom: string;
  validUntil: string | null;
  population: number | null;
}

interface MunicipalityList {
  items: Municipality[];
}

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
