/**
 * GET /api/v1/open-data/overview: the public dashboard's first screen in one
 * answer, over the release folder of test/helpers/open-data-release.ts (the
 * tables misdrijven and ketenstroom; no detentie or recidive table). Each
 * headline must be what the observations route gives for the same cells.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type ServedReleases, serveTwoReleases } from './helpers/open-data-release.ts';

type Row = Record<string, string | number | null>;
interface Point {
  period: string;
  title: string;
  value: number | null;
  status: string;
}
interface Headline {
  key: string;
  table: string | null;
  measure: { id: string; unit: string } | null;
  time: string;
  points: Point[];
}

const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028'];

describe('open-data overview', () => {
  let releases: ServedReleases;
  before(async () => {
    releases = await serveTwoReleases('ketenzicht-overview-');
  });
  after(() => releases?.close());

  const get = (url: string, headers: Record<string, string> = {}) => releases.get(url, headers);
  const overview = async () => {
    const response = await get('/overview');
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as {
      catalogue: { release: string | null; tables: unknown[] };
      headlines: Headline[];
    };
  };
  const headline = (body: { headlines: Headline[] }, key: string) => {
    const found = body.headlines.find((h) => h.key === key);
    assert.ok(found, key);
    return found;
  };

  it('holds the same catalogue as /tables, with the same caching headers', async () => {
    const response = await get('/overview');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json().catalogue, (await get('/tables')).json());
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    assert.match(String(response.headers.etag), /^"[A-Za-z0-9_-]+"$/);
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });

  it('lists every theme’s headline in the dashboard’s order', async () => {
    assert.deepEqual(
      (await overview()).headlines.map((h) => h.key),
      ['opsporing', 'vervolging', 'berechting', 'tenuitvoerlegging', 'recidive', 'ketenstroom'],
    );
  });

  // One row per headline this release has: its table, measure and fixed codes, the total elsewhere.
  const cases = [
    { key: 'opsporing', table: 'misdrijven', measure: 'geregistreerd', cell: 'regio=T&delictgroep=T' },
    {
      key: 'vervolging',
      table: 'ketenstroom',
      measure: 'instroom',
      cell: 'regio=T&delictgroep=T&fase=om-instroom',
    },
    {
      key: 'berechting',
      table: 'ketenstroom',
      measure: 'instroom',
      cell: 'regio=T&delictgroep=T&fase=vonnis-veroordeling',
    },
    {
      key: 'ketenstroom',
      table: 'ketenstroom',
      measure: 'instroom',
      cell: 'regio=T&delictgroep=T&fase=verdachte',
    },
  ];
  for (const c of cases)
    it(`${c.key}: ${c.measure} of ${c.table} at ${c.cell}, every year oldest first, as the observations route gives it`, async () => {
      const h = headline(await overview(), c.key);
      assert.equal(h.table, c.table);
      assert.equal(h.measure?.id, c.measure);
      assert.equal(h.time, 'jaar');
      assert.deepEqual(
        h.points.map((p) => p.period),
        YEARS,
      );
      const rows = (
        await get(`/tables/${c.table}/observations?${c.cell}&measures=${c.measure}&limit=10000`)
      ).json().observations as Row[];
      assert.equal(rows.length, YEARS.length);
      for (const point of h.points) {
        const row = rows.find((r) => r.jaar === point.period);
        assert.equal(point.value, row?.[c.measure], point.period);
        assert.equal(point.status, row?.[`${c.measure}__status`], point.period);
        assert.equal(point.title, point.period);
      }
    });

  it('has no figure for a theme whose table the release does not have', async () => {
    const body = await overview();
    for (const key of ['tenuitvoerlegging', 'recidive'])
      assert.deepEqual(headline(body, key), {
        key,
        table: null,
        measure: null,
        time: key === 'recidive' ? 'cohort' : 'jaar',
        points: [],
      });
  });

  it('answers 304 to If-None-Match with the current ETag, and a new ETag and figures for a new release', async () => {
    const before = await get('/overview');
    const etag = String(before.headers.etag);
    const again = await get('/overview', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    releases.served = releases.second;
    try {
      const after = await get('/overview', { 'if-none-match': etag });
      assert.equal(after.statusCode, 200);
      assert.notEqual(after.headers.etag, etag);
      assert.equal(after.json().catalogue.release, '2026-02');
      assert.notDeepEqual(
        headline(after.json(), 'opsporing').points,
        headline(before.json(), 'opsporing').points,
      );
    } finally {
      releases.served = releases.first;
    }
  });

  it('answers an empty catalogue and no figures while nothing is published', async () => {
    for (const dir of [undefined, path.join(releases.root, 'nowhere')]) {
      releases.served = dir;
      try {
        const body = await overview();
        assert.equal(body.catalogue.release, null);
        assert.deepEqual(body.catalogue.tables, []);
        assert.ok(body.headlines.every((h) => h.table === null && h.points.length === 0));
      } finally {
        releases.served = releases.first;
      }
    }
  });

  it('is documented in OpenAPI under the tag "open data"', async () => {
    const doc = (await releases.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const operation = doc.paths['/api/v1/open-data/overview']?.get;
    assert.ok(operation);
    assert.deepEqual(operation.tags, ['open data']);
    assert.ok(operation.responses['304']);
  });
});
