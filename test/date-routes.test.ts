/**
 * Issue 11, finding 5, beyond the event contract: every route that takes a
 * date refuses one the store cannot hold with a 400 (not a 500), through the
 * one shared definition of the formats, and the SKDB's registration refuses
 * an implausible birth date with a 422 naming it, on every backend.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FieldError } from '../src/platform/errors.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';

for (const backend of testBackends()) {
  describe(`dates on the other routes on ${backend.name}`, () => {
    let t: TestApp;
    let consultation: LoggedIn;
    before(async () => {
      t = await startTestApp(backend);
      consultation = await loginAs(t, 'raadpleger.dates', ['consultation']);
    });
    after(() => t.close());

    const register = (birthDate: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/identiteit/personen',
        headers: { authorization: t.auth.SKDB },
        payload: { surname: 'Jansen', givenNames: 'Piet', birthDate, gender: 'M' },
      });

    describe('POST /api/v1/identiteit/personen', () => {
      for (const birthDate of ['0000-01-01', '1990-02-30', '10000-01-01']) {
        it(`refuses birthDate ${birthDate} with a 400 naming birthDate`, async () => {
          const response = await register(birthDate);
          assert.equal(response.statusCode, 400, response.body);
          assert.ok(
            (response.json().errors as FieldError[]).some((e) => e.field.includes('birthDate')),
            response.body,
          );
        });
      }
      for (const birthDate of ['2999-01-01', '1800-01-01']) {
        it(`refuses the implausible birthDate ${birthDate} with a 422 naming birthDate`, async () => {
          const response = await register(birthDate);
          assert.equal(response.statusCode, 422, response.body);
          const error = (response.json().errors as FieldError[]).find((e) => e.field === 'birthDate');
          assert.equal(error?.rule, 'plausible-date', response.body);
        });
      }
      it('registers a person born on 1900-01-01', async () => {
        assert.equal((await register('1900-01-01')).statusCode, 201);
      });
    });

    it('POST /api/v1/personen/zoeken refuses birthDate 0000-01-01 with a 400, not a 500', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/personen/zoeken',
        headers: consultation.headers,
        payload: { surname: 'Jansen', birthDate: '0000-01-01' },
      });
      assert.equal(response.statusCode, 400, response.body);
    });

    for (const url of [
      '/api/v1/reference/municipalities?date=0000-01-01',
      '/api/v1/reference/municipalities/GM0363?date=2026-02-30',
    ]) {
      it(`GET ${url} is a 400`, async () => {
        const response = await t.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 400, response.body);
      });
    }
  });
}
