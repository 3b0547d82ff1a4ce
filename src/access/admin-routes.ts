/**
 * User administration over HTTP (administrators): every user with their
 * state, editing, roles, deactivation and reactivation, unlocking, a
 * password reset; and every user's own password change, the one route
 * (besides logout) open while a reset password waits to be replaced.
 */
import Type from 'typebox';
import type { Db } from '../platform/db.ts';
import { DateTime, Nullable } from '../platform/formats.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import { USER_CHANGES } from './admin-audit.ts';
import { HISTORY_PAGE, userHistory } from './admin-history.ts';
import {
  type Actor,
  changeOwnPassword,
  deactivateUser,
  getAdminUser,
  reactivateUser,
  resetPassword,
  setRoles,
  unlockUser,
  updateUser,
} from './admin-users.ts';
import { requireUser, SESSION_COOKIE, userOf } from './auth.ts';
import { isRole, ROLES } from './model.ts';
import type { SessionResolver } from './sessions.ts';

export interface AdminRoutesOptions {
  db: Db;
  sessions: SessionResolver;
  auditKey: string;
}

export const AdminUserSchema = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    organisation: Type.String(),
    roles: Type.Array(Type.Enum(ROLES)),
    active: Type.Boolean({ description: 'false once deactivated: no login, no sessions' }),
    mustChangePassword: Type.Boolean({ description: 'a reset password waits to be replaced by its holder' }),
    hasPassword: Type.Boolean({ description: 'false for users who log in only through OIDC' }),
    oidcLinked: Type.Boolean({
      description:
        'linked to an identity provider: logs in through their organisation, so no password reset here',
    }),
    lockedClients: Type.Integer({ description: 'client addresses locked out of this account right now' }),
  },
  { $id: 'AdminUser' },
);

export const UserHistoryEntrySchema = Type.Object(
  {
    id: Type.Integer({ description: "the audit row's id" }),
    at: DateTime(),
    change: Type.Enum(USER_CHANGES),
    by: Type.Object({
      userId: Nullable(Type.Integer()),
      username: Type.String(),
      organisation: Type.String(),
    }),
    details: Type.Record(Type.String(), Type.Unknown(), {
      description: 'what changed, e.g. {"roles":{"from":[…],"to":[…]}}; never a password',
    }),
  },
  { $id: 'UserHistoryEntry' },
);

const UserId = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const AdminUserReply = { 200: Type.Ref('AdminUser'), ...problems(400, 401, 403, 404, 409, 422) };

