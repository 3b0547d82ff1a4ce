import { useQuery } from '@tanstack/react-query';
import type { Theme } from '../../../../../src/statistics/published.ts';
import { api } from '../../../lib/api.ts';

/** The themes of Criminaliteit en Recht the published tables belong to: the service's own list. */
export type { Theme };

export interface TableLinks {
  self: string;
  observations: string;
  csv: string;
  parquet: string;
}

export interface CatalogueTable {
  id: string;
  title: string;
  theme: Theme;
  summary: string;
  rows: number;
  links: TableLinks;
}

export interface Catalogue {
  /** null while nothing is published. */
  release: string | null;
  builtFrom: string | null;
  licence: { name: string; url: string };
  attribution: string;
  tables: CatalogueTable[];
}

export const getCatalogue = () => api<Catalogue>('/open-data/tables', { anonymous: true });

/** The open-data catalogue: public, the same for everyone, and new at most once per release. */
export function useCatalogue() {
  return useQuery({ queryKey: ['open-data', 'catalogue'], queryFn: getCatalogue, staleTime: 5 * 60_000 });
}
