/**
 * What an administrator does to a user, and a user's own password change:
 * each change is one transaction that also writes its audit row
 * (admin-audit.ts). Deactivating ends the user's sessions; a reset sets a
 * temporary password the holder must replace before anything else, ends
 * their sessions and lifts their login locks; not for a user linked to an
 * identity provider, whose password is their organisation's. Nobody is removed: a
 * deactivated user keeps their name in the logs and can be reactivated.
 */
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { ConflictError, DomainError, NotFoundError } from '../platform/errors.ts';
import type { TraceContext } from '../platform/trace.ts';
import { recordChange, type UserChange } from './admin-audit.ts';
import type { Role, User } from './model.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { checkRoles, findOrganisation, sessionIdHash, toUser, USER_COLUMNS } from './store.ts';

/** A user as administrators see them. */
export interface AdminUser extends User {
  active: boolean;
  mustChangePassword: boolean;
  /** Whether the user has a password (else they log in only through OIDC). */
  hasPassword: boolean;
  /** Linked to an identity provider: they log in through their organisation, so a reset has no place. */
  oidcLinked: boolean;
  /** Client addresses locked out of this account right now (login-throttle.ts). */
  lockedClients: number;
}

const ADMIN_COLUMNS = [...USER_COLUMNS, 'disabled', 'must_change_password'] as const;

function adminUsers(db: Db) {
  return db
    .selectFrom('users')
    .select(ADMIN_COLUMNS)
    .select((eb) => [
      eb('password_hash', 'is not', null).as('has_password'),
      eb('oidc_issuer', 'is not', null).as('oidc_linked'),
      eb
        .selectFrom('login_throttle as t')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('t.user_id', '=', 'users.id')
        .where('t.locked_until', '>', sql<Date>`now()`)
        .as('locked_clients'),
    ]);
}

type AdminRow = Awaited<ReturnType<ReturnType<typeof adminUsers>['executeTakeFirstOrThrow']>>;

const toAdminUser = (row: AdminRow): AdminUser => ({
  ...toUser(row),
  active: !row.disabled,
  mustChangePassword: row.must_change_password,
  hasPassword: Boolean(row.has_password),
  oidcLinked: Boolean(row.oidc_linked),
  lockedClients: Number(row.locked_clients ?? 0),
});

/** Every user, active or not, of one organisation or all. */
export async function listAdminUsers(db: Db, organisation?: string): Promise<AdminUser[]> {
  let query = adminUsers(db).orderBy('organisation').orderBy('username');
  if (organisation) query = query.where('organisation', '=', organisation);
  return (await query.execute()).map(toAdminUser);
}

export async function getAdminUser(db: Db, id: number): Promise<AdminUser> {
  const row = await adminUsers(db).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('USER_NOT_FOUND', `no user ${id}`);
  return toAdminUser(row);
}

/** Who acts and where the audit row goes. */
export interface Actor {
  by: User;
  trace: TraceContext;
  auditKey: string;
}

/** What `apply` returns when nothing changed: no audit row, so the user's history holds only changes. */
const UNCHANGED = Symbol('unchanged');

/** Runs a change and its audit row in one transaction; returns the user as they are after it. */
async function change(
  db: Db,
  actor: Actor,
  kind: UserChange,
  userId: number,
  apply: (trx: Db, before: AdminUser) => Promise<Record<string, unknown> | undefined | typeof UNCHANGED>,
): Promise<AdminUser> {
  return db.transaction().execute(async (trx) => {
    // Locks the row, so two administrators' changes to one user follow each other.
    const locked = await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!locked) throw new NotFoundError('USER_NOT_FOUND', `no user ${userId}`);
    const before = await getAdminUser(trx, userId);
    const details = await apply(trx, before);
    if (details !== UNCHANGED) await recordChange(trx, { ...actor, change: kind, userId, details });
    return getAdminUser(trx, userId);
  });
}

const selfLockout = (what: string) =>
  new ConflictError('SELF_LOCKOUT', `you cannot ${what} yourself; ask another administrator`);

export interface UserEdit {
  displayName?: string;
  email?: string | null;
}

