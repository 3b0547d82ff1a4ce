import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { ApiError, api, currentCsrfToken } from '../../../lib/api.ts';
import type { Box } from '../../../lib/notices.ts';
import { boxKey, boxListKey } from './get-box.ts';

/**
 * A search of a box (the three boxes answer alike). It goes in a POST body:
 * a BSN, an SKN or a kenmerk never stands in a URL, a browser's history or an access log.
 */
export type BoxSearch = Omit<RequestBody<'/berichtenbox/bij/zoeken', 'post'>, 'cursor' | 'limit' | 'type'> & {
  type?: string;
};
export type SearchPage = ResponseBody<'/berichtenbox/bij/zoeken', 'post'>;
export type BulkResult = ResponseBody<'/berichtenbox/bij/ontvangst', 'post'>;
export type UpcomingReleases = ResponseBody<'/berichtenbox/reintegration/vrijlatingen', 'get'>;

export const searchBox = (box: Box, search: BoxSearch, cursor?: string) =>
  api<SearchPage>(`/berichtenbox/${box}/zoeken`, { method: 'POST', body: { ...search, cursor } });

/** One page of the box, searched, filtered and sorted. */
export function useSearchBox(box: Box, search: BoxSearch, cursor?: string) {
  return useQuery({
    queryKey: [...boxListKey(box), 'search', search, cursor ?? null],
    queryFn: () => searchBox(box, search, cursor),
  });
}

/** Every notice of the person of notice `noticeId` in this box. */
export function usePersonNotices(box: Box, noticeId: number | undefined) {
  return useQuery({
    queryKey: [...boxListKey(box), 'person', noticeId ?? 0],
    queryFn: () => api<SearchPage>(`/berichtenbox/${box}/persoon`, { method: 'POST', body: { noticeId } }),
    enabled: noticeId !== undefined,
  });
}

export function useUpcomingReleases(weeks: number) {
  return useQuery({
    queryKey: [...boxKey('reintegration'), 'upcoming', weeks],
    queryFn: () => api<UpcomingReleases>('/berichtenbox/reintegration/vrijlatingen', { query: { weeks } }),
  });
}

/** Acknowledges several notices in one action; the box's lists are fetched again. */
export function useBulkAcknowledge(box: Box) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) =>
      api<BulkResult>(`/berichtenbox/${box}/ontvangst`, { method: 'POST', body: { ids } }),
    onSuccess: () => client.invalidateQueries({ queryKey: boxKey(box) }),
  });
}

/** The box's current view as a CSV file the browser saves (the API logs every person in it). */
export async function downloadExport(box: Box, search: BoxSearch): Promise<void> {
  const token = currentCsrfToken();
  const response = await fetch(`/api/v1/berichtenbox/${box}/export`, {
    method: 'POST',
    headers: {
      accept: 'text/csv',
      'content-type': 'application/json',
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body: JSON.stringify(search),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new ApiError(response.status, 'EXPORT', 'De export kon niet worden gemaakt.');
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? `berichtenbox-${box}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
