import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface InstitutionRef {
  code: string;
  name: string;
  sector: string;
}

export interface TitleView {
  kind: string;
  name: string;
  irrevocable: boolean;
  offences: { code: string; description: string | null; category: string | null }[];
  sentenceDays: number | null;
  caseNumber: string | null;
}

export interface Address {
  validFrom?: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  municipalityCode?: string;
}

export interface TimelineEntry {
  type: string;
  date: string;
  occurredAt: string;
  institution: InstitutionRef;
  details: Record<string, unknown>;
}

export interface Episode {
  id: number;
  sector: string;
  admittedOn: string;
  releasedOn: string | null;
  status: string;
  title: TitleView;
  plannedEndDate: string | null;
  stays: { institution: InstitutionRef; from: string; until: string | null }[];
  timeline: TimelineEntry[];
}

export interface PersonView {
  person: {
    skn: string;
    bsn: string | null;
    surname: string;
    givenNames: string;
    birthDate: string;
    gender: string;
    address: (Address & { validFrom: string; municipalityCode: string }) | null;
    identityDeterminations: { method: string; organisation: string; determinedAt: string }[];
  };
  status: {
    detained: boolean;
    escaped: boolean;
    institution: InstitutionRef | null;
    since: string | null;
    admittedOn: string | null;
    title: TitleView | null;
    plannedEndDate: string | null;
    releaseScheduledOn: string | null;
    onLeave: { from: string; until: string | null } | null;
    lastReleasedOn: string | null;
  };
  episodes: Episode[];
}

/**
 * Every call is a consultation and is written to the processing log; the view
 * is not kept after leaving it. A POST with the SKN in the body: the SKN never
 * goes in a URL.
 */
export const getPerson = (skn: string) =>
  api<PersonView>('/personen/raadplegen', { method: 'POST', body: { skn } });

export function usePerson(skn: string) {
  return useQuery({ queryKey: ['person', skn], queryFn: () => getPerson(skn), gcTime: 0, staleTime: 60_000 });
}
