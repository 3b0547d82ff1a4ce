import { useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../../../lib/api.ts';
import type { Role } from '../roles.ts';

export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  organisation: string;
  roles: Role[];
}

export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

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
