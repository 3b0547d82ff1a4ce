import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface PersonName {
  surname: string;
  givenNames: string;
}

export interface MunicipalityRef {
  code: string;
  name: string;
}

export interface Address {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  municipalityCode: string;
}

/** Why the rules sent a notice where they did (or could not). */
export interface Routing {
  basis: 'leave-address' | 'brp' | 'fixed';
  address: Address | null;
  municipality: MunicipalityRef | null;
  /** The rules' own words (English). */
  explanation: string;
}

/** A notice on the operators' desk: BIJ review or the queue. */
export interface WorkItem {
  id: number;
  box: 'bij' | 'reintegration' | 'victims';
  type: string;
  status: string;
  createdAt: string;
  eventDate: string;
  name: PersonName | null;
  birthDate: string | null;
  institution: { code: string; name: string } | null;
  /** The municipality the rules chose (review); null in the queue. */
  proposed: MunicipalityRef | null;
  /** Why the rules could not route it (queue). */
  exception: string | null;
  routing: Routing;
}

export interface WorkPage {
  notices: WorkItem[];
  nextCursor: string | null;
}

export const PAGE_SIZE = 25;

export const reviewKey = ['operations', 'review'] as const;

/** BIJ notices awaiting the check of their municipality, oldest first. Every person listed is logged. */
export const getReviewNotices = (cursor: string | undefined) =>
  api<WorkPage>('/operaties/bij-controle', { query: { limit: PAGE_SIZE, cursor } });

export function useReviewNotices(cursor: string | undefined) {
  return useQuery({
    queryKey: [...reviewKey, cursor ?? ''],
    queryFn: () => getReviewNotices(cursor),
    placeholderData: keepPreviousData,
  });
}
