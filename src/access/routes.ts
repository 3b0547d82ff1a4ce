/**
 * Login and logout (server-side sessions in a secure, HttpOnly, SameSite
 * cookie, CSRF token for changes), users and organisations for
 * administrators, the processing-log check and the data-subject report.
 */
import Type from 'typebox';
import type { Db } from '../platform/db.ts';
import { AuthError, DomainError } from '../platform/errors.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import { recordChange } from './admin-audit.ts';
import { adminRoutes } from './admin-routes.ts';
import { listAdminUsers, weakPassword } from './admin-users.ts';
import { currentSession, requireUser, SESSION_COOKIE, userOf } from './auth.ts';
import { checkPasswordLogin } from './login.ts';
import { throttleKey } from './login-throttle.ts';
import { isRole, ROLES } from './model.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { loggedReads, processingsOf, pseudonymize, verifyChain } from './processing-log.ts';
import { sessionCookieOptions, startSession } from './session-cookie.ts';
import type { SessionPolicy, SessionResolver } from './sessions.ts';
import { createUser, listOrganisations } from './store.ts';

export interface AccessRoutesOptions {
  db: Db;
  sessions: SessionResolver;
  policy: SessionPolicy & { loginMaxFailures: number; loginLockMinutes: number; cookieSecure: boolean };
  pseudonymKey: string;
  auditKey: string;
  /** Whether login through OIDC is configured (the login page then offers it). */
  oidcEnabled: boolean;
  /** Password login on (off in production unless PASSWORD_LOGIN=on: people log in through OIDC). */
  passwordLogin: boolean;
  /** The SKNs registered with a BSN (identity), for the data-subject report by BSN; reads through `db` (the report's transaction). */
  subjectsByBsn: (db: Db, bsn: string) => Promise<string[]>;
}

export const UserSchema = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    organisation: Type.String(),
    roles: Type.Array(Type.Enum(ROLES)),
  },
  { $id: 'User' },
);

const SessionSchema = Type.Object({
  user: Type.Ref('User'),
  csrfToken: Type.String({ description: 'send as X-CSRF-Token with every POST, PUT, PATCH and DELETE' }),
  expiresAt: Type.String(),
  mustChangePassword: Type.Boolean({
    description:
      'an administrator set this password: until PUT /sessie/wachtwoord, every other call but logout answers 403 PASSWORD_CHANGE_REQUIRED',
  }),
});

