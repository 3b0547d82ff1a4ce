/**
 * The service's common behaviour, per the NL API Design Rules: OpenAPI
 * without login, API-Version and security headers on every response,
 * problem+json errors, health and readiness.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';

const [backend] = testBackends();

describe('HTTP service', () => {
  let t: TestApp;
  before(async () => {
    if (!backend) throw new Error('no test backend');
    t = await startTestApp(backend, { bodyLimit: 64 * 1024 });
  });
  after(() => t.close());

  it('serves the OpenAPI 3.1 document at /api/v1/openapi.json without login', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    assert.equal(response.statusCode, 200);
    const doc = response.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/events'].post, 'documents POST /api/v1/events');
    assert.ok(doc.paths['/api/v1/reference/institutions'].get, 'documents the reference data');
    assert.ok(doc.paths['/api/v1/identiteit/personen'].post);
    for (const [path, operations] of Object.entries(
      doc.paths as Record<string, Record<string, { responses?: object }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        assert.ok(
          operation.responses && Object.keys(operation.responses).length > 0,
          `${method} ${path} declares its responses`,
        );
      }
    }
  });

  it('serves a documentation page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
  });

  it('sends API-Version, a request id and the security headers on every response, errors included', async () => {
    for (const url of ['/health', '/api/v1/reference/titles', '/api/v1/nothing-here']) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.headers['api-version'], '1.0.0', url);
      assert.ok(response.headers['x-request-id'], url);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
      assert.match(String(response.headers['strict-transport-security']), /max-age=31536000/, url);
      assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/, url);
      assert.ok(response.headers['cache-control'], url);
    }
  });

  it('keeps a well-formed X-Request-Id from the caller and replaces a hostile one', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'abc-123' },
    });
    assert.equal(kept.headers['x-request-id'], 'abc-123');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': '<script>' },
    });
    assert.notEqual(replaced.headers['x-request-id'], '<script>');
  });

  it('answers an unknown route with a 404 problem+json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/unknown' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const problem = response.json();
    assert.equal(problem.status, 404);
    assert.equal(problem.code, 'NOT_FOUND');
    assert.equal(problem.requestId, response.headers['x-request-id']);
  });

  it('reports live at /health and ready at /ready while the database answers', async () => {
    assert.deepEqual((await t.app.inject({ method: 'GET', url: '/health' })).json(), { status: 'ok' });
    assert.deepEqual((await t.app.inject({ method: 'GET', url: '/ready' })).json(), { status: 'ready' });
  });

  it('refuses a body over the limit with 413 problem+json', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: { authorization: t.auth.SKDB, 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(70 * 1024) }),
    });
    assert.equal(response.statusCode, 413);
    assert.match(String(response.headers['content-type']), /problem\+json/);
  });

  it('refuses deeply nested JSON without crashing', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: { authorization: t.auth.SKDB, 'content-type': 'application/json' },
      payload: deep,
    });
    assert.ok([400, 413].includes(response.statusCode), String(response.statusCode));
  });
});

describe('GET /ready when the database is gone', () => {
  it('answers 503 problem+json', async () => {
    if (!backend) throw new Error('no test backend');
    const t = await startTestApp(backend);
    await t.store.close();
    const response = await t.app.inject({ method: 'GET', url: '/ready' });
    assert.equal(response.statusCode, 503);
    assert.equal(response.json().code, 'DATABASE_UNAVAILABLE');
    await t.app.close();
  });
});
