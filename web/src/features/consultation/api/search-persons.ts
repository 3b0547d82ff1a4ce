import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

/** One of the three ways to find a person; the BSN travels in the body, never in a URL. */
export type PersonQuery = RequestBody<'/personen/zoeken', 'post'>;
export type SearchOutcome = ResponseBody<'/personen/zoeken', 'post'>;
export type PersonHit = SearchOutcome['results'][number];

export const searchPersons = (query: PersonQuery) =>
  api<SearchOutcome>('/personen/zoeken', { method: 'POST', body: query });

/**
 * The last search's results live in the query cache (memory only, wiped at
 * logout and session end), so going back from a person to the results does
 * not search, and log, again.
 */
const lastSearchKey = ['person-search'] as const;

export function useLastSearch() {
  return useQuery<SearchOutcome | null>({
    queryKey: lastSearchKey,
    queryFn: () => null,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSearchPersons() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: searchPersons,
    onSuccess: (outcome) => client.setQueryData(lastSearchKey, outcome),
    onError: () => client.setQueryData(lastSearchKey, null),
  });
}
