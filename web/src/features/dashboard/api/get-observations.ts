import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api, withQuery } from '../../../lib/api.ts';

export type ValueStatus = 'published' | 'suppressed' | 'not-applicable';

export type ObservationPage = ResponseBody<'/open-data/tables/{id}/observations', 'get'>;
/** One cell: per dimension its code, per measure its value and `<measure>__status`. */
export type Observation = ObservationPage['observations'][number];

/** Per dimension the wanted codes; a dimension left out gives every code. */
export type Filters = Record<string, readonly string[]>;

/** The largest page the API gives; the dashboard's selections stay well under it. */
export const PAGE = 10_000;

function observationsQuery(filters: Filters, measures: readonly string[]) {
  const query: Record<string, string> = {};
  for (const [dimension, codes] of Object.entries(filters)) query[dimension] = codes.join(',');
  query.measures = measures.join(',');
  return query;
}

export const getObservations = (table: string, filters: Filters, measures: readonly string[]) =>
  api<ObservationPage>(`/open-data/tables/${encodeURIComponent(table)}/observations`, {
    anonymous: true,
    query: { ...observationsQuery(filters, measures), limit: PAGE },
  });

/** The same selection as CSV, for the download link next to a figure. */
export function csvLink(table: string, filters: Filters, measures: readonly string[]): string {
  return `/api/v1${withQuery(`/open-data/tables/${encodeURIComponent(table)}/observations`, {
    ...observationsQuery(filters, measures),
    limit: PAGE,
    format: 'csv',
  })}`;
}

export function useObservations(table: string | undefined, filters: Filters, measures: readonly string[]) {
  return useQuery({
    queryKey: ['open-data', 'observations', table, filters, measures],
    queryFn: () => getObservations(table ?? '', filters, measures),
    enabled: table !== undefined,
    staleTime: 5 * 60_000,
    // While a new selection loads, the figure keeps showing the last one instead of jumping.
    placeholderData: keepPreviousData,
  });
}

export const cellValue = (row: Observation, measure: string): number | null => {
  const value = row[measure];
  return typeof value === 'number' ? value : null;
};

export const cellStatus = (row: Observation, measure: string): ValueStatus => {
  const status = row[`${measure}__status`];
  return status === 'suppressed' || status === 'not-applicable' ? status : 'published';
};
