import { useQuery } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

/** The person view: identity, current detention status and every episode with its timeline. */
export type PersonView = ResponseBody<'/personen/raadplegen', 'post'>;
export type Episode = PersonView['episodes'][number];
export type TimelineEntry = Episode['timeline'][number];
export type TitleVersion = Episode['titles'][number];
/** An address as the view and the timeline's leave details give it. */
export type Address = Pick<
  NonNullable<PersonView['person']['address']>,
  'street' | 'houseNumber' | 'postalCode' | 'city'
>;

/**
 * Every call is a consultation and is written to the processing log; the view
 * is not kept after leaving it. A POST with the SKN in the body: the SKN never
 * goes in a URL.
 */
export const getPerson = (skn: string) =>
  api<PersonView>('/personen/raadplegen', {
    method: 'POST',
    body: { skn } satisfies RequestBody<'/personen/raadplegen', 'post'>,
  });

export function usePerson(skn: string) {
  return useQuery({ queryKey: ['person', skn], queryFn: () => getPerson(skn), gcTime: 0, staleTime: 60_000 });
}
