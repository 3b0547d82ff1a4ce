/**
 * User administration (issue 14, item 4) on every storage backend: editing,
 * roles within the organisation's kind, deactivation that ends sessions at
 * once, reactivation, unlocking, a reset whose temporary password must be
 * replaced before anything else, a user's own change, and an audit row for
 * each change that never holds a password.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, hashPassword, type Role, SESSION_COOKIE } from '../src/access/index.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { bsn, personRegistered, skn } from './fixtures/events.ts';
import {
  type LoggedIn,
  ROLE_ORGANISATION,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';

const NEW_PASSWORD = 'a longer password of my own';

let clients = 0;
/** Each login from its own address, so the login route's rate limit per address never interferes. */
const nextAddress = () => {
  clients += 1;
  return `10.14.${clients >> 8}.${clients & 255}`;
};
let hashed: Promise<string> | undefined;

for (const backend of testBackends()) {
  describe(`user administration on ${backend.name}`, () => {
    let t: TestApp;
    let admin: LoggedIn;
    before(async () => {
      t = await startTestApp(backend, { loginMaxFailures: 2 });
      admin = await loginAs(t, 'beheerder', ['administrator']);
    });
    after(() => t.close());

    const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: LoggedIn, payload?: unknown) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, payload: payload as object });
    const login = (username: string, password: string, remoteAddress = nextAddress()) =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { username, password }, remoteAddress });
    const sessionOf = (response: Awaited<ReturnType<typeof login>>): LoggedIn => {
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
      assert.ok(cookie, response.body);
      return {
        headers: { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': response.json().csrfToken },
        userId: response.json().user.id,
      };
    };
    /** Creates a user with `roles` (in the organisation of the first role) and logs in. */
    const loginAs = async (_t: TestApp, username: string, roles: Role[]): Promise<LoggedIn> => {
      hashed ??= hashPassword(TEST_PASSWORD);
      await createUser(t.store.db, {
        username,
        displayName: username,
        organisation: ROLE_ORGANISATION[roles[0] ?? 'consultation'],
        roles,
        passwordHash: await hashed,
      });
      return sessionOf(await login(username, TEST_PASSWORD));
    };
    const auditActions = async () =>
      (await t.store.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map(
        (r) => r.action,
      );
    const lastAudit = async () =>
      t.store.db
        .selectFrom('audit_log')
        .select(['action', 'username', 'user_id', 'at'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();

    describe('only administrators', () => {
      const routes: { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; payload?: unknown }[] = [
        { method: 'GET', url: '/gebruikers' },
        { method: 'GET', url: '/gebruikers/1' },
        { method: 'GET', url: '/gebruikers/1/geschiedenis' },
        { method: 'PATCH', url: '/gebruikers/1', payload: { displayName: 'X' } },
        { method: 'PUT', url: '/gebruikers/1/rollen', payload: { roles: ['administrator'] } },
        { method: 'POST', url: '/gebruikers/1/deactiveren' },
        { method: 'POST', url: '/gebruikers/1/activeren' },
        { method: 'POST', url: '/gebruikers/1/ontgrendelen' },
        { method: 'POST', url: '/gebruikers/1/wachtwoord-herstel' },
        { method: 'POST', url: '/verwerkingen/betrokkene', payload: { skn: skn(1) } },
      ];
      for (const route of routes) {
        it(`${route.method} ${route.url}: 403 for an operator, 401 without a session`, async () => {
          const operator = await loginAs(t, `op-${route.method}-${route.url.replaceAll('/', '-')}`, [
            'justid-operator',
          ]);
          const before = await countRows(t.store.db, 'audit_log');
          const refused = await call(route.method, route.url, operator, route.payload);
          assert.equal(refused.statusCode, 403);
          assert.equal(refused.json().code, 'FORBIDDEN');
          assert.equal(await countRows(t.store.db, 'audit_log'), before, 'nothing written');
          const anonymous = await t.app.inject({
            method: route.method,
            url: `/api/v1${route.url}`,
            payload: route.payload as object,
          });
          assert.equal(anonymous.statusCode, 401);
        });
      }
    });

    it('edits name and e-mail address, and audits what changed', async () => {
      const anna = await loginAs(t, 'anna.edit', ['consultation']);
      const response = await call('PATCH', `/gebruikers/${anna.userId}`, admin, {
        displayName: 'Anna de Vries',
        email: 'anna@example.nl',
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().displayName, 'Anna de Vries');
      assert.equal(response.json().email, 'anna@example.nl');
      const audit = await lastAudit();
      assert.equal(audit.username, 'beheerder');
      assert.equal(audit.user_id, admin.userId);
      assert.ok(audit.at instanceof Date);
      assert.equal(
        audit.action,
        `user-updated:${anna.userId} {"displayName":{"from":"anna.edit","to":"Anna de Vries"},"email":{"from":null,"to":"anna@example.nl"}}`,
      );
    });

    describe('roles: only those the organisation kind may hold', () => {
      const cases: { organisationRole: 'bij-officer' | 'consultation'; roles: string[]; status: number }[] = [
        { organisationRole: 'bij-officer', roles: ['bij-officer', 'reintegration-officer'], status: 200 },
        { organisationRole: 'bij-officer', roles: ['consultation'], status: 422 },
        { organisationRole: 'bij-officer', roles: ['administrator'], status: 422 },
        { organisationRole: 'consultation', roles: ['bij-officer'], status: 422 },
        { organisationRole: 'consultation', roles: [], status: 400 },
        { organisationRole: 'consultation', roles: ['no-such-role'], status: 400 },
      ];
      cases.forEach(({ organisationRole, roles, status }, i) => {
        it(`a ${organisationRole} user's organisation, roles ${JSON.stringify(roles)} → ${status}`, async () => {
          const user = await loginAs(t, `roles.${i}`, [organisationRole]);
          const before = await countRows(t.store.db, 'audit_log');
          const response = await call('PUT', `/gebruikers/${user.userId}/rollen`, admin, { roles });
          assert.equal(response.statusCode, status, response.body);
          const stored = await call('GET', `/gebruikers/${user.userId}`, admin);
          if (status === 200) {
            assert.deepEqual(stored.json().roles, roles);
            assert.equal(
              (await lastAudit()).action,
              `user-roles-changed:${user.userId} {"roles":{"from":["${organisationRole}"],"to":${JSON.stringify(roles)}}}`,
            );
          } else {
            assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
            if (status === 422) assert.equal(response.json().code, 'ROLE_NOT_ALLOWED');
            assert.deepEqual(stored.json().roles, [organisationRole], 'nothing stored');
            assert.equal(await countRows(t.store.db, 'audit_log'), before);
          }
        });
      });
    });

    it('a new role holds from the next request', async () => {
      const bij = await loginAs(t, 'roles.now', ['bij-officer']);
      assert.equal((await call('GET', '/berichtenbox/bij', bij)).statusCode, 200);
      await call('PUT', `/gebruikers/${bij.userId}/rollen`, admin, { roles: ['reintegration-officer'] });
      assert.equal((await call('GET', '/berichtenbox/bij', bij)).statusCode, 403);
    });

    it('deactivation ends the sessions at once and refuses login; reactivation lets them in again', async () => {
      const bob = await loginAs(t, 'bob.off', ['consultation']);
      assert.equal((await call('GET', '/sessie', bob)).statusCode, 200);
      const off = await call('POST', `/gebruikers/${bob.userId}/deactiveren`, admin);
      assert.equal(off.statusCode, 200, off.body);
      assert.equal(off.json().active, false);
      assert.equal((await call('GET', '/sessie', bob)).statusCode, 401, 'the session ended at once');
      assert.equal(
        await t.store.db
          .selectFrom('sessions')
          .select('id_hash')
          .where('user_id', '=', bob.userId)
          .executeTakeFirst(),
        undefined,
      );
      assert.equal((await login('bob.off', TEST_PASSWORD)).statusCode, 401);
      assert.equal((await lastAudit()).action, `user-deactivated:${bob.userId} {"sessionsEnded":1}`);
      assert.equal((await call('POST', `/gebruikers/${bob.userId}/deactiveren`, admin)).statusCode, 409);
      const listed = (await call('GET', '/gebruikers?organisation=3RO', admin)).json();
      assert.equal(listed.find((u: { id: number }) => u.id === bob.userId)?.active, false, 'still listed');
      const on = await call('POST', `/gebruikers/${bob.userId}/activeren`, admin);
      assert.equal(on.statusCode, 200);
      assert.equal(on.json().active, true);
      assert.equal((await login('bob.off', TEST_PASSWORD)).statusCode, 200);
      assert.equal((await lastAudit()).action, `user-reactivated:${bob.userId}`);
    });

    it('an administrator cannot deactivate themselves or take away their own administrator role', async () => {
      assert.equal(
        (await call('POST', `/gebruikers/${admin.userId}/deactiveren`, admin)).json().code,
        'SELF_LOCKOUT',
      );
      const roles = await call('PUT', `/gebruikers/${admin.userId}/rollen`, admin, {
        roles: ['justid-operator'],
      });
      assert.equal(roles.statusCode, 409);
      assert.equal(roles.json().code, 'SELF_LOCKOUT');
    });

    it('unlock lifts the lock of every client address on the account', async () => {
      await loginAs(t, 'carl.locked', ['consultation']);
      const stranger = nextAddress();
      await login('carl.locked', 'wrong 1', stranger);
      await login('carl.locked', 'wrong 2', stranger);
      assert.equal((await login('carl.locked', TEST_PASSWORD, stranger)).statusCode, 401, 'locked');
      const carl = await t.store.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'carl.locked')
        .executeTakeFirstOrThrow();
      assert.equal((await call('GET', `/gebruikers/${carl.id}`, admin)).json().lockedClients, 1);
      const unlocked = await call('POST', `/gebruikers/${carl.id}/ontgrendelen`, admin);
      assert.equal(unlocked.statusCode, 200);
      assert.equal(unlocked.json().lockedClients, 0);
      assert.equal((await lastAudit()).action, `user-unlocked:${carl.id} {"locksLifted":1}`);
      assert.equal((await login('carl.locked', TEST_PASSWORD, stranger)).statusCode, 200);
    });

    it('a reset gives a temporary password, ends sessions, and forces a change before anything else', async () => {
      const dora = await loginAs(t, 'dora.reset', ['consultation']);
      const reset = await call('POST', `/gebruikers/${dora.userId}/wachtwoord-herstel`, admin);
      assert.equal(reset.statusCode, 200, reset.body);
      assert.equal(reset.headers['cache-control'], 'no-store');
      const { temporaryPassword, user } = reset.json();
      assert.match(temporaryPassword, /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      assert.equal(user.mustChangePassword, true);
      assert.equal((await call('GET', '/sessie', dora)).statusCode, 401, 'old session ended');
      assert.equal((await login('dora.reset', TEST_PASSWORD)).statusCode, 401, 'old password gone');
      const first = await login('dora.reset', temporaryPassword);
      assert.equal(first.statusCode, 200);
      assert.equal(first.json().mustChangePassword, true);
      const session = sessionOf(first);
      const blocked = await call('POST', '/personen/zoeken', session, { skn: skn(1) });
      assert.equal(blocked.statusCode, 403);
      assert.equal(blocked.json().code, 'PASSWORD_CHANGE_REQUIRED');
      assert.equal((await call('GET', '/sessie', session)).json().mustChangePassword, true);
      const changed = await call('PUT', '/sessie/wachtwoord', session, {
        currentPassword: temporaryPassword,
        newPassword: NEW_PASSWORD,
      });
      assert.equal(changed.statusCode, 204, changed.body);
      assert.equal((await call('GET', '/sessie', session)).json().mustChangePassword, false);
      assert.notEqual((await call('POST', '/personen/zoeken', session, { skn: skn(1) })).statusCode, 403);
      assert.equal((await login('dora.reset', NEW_PASSWORD)).statusCode, 200);
      const actions = await auditActions();
      assert.ok(actions.includes(`user-password-reset:${dora.userId} {"sessionsEnded":1}`));
      assert.ok(actions.includes(`own-password-changed:${dora.userId}`));
      assert.ok(
        !actions.some((a) => a.includes(temporaryPassword) || a.includes(NEW_PASSWORD)),
        'no password',
      );
    });

    it('no reset for a user who logs in through OIDC: 409 OIDC_USER, nothing changed; the rest still applies', async () => {
      const created = await call('POST', '/gebruikers', admin, {
        username: 'olga.oidc',
        displayName: 'Olga',
        organisation: '3RO',
        roles: ['consultation'],
        oidcIssuer: 'https://login.example.nl',
        oidcSubject: 'olga-1',
      });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id;
      const shown = (await call('GET', `/gebruikers/${id}`, admin)).json();
      assert.equal(shown.oidcLinked, true);
      assert.equal(shown.hasPassword, false);
      const before = await countRows(t.store.db, 'audit_log');
      const reset = await call('POST', `/gebruikers/${id}/wachtwoord-herstel`, admin);
      assert.equal(reset.statusCode, 409, reset.body);
      assert.match(reset.headers['content-type'] ?? '', /application\/problem\+json/);
      assert.equal(reset.json().code, 'OIDC_USER');
      assert.equal(await countRows(t.store.db, 'audit_log'), before, 'nothing audited');
      const after = (await call('GET', `/gebruikers/${id}`, admin)).json();
      assert.equal(after.hasPassword, false, 'no password given');
      assert.equal(after.mustChangePassword, false);
      for (const path of ['ontgrendelen', 'deactiveren', 'activeren'])
        assert.equal((await call('POST', `/gebruikers/${id}/${path}`, admin)).statusCode, 200, path);
      const roles = await call('PUT', `/gebruikers/${id}/rollen`, admin, { roles: ['bij-officer'] });
      assert.equal(roles.statusCode, 422, 'a 3RO user still gets only 3RO roles');
      assert.equal(
        (
          await call('POST', '/gebruikers', admin, {
            username: 'p.wachtwoord',
            displayName: 'P',
            organisation: '3RO',
            roles: ['consultation'],
            password: 'a good first password',
          })
        ).statusCode,
        201,
      );
      const { id: pid } = (await call('GET', '/gebruikers?organisation=3RO', admin))
        .json()
        .find((u: { username: string }) => u.username === 'p.wachtwoord');
      const pshown = (await call('GET', `/gebruikers/${pid}`, admin)).json();
      assert.equal(pshown.oidcLinked, false);
      assert.equal(pshown.hasPassword, true);
    });

    it("a user's history: every change, newest first, with who made it, a page at a time", async () => {
      const created = await call('POST', '/gebruikers', admin, {
        username: 'hanna.history',
        displayName: 'Hanna',
        organisation: 'GM0363',
        roles: ['bij-officer'],
        password: TEST_PASSWORD,
      });
      const id: number = created.json().id;
      const other = await loginAs(t, 'tweede.beheerder', ['administrator']);
      await call('PATCH', `/gebruikers/${id}`, admin, { email: 'hanna@example.nl' });
      const rolesSet = await call('PUT', `/gebruikers/${id}/rollen`, other, {
        roles: ['bij-officer', 'reintegration-officer'],
      });
      assert.equal(rolesSet.statusCode, 200, rolesSet.body);
      // Saving what is already there changes nothing and is no change in the history.
      const before = await countRows(t.store.db, 'audit_log');
      const same = await call('PATCH', `/gebruikers/${id}`, admin, {
        displayName: 'Hanna',
        email: 'hanna@example.nl',
      });
      assert.equal(same.statusCode, 200, same.body);
      const sameRoles = await call('PUT', `/gebruikers/${id}/rollen`, admin, {
        roles: ['reintegration-officer', 'bij-officer'],
      });
      assert.equal(sameRoles.statusCode, 200, sameRoles.body);
      assert.equal(await countRows(t.store.db, 'audit_log'), before, 'no audit row for no change');
      await call('POST', `/gebruikers/${id}/deactiveren`, admin);
      await call('POST', `/gebruikers/${id}/activeren`, other);
      await call('POST', `/gebruikers/${id}/ontgrendelen`, admin);
      const { temporaryPassword } = (
        await call('POST', `/gebruikers/${id}/wachtwoord-herstel`, admin)
      ).json();
      const hanna = sessionOf(await login('hanna.history', temporaryPassword));
      await call('PUT', '/sessie/wachtwoord', hanna, {
        currentPassword: temporaryPassword,
        newPassword: NEW_PASSWORD,
      });
      // Another user's change is not in Hanna's history.
      await call('POST', `/gebruikers/${other.userId}/ontgrendelen`, admin);

      const expected: [change: string, by: string, details: Record<string, unknown>][] = [
        ['own-password-changed', 'hanna.history', {}],
        ['user-password-reset', 'beheerder', { sessionsEnded: 0 }],
        ['user-unlocked', 'beheerder', { locksLifted: 0 }],
        ['user-reactivated', 'tweede.beheerder', {}],
        ['user-deactivated', 'beheerder', { sessionsEnded: 0 }],
        [
          'user-roles-changed',
          'tweede.beheerder',
          { roles: { from: ['bij-officer'], to: ['bij-officer', 'reintegration-officer'] } },
        ],
        ['user-updated', 'beheerder', { email: { from: null, to: 'hanna@example.nl' } }],
        [
          'user-created',
          'beheerder',
          {
            username: 'hanna.history',
            organisation: 'GM0363',
            roles: ['bij-officer'],
            passwordLogin: true,
            oidcLinked: false,
          },
        ],
      ];
      const response = await call('GET', `/gebruikers/${id}/geschiedenis`, admin);
      assert.equal(response.statusCode, 200, response.body);
      const { entries, nextCursor } = response.json();
      assert.equal(nextCursor, null);
      assert.deepEqual(
        entries.map((e: { change: string; by: { username: string }; details: unknown }) => [
          e.change,
          e.by.username,
          e.details,
        ]),
        expected,
      );
      const at = entries.map((e: { at: string }) => Date.parse(e.at));
      assert.ok(
        at.every((ms: number, i: number) => i === 0 || ms <= at[i - 1]),
        'newest first',
      );
      assert.equal(entries[0].by.userId, id, 'the user themselves changed their password');
      assert.equal(entries[0].by.organisation, 'GM0363');
      assert.ok(!JSON.stringify(entries).includes(temporaryPassword), 'no password');

      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '?limit=3' : `?limit=3&cursor=${cursor}`;
        const page = (await call('GET', `/gebruikers/${id}/geschiedenis${query}`, admin)).json();
        pages.push(...page.entries.map((e: { change: string }) => e.change));
        cursor = page.nextCursor;
      } while (cursor !== null);
      assert.deepEqual(
        pages,
        expected.map(([change]) => change),
        'pages of 3 hold the same, in order',
      );

      assert.equal((await call('GET', '/gebruikers/999999/geschiedenis', admin)).statusCode, 404);
      assert.equal((await call('GET', `/gebruikers/${id}/geschiedenis?cursor=x`, admin)).statusCode, 400);
    });

    it('logout stays open during a forced change', async () => {
      const erik = await loginAs(t, 'erik.reset', ['consultation']);
      const { temporaryPassword } = (
        await call('POST', `/gebruikers/${erik.userId}/wachtwoord-herstel`, admin)
      ).json();
      const session = sessionOf(await login('erik.reset', temporaryPassword));
      const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: session.headers });
      assert.equal(out.statusCode, 204);
    });

    describe('own password change', () => {
      const cases: {
        name: string;
        currentPassword: string;
        newPassword: string;
        status: number;
        code?: string;
      }[] = [
        {
          name: 'wrong current password',
          currentPassword: 'not it at all',
          newPassword: NEW_PASSWORD,
          status: 422,
          code: 'CURRENT_PASSWORD_WRONG',
        },
        {
          name: 'new password too short',
          currentPassword: TEST_PASSWORD,
          newPassword: 'short',
          status: 422,
          code: 'WEAK_PASSWORD',
        },
        {
          name: 'new password the same',
          currentPassword: TEST_PASSWORD,
          newPassword: TEST_PASSWORD,
          status: 422,
          code: 'PASSWORD_UNCHANGED',
        },
        { name: 'empty current password', currentPassword: '', newPassword: NEW_PASSWORD, status: 400 },
        { name: 'a good change', currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, status: 204 },
      ];
      cases.forEach(({ name, currentPassword, newPassword, status, code }, i) => {
        it(`${name} → ${status}`, async () => {
          const me = await loginAs(t, `own.${i}`, ['consultation']);
          const before = await countRows(t.store.db, 'audit_log');
          const response = await call('PUT', '/sessie/wachtwoord', me, { currentPassword, newPassword });
          assert.equal(response.statusCode, status, response.body);
          if (code) assert.equal(response.json().code, code);
          const works = status === 204 ? newPassword : TEST_PASSWORD;
          assert.equal((await login(`own.${i}`, works)).statusCode, 200, 'the password that holds');
          if (status !== 204) {
            assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
            assert.equal(await countRows(t.store.db, 'audit_log'), before, 'nothing stored');
          }
        });
      });

      it('without a CSRF token → 403', async () => {
        const me = await loginAs(t, 'own.csrf', ['consultation']);
        const response = await t.app.inject({
          method: 'PUT',
          url: '/api/v1/sessie/wachtwoord',
          headers: { cookie: me.headers.cookie ?? '' },
          payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
        });
        assert.equal(response.statusCode, 403);
      });
    });

    describe('bad input → problem+json, nothing stored', () => {
      const cases: {
        name: string;
        method: 'PATCH' | 'PUT';
        url: (id: number) => string;
        payload: unknown;
        status: number;
      }[] = [
        { name: 'empty edit', method: 'PATCH', url: (id) => `/gebruikers/${id}`, payload: {}, status: 400 },
        {
          name: 'blank name',
          method: 'PATCH',
          url: (id) => `/gebruikers/${id}`,
          payload: { displayName: '   ' },
          status: 400,
        },
        {
          name: 'not an e-mail address',
          method: 'PATCH',
          url: (id) => `/gebruikers/${id}`,
          payload: { email: 'nope' },
          status: 400,
        },
        {
          name: 'unknown field',
          method: 'PATCH',
          url: (id) => `/gebruikers/${id}`,
          payload: { username: 'other' },
          status: 400,
        },
        {
          name: 'no such user',
          method: 'PATCH',
          url: () => '/gebruikers/999999',
          payload: { displayName: 'X' },
          status: 404,
        },
        {
          name: 'id not a number',
          method: 'PATCH',
          url: () => '/gebruikers/abc',
          payload: { displayName: 'X' },
          status: 400,
        },
        {
          name: 'roles not a list',
          method: 'PUT',
          url: (id) => `/gebruikers/${id}/rollen`,
          payload: { roles: 'consultation' },
          status: 400,
        },
      ];
      cases.forEach(({ name, method, url, payload, status }, i) => {
        it(`${name} → ${status}`, async () => {
          const user = await loginAs(t, `bad.${i}`, ['consultation']);
          const before = await countRows(t.store.db, 'audit_log');
          const response = await call(method, url(user.userId), admin, payload);
          assert.equal(response.statusCode, status, response.body);
          assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
          assert.equal(await countRows(t.store.db, 'audit_log'), before);
          const stored = (await call('GET', `/gebruikers/${user.userId}`, admin)).json();
          assert.equal(stored.displayName, `bad.${i}`);
          assert.deepEqual(stored.roles, ['consultation']);
        });
      });
    });

    it('creating a user is audited too', async () => {
      const response = await call('POST', '/gebruikers', admin, {
        username: 'nieuw.lid',
        displayName: 'Nieuw Lid',
        organisation: 'OM',
        roles: ['consultation'],
        password: 'a good first password',
      });
      assert.equal(response.statusCode, 201);
      const action = (await lastAudit()).action;
      assert.equal(
        action,
        `user-created:${response.json().id} {"username":"nieuw.lid","organisation":"OM","roles":["consultation"],"passwordLogin":true,"oidcLinked":false}`,
      );
    });

    it('the data-subject report, by SKN or by BSN, is itself logged', async () => {
      const person = skn(7);
      const number = bsn(7);
      await ingestAtomically(t.store.db, [personRegistered({ skn: person, bsn: number })], {
        catalog: defaultReferenceCatalog(),
      });
      const bySkn = await call('POST', '/verwerkingen/betrokkene', admin, { skn: person });
      assert.equal(bySkn.statusCode, 200, bySkn.body);
      assert.deepEqual(bySkn.json().skns, [person]);
      const byBsn = await call('POST', '/verwerkingen/betrokkene', admin, { bsn: number });
      assert.equal(byBsn.statusCode, 200);
      assert.deepEqual(byBsn.json().skns, [person]);
      assert.equal(byBsn.json().processings.length, 1, 'the report by SKN before it');
      assert.equal(byBsn.json().processings[0].activity, 'betrokkene-inzage');
      const unknown = await call('POST', '/verwerkingen/betrokkene', admin, { bsn: '000000012' });
      assert.deepEqual(unknown.json(), { skn: '', skns: [], processings: [] });
      const bad = await call('POST', '/verwerkingen/betrokkene', admin, { bsn: '12' });
      assert.equal(bad.statusCode, 400);
    });
  });
}
