import { useQuery } from '@tanstack/react-query';
import type { ResponseBody } from '../../api/types.ts';
import { ApiError, api, setCsrfToken } from '../api.ts';

/** The logged-in user, their session's CSRF token and when it ends. */
export type Session = ResponseBody<'/sessie', 'get'>;
export type User = Session['user'];

export const sessionKey = ['session'] as const;

/** The current session, or null when nobody is logged in. */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/sessie', { anonymous: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: getSession, staleTime: 60_000, retry: false });
}
