import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { usersKey } from './get-users.ts';

/** A new user: with a password, or with the OIDC identity they will log in with. */
export type NewUser = RequestBody<'/gebruikers', 'post'>;

/** The API's minimum (src/access/passwords.ts). */
export const MIN_PASSWORD_LENGTH = 12;

/** Create a user (administrators): 409 USERNAME_TAKEN, 422 ROLE_NOT_ALLOWED or WEAK_PASSWORD. */
export const createUser = (user: NewUser) =>
  api<ResponseBody<'/gebruikers', 'post', 201>>('/gebruikers', { method: 'POST', body: user });

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
