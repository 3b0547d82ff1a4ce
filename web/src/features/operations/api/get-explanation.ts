import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface Explanation {
  event: {
    logId: number;
    source: string;
    eventId: string;
    type: string;
    skn: string;
    occurredAt: string;
    receivedAt: string;
  };
  /** The notices the event made, with their state now. */
  notices: {
    id: number;
    box: string;
    type: string;
    recipient: string | null;
    exception: string | null;
    legalBasis: string;
    ruleSet: string;
    status: string;
  }[];
  /** The rules that reacted but made no notice, and why (English, as the rules say it). */
  decisions: { box: string; reason: string; ruleSet: string }[];
  /** Present when no rule reacted at all. */
  note?: string;
}

/** Every rule an event triggered: the notices it made and why the others made none. Logged. */
export const getExplanation = (source: string, eventId: string) =>
  api<Explanation>(`/operaties/uitleg/${encodeURIComponent(source)}/${encodeURIComponent(eventId)}`);

export function useExplanation(source: string, eventId: string) {
  return useQuery({
    queryKey: ['operations', 'explanation', source, eventId],
    queryFn: () => getExplanation(source, eventId),
    enabled: source !== '' && eventId !== '',
  });
}
