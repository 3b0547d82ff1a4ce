import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

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

/** The municipalities that exist today (public reference data), by name. */
export async function getMunicipalities(): Promise<Municipality[]> {
  const list = await api<MunicipalityList>('/reference/municipalities');
  return [...list.items].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function useMunicipalities(enabled = true) {
  return useQuery({
    queryKey: ['reference', 'municipalities'],
    queryFn: getMunicipalities,
    staleTime: 60 * 60_000,
    enabled,
  });
}
