/** Login, sessions, lock-out, CSRF and user administration, on every storage backend. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../src/access/index.ts';
import { type LoggedIn, loginAs, startTestApp, TEST_PASSWORD, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';

for (const backend of testBackends()) {
  describe(`access on ${backend.name}`, () => {
    let t: TestApp;
    let admin: LoggedIn;
    before(async () => {
      t = await startTestApp(backend, { loginMaxFailures: 3 });
      admin = await loginAs(t, 'beheerder', ['administrator']);
    });
    after(() => t.close());

    const login = (username: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { username, password } });

    describe('POST /api/v1/sessie', () => {
      it('starts a session in a secure, HttpOnly, SameSite=Strict cookie and returns a CSRF token', async () => {
        await loginAs(t, 'anna', ['consultation']);
        const response = await login('Anna', TEST_PASSWORD);
        assert.equal(response.statusCode, 200);
        const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
        assert.ok(cookie);
        assert.equal(cookie.httpOnly, true);
        assert.equal(cookie.secure, true);
        assert.equal(cookie.sameSite, 'Strict');
        assert.equal(response.json().user.username, 'anna');
        assert.match(response.json().csrfToken, /^[A-Za-z0-9_-]{43}$/);
        const me = await t.app.inject({
          method: 'GET',
          url: '/api/v1/sessie',
          headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` },
        });
        assert.equal(me.json().user.username, 'anna');
      });

      it('answers a wrong password and an unknown user alike', async () => {
        await loginAs(t, 'bob', ['consultation']);
        const wrong = await login('bob', 'not the password');
        const unknown = await login('nobody-here', 'not the password');
        assert.equal(wrong.statusCode, 401);
        assert.equal(unknown.statusCode, 401);
        assert.equal(wrong.json().detail, unknown.json().detail);
        assert.equal(wrong.cookies.length, 0);
      });

      it('locks an address out of an account after repeated failures, even for the right password, without saying so', async () => {
        await loginAs(t, 'carl', ['consultation']);
        assert.equal((await login('carl', 'wrong 1')).statusCode, 401);
        assert.equal((await login('carl', 'wrong 2')).statusCode, 401);
        const third = await login('carl', 'wrong 3');
        assert.equal(third.statusCode, 401);
        assert.equal(third.json().code, 'LOGIN_FAILED');
        const right = await login('carl', TEST_PASSWORD);
        assert.equal(right.statusCode, 401, 'the right password does not help while locked');
        assert.equal(right.json().code, 'LOGIN_FAILED');
        assert.equal(right.json().detail, (await login('nobody-here', 'x')).json().detail);
        assert.equal(right.cookies.length, 0);
        // Per address: the holder elsewhere still gets in (test/login-throttle.test.ts has the rest).
        const elsewhere = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessie',
          payload: { username: 'carl', password: TEST_PASSWORD },
          remoteAddress: '192.0.2.44',
        });
        assert.equal(elsewhere.statusCode, 200);
      });

      it('refuses a malformed body with 400', async () => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessie',
          payload: { username: 'x' },
        });
        assert.equal(response.statusCode, 400);
      });
    });

    describe('sessions', () => {
      it('ends at logout: the cookie no longer works', async () => {
        const dora = await loginAs(t, 'dora', ['consultation']);
        const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: dora.headers });
        assert.equal(out.statusCode, 204);
        const me = await t.app.inject({ method: 'GET', url: '/api/v1/sessie', headers: dora.headers });
        assert.equal(me.statusCode, 401);
      });

      it('refuses a change without the CSRF token', async () => {
        const eve = await loginAs(t, 'eve', ['consultation']);
        const { 'x-csrf-token': _token, ...cookieOnly } = eve.headers;
        const response = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: cookieOnly });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().code, 'CSRF_TOKEN_INVALID');
        const wrong = await t.app.inject({
          method: 'DELETE',
          url: '/api/v1/sessie',
          headers: { ...cookieOnly, 'x-csrf-token': 'x' },
        });
        assert.equal(wrong.statusCode, 403);
      });

      it('says the session expired when it has', async () => {
        const fred = await loginAs(t, 'fred', ['consultation']);
        await t.store.db
          .updateTable('sessions')
          .set({ expires_at: new Date(Date.now() - 1000) })
          .where('user_id', '=', fred.userId)
          .execute();
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/personen/zoeken',
          headers: fred.headers,
          payload: { skn: '10000002' },
        });
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().code, 'SESSION_EXPIRED');
      });
    });

    describe('POST /api/v1/gebruikers', () => {
      const create = (payload: object) =>
        t.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: admin.headers, payload });

      it('creates a user an administrator describes, who can then log in', async () => {
        const response = await create({
          username: 'bij.utrecht',
          displayName: 'BIJ Utrecht',
          organisation: 'GM0344',
          roles: ['bij-officer'],
          password: 'a long enough password',
        });
        assert.equal(response.statusCode, 201, response.body);
        assert.deepEqual(response.json().roles, ['bij-officer']);
        assert.equal((await login('bij.utrecht', 'a long enough password')).statusCode, 200);
        const stored = await t.store.db
          .selectFrom('users')
          .select('password_hash')
          .where('username', '=', 'bij.utrecht')
          .executeTakeFirstOrThrow();
        assert.match(String(stored.password_hash), /^\$argon2id\$/);
      });

      it('refuses a role the organisation may not hold, a weak password, an unknown organisation and a taken name', async () => {
        const base = { username: 'x.user', displayName: 'X', organisation: 'GM0344', roles: ['bij-officer'] };
        assert.equal((await create({ ...base, roles: ['consultation'] })).json().code, 'ROLE_NOT_ALLOWED');
        assert.equal((await create({ ...base, password: 'short' })).json().code, 'WEAK_PASSWORD');
        assert.equal((await create({ ...base, organisation: 'GM9999' })).statusCode, 404);
        assert.equal((await create({ ...base, roles: ['root'] })).statusCode, 400);
        assert.equal(
          (await create({ ...base, oidcIssuer: 'https://idp.example' })).json().code,
          'OIDC_LINK_INCOMPLETE',
        );
        assert.equal((await create(base)).statusCode, 201);
        assert.equal((await create(base)).statusCode, 409);
        const rvdk = await create({
          ...base,
          username: 'rvdk.user',
          organisation: 'RVDK',
          roles: ['reintegration-officer'],
        });
        assert.equal(rvdk.statusCode, 201, 'the RvdK reads the re-integration notices of juveniles');
      });

      it('lists users per organisation', async () => {
        const response = await t.app.inject({
          method: 'GET',
          url: '/api/v1/gebruikers?organisation=GM0344',
          headers: admin.headers,
        });
        assert.ok(response.json().every((u: { organisation: string }) => u.organisation === 'GM0344'));
        assert.ok(response.json().length >= 1);
      });
    });
  });
}
