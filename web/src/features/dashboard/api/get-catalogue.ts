import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { recentOverview } from './get-overview.ts';

/** The open-data catalogue; its release is null while nothing is published. */
export type Catalogue = ResponseBody<'/open-data/tables', 'get'>;
export type CatalogueTable = Catalogue['tables'][number];
/** The themes of Criminaliteit en Recht the published tables belong to: the service's own list. */
export type Theme = CatalogueTable['theme'];
export type TableLinks = CatalogueTable['links'];

export const getCatalogue = () => api<Catalogue>('/open-data/tables', { anonymous: true });

/** The open-data catalogue: public, the same for everyone, and new at most once per release. */
export function useCatalogue() {
  return useQuery({
    queryKey: ['open-data', 'catalogue'],
    // On the overview the catalogue comes with the headline figures: no second request for it.
    queryFn: async () => {
      const overview = recentOverview();
      return overview ? ((await overview).catalogue as Catalogue) : getCatalogue();
    },
    staleTime: 5 * 60_000,
  });
}
