import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';
import { sessionKey } from '../../../lib/auth/get-session.ts';

export async function logout(): Promise<void> {
  await api<void>('/sessie', { method: 'DELETE' });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(undefined);
      client.clear();
      client.setQueryData(sessionKey, null);
    },
  });
}
