import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Box, NoticeStatus, NoticeType } from '../../../lib/notices.ts';
import { boxKey, boxListKey, type PersonName } from './get-box.ts';

export interface Address {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  municipalityCode: string;
}

/** Only the fields of the notice type's field list that have a value (docs/api.md, Berichtenbox). */
export interface NoticeContent {
  bsn?: string;
  skn?: string;
  name?: PersonName;
  birthDate?: string;
  institution?: { code: string; name: string };
  admissionDate?: string;
  plannedEndDate?: string;
  releaseDate?: string;
  leaveFrom?: string;
  leaveUntil?: string;
  phaseFrom?: string;
  terminationDate?: string;
  /** BIJ: the leave address, or for the BRP-routed types only the municipality. */
  routingAddress?: Address | { municipalityCode: string; municipalityName: string };
  victimReference?: string;
  drPlanAvailable?: boolean;
  drInformationConsent?: boolean;
}

export interface HistoryEntry {
  at: string;
  action: string;
  by: { username: string; organisation: string };
  fromStatus: string | null;
  toStatus: string;
  fromRecipient: string | null;
  toRecipient: string | null;
  reason: string | null;
}

export interface NoticeDetail {
  id: number;
  box: Box;
  type: NoticeType;
  status: NoticeStatus;
  createdAt: string;
  eventDate: string;
  legalBasis: string;
  content: NoticeContent;
  history: HistoryEntry[];
}

export const noticeKey = (box: Box, id: number) => [...boxKey(box), 'notice', id] as const;

export const getNotice = (box: Box, id: number) => api<NoticeDetail>(`/berichtenbox/${box}/${id}`);

/**
 * Opens a notice: the API marks a delivered notice read, so the box's lists
 * (their statuses and unread counts) are stale once it answers.
 */
export function useNotice(box: Box, id: number | undefined) {
  const client = useQueryClient();
  return useQuery({
    queryKey: noticeKey(box, id ?? 0),
    queryFn: async () => {
      const notice = await getNotice(box, id ?? 0);
      void client.invalidateQueries({ queryKey: boxListKey(box) });
      return notice;
    },
    enabled: id !== undefined,
  });
}
