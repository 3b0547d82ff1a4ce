import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { participationKey } from './get-participation.ts';

export type NewParticipation = RequestBody<'/deelname', 'post'>;

/** Register a municipality for a box from a date: 422 PARTICIPATION_INVALID with the field it concerns. */
export const registerParticipation = (registration: NewParticipation) =>
  api<ResponseBody<'/deelname', 'post', 201>>('/deelname', { method: 'POST', body: registration });

export function useRegisterParticipation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: registerParticipation,
    onSuccess: () => client.invalidateQueries({ queryKey: participationKey }),
  });
}
