import { useMutation } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';

export type SubjectQuery = RequestBody<'/verwerkingen/betrokkene', 'post'>;
export type SubjectReport = ResponseBody<'/verwerkingen/betrokkene', 'post'>;

/** The data-subject report (art. 15 AVG), by SKN or BSN in the body; the report is itself logged. */
export function useSubjectReport() {
  return useMutation({
    mutationFn: (query: SubjectQuery) =>
      api<SubjectReport>('/verwerkingen/betrokkene', { method: 'POST', body: query }),
  });
}
