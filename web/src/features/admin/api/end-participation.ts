import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { participationKey } from './get-participation.ts';

export type ParticipationEnd = RequestBody<'/deelname/registraties/{id}/einde', 'post'>;

/** End a participation from a date with a reason: 409 when it ended already, 422 before its start. */
export const endParticipation = ({ id, ...end }: ParticipationEnd & { id: number }) =>
  api<ResponseBody<'/deelname/registraties/{id}/einde', 'post'>>(`/deelname/registraties/${id}/einde`, {
    method: 'POST',
    body: end,
  });

export function useEndParticipation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: endParticipation,
    onSuccess: () => client.invalidateQueries({ queryKey: participationKey }),
  });
}
