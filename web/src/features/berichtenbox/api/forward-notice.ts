import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { boxKey } from './get-box.ts';

export type ForwardRequest = { id: number } & RequestBody<'/berichtenbox/bij/{id}/doorsturen', 'post'>;

export const forwardNotice = ({ id, municipalityCode, reason }: ForwardRequest) =>
  api<ResponseBody<'/berichtenbox/bij/{id}/doorsturen', 'post'>>(`/berichtenbox/bij/${id}/doorsturen`, {
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
