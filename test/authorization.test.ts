/**
 * Who may call what: every protected endpoint against every role, anonymous
 * callers and source-system tokens. A refusal comes before any lookup, so it
 * looks the same whether or not the thing asked for exists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROLES, type Role } from '../src/access/index.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { personRegistered, skn } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';

const [backend] = testBackends();

interface Endpoint {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  payload?: object;
  allowed: readonly Role[];
}

const ENDPOINTS: Endpoint[] = [
  { method: 'POST', url: '/api/v1/personen/zoeken', payload: { skn: skn(1) }, allowed: ['consultation'] },
  {
    method: 'POST',
    url: '/api/v1/personen/raadplegen',
    payload: { skn: skn(1) },
    allowed: ['consultation'],
  },
  { method: 'GET', url: '/api/v1/organisaties', allowed: ['administrator'] },
  { method: 'GET', url: '/api/v1/gebruikers', allowed: ['administrator'] },
  {
    method: 'POST',
    url: '/api/v1/gebruikers',
    payload: { username: 'new.user', displayName: 'N', organisation: 'DJI', roles: ['consultation'] },
    allowed: ['administrator'],
  },
  {
    method: 'POST',
    url: '/api/v1/verwerkingen/betrokkene',
    payload: { skn: skn(1) },
    allowed: ['administrator'],
  },
  { method: 'GET', url: '/api/v1/verwerkingen/controle', allowed: ['justid-operator', 'administrator'] },
];

describe('authorization of every endpoint for every role', () => {
  let t: TestApp;
  const users = new Map<Role, LoggedIn>();
  before(async () => {
    if (!backend) throw new Error('no test backend');
    t = await startTestApp(backend);
    await ingestAtomically(t.store.db, [personRegistered({ skn: skn(1) })], {
      catalog: defaultReferenceCatalog(),
    });
    for (const role of ROLES) users.set(role, await loginAs(t, `user.${role}`, [role]));
  });
  after(() => t.close());

  for (const endpoint of ENDPOINTS) {
    for (const role of ROLES) {
      const allowed = endpoint.allowed.includes(role);
      it(`${endpoint.method} ${endpoint.url} ${allowed ? 'admits' : 'refuses'} ${role}`, async () => {
        const response = await t.app.inject({ ...endpoint, headers: users.get(role)?.headers });
        if (allowed)
          assert.ok(
            response.statusCode < 400 || response.statusCode === 409,
            `${response.statusCode} ${response.body}`,
          );
        else {
          assert.equal(response.statusCode, 403, response.body);
          assert.equal(response.json().code, 'FORBIDDEN');
        }
      });
    }
    it(`${endpoint.method} ${endpoint.url} answers 401 without a session`, async () => {
      const response = await t.app.inject({
        method: endpoint.method,
        url: endpoint.url,
        payload: endpoint.payload,
      });
      assert.equal(response.statusCode, 401);
      assert.match(String(response.headers['content-type']), /problem\+json/);
    });
    it(`${endpoint.method} ${endpoint.url} answers 401 to a source-system token`, async () => {
      const response = await t.app.inject({ ...endpoint, headers: { authorization: t.auth.SKDB } });
      assert.equal(response.statusCode, 401);
    });
  }

  it('refuses a user session on the source-system endpoints', async () => {
    const admin = users.get('administrator');
    const events = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: admin?.headers,
      payload: personRegistered(),
    });
    assert.equal(events.statusCode, 401);
    const issue = await t.app.inject({
      method: 'POST',
      url: '/api/v1/identiteit/personen',
      headers: admin?.headers,
      payload: {},
    });
    assert.equal(issue.statusCode, 401);
  });

  it('tells a user without the right nothing about whether a person exists', async () => {
    const bij = users.get('bij-officer');
    const existing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/personen/raadplegen',
      headers: bij?.headers,
      payload: { skn: skn(1) },
    });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/personen/raadplegen',
      headers: bij?.headers,
      payload: { skn: skn(77) },
    });
    assert.equal(existing.statusCode, 403);
    assert.equal(missing.statusCode, 403);
    assert.equal(existing.json().detail, missing.json().detail);
    assert.equal(existing.body.length, missing.body.length);
  });

  it('lets a user with several roles do what each role allows', async () => {
    const both = await loginAs(t, 'operator.admin', ['justid-operator', 'administrator']);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/gebruikers', headers: both.headers })).statusCode,
      200,
    );
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/verwerkingen/controle', headers: both.headers }))
        .statusCode,
      200,
    );
  });
});
