import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody, ResponseBody } from '../../../api/types.ts';
import { api } from '../../../lib/api.ts';
import { usersKey } from './get-users.ts';

export type AdminUser = ResponseBody<'/gebruikers/{id}', 'get'>;
export type UserEdit = RequestBody<'/gebruikers/{id}', 'patch'>;
export type ResetResult = ResponseBody<'/gebruikers/{id}/wachtwoord-herstel', 'post'>;

/** What an administrator does to one user; every answer is the user as they now are (and a reset's password). */
export type UserAction =
  | { kind: 'edit'; id: number; edit: UserEdit }
  | { kind: 'roles'; id: number; roles: AdminUser['roles'] }
  | { kind: 'deactivate' | 'reactivate' | 'unlock'; id: number }
  | { kind: 'reset'; id: number };

const PATHS = { deactivate: 'deactiveren', reactivate: 'activeren', unlock: 'ontgrendelen' } as const;

export function runUserAction(action: UserAction): Promise<AdminUser | ResetResult> {
  const base = `/gebruikers/${action.id}`;
  switch (action.kind) {
    case 'edit':
      return api<AdminUser>(base, { method: 'PATCH', body: action.edit });
    case 'roles':
      return api<AdminUser>(`${base}/rollen`, { method: 'PUT', body: { roles: action.roles } });
    case 'reset':
      return api<ResetResult>(`${base}/wachtwoord-herstel`, { method: 'POST' });
    default:
      return api<AdminUser>(`${base}/${PATHS[action.kind]}`, { method: 'POST' });
  }
}

export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: runUserAction,
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
