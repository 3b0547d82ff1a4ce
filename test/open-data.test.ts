/**
 * The open-data API over a release folder written here (two tables made with
 * DuckDB, their metadata, the catalogue and the manifest; see
 * test/helpers/open-data-release.ts).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readParquet, type ServedReleases, serveTwoReleases } from './helpers/open-data-release.ts';

type Row = Record<string, string | number | null>;

describe('open-data API', () => {
  let releases: ServedReleases;
  before(async () => {
    releases = await serveTwoReleases('ketenzicht-opendata-');
  });
  after(() => releases?.close());

  const get = (url: string, headers: Record<string, string> = {}) => releases.get(url, headers);
  const observations = async (query: string) => {
    const response = await get(`/tables/misdrijven/observations?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { observations: Row[]; total: number; next: string | null };
  };
  const problem = async (url: string, status = 400) => {
    const response = await get(url);
    assert.equal(response.statusCode, status, response.body);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    return response.json() as {
      code: string;
      detail: string;
      errors?: { field: string; rule: string; message: string }[];
    };
  };

  it('lists the tables of the release in the catalogue, with links, licence and attribution', async () => {
    const response = await get('/tables');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.release, '2026-01');
    assert.equal(body.synthetic, false, 'a release of the partners’ deliveries is not marked synthetic');
    assert.deepEqual(body.licence, {
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
    });
    assert.match(body.attribution, /Data Alliantie Strafrechtketen/);
    assert.deepEqual(
      body.tables.map((t: { id: string; theme: string; rows: number }) => [t.id, t.theme, t.rows]),
      [
        ['misdrijven', 'opsporing', 1040],
        ['ketenstroom', 'ketenstroom', 13520],
      ],
    );
    assert.deepEqual(body.tables[0].links, {
      self: '/api/v1/open-data/tables/misdrijven',
      observations: '/api/v1/open-data/tables/misdrijven/observations',
      csv: '/api/v1/open-data/tables/misdrijven/observations?format=csv',
      parquet: '/api/v1/open-data/tables/misdrijven/download.parquet',
    });
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    assert.match(String(response.headers.etag), /^"[A-Za-z0-9_-]+"$/);
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });

  it('describes a table: dimensions with codes, measures with unit and decimals, definition and sources', async () => {
    const response = await get('/tables/misdrijven');
    assert.equal(response.statusCode, 200);
    const meta = response.json();
    assert.equal(meta.title, 'Geregistreerde misdrijven en opheldering');
    assert.deepEqual(
      meta.dimensions.map((d: { id: string }) => d.id),
      ['jaar', 'regio', 'delictgroep'],
    );
    const regio = meta.dimensions[1];
    assert.deepEqual(regio.codes[0], { code: 'T', title: 'Totaal' });
    assert.equal(regio.codes.length, 13);
    assert.deepEqual(meta.measures[2], {
      id: 'ophelderingspercentage',
      title: 'ophelderingspercentage',
      unit: 'procent',
      decimals: 1,
      description: 'ophelderingspercentage, zie de definitie',
    });
    assert.equal(meta.links.definition, '/cijfers/definities#misdrijven');
    assert.deepEqual(meta.sources, ['Politie', 'OM', 'Rechtspraak']);
    assert.equal(meta.licence.name, 'CC BY 4.0');
    assert.equal(meta.release, '2026-01');
    assert.equal(meta.rows, 1040);
  });

  it('filters on one code, on several codes, and on totals', async () => {
    const one = await observations('jaar=2023&regio=T&delictgroep=T');
    assert.equal(one.total, 1);
    const row = one.observations[0] as Row;
    assert.deepEqual(Object.keys(row), [
      'jaar',
      'regio',
      'delictgroep',
      'geregistreerd',
      'geregistreerd__status',
      'opgehelderd',
      'opgehelderd__status',
      'ophelderingspercentage',
      'ophelderingspercentage__status',
    ]);
    assert.equal(row.geregistreerd__status, 'published');

    // The national total is the sum over the regions (no region of this fixture is suppressed as a whole).
    const regions = await observations('jaar=2023&delictgroep=T&regio=PV20,PV21,PV22,PV23,PV24,PV25');
    assert.equal(regions.total, 6);
    assert.deepEqual(
      regions.observations.map((r) => r.regio),
      ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25'],
    );
    const allRegions = await observations('jaar=2023&delictgroep=T&measures=geregistreerd');
    assert.equal(allRegions.total, 13);
    const sum = allRegions.observations
      .filter((r) => r.regio !== 'T')
      .reduce((s, r) => s + Number(r.geregistreerd), 0);
    assert.equal(sum, row.geregistreerd);

    // A repeated parameter is the same as a comma-separated list.
    const repeated = await observations('jaar=2023&jaar=2024&regio=T&delictgroep=T');
    const listed = await observations('jaar=2023,2024&regio=T&delictgroep=T');
    assert.equal(repeated.total, 2);
    assert.deepEqual(repeated.observations, listed.observations);
    // Without a filter a dimension gives every code, its total included.
    assert.equal((await observations('regio=T&delictgroep=T')).total, 10);
  });

  it('shows a suppressed cell as null with its status, and only the measures asked for', async () => {
    const body = await observations('jaar=2020&regio=PV24&delictgroep=wapens&measures=geregistreerd');
    assert.deepEqual(body.observations, [
      {
        jaar: '2020',
        regio: 'PV24',
        delictgroep: 'wapens',
        geregistreerd: null,
        geregistreerd__status: 'suppressed',
      },
    ]);
    const keten = await get(
      '/tables/ketenstroom/observations?jaar=2020&regio=T&delictgroep=T&fase=registratie',
    );
    const cell = keten.json().observations[0];
    assert.equal(cell.doorlooptijd_mediaan, null);
    assert.equal(cell.doorlooptijd_mediaan__status, 'not-applicable');
  });

  it('pages: 1,000 rows by default, limit and offset, a next link until the last page', async () => {
    const response = await get('/tables/ketenstroom/observations');
    const body = response.json();
    assert.equal(body.total, 13520);
    assert.equal(body.observations.length, 1000);
    assert.equal(body.limit, 1000);
    assert.equal(body.offset, 0);
    assert.match(body.next, /^\/api\/v1\/open-data\/tables\/ketenstroom\/observations\?.*offset=1000/);
    assert.equal(response.headers.link, `<${body.next}>; rel="next"`);

    const seen = new Set<string>();
    let next: string | null =
      '/api/v1/open-data/tables/ketenstroom/observations?limit=1000&fase=detentie,registratie';
    let pages = 0;
    while (next) {
      const url: string = next;
      const page = await releases.app.inject({ method: 'GET', url });
      assert.equal(page.statusCode, 200, page.body);
      const b: { observations: Row[]; next: string | null } = page.json();
      for (const r of b.observations) seen.add(`${r.jaar}/${r.regio}/${r.delictgroep}/${r.fase}`);
      next = b.next;
      pages++;
    }
    assert.equal(pages, 3, '2,080 rows on pages of 1,000');
    assert.equal(seen.size, 2080);

    const middle = await get('/tables/ketenstroom/observations?limit=5&offset=10');
    const all = await get('/tables/ketenstroom/observations?limit=15');
    assert.deepEqual(middle.json().observations, all.json().observations.slice(10));
    // The OData names work as well.
    const odata = await get('/tables/ketenstroom/observations?$top=5&$skip=10');
    assert.deepEqual(odata.json().observations, middle.json().observations);
  });

  it('allows exactly 10,000 rows a page and refuses 10,001', async () => {
    const full = await get('/tables/ketenstroom/observations?limit=10000');
    assert.equal(full.statusCode, 200);
    const body = full.json();
    assert.equal(body.observations.length, 10000);
    const rest = await releases.app.inject({ method: 'GET', url: body.next });
    assert.equal(rest.json().observations.length, 3520);
    assert.equal(rest.json().next, null);

    const refused = await problem('/tables/ketenstroom/observations?limit=10001');
    assert.equal(refused.code, 'INVALID_PAGE');
    assert.deepEqual(refused.errors, [
      { field: 'querystring.limit', rule: 'maximum', message: 'limit must be at most 10000' },
    ]);
    assert.equal(
      (await problem('/tables/ketenstroom/observations?$top=20000')).errors?.[0]?.field,
      'querystring.$top',
    );
  });

  it('refuses bad limit and offset values, and answers a huge offset with an empty page', async () => {
    for (const bad of [
      'limit=0',
      'limit=-1',
      'limit=abc',
      'limit=1.5',
      'limit=',
      'limit=5&limit=6',
      'offset=-1',
      'offset=x',
      'offset=1e12',
      'offset=2000000000',
      '$skip=-3',
    ]) {
      const refused = await problem(`/tables/misdrijven/observations?${bad}`);
      assert.equal(refused.code, 'INVALID_PAGE', bad);
      assert.match(refused.errors?.[0]?.field ?? '', /^querystring\.(limit|offset|\$skip)$/, bad);
    }
    const both = await problem('/tables/misdrijven/observations?limit=5&$top=5');
    assert.match(both.detail, /not both/);

    const beyond = await observations('offset=999999999');
    assert.equal(beyond.total, 1040);
    assert.deepEqual(beyond.observations, []);
    assert.equal(beyond.next, null);
  });

  it('refuses an unknown dimension, code or measure with a 400 naming it', async () => {
    const dimension = await problem('/tables/misdrijven/observations?gemeente=GM0363');
    assert.equal(dimension.code, 'UNKNOWN_DIMENSION');
    assert.deepEqual(dimension.errors?.[0], {
      field: 'querystring.gemeente',
      rule: 'unknown-dimension',
      message: 'gemeente is not a dimension of table misdrijven; its dimensions are jaar, regio, delictgroep',
    });

    const code = await problem('/tables/misdrijven/observations?regio=T,PV99&jaar=2023');
    assert.equal(code.code, 'UNKNOWN_CODE');
    assert.equal(code.errors?.[0]?.field, 'querystring.regio');
    assert.match(code.errors?.[0]?.message ?? '', /^PV99 is not a code of dimension regio/);

    const measure = await problem('/tables/misdrijven/observations?measures=geregistreerd,aangiften');
    assert.equal(measure.code, 'UNKNOWN_MEASURE');
    assert.match(measure.errors?.[0]?.message ?? '', /^aangiften is not a measure of table misdrijven/);

    const empty = await problem('/tables/misdrijven/observations?regio=');
    assert.equal(empty.errors?.[0]?.rule, 'empty-code');

    const several = await problem('/tables/misdrijven/observations?gemeente=x&regio=PV99');
    assert.equal(several.code, 'INVALID_QUERY');
    assert.equal(several.errors?.length, 2);
  });

  it('answers CSV for format=csv and for Accept: text/csv, with ids in the header and empty suppressed values', async () => {
    const response = await get(
      '/tables/misdrijven/observations?format=csv&jaar=2020&delictgroep=wapens&regio=PV23,PV24&measures=geregistreerd',
    );
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(response.headers['content-disposition'], 'attachment; filename="misdrijven.csv"');
    const lines = response.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'jaar,regio,delictgroep,geregistreerd,geregistreerd__status');
    assert.match(lines[1] ?? '', /^2020,PV23,wapens,[0-9]+,published$/);
    assert.equal(lines[2], '2020,PV24,wapens,,suppressed');
    assert.equal(lines.length, 3);

    const byAccept = await get('/tables/misdrijven/observations?jaar=2020&regio=T', { accept: 'text/csv' });
    assert.match(String(byAccept.headers['content-type']), /^text\/csv/);
    assert.equal(byAccept.body.trimEnd().split('\r\n').length, 1 + 8);
    const json = await get('/tables/misdrijven/observations?jaar=2020&regio=T', {
      accept: 'application/json, text/csv;q=0.5',
    });
    assert.match(String(json.headers['content-type']), /^application\/json/);
    assert.notEqual(byAccept.headers.etag, json.headers.etag, 'each representation has its own ETag');
    assert.equal(json.headers.vary, 'Accept');

    const paged = await get('/tables/ketenstroom/observations?format=csv&limit=100&offset=200');
    assert.equal(paged.headers['content-disposition'], 'attachment; filename="ketenstroom-201-300.csv"');
    assert.match(String(paged.headers.link), /format=csv/);
  });

  it('streams the whole table as Parquet, which reads back to the same rows', async () => {
    const response = await get('/tables/misdrijven/download.parquet');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/vnd.apache.parquet');
    assert.equal(response.headers['content-disposition'], 'attachment; filename="misdrijven.parquet"');
    const source = fs.readFileSync(path.join(releases.first, 'misdrijven.parquet'));
    assert.equal(response.rawPayload.length, source.length);
    assert.equal(response.headers.etag, `"${createHash('sha256').update(source).digest('hex')}"`);
    const copy = path.join(releases.root, 'download.parquet');
    fs.writeFileSync(copy, response.rawPayload);
    const [downloaded, published] = await Promise.all([
      readParquet(copy),
      readParquet(path.join(releases.first, 'misdrijven.parquet')),
    ]);
    assert.equal(downloaded.length, 1040);
    assert.deepEqual(downloaded, published);

    // And the API's JSON says the same as the file.
    const all = (await get('/tables/misdrijven/observations?limit=10000')).json().observations as Row[];
    const key = (r: Record<string, unknown>) => `${r.jaar}/${r.regio}/${r.delictgroep}`;
    const fromFile = new Map(downloaded.map((r) => [key(r), r]));
    for (const row of all) assert.equal(fromFile.get(key(row))?.geregistreerd, row.geregistreerd, key(row));
  });

  it('answers 304 to If-None-Match with the current ETag, on every route', async () => {
    for (const url of [
      '/tables',
      '/tables/misdrijven',
      '/tables/misdrijven/observations?jaar=2023',
      '/tables/misdrijven/observations?jaar=2023&format=csv',
      '/tables/misdrijven/download.parquet',
    ]) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      const again = await get(url, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      assert.equal(again.headers['cache-control'], 'public, max-age=300');
      assert.equal((await get(url, { 'if-none-match': `W/${etag}, "other"` })).statusCode, 304, url);
      assert.equal((await get(url, { 'if-none-match': '"stale"' })).statusCode, 200, url);
    }
    // Another query, another ETag; the same query written otherwise, the same ETag.
    const a = await get('/tables/misdrijven/observations?jaar=2023,2024');
    const b = await get('/tables/misdrijven/observations?jaar=2024&jaar=2023');
    const c = await get('/tables/misdrijven/observations?jaar=2024');
    assert.equal(a.headers.etag, b.headers.etag);
    assert.notEqual(a.headers.etag, c.headers.etag);
  });

  it('answers 404 for a table the catalogue does not list, and 400 for an id that cannot be one', async () => {
    const missing = await problem('/tables/aangiften', 404);
    assert.equal(missing.code, 'TABLE_NOT_FOUND');
    assert.match(missing.detail, /no table aangiften/);
    assert.equal((await problem('/tables/aangiften/observations', 404)).code, 'TABLE_NOT_FOUND');
    assert.equal((await problem('/tables/aangiften/download.parquet', 404)).code, 'TABLE_NOT_FOUND');
    await problem('/tables/..%2Fcatalog/observations', 400);
    assert.equal((await get('/tables/aangiften')).headers['cache-control'], 'no-store');
  });

  it('serves a new release as soon as the folder changes, with new ETags', async () => {
    const before = await get('/tables/misdrijven/observations?jaar=2023&regio=T&delictgroep=T');
    releases.served = releases.second;
    try {
      const catalogue = (await get('/tables')).json();
      assert.equal(catalogue.release, '2026-02');
      const after = await get('/tables/misdrijven/observations?jaar=2023&regio=T&delictgroep=T');
      assert.equal(after.json().release, '2026-02');
      assert.notEqual(after.headers.etag, before.headers.etag);
      assert.notEqual(
        after.json().observations[0].geregistreerd,
        before.json().observations[0].geregistreerd,
      );
      const stale = await get('/tables/misdrijven/observations?jaar=2023&regio=T&delictgroep=T', {
        'if-none-match': String(before.headers.etag),
      });
      assert.equal(stale.statusCode, 200);
    } finally {
      releases.served = releases.first;
    }
  });

  it('has an empty catalogue and 404s while nothing is published', async () => {
    for (const dir of [undefined, path.join(releases.root, 'nowhere')]) {
      releases.served = dir;
      try {
        const catalogue = await get('/tables');
        assert.equal(catalogue.statusCode, 200);
        assert.equal(catalogue.json().release, null);
        assert.deepEqual(catalogue.json().tables, []);
        const missing = await problem('/tables/misdrijven/observations', 404);
        assert.equal(missing.code, 'NOTHING_PUBLISHED');
        assert.equal((await problem('/tables/misdrijven', 404)).code, 'NOTHING_PUBLISHED');
      } finally {
        releases.served = releases.first;
      }
    }
  });

  it('documents every route in OpenAPI under the tag "open data"', async () => {
    const doc = (await releases.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const route of [
      '/api/v1/open-data/tables',
      '/api/v1/open-data/tables/{id}',
      '/api/v1/open-data/tables/{id}/observations',
      '/api/v1/open-data/tables/{id}/download.parquet',
    ]) {
      const operation = doc.paths[route]?.get;
      assert.ok(operation, route);
      assert.deepEqual(operation.tags, ['open data'], route);
    }
    const responses = doc.paths['/api/v1/open-data/tables/{id}/observations'].get.responses;
    assert.ok(responses['200'].content['text/csv'], 'CSV is documented');
    assert.ok(responses['400'], 'the refusals are documented');
  });
});