export async function adminRoutes(app: App, { db, sessions, auditKey }: AdminRoutesOptions): Promise<void> {
  app.addSchema(AdminUserSchema);
  app.addSchema(UserHistoryEntrySchema);
  const admin = requireUser(sessions, ['administrator']);
  const actor = (request: Parameters<typeof userOf>[0]): Actor => ({
    by: userOf(request),
    trace: request.trace,
    auditKey,
  });

  app.get(
    `${API_PREFIX}/gebruikers/:id`,
    {
      schema: {
        tags: ['access'],
        summary: 'One user with their state (administrators)',
        params: UserId,
        response: { 200: Type.Ref('AdminUser'), ...problems(400, 401, 403, 404) },
      },
      onRequest: admin,
    },
    async (request) => getAdminUser(db, request.params.id),
  );

  app.get(
    `${API_PREFIX}/gebruikers/:id/geschiedenis`,
    {
      schema: {
        tags: ['access'],
        summary: "A user's history: every change to their account, newest first (administrators)",
        description:
          'Read from the audit log: created, details or roles changed, deactivated, reactivated, unlocked, ' +
          'password reset, password changed by the user; who did it and when.',
        params: UserId,
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: HISTORY_PAGE })),
          cursor: Type.Optional(
            Type.String({ pattern: '^[0-9]{1,15}$', description: 'nextCursor of the page before' }),
          ),
        }),
        response: {
          200: Type.Object({
            entries: Type.Array(Type.Ref('UserHistoryEntry')),
            nextCursor: Nullable(Type.String({ description: 'pass as cursor for the next (older) page' })),
          }),
          ...problems(400, 401, 403, 404),
        },
      },
      onRequest: admin,
    },
    async (request) => userHistory(db, request.params.id, request.query),
  );

  app.patch(
    `${API_PREFIX}/gebruikers/:id`,
    {
      schema: {
        tags: ['access'],
        summary: "Change a user's name or e-mail address (administrators)",
        params: UserId,
        body: Type.Object(
          {
            displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
            email: Type.Optional(
              Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()], {
                description: 'null removes the address',
              }),
            ),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: AdminUserReply,
      },
      onRequest: admin,
    },
    async (request) => updateUser(db, actor(request), request.params.id, request.body),
  );

  app.put(
    `${API_PREFIX}/gebruikers/:id/rollen`,
    {
      schema: {
        tags: ['access'],
        summary: "Set a user's roles: only roles their organisation's kind may hold (administrators)",
        params: UserId,
        body: Type.Object(
          { roles: Type.Array(Type.Enum(ROLES), { minItems: 1, uniqueItems: true }) },
          { additionalProperties: false },
        ),
        response: AdminUserReply,
      },
      onRequest: admin,
    },
    async (request) => {
      const user = await setRoles(db, actor(request), request.params.id, request.body.roles.filter(isRole));
      sessions.forgetUser(user.id);
      return user;
    },
  );

  app.post(
    `${API_PREFIX}/gebruikers/:id/deactiveren`,
    {
      schema: {
        tags: ['access'],
        summary: 'Deactivate a user: their sessions end at once and they cannot log in (administrators)',
        params: UserId,
        response: AdminUserReply,
      },
      onRequest: admin,
    },
    async (request) => {
      const user = await deactivateUser(db, actor(request), request.params.id);
      sessions.forgetUser(user.id);
      return user;
    },
  );

  app.post(
    `${API_PREFIX}/gebruikers/:id/activeren`,
    {
      schema: {
        tags: ['access'],
        summary: 'Reactivate a deactivated user (administrators)',
        params: UserId,
        response: AdminUserReply,
      },
      onRequest: admin,
    },
    async (request) => reactivateUser(db, actor(request), request.params.id),
  );

  app.post(
    `${API_PREFIX}/gebruikers/:id/ontgrendelen`,
    {
      schema: {
        tags: ['access'],
        summary: "Lift every login lock on a user's account, for every client address (administrators)",
        params: UserId,
        response: AdminUserReply,
      },
      onRequest: admin,
    },
    async (request) => unlockUser(db, actor(request), request.params.id),
  );

  app.post(
    `${API_PREFIX}/gebruikers/:id/wachtwoord-herstel`,
    {
      schema: {
        tags: ['access'],
        summary: 'Reset a password: a temporary one, shown this once, to be replaced at the next login',
        description:
          "Ends the user's sessions and lifts their login locks. Until the user has chosen their own " +
          'password, every call but PUT /sessie/wachtwoord and logout answers 403 PASSWORD_CHANGE_REQUIRED. ' +
          'A user linked to an identity provider (oidcLinked) logs in through their organisation: 409 OIDC_USER.',
        params: UserId,
        response: {
          200: Type.Object({ user: Type.Ref('AdminUser'), temporaryPassword: Type.String() }),
          ...problems(400, 401, 403, 404, 409),
        },
      },
      onRequest: admin,
    },
    async (request, reply) => {
      const result = await resetPassword(db, actor(request), request.params.id);
      sessions.forgetUser(result.user.id);
      reply.header('cache-control', 'no-store');
      return result;
    },
  );

  app.put(
    `${API_PREFIX}/sessie/wachtwoord`,
    {
      schema: {
        tags: ['access'],
        summary: 'Change your own password',
        description:
          'The current password must be right; the new one has at least 12 characters and differs from it. ' +
          "Your other sessions end; this one stays. Clears a reset's forced change.",
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
            newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problems(400, 401, 403, 409, 422, 429) },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      onRequest: requireUser(sessions, ROLES, { duringPasswordChange: true }),
    },
    async (request, reply) => {
      const me = userOf(request);
      await changeOwnPassword(db, actor(request), {
        ...request.body,
        keepSession: request.cookies[SESSION_COOKIE],
      });
      sessions.forgetUser(me.id);
      request.log.info({ userId: me.id }, 'own password changed');
      return reply.code(204).send(null);
    },
  );
}
