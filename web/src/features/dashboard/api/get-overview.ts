import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

/** The dashboard's first screen in one answer: the catalogue and each theme's headline figure. */
export type Overview = ResponseBody<'/open-data/overview', 'get'>;
export type OverviewHeadline = Overview['headlines'][number];

/**
 * The same path as the preload of /cijfers (a Link header, src/platform/web.ts), so the browser hands this
 * request the answer it started fetching with the page, while the scripts
 * were still coming in.
 */
export const OVERVIEW_PATH = '/open-data/overview';

/**
 * Asked as the preload of /cijfers (a Link header, src/platform/web.ts) asks (no headers of its own,
 * same-origin credentials), so the browser can hand this request the
 * preloaded answer; anything but a good answer is asked again through api(),
 * which turns it into the portal's usual error.
 */
async function fetchOverview(): Promise<Overview> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${OVERVIEW_PATH}`, { credentials: 'same-origin' });
  } catch {
    return api<Overview>(OVERVIEW_PATH, { anonymous: true });
  }
  if (!response.ok) return api<Overview>(OVERVIEW_PATH, { anonymous: true });
  return (await response.json()) as Overview;
}

/** How long an answer is used again: as long as the service says it may be cached, and the queries keep it. */
const FRESH_MS = 5 * 60_000;

let kept: { answer: Promise<Overview>; at: number } | undefined;

/**
 * The overview: one request, and its answer kept for whoever asks next. The
 * request started before React renders is usually answered before a
 * component asks (the preload was faster than the scripts), so the answer
 * is kept, not only the request on its way.
 */
export function getOverview(): Promise<Overview> {
  if (!kept || Date.now() - kept.at > FRESH_MS) {
    const asked = fetchOverview();
    const entry = { answer: asked, at: Date.now() };
    kept = entry;
    // A failed request is not kept: the next ask tries again.
    asked.catch(() => {
      if (kept === entry) kept = undefined;
    });
  }
  return kept.answer;
}

/** Starts the overview before React renders, when the page is the overview: its data need not wait for the page's components. */
export function startOverviewEarly(): void {
  if (window.location.pathname.replace(/\/$/, '') === '/cijfers') getOverview().catch(() => undefined);
}

/** The overview asked for lately, if any: the catalogue it holds need not be asked for again. */
export const recentOverview = (): Promise<Overview> | undefined =>
  kept && Date.now() - kept.at <= FRESH_MS ? kept.answer : undefined;

/** The overview; its catalogue also fills the catalogue's query, which every dashboard page reads. */
export function useOverview() {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['open-data', 'overview'],
    queryFn: async () => {
      const overview = await getOverview();
      client.setQueryData(['open-data', 'catalogue'], overview.catalogue);
      return overview;
    },
    staleTime: 5 * 60_000,
  });
}
