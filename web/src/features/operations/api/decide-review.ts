import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { reviewKey } from './get-review-notices.ts';
import { workCountsKey } from './get-work-counts.ts';

export type ReviewDecision = RequestBody<'/operaties/bij-controle/{id}', 'post'>;

/** The notice's state after the decision. */
export type NoticeState = ResponseBody<'/operaties/bij-controle/{id}', 'post'>;

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
