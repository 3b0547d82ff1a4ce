import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { TableLinks, Theme } from './get-catalogue.ts';

/** The code of a dimension's total. */
export const TOTAL = 'T';

export interface DimensionCode {
  code: string;
  title: string;
}

export interface Dimension {
  id: string;
  title: string;
  description: string;
  /** In display order; the total (T) first. */
  codes: DimensionCode[];
}

export type Unit = 'aantal' | 'dagen' | 'procent';

export interface Measure {
  id: string;
  title: string;
  unit: Unit;
  decimals: number;
  description: string;
}

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
