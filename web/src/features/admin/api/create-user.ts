import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { User } from '../../auth/api/get-session.ts';
import type { Role } from '../../auth/roles.ts';
import { usersKey } from './get-users.ts';

export interface NewUser {
  /** 3 to 50 of a-z, 0-9, '.', '_' and '-'. */
  username: string;
  displayName: string;
  email?: string;
  organisation: string;
  roles: Role[];
  /** At least MIN_PASSWORD_LENGTH characters. */
  password?: string;
}

/** The API's minimum (src/access/passwords.ts). */
export const MIN_PASSWORD_LENGTH = 12;

/** Create a user (administrators): 409 USERNAME_TAKEN, 422 ROLE_NOT_ALLOWED or WEAK_PASSWORD. */
export const createUser = (user: NewUser) => api<User>('/gebruikers', { method: 'POST', body: user });

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