export function updateUser(db: Db, actor: Actor, id: number, edit: UserEdit): Promise<AdminUser> {
  return change(db, actor, 'user-updated', id, async (trx, before) => {
    const set: { display_name?: string; email?: string | null } = {};
    const details: Record<string, { from: unknown; to: unknown }> = {};
    if (edit.displayName !== undefined && edit.displayName !== before.displayName) {
      set.display_name = edit.displayName;
      details.displayName = { from: before.displayName, to: edit.displayName };
    }
    const email = edit.email === undefined ? undefined : edit.email?.trim() || null;
    if (email !== undefined && email !== before.email) {
      set.email = email;
      details.email = { from: before.email, to: email };
    }
    if (Object.keys(set).length === 0) return UNCHANGED;
    await trx.updateTable('users').set(set).where('id', '=', id).execute();
    return details;
  });
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

export function setRoles(db: Db, actor: Actor, id: number, roles: Role[]): Promise<AdminUser> {
  return change(db, actor, 'user-roles-changed', id, async (trx, before) => {
    const organisation = await findOrganisation(trx, before.organisation);
    if (!organisation)
      throw new NotFoundError('ORGANISATION_NOT_FOUND', `no organisation ${before.organisation}`);
    checkRoles(organisation, roles);
    if (id === actor.by.id && before.roles.includes('administrator') && !roles.includes('administrator'))
      throw selfLockout('take the administrator role from');
    if (sameRoles(before.roles, roles)) return UNCHANGED;
    await trx.updateTable('users').set({ roles }).where('id', '=', id).execute();
    return { roles: { from: before.roles, to: roles } };
  });
}

/** Deactivates a user and ends their sessions in the same transaction; returns how many ended. */
export function deactivateUser(db: Db, actor: Actor, id: number): Promise<AdminUser> {
  return change(db, actor, 'user-deactivated', id, async (trx, before) => {
    if (id === actor.by.id) throw selfLockout('deactivate');
    if (!before.active) throw new ConflictError('USER_INACTIVE', `user ${id} is already deactivated`);
    await trx
      .updateTable('users')
      .set({ disabled: true, disabled_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
    const ended = await trx.deleteFrom('sessions').where('user_id', '=', id).executeTakeFirst();
    return { sessionsEnded: Number(ended.numDeletedRows) };
  });
}

export function reactivateUser(db: Db, actor: Actor, id: number): Promise<AdminUser> {
  return change(db, actor, 'user-reactivated', id, async (trx, before) => {
    if (before.active) throw new ConflictError('USER_ACTIVE', `user ${id} is active`);
    await trx.updateTable('users').set({ disabled: false, disabled_at: null }).where('id', '=', id).execute();
    return undefined;
  });
}

/** Lifts every login lock on the account, for every client, and forgets their failures. */
export function unlockUser(db: Db, actor: Actor, id: number): Promise<AdminUser> {
  return change(db, actor, 'user-unlocked', id, async (trx, before) => {
    await trx.deleteFrom('login_throttle').where('user_id', '=', id).execute();
    return { locksLifted: before.lockedClients };
  });
}

/** No 0/O, 1/l/I: read aloud or typed from a screen without doubt. */
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 random characters in four groups (about 79 bits), above the 12-character minimum. */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * Sets a temporary password the holder must replace at their next login,
 * ends their sessions and lifts their locks. Returns the password, to be
 * shown once to the administrator; only its hash is kept.
 */
export async function resetPassword(
  db: Db,
  actor: Actor,
  id: number,
): Promise<{ user: AdminUser; temporaryPassword: string }> {
  if (id === actor.by.id) throw selfLockout('reset the password of');
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const user = await change(db, actor, 'user-password-reset', id, async (trx, before) => {
    if (!before.active)
      throw new ConflictError('USER_INACTIVE', `user ${id} is deactivated; reactivate first`);
    // A password next to the provider's login would be a second way in that the organisation does not control.
    if (before.oidcLinked)
      throw new ConflictError(
        'OIDC_USER',
        `user ${id} logs in through their organisation (OIDC); their password is managed there`,
      );
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: true })
      .where('id', '=', id)
      .execute();
    const ended = await trx.deleteFrom('sessions').where('user_id', '=', id).executeTakeFirst();
    await trx.deleteFrom('login_throttle').where('user_id', '=', id).execute();
    return { sessionsEnded: Number(ended.numDeletedRows) };
  });
  return { user, temporaryPassword: password };
}

export const weakPassword = (problem: string, field: string) =>
  new DomainError('WEAK_PASSWORD', 422, problem, [{ field, rule: 'length', message: problem }]);

/**
 * A user replaces their own password: the current one must be right, the
 * new one must meet the rules of creation and differ from it. Clears a
 * forced change; the user's other sessions end (this one stays).
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  change: { currentPassword: string; newPassword: string; keepSession: string | undefined },
): Promise<void> {
  const problem = passwordProblem(change.newPassword);
  if (problem) throw weakPassword(problem, 'newPassword');
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.by.id)
    .executeTakeFirstOrThrow();
  if (!row.password_hash)
    throw new ConflictError(
      'NO_PASSWORD',
      'you log in through your organisation (OIDC) and have no password here',
    );
  if (!(await verifyPassword(row.password_hash, change.currentPassword)))
    throw new DomainError('CURRENT_PASSWORD_WRONG', 422, 'the current password is not right', [
      { field: 'currentPassword', rule: 'matches', message: 'the current password is not right' },
    ]);
  if (change.newPassword === change.currentPassword)
    throw new DomainError('PASSWORD_UNCHANGED', 422, 'the new password must differ from the current one', [
      { field: 'newPassword', rule: 'differs', message: 'choose a password other than the current one' },
    ]);
  const hash = await hashPassword(change.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: false })
      .where('id', '=', actor.by.id)
      .execute();
    let others = trx.deleteFrom('sessions').where('user_id', '=', actor.by.id);
    if (change.keepSession) others = others.where('id_hash', '!=', sessionIdHash(change.keepSession));
    await others.execute();
    await recordChange(trx, { ...actor, change: 'own-password-changed', userId: actor.by.id });
  });
}
