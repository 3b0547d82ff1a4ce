import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Organisation } from '../../../lib/auth/roles.ts';

export type { Organisation, OrganisationKind } from '../../../lib/auth/roles.ts';

/** The active organisations, by code (administrators). */
export const getOrganisations = () => api<Organisation[]>('/organisaties');

export function useOrganisations() {
  return useQuery({ queryKey: ['admin', 'organisations'], queryFn: getOrganisations, staleTime: 5 * 60_000 });
}
