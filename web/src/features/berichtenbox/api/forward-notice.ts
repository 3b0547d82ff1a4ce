import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { NoticeState } from './acknowledge-notice.ts';
import { boxKey } from './get-box.ts';

export interface ForwardRequest {
  id: number;
  /** CBS code of a current municipality other than the user's own, e.g. GM0344. */
  municipalityCode: string;
  /** Why; kept in the history of both notices. */
  reason: string;
}

export const forwardNotice = ({ id, municipalityCode, reason }: ForwardRequest) =>
  api<NoticeState>(`/berichtenbox/bij/${id}/doorsturen`, {
    method: 'POST',
    body: { municipalityCode, reason },
  });

/** Forwards a BIJ notice to another municipality; the notice and the box's lists are fetched again. */
export function useForwardNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: forwardNotice,
    onSuccess: () => client.invalidateQueries({ queryKey: boxKey('bij') }),
  });
}
