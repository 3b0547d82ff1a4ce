import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../api/types.ts';
import { api } from '../../lib/api.ts';

/** One hash chain's check: rows counted, and the first row that does not fit, if any. */
export type ChainCheck = ResponseBody<'/verwerkingen/controle', 'get'>[number];

export const logCheckKey = ['log-check'] as const;

/** Recomputes the hash chains of the processing log and the audit log (no personal data). */
export const getLogCheck = () => api<ChainCheck[]>('/verwerkingen/controle');

export function useLogCheck() {
  return useQuery({ queryKey: logCheckKey, queryFn: getLogCheck, staleTime: 0 });
}
