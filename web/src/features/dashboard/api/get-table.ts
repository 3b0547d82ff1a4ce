import { useQuery } from '@tanstack/react-query';
import type { Dimension, DimensionCode, Measure } from '../../../../../src/statistics/published.ts';
import { api } from '../../../lib/api.ts';
import type { TableLinks, Theme } from './get-catalogue.ts';

export { TOTAL } from '../../../../../src/statistics/published.ts';
export type { Dimension, DimensionCode, Measure };
export type Unit = Measure['unit'];

export interface TableMeta {
  id: string;
  title: string;
  theme: Theme;
  summary: string;
  definition: string;
  dimensions: Dimension[];
  measures: Measure[];
  sources: string[];
  licence: { name: string; url: string };
  attribution: string;
  release: string;
  rows: number;
  links: TableLinks & { definition: string };
}

export const getTable = (id: string) =>
  api<TableMeta>(`/open-data/tables/${encodeURIComponent(id)}`, { anonymous: true });

export function useTableMeta(id: string | undefined) {
  return useQuery({
    queryKey: ['open-data', 'table', id],
    queryFn: () => getTable(id ?? ''),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
