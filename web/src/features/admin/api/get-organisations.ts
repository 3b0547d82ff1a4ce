import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export type OrganisationKind =
  | 'municipality'
  | 'dji'
  | 'cjib'
  | 'cjib-idv'
  | 'rvdk'
  | '3ro'
  | 'police'
  | 'om'
  | 'justid';

export interface Organisation {
  code: string;
  name: string;
  kind: OrganisationKind;
}

/** The active organisations, by code (administrators). */
export const getOrganisations = () => api<Organisation[]>('/organisaties');

export function useOrganisations() {
  return useQuery({ queryKey: ['admin', 'organisations'], queryFn: getOrganisations, staleTime: 5 * 60_000 });
}
