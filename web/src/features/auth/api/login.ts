import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody } from '../../../api/types.ts';
import { api, setCsrfToken } from '../../../lib/api.ts';
import { type Session, sessionKey } from '../../../lib/auth/get-session.ts';

export type Credentials = RequestBody<'/sessie', 'post'>;

export async function login(credentials: Credentials): Promise<Session> {
  const session = await api<Session>('/sessie', { method: 'POST', body: credentials, anonymous: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Nothing cached under someone else's session may show.
      client.clear();
      client.setQueryData(sessionKey, session);
    },
  });
}
