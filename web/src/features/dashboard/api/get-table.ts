import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export { TOTAL } from '../../../../../src/statistics/published.ts';

/** A published table's metadata: what it counts, by which dimensions, from which sources. */
export type TableMeta = ResponseBody<'/open-data/tables/{id}', 'get'>;
export type Dimension = TableMeta['dimensions'][number];
export type DimensionCode = Dimension['codes'][number];
export type Measure = TableMeta['measures'][number];
export type Unit = Measure['unit'];

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