export async function accessRoutes(app: App, options: AccessRoutesOptions): Promise<void> {
  const { db, policy, sessions } = options;
  app.addSchema(UserSchema);
  await adminRoutes(app, { db, sessions, auditKey: options.auditKey });
  const admin = requireUser(sessions, ['administrator']);
  const logged = loggedReads(db, options);
  const throttle = throttleKey(options.pseudonymKey);
  const throttlePolicy = { maxFailures: policy.loginMaxFailures, lockMinutes: policy.loginLockMinutes };

  app.get(
    `${API_PREFIX}/sessie/opties`,
    {
      schema: {
        tags: ['access'],
        summary: 'How one can log in here (public)',
        response: {
          200: Type.Object({
            password: Type.Boolean(),
            oidc: Type.Union([Type.Object({ loginUrl: Type.String() }), Type.Null()], {
              description:
                'start the OIDC login at loginUrl (with ?returnTo=/path); null when not configured',
            }),
          }),
        },
      },
    },
    async () => ({
      password: options.passwordLogin,
      oidc: options.oidcEnabled ? { loginUrl: `${API_PREFIX}/oidc/login` } : null,
    }),
  );

  app.post(
    `${API_PREFIX}/sessie`,
    {
      schema: {
        tags: ['access'],
        summary: 'Log in with username and password',
        description:
          `After ${policy.loginMaxFailures} wrong passwords for one account from one client address, that ` +
          `address may not try the account for ${policy.loginLockMinutes} minutes; the holder, elsewhere, ` +
          'still can, and is told by e-mail. A wrong password, an unknown username and a locked address ' +
          'all get the same 401 LOGIN_FAILED, in the same time.',
        body: Type.Object({
          username: Type.String({ minLength: 1, maxLength: 100 }),
          password: Type.String({ minLength: 1, maxLength: 1024 }),
        }),
        response: { 200: SessionSchema, ...problems(400, 401, 403, 429) },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      if (!options.passwordLogin)
        throw new AuthError(
          'PASSWORD_LOGIN_DISABLED',
          403,
          'password login is off here; log in through your organisation (OIDC)',
        );
      const { user, mustChangePassword } = await checkPasswordLogin(
        db,
        { ...request.body, ip: request.ip },
        { key: throttle, policy: throttlePolicy },
        request.log,
      );
      const session = await startSession(db, reply, user.id, policy);
      request.log.info({ userId: user.id }, 'login');
      return {
        user,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
        mustChangePassword,
      };
    },
  );

  app.get(
    `${API_PREFIX}/sessie`,
    {
      schema: {
        tags: ['access'],
        summary: 'The current session',
        response: { 200: SessionSchema, ...problems(401) },
      },
    },
    async (request) => {
      const session = await currentSession(sessions, request);
      return {
        user: session.user,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
        mustChangePassword: session.mustChangePassword,
      };
    },
  );

  app.delete(
    `${API_PREFIX}/sessie`,
    {
      schema: { tags: ['access'], summary: 'Log out', response: { 204: Type.Null(), ...problems(401, 403) } },
      onRequest: requireUser(sessions, ROLES, { duringPasswordChange: true }),
    },
    async (request, reply) => {
      const id = request.cookies[SESSION_COOKIE];
      if (id) await sessions.end(id);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(policy.cookieSecure));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${API_PREFIX}/organisaties`,
    {
      schema: {
        tags: ['access'],
        summary: 'Organisations (administrators)',
        response: {
          200: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), kind: Type.String() })),
          ...problems(401, 403),
        },
      },
      onRequest: admin,
    },
    async () => listOrganisations(db),
  );

  app.get(
    `${API_PREFIX}/gebruikers`,
    {
      schema: {
        tags: ['access'],
        summary: 'Users, active and deactivated, with their roles and state (administrators)',
        querystring: Type.Object({ organisation: Type.Optional(Type.String({ maxLength: 20 })) }),
        response: { 200: Type.Array(Type.Ref('AdminUser')), ...problems(400, 401, 403) },
      },
      onRequest: admin,
    },
    async (request) => listAdminUsers(db, request.query.organisation),
  );

  app.post(
    `${API_PREFIX}/gebruikers`,
    {
      schema: {
        tags: ['access'],
        summary: 'Create a user (administrators)',
        body: Type.Object(
          {
            username: Type.String({ pattern: '^[a-z0-9._-]{3,50}$' }),
            displayName: Type.String({ minLength: 1, maxLength: 200 }),
            email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
            organisation: Type.String({ minLength: 1, maxLength: 20 }),
            roles: Type.Array(Type.Enum(ROLES), { minItems: 1, uniqueItems: true }),
            password: Type.Optional(Type.String({ maxLength: 1024 })),
            oidcIssuer: Type.Optional(
              Type.String({ minLength: 1, maxLength: 500, description: "the provider's exact iss value" }),
            ),
            oidcSubject: Type.Optional(
              Type.String({ minLength: 1, maxLength: 255, description: "the user's sub at that provider" }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Ref('User'), ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: admin,
    },
    async (request, reply) => {
      const { password, ...rest } = request.body;
      if ((rest.oidcIssuer === undefined) !== (rest.oidcSubject === undefined)) {
        throw new DomainError('OIDC_LINK_INCOMPLETE', 422, 'oidcIssuer and oidcSubject go together', [
          {
            field: 'oidcSubject',
            rule: 'together',
            message: 'give both oidcIssuer and oidcSubject, or neither',
          },
        ]);
      }
      if (password !== undefined) {
        const problem = passwordProblem(password);
        if (problem) throw weakPassword(problem, 'password');
      }
      const passwordHash = password === undefined ? null : await hashPassword(password);
      const user = await db.transaction().execute(async (trx) => {
        const created = await createUser(trx, { ...rest, roles: rest.roles.filter(isRole), passwordHash });
        await recordChange(trx, {
          by: userOf(request),
          trace: request.trace,
          auditKey: options.auditKey,
          change: 'user-created',
          userId: created.id,
          details: {
            username: created.username,
            organisation: created.organisation,
            roles: created.roles,
            passwordLogin: password !== undefined,
            oidcLinked: rest.oidcIssuer !== undefined,
          },
        });
        return created;
      });
      request.log.info({ userId: user.id, by: request.user?.id }, 'user created');
      return reply.code(201).send(user);
    },
  );

  app.get(
    `${API_PREFIX}/verwerkingen/controle`,
    {
      schema: {
        tags: ['processing log'],
        summary: 'Check the hash chains of the processing log and the audit log',
        response: {
          200: Type.Array(
            Type.Object({
              table: Type.String(),
              rows: Type.Integer(),
              brokenAt: Type.Union([Type.Integer(), Type.Null()]),
              reason: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...problems(401, 403),
        },
      },
      onRequest: requireUser(sessions, ['justid-operator', 'administrator']),
    },
    async () => [
      await verifyChain(db, 'processing_log', options.auditKey),
      await verifyChain(db, 'audit_log', options.auditKey),
    ],
  );

  app.post(
    `${API_PREFIX}/verwerkingen/betrokkene`,
    {
      schema: {
        tags: ['processing log'],
        summary: 'Which organisations processed a person’s data, when and why (administrators)',
        description:
          'By SKN or by BSN (which finds the SKN(s) registered with it); either goes in the body, never in ' +
          'the URL. The report is itself a processing and is logged.',
        body: Type.Union([
          Type.Object(
            { skn: Type.String({ pattern: '^[0-9A-Za-z-]{1,20}$' }) },
            { additionalProperties: false },
          ),
          Type.Object({ bsn: Type.String({ pattern: '^[0-9]{9}$' }) }, { additionalProperties: false }),
        ]),
        response: {
          200: Type.Object({
            skn: Type.String({ description: 'the SKN asked for; by BSN, the first SKN found (or empty)' }),
            skns: Type.Array(Type.String(), { description: 'every SKN the report covers' }),
            processings: Type.Array(
              Type.Object({
                at: Type.String(),
                organisation: Type.String(),
                activity: Type.String(),
                activityName: Type.String(),
                operation: Type.String(),
                traceId: Type.String(),
              }),
            ),
          }),
          ...problems(400, 401, 403),
        },
      },
      onRequest: admin,
    },
    async (request) =>
      logged(request, 'betrokkene-inzage', 'read', async (trx) => {
        const body = request.body;
        const skns = 'skn' in body ? [body.skn] : await options.subjectsByBsn(trx, body.bsn);
        const processings = (
          await Promise.all(skns.map((skn) => processingsOf(trx, pseudonymize(options.pseudonymKey, skn))))
        )
          .flat()
          .sort((a, b) => a.at.localeCompare(b.at));
        return { value: { skn: skns[0] ?? '', skns, processings }, subjects: skns };
      }),
  );
}
