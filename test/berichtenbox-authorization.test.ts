/** Who may call which Berichtenbox and operations endpoint: every role, without a session, without the CSRF token. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROLES, type Role } from '../src/access/index.ts';
import { type LoggedIn, loginAs, type TestApp } from './helpers/app.ts';
import { AMSTERDAM, startWithStory, UTRECHT } from './helpers/berichtenbox.ts';
import { testBackends } from './helpers/db.ts';

describe('authorization of the Berichtenbox endpoints for every role', () => {
  const [backend] = testBackends();
  let t: TestApp;
  const users = new Map<Role, LoggedIn>();
  before(async () => {
    if (!backend) throw new Error('no test backend');
    t = await startWithStory(backend);
    for (const role of ROLES) users.set(role, await loginAs(t, `user.${role}`, [role]));
  });
  after(() => t.close());

  const ENDPOINTS: { method: 'GET' | 'POST'; url: string; payload?: object; allowed: Role }[] = [
    ...(['bij', 'reintegration', 'victims'] as const).flatMap((box) => {
      const role = (
        {
          bij: 'bij-officer',
          reintegration: 'reintegration-officer',
          victims: 'victim-desk-officer',
        } as const
      )[box];
      return [
        { method: 'GET' as const, url: `/api/v1/berichtenbox/${box}`, allowed: role },
        { method: 'GET' as const, url: `/api/v1/berichtenbox/${box}/1`, allowed: role },
        {
          method: 'POST' as const,
          url: `/api/v1/berichtenbox/${box}/1/ontvangst`,
          payload: {},
          allowed: role,
        },
      ];
    }),
    {
      method: 'POST',
      url: '/api/v1/berichtenbox/bij/1/doorsturen',
      payload: { municipalityCode: UTRECHT, reason: 'x' },
      allowed: 'bij-officer',
    },
    { method: 'GET', url: '/api/v1/operaties/bij-controle', allowed: 'justid-operator' },
    { method: 'GET', url: '/api/v1/operaties/tellingen', allowed: 'justid-operator' },
    {
      method: 'POST',
      url: '/api/v1/operaties/bij-controle/1',
      payload: { decision: 'confirm' },
      allowed: 'justid-operator',
    },
    { method: 'GET', url: '/api/v1/operaties/wachtrij', allowed: 'justid-operator' },
    {
      method: 'POST',
      url: '/api/v1/operaties/wachtrij/1',
      payload: { recipient: AMSTERDAM, reason: 'x' },
      allowed: 'justid-operator',
    },
  ];

  for (const endpoint of ENDPOINTS) {
    for (const role of ROLES) {
      const allowed = endpoint.allowed === role;
      it(`${endpoint.method} ${endpoint.url} ${allowed ? 'admits' : 'refuses'} ${role}`, async () => {
        const response = await t.app.inject({ ...endpoint, headers: users.get(role)?.headers });
        if (allowed)
          assert.ok(![401, 403].includes(response.statusCode) && response.statusCode < 500, response.body);
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
    });
    if (endpoint.method === 'POST') {
      it(`${endpoint.method} ${endpoint.url} answers 403 without the CSRF token`, async () => {
        const { 'x-csrf-token': _token, ...cookieOnly } = users.get(endpoint.allowed)?.headers ?? {};
        const response = await t.app.inject({ ...endpoint, headers: cookieOnly });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().code, 'CSRF_TOKEN_INVALID');
      });
    }
  }
});
