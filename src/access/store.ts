/** SQL for organisations, users and sessions. */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { ConflictError, DomainError, NotFoundError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { CHAIN_ORGANISATIONS, type Organisation, ROLE_ORGANISATIONS, type Role, type User } from './model.ts';

/**
 * Keeps the organisations in step with the reference data: every current
 * municipality exists, a merged one is set inactive (its users keep working
 * until an administrator moves them).
 */
export async function syncOrganisations(db: Db, catalog: ReferenceCatalog, date: string): Promise<void> {
  const municipalities = catalog
    .municipalitiesOn(date)
    .map((m) => ({ code: m.code, name: `Gemeente ${m.name}`, kind: 'municipality' as const }));
  const all: Organisation[] = [...CHAIN_ORGANISATIONS, ...municipalities];
  await db
    .insertInto('organisations')
    .values(all.map((o) => ({ ...o, active: true })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), active: true })),
    )
    .execute();
  await db
    .updateTable('organisations')
    .set({ active: false })
    .where('kind', '=', 'municipality')
    .where(
      'code',
      'not in',
      municipalities.map((m) => m.code),
    )
    .execute();
}

export async function findOrganisation(db: Db, code: string): Promise<Organisation | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select(['code', 'name', 'kind'])
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? { code: row.code, name: row.name, kind: row.kind as Organisation['kind'] } : undefined;
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['code', 'name', 'kind'])
    .where('active', '=', true)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind as Organisation['kind'] }));
}

export type UserRow = {
  id: number;
  username: string;
  display_name: string;
  email: string | null;
  organisation: string;
  roles: string[];
};
export const USER_COLUMNS = ['id', 'username', 'display_name', 'email', 'organisation', 'roles'] as const;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    organisation: row.organisation,
    roles: row.roles as Role[],
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  organisation: string;
  roles: Role[];
  passwordHash?: string | null;
  oidcIssuer?: string | null;
  oidcSubject?: string | null;
}

/** Refuses (422 ROLE_NOT_ALLOWED) a role the organisation's kind may not hold (ROLE_ORGANISATIONS). */
export function checkRoles(organisation: Organisation, roles: readonly Role[]): void {
  for (const role of roles) {
    if (!ROLE_ORGANISATIONS[role].includes(organisation.kind)) {
      throw new DomainError(
        'ROLE_NOT_ALLOWED',
        422,
        `a ${organisation.kind} user cannot have the role ${role}`,
        [
          {
            field: 'roles',
            rule: 'organisation-kind',
            message: `${role} is for ${ROLE_ORGANISATIONS[role].join(', ')}`,
          },
        ],
      );
    }
  }
}

/** Creates a user after checking that the organisation exists and may hold each role. */
export async function createUser(db: Db, user: NewUser): Promise<User> {
  const organisation = await findOrganisation(db, user.organisation);
  if (!organisation)
    throw new NotFoundError('ORGANISATION_NOT_FOUND', `no organisation ${user.organisation}`);
  checkRoles(organisation, user.roles);
  const username = user.username.trim().toLowerCase();
  const exists = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (exists) throw new ConflictError('USERNAME_TAKEN', `the username ${username} is taken`);
  const row = await db
    .insertInto('users')
    .values({
      username,
      display_name: user.displayName,
      email: user.email ?? null,
      organisation: user.organisation,
      roles: user.roles,
      password_hash: user.passwordHash ?? null,
      oidc_issuer: user.oidcIssuer ?? null,
      oidc_subject: user.oidcSubject ?? null,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function listUsers(db: Db, organisation?: string): Promise<User[]> {
  let query = db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('disabled', '=', false)
    .orderBy('organisation')
    .orderBy('username');
  if (organisation) query = query.where('organisation', '=', organisation);
  return (await query.execute()).map(toUser);
}

export interface LoginCandidate {
  user: User;
  passwordHash: string | null;
  mustChangePassword: boolean;
}

export async function findLoginCandidate(db: Db, username: string): Promise<LoginCandidate | undefined> {
  const row = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash', 'must_change_password'])
    .where('username', '=', username.trim().toLowerCase())
    .where('disabled', '=', false)
    .executeTakeFirst();
  return row
    ? { user: toUser(row), passwordHash: row.password_hash, mustChangePassword: row.must_change_password }
    : undefined;
}

export async function findUserByOidc(db: Db, issuer: string, subject: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .where('disabled', '=', false)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: Date;
  /** An administrator set the password: until the holder changes it, only that change and logout are open. */
  mustChangePassword: boolean;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** What the sessions table keeps of a cookie value. */
export const sessionIdHash = sha256;

/** Starts a session; returns the cookie value (shown once) and the CSRF token. */
export async function createSession(
  db: Db,
  userId: number,
  ttlMinutes: number,
): Promise<{ id: string; csrfToken: string; expiresAt: Date }> {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  await db
    .insertInto('sessions')
    .values({ id_hash: sha256(id), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { id, csrfToken, expiresAt };
}

/**
 * The live session behind a cookie value, extending its idle timeout (at
 * most up to the absolute limit since it began); expired sessions are removed.
 */
export async function touchSession(
  db: Db,
  id: string,
  idleMinutes: number,
  absoluteMinutes: number,
): Promise<Session | undefined> {
  const row = await db
    .updateTable('sessions')
    .set({
      last_seen_at: sql<Date>`now()`,
      expires_at: sql<Date>`least(now() + make_interval(mins => ${idleMinutes}), created_at + make_interval(mins => ${absoluteMinutes}))`,
    })
    .where('id_hash', '=', sha256(id))
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['user_id', 'csrf_token', 'expires_at'])
    .executeTakeFirst();
  if (!row) {
    await db.deleteFrom('sessions').where('id_hash', '=', sha256(id)).execute();
    return undefined;
  }
  const user = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'must_change_password'])
    .where('id', '=', row.user_id)
    .where('disabled', '=', false)
    .executeTakeFirst();
  return user
    ? {
        user: toUser(user),
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        mustChangePassword: user.must_change_password,
      }
    : undefined;
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256(id)).execute();
}
