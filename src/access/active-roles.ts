/**
 * Who can act for an organisation: per organisation and role, how many users
 * hold the role and can log in (not disabled). Read by the notification
 * routing, so a notice is not put in a box nobody can open.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { Role } from './model.ts';

export interface RoleHolders {
  organisation: string;
  role: Role;
  users: number;
}

/**
 * Every (organisation, role) with at least one active user. Locks are per
 * client address since migration 0009 (a locked address leaves the holder
 * able to log in elsewhere), so only `disabled` takes a user out.
 */
export async function activeRoleHolders(db: Db): Promise<RoleHolders[]> {
  const rows = await db
    .selectFrom(
      sql<{ organisation: string; role: string }>`(
      SELECT organisation, unnest(roles) AS role FROM users WHERE NOT disabled
    )`.as('held'),
    )
    .select(['organisation', 'role', (eb) => eb.fn.countAll<string>().as('users')])
    .groupBy(['organisation', 'role'])
    .orderBy('organisation')
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ organisation: r.organisation, role: r.role as Role, users: Number(r.users) }));
}
