import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { reviewKey } from './get-review-notices.ts';
import { workCountsKey } from './get-work-counts.ts';

export type ReviewDecision =
  | { decision: 'confirm' }
  | { decision: 'change'; municipalityCode: string; reason: string };

/** The notice's state after the decision. */
export interface NoticeState {
  id: number;
  box: string;
  type: string;
  status: string;
  recipient: string | null;
}

/** Confirm the municipality of a BIJ notice, or change it with a reason: either way it is delivered. */
export const decideReview = ({ id, ...decision }: { id: number } & ReviewDecision) =>
  api<NoticeState>(`/operaties/bij-controle/${id}`, { method: 'POST', body: decision });

export function useDecideReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: decideReview,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: reviewKey });
      await client.invalidateQueries({ queryKey: workCountsKey });
    },
  });
}
