/** GET /api/v1/reference/...: the code lists over HTTP, and their bad inputs. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';

const [backend] = testBackends();

describe('reference API', () => {
  let t: TestApp;
  before(async () => {
    if (!backend) throw new Error('no test backend');
    t = await startTestApp(backend);
  });
  after(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('lists the municipalities valid on a date, with the source', async () => {
    const response = await get('/api/v1/reference/municipalities?date=2025-06-01');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.items.length, 342);
    assert.match(body.source.licence, /CC BY/);
    assert.ok(
      body.items.every(
        (m: { validUntil: string | null }) => m.validUntil === null || m.validUntil > '2025-06-01',
      ),
    );
  });

  it('resolves Weesp to Amsterdam from 2022-03-24 and not the day before', async () => {
    const on = (await get('/api/v1/reference/municipalities/GM0457?date=2022-03-24')).json();
    assert.equal(on.resolved.code, 'GM0363');
    assert.equal(on.requested.name, 'Weesp');
    const before = (await get('/api/v1/reference/municipalities/GM0457?date=2022-03-23')).json();
    assert.equal(before.resolved.code, 'GM0457');
  });

  it('filters institutions by sector and finds one by code', async () => {
    const jji = (await get('/api/v1/reference/institutions?sector=JJI')).json();
    assert.ok(jji.items.length > 0);
    assert.ok(jji.items.every((i: { sector: string }) => i.sector === 'JJI'));
    const first = jji.items[0];
    const one = await get(`/api/v1/reference/institutions/${first.code}`);
    assert.equal(one.statusCode, 200);
    assert.deepEqual(one.json(), first);
  });

  it('says of each institution where its address comes from, whether it is verified, and its contact', async () => {
    const all = (await get('/api/v1/reference/institutions')).json().items as {
      code: string;
      addressSource: string;
      addressVerified: boolean;
      contact: { phone: string | null; url: string | null };
    }[];
    assert.ok(all.every((i) => i.addressSource.length > 0 && typeof i.addressVerified === 'boolean'));
    assert.ok(all.some((i) => i.addressVerified) && all.some((i) => !i.addressVerified));
    const vught = all.find((i) => i.code === 'PI-VUGHT');
    assert.ok(vught?.contact && 'phone' in vught.contact && 'url' in vught.contact);
  });

  it('finds a law article by its code, written with a space', async () => {
    const response = await get('/api/v1/reference/offences/Sr%20242');
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().category, 'sexual');
    const sexual = (await get('/api/v1/reference/offences?category=sexual')).json();
    assert.ok(sexual.items.some((o: { code: string }) => o.code === 'Sr 242'));
  });

  it('lists the five detention titles and the sources', async () => {
    const titles = (await get('/api/v1/reference/titles')).json();
    assert.deepEqual(titles.items.map((x: { kind: string }) => x.kind).sort(), [
      'pij',
      'pre-trial',
      'prison-sentence',
      'substitute-detention',
      'tbs-dwangverpleging',
    ]);
    const sources = (await get('/api/v1/reference/sources')).json();
    assert.ok(sources.length >= 4);
  });

  const bad: [string, number, string][] = [
    ['/api/v1/reference/municipalities?date=2022-02-30', 400, 'INVALID_REQUEST'],
    ['/api/v1/reference/municipalities?date=yesterday', 400, 'INVALID_REQUEST'],
    ['/api/v1/reference/municipalities/0363', 400, 'INVALID_REQUEST'],
    ['/api/v1/reference/municipalities/GM9999', 404, 'MUNICIPALITY_NOT_FOUND'],
    ['/api/v1/reference/institutions?sector=XX', 400, 'INVALID_REQUEST'],
    ['/api/v1/reference/institutions/PI-NOWHERE', 404, 'INSTITUTION_NOT_FOUND'],
    ['/api/v1/reference/offences?category=%27%20OR%201=1--', 400, 'INVALID_REQUEST'],
    ['/api/v1/reference/offences/Sr%209999', 404, 'OFFENCE_NOT_FOUND'],
  ];
  for (const [url, status, code] of bad) {
    it(`answers ${url} with ${status} ${code}`, async () => {
      const response = await get(url);
      assert.equal(response.statusCode, status, response.body);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.equal(response.json().code, code);
      if (status === 400) assert.ok(response.json().errors.length > 0, 'names the parameter');
    });
  }
});
