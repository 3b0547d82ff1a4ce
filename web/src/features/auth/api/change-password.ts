import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { sessionKey } from '../../../lib/auth/get-session.ts';

export type PasswordChange = RequestBody<'/sessie/wachtwoord', 'put'>;

/** The API's minimum (src/access/passwords.ts). */
export const MIN_PASSWORD_LENGTH = 12;

/** One's own password: 422 CURRENT_PASSWORD_WRONG, WEAK_PASSWORD or PASSWORD_UNCHANGED. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => api<void>('/sessie/wachtwoord', { method: 'PUT', body: change }),
    // The session no longer asks for a change.
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey }),
  });
}
