/**
 * The public dashboard (/cijfers) in the browser, without logging in: the
 * overview, each theme with its drill-down kept in the URL, the data tables,
 * the downloads and the chain-flow diagram, at desktop and phone width.
 * The service serves a small release folder written here with DuckDB, in the
 * format of src/statistics/published.ts. Real service, Chromium, axe.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import type { Catalog, Dimension, Measure, TableMeta } from '../../src/statistics/published.ts';
import { assertAccessible, type Portal, screenshot, startPortal, withBrowser } from '../helpers/portal.ts';

// ------------------------------------------------------------------ the fixture release

type Codes = [code: string, title: string, weight: number][];

const YEARS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const REGIONS: Codes = [
  ['PV20', 'Groningen', 0.035],
  ['PV21', 'Fryslân', 0.035],
  ['PV22', 'Drenthe', 0.028],
  ['PV23', 'Overijssel', 0.064],
  ['PV24', 'Flevoland', 0.024],
  ['PV25', 'Gelderland', 0.12],
  ['PV26', 'Utrecht', 0.08],
  ['PV27', 'Noord-Holland', 0.17],
  ['PV28', 'Zuid-Holland', 0.22],
  ['PV29', 'Zeeland', 0.02],
  ['PV30', 'Noord-Brabant', 0.15],
  ['PV31', 'Limburg', 0.054],
];
const GROUPS: Codes = [
  ['vermogen', 'Vermogensmisdrijven', 0.55],
  ['vernieling', 'Vernielingen, openbare orde en gezag', 0.14],
  ['geweld', 'Gewelds- en seksuele misdrijven', 0.12],
  ['verkeer', 'Verkeersmisdrijven', 0.08],
  ['drugs', 'Drugsmisdrijven', 0.04],
  ['wapens', 'Vuurwapenmisdrijven', 0.003],
  ['overig', 'Overige misdrijven', 0.067],
];
/** The chain's stages, with the share of registered crimes that reaches each. */
const PHASES: Codes = [
  ['registratie', 'Geregistreerde misdrijven', 1],
  ['verdachte', 'Verdachten', 0.3],
  ['om-instroom', 'Instroom OM', 0.25],
  ['om-afdoening-technisch-sepot', 'Technisch sepot', 0.02],
  ['om-afdoening-beleidssepot', 'Beleidssepot', 0.03],
  ['om-afdoening-strafbeschikking', 'Strafbeschikking', 0.07],
  ['om-afdoening-dagvaarding', 'Dagvaarding', 0.1],
  ['om-afdoening-gevoegd', 'Gevoegd ter berechting', 0.02],
  ['vonnis-veroordeling', 'Veroordeling', 0.08],
  ['vonnis-vrijspraak', 'Vrijspraak', 0.008],
  ['vonnis-ontslag', 'Ontslag van alle rechtsvervolging', 0.002],
  ['tenuitvoerlegging', 'Tenuitvoerlegging', 0.07],
  ['detentie', 'Detentie', 0.04],
];
const COHORTS = ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'];
const AGES: Codes = [
  ['12-17', '12 tot 18 jaar', 0.45],
  ['18-24', '18 tot 25 jaar', 0.5],
  ['25-34', '25 tot 35 jaar', 0.42],
  ['35-44', '35 tot 45 jaar', 0.36],
  ['45+', '45 jaar of ouder', 0.25],
];
const SEXES: Codes = [
  ['M', 'Man', 0.88],
  ['V', 'Vrouw', 0.12],
];
const SANCTIONS: Codes = [
  ['gevangenisstraf', 'Gevangenisstraf', 0.35],
  ['taakstraf', 'Taakstraf', 0.4],
  ['geldboete', 'Geldboete', 0.2],
  ['tbs', 'Tbs', 0.01],
  ['pij', 'Pij-maatregel', 0.04],
];
const SECTORS: Codes = [
  ['GW', 'Gevangeniswezen', 32_000],
  ['JJI', 'Justitiële jeugdinrichtingen', 1_400],
  ['TBS', 'Tbs-klinieken', 220],
];

const values = (codes: Codes) => codes.map(([c, , w]) => `('${c}', ${w})`).join(', ');
const list = (items: readonly string[]) => items.map((i) => `('${i}')`).join(', ');

const dimension = (
  id: string,
  title: string,
  total: string | null,
  codes: [string, string][],
): Dimension => ({
  id,
  title,
  description: `${title}.`,
  codes: [...(total ? [{ code: 'T', title: total }] : []), ...codes.map(([code, t]) => ({ code, title: t }))],
});
const plain = (codes: Codes) => codes.map(([c, t]) => [c, t] as [string, string]);
const periods = (items: readonly string[]) => items.map((y) => [y, y] as [string, string]);
const measure = (
  id: string,
  title: string,
  unit: Measure['unit'],
  description: string,
  decimals = 0,
): Measure => ({
  id,
  title,
  unit,
  decimals,
  description,
});

/** Value and status columns: a count below 5 is suppressed. */
const count = (expr: string, name: string) =>
  `CASE WHEN ${expr} < 5 THEN NULL ELSE ${expr} END::DOUBLE AS ${name}, ` +
  `CASE WHEN ${expr} < 5 THEN 'suppressed' ELSE 'published' END AS ${name}__status`;

/**
 * A release folder with the four products the dashboard shows (misdrijven,
 * ketenstroom, recidive, detentie): Parquet made with DuckDB, totals (T) from
 * GROUP BY CUBE, cells below 5 suppressed; their metadata, the catalogue and
 * the manifest.
 */
export async function writeDasFixture(dir: string, release = '2026-11'): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const out = (name: string) => path.join(dir, `${name}.parquet`).replaceAll("'", "''");
  const noise = (key: string) => `(1 + ((hash(${key}) % 1000)::DOUBLE / 1000 - 0.5) * 0.1)`;
  await db.run(`
    CREATE TABLE base AS
    SELECT y.jaar, r.regio, g.delictgroep, f.fase, f.share AS share,
           round(820000 * (1 - 0.025 * (y.jaar::INTEGER - 2016)) * r.w * g.w * f.share
                 * ${noise('y.jaar || r.regio || g.delictgroep || f.fase')})::INTEGER AS n,
           round((20 + 25 * f.i) * ${noise('f.fase || y.jaar')})::INTEGER AS days
    FROM (VALUES ${list(YEARS)}) y(jaar),
         (VALUES ${values(REGIONS)}) r(regio, w),
         (VALUES ${values(GROUPS)}) g(delictgroep, w),
         (SELECT *, row_number() OVER () AS i FROM (VALUES ${values(PHASES)}) p(fase, share)) f`);
  await db.run(`
    COPY (
      SELECT jaar, coalesce(regio, 'T') AS regio, coalesce(delictgroep, 'T') AS delictgroep,
             ${count('sum(n)', 'geregistreerd')},
             ${count('round(sum(n) * 0.24)', 'opgehelderd')},
             CASE WHEN sum(n) < 5 THEN NULL ELSE round(100 * round(sum(n) * 0.24) / sum(n), 1) END::DOUBLE
               AS ophelderingspercentage,
             CASE WHEN sum(n) < 5 THEN 'suppressed' ELSE 'published' END AS ophelderingspercentage__status
      FROM base WHERE fase = 'registratie'
      GROUP BY jaar, CUBE(regio, delictgroep) ORDER BY ALL
    ) TO '${out('misdrijven')}' (FORMAT parquet)`);
  await db.run(`
    COPY (
      SELECT jaar, coalesce(regio, 'T') AS regio, coalesce(delictgroep, 'T') AS delictgroep, fase,
             ${count('sum(n)', 'instroom')},
             ${count('round(sum(n) * 0.96)', 'uitstroom')},
             ${count('round(sum(n) * 0.3)', 'voorraad')},
             CASE WHEN fase IN ('registratie', 'verdachte') THEN NULL ELSE max(days) END::DOUBLE AS doorlooptijd_mediaan,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN 'not-applicable' ELSE 'published' END
               AS doorlooptijd_mediaan__status,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN NULL ELSE round(max(days) * 2.2) END::DOUBLE
               AS doorlooptijd_p80,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN 'not-applicable' ELSE 'published' END
               AS doorlooptijd_p80__status
      FROM base GROUP BY jaar, fase, CUBE(regio, delictgroep) ORDER BY ALL
    ) TO '${out('ketenstroom')}' (FORMAT parquet)`);
  await db.run(`
    CREATE TABLE cohorts AS
    SELECT c.cohort, a.leeftijd, s.geslacht, g.delictgroep, k.sanctie,
           round(42000 * s.w * g.w * k.w * 0.2 * ${noise('c.cohort || a.leeftijd || s.geslacht || g.delictgroep || k.sanctie')})::INTEGER AS n,
           a.w * (1 - 0.01 * (c.cohort::INTEGER - 2014)) AS rate
    FROM (VALUES ${list(COHORTS)}) c(cohort), (VALUES ${values(AGES)}) a(leeftijd, w),
         (VALUES ${values(SEXES)}) s(geslacht, w), (VALUES ${values(GROUPS)}) g(delictgroep, w),
         (VALUES ${values(SANCTIONS)}) k(sanctie, w)`);
  const percent = (share: string, name: string) =>
    `CASE WHEN sum(n) < 5 THEN NULL ELSE round(100 * sum(n * rate * ${share}) / sum(n), 1) END::DOUBLE AS ${name}, ` +
    `CASE WHEN sum(n) < 5 THEN 'suppressed' ELSE 'published' END AS ${name}__status`;
  await db.run(`
    COPY (
      SELECT cohort, coalesce(leeftijd, 'T') AS leeftijd, coalesce(geslacht, 'T') AS geslacht,
             coalesce(delictgroep, 'T') AS delictgroep, coalesce(sanctie, 'T') AS sanctie,
             ${count('sum(n)', 'cohortgrootte')},
             ${percent('1', 'recidive_algemeen')},
             ${percent('0.2', 'recidive_zeer_ernstig')},
             ${percent('0.45', 'recidive_gevangenisstraf')}
      FROM cohorts GROUP BY cohort, CUBE(leeftijd, geslacht, delictgroep, sanctie) ORDER BY ALL
    ) TO '${out('recidive')}' (FORMAT parquet)`);
  await db.run(`
    COPY (
      SELECT jaar, coalesce(sector, 'T') AS sector,
             ${count('sum(n)', 'instroom')},
             ${count('sum(pop)', 'populatie_peildatum')},
             CASE WHEN sector IS NULL THEN 75 ELSE max(days) END::DOUBLE AS verblijfsduur_mediaan,
             'published' AS verblijfsduur_mediaan__status
      FROM (
        SELECT y.jaar, s.sector,
               round(s.w * (1 - 0.02 * (y.jaar::INTEGER - 2016)) * ${noise('y.jaar || s.sector')})::INTEGER AS n,
               round(s.w * CASE s.sector WHEN 'TBS' THEN 6.5 ELSE 0.3 END * ${noise('s.sector || y.jaar')})::INTEGER AS pop,
               CASE s.sector WHEN 'GW' THEN 62 WHEN 'JJI' THEN 85 ELSE 2400 END AS days
        FROM (VALUES ${list(YEARS)}) y(jaar), (VALUES ${values(SECTORS)}) s(sector, w)
      ) GROUP BY jaar, ROLLUP(sector) ORDER BY ALL
    ) TO '${out('detentie')}' (FORMAT parquet)`);
  db.closeSync();
  instance.closeSync();

  const jaar = dimension('jaar', 'Jaar', null, periods(YEARS));
  const regio = dimension('regio', 'Regio', 'Nederland', plain(REGIONS));
  const delictgroep = dimension('delictgroep', 'Delictgroep', 'Alle delictgroepen', plain(GROUPS));
  const common = (id: string, rows: number) => ({
    definition: id,
    licence: 'CC BY 4.0' as const,
    attribution: 'Bron: Data Alliantie Strafrechtketen',
    release,
    rows,
  });
  const flow = (what: string) => `Aantal ${what} in het jaar, per fase van de keten.`;
  const tables: TableMeta[] = [
    {
      id: 'misdrijven',
      title: 'Geregistreerde misdrijven en opheldering',
      theme: 'opsporing',
      summary: 'Misdrijven die de politie registreerde en het deel dat werd opgehelderd.',
      dimensions: [jaar, regio, delictgroep],
      measures: [
        measure(
          'geregistreerd',
          'Geregistreerde misdrijven',
          'aantal',
          'Misdrijven die de politie in het jaar registreerde.',
        ),
        measure(
          'opgehelderd',
          'Opgehelderde misdrijven',
          'aantal',
          'Geregistreerde misdrijven waarvoor een verdachte is gevonden.',
        ),
        measure(
          'ophelderingspercentage',
          'Ophelderingspercentage',
          'procent',
          'Opgehelderd als deel van geregistreerd.',
          1,
        ),
      ],
      sources: ['Politie'],
      ...common('misdrijven', 10 * 13 * 8),
    },
    {
      id: 'ketenstroom',
      title: 'Ketenstroom',
      theme: 'ketenstroom',
      summary: 'Instroom, uitstroom en voorraad per fase van de strafrechtketen, met doorlooptijden.',
      dimensions: [jaar, regio, delictgroep, dimension('fase', 'Fase', null, plain(PHASES))],
      measures: [
        measure('instroom', 'Instroom', 'aantal', flow('zaken dat een fase bereikte')),
        measure('uitstroom', 'Uitstroom', 'aantal', flow('zaken dat een fase verliet')),
        measure('voorraad', 'Voorraad', 'aantal', 'Zaken in een fase aan het eind van het jaar.'),
        measure(
          'doorlooptijd_mediaan',
          'Doorlooptijd (mediaan)',
          'dagen',
          'Dagen van de vorige fase tot deze, mediaan.',
        ),
        measure(
          'doorlooptijd_p80',
          'Doorlooptijd (80e percentiel)',
          'dagen',
          'Dagen waarbinnen 80% deze fase bereikte.',
        ),
      ],
      sources: ['Politie', 'OM', 'Rechtspraak', 'CJIB', 'DJI'],
      ...common('ketenstroom', 10 * 13 * 8 * 13),
    },
    {
      id: 'recidive',
      title: 'Recidive',
      theme: 'recidive',
      summary: 'Tweejarige recidive na vrijlating uit detentie of na een sanctie.',
      dimensions: [
        dimension('cohort', 'Cohort', null, periods(COHORTS)),
        dimension('leeftijd', 'Leeftijd', 'Alle leeftijden', plain(AGES)),
        dimension('geslacht', 'Geslacht', 'Mannen en vrouwen', plain(SEXES)),
        delictgroep,
        dimension('sanctie', 'Sanctie', 'Alle sancties', plain(SANCTIONS)),
      ],
      measures: [
        measure(
          'cohortgrootte',
          'Cohortgrootte',
          'aantal',
          'Personen vrijgelaten of bestraft in het cohortjaar.',
        ),
        measure(
          'recidive_algemeen',
          'Recidive algemeen',
          'procent',
          'Binnen twee jaar opnieuw veroordeeld.',
          1,
        ),
        measure(
          'recidive_zeer_ernstig',
          'Recidive zeer ernstig',
          'procent',
          'Opnieuw veroordeeld voor een zeer ernstig delict.',
          1,
        ),
        measure(
          'recidive_gevangenisstraf',
          'Recidive met gevangenisstraf',
          'procent',
          'Opnieuw veroordeeld tot gevangenisstraf.',
          1,
        ),
      ],
      sources: ['OM', 'Rechtspraak', 'DJI'],
      ...common('recidive', 10 * 6 * 3 * 8 * 6),
    },
    {
      id: 'detentie',
      title: 'Detentie',
      theme: 'tenuitvoerlegging',
      summary: 'Instroom in detentie, populatie op de peildatum en verblijfsduur, per sector.',
      dimensions: [jaar, dimension('sector', 'Sector', 'Alle sectoren', plain(SECTORS))],
      measures: [
        measure('instroom', 'Instroom', 'aantal', 'Insluitingen in het jaar.'),
        measure(
          'populatie_peildatum',
          'Populatie op de peildatum',
          'aantal',
          'Gedetineerden op 30 september.',
        ),
        measure(
          'verblijfsduur_mediaan',
          'Verblijfsduur (mediaan)',
          'dagen',
          'Dagen van insluiting tot vrijlating, mediaan.',
        ),
      ],
      sources: ['DJI'],
      ...common('detentie', 10 * 4),
    },
  ];
  const files: Record<string, string> = {};
  const sha = (name: string) =>
    createHash('sha256')
      .update(fs.readFileSync(path.join(dir, name)))
      .digest('hex');
  for (const meta of tables) {
    fs.writeFileSync(path.join(dir, `${meta.id}.json`), JSON.stringify(meta, null, 2));
    files[`${meta.id}.json`] = sha(`${meta.id}.json`);
    files[`${meta.id}.parquet`] = sha(`${meta.id}.parquet`);
  }
  const catalog: Catalog = {
    release,
    builtFrom: 'browser test fixture',
    tables: tables.map(({ id, title, theme, summary, rows }) => ({ id, title, theme, summary, rows })),
  };
  fs.writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(catalog, null, 2));
  files['catalog.json'] = sha('catalog.json');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ release, files }, null, 2));
}

// ------------------------------------------------------------------ the journeys

const THEMES = [
  { path: 'opsporing', title: 'Opsporing', selects: ['Jaar', 'Regio', 'Delictgroep'] },
  { path: 'vervolging', title: 'Vervolging', selects: ['Jaar', 'Regio', 'Delictgroep'] },
  { path: 'berechting', title: 'Berechting', selects: ['Jaar', 'Regio', 'Delictgroep'] },
  { path: 'tenuitvoerlegging', title: 'Tenuitvoerlegging', selects: ['Jaar', 'Regio', 'Delictgroep'] },
  {
    path: 'recidive',
    title: 'Recidive',
    selects: ['Cohort', 'Leeftijd', 'Geslacht', 'Delictgroep', 'Sanctie'],
  },
];

/** The page scrolls sideways when its content is wider than the window. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Waits until no figure is loading any more. */
async function figuresLoaded(page: Page) {
  await page.locator('.kz-dash-figure svg[role="img"]').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.kz-main [role="status"][aria-live]'));
}

describe('the public dashboard', () => {
  let portal: Portal;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-das-published-'));

  before(async () => {
    await writeDasFixture(folder);
    // startPortal passes the published folder on to the service's open-data routes.
    const options: Parameters<typeof startPortal>[0] & { dasPublished: string } = { dasPublished: folder };
    portal = await startPortal(options);
  });
  after(async () => {
    await portal?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows an anonymous visitor every theme with its headline figure on /cijfers', async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/cijfers`);
      await page.getByRole('heading', { level: 1, name: 'Cijfers over de strafrechtketen' }).waitFor();
      const cards = page.locator('.kz-dash-card');
      await cards.filter({ hasText: 'Geregistreerde misdrijven, 2025' }).waitFor();
      assert.equal(await cards.count(), 6, 'five themes and the chain flow');
      for (const name of [
        'Opsporing',
        'Vervolging',
        'Berechting',
        'Tenuitvoerlegging',
        'Recidive',
        'Ketenstroom',
      ])
        await cards.getByRole('link', { name, exact: true }).waitFor();
      await page.getByText('Recidive binnen twee jaar, cohort 2023').waitFor();
      assert.match(await cards.first().innerText(), /ten opzichte van 2024/);
      await page.getByRole('link', { name: 'CC BY 4.0' }).first().waitFor();
      await assertAccessible(page, 'the dashboard overview');
      await screenshot(page, 'cijfers-overzicht');
    });
  });

  for (const theme of THEMES) {
    it(`lets a visitor drill down on ${theme.path}: selects in the URL, the data table, a CSV download`, async () => {
      await withBrowser({}, async ({ page }) => {
        await page.goto(`${portal.url}/cijfers`);
        await page
          .getByRole('navigation', { name: "Thema's van Cijfers" })
          .getByRole('link', { name: theme.title, exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: theme.title }).waitFor();
        await figuresLoaded(page);
        for (const label of theme.selects) await page.getByLabel(label, { exact: true }).waitFor();
        await assertAccessible(page, `the ${theme.path} page`);
        await screenshot(page, `cijfers-${theme.path}`);

        // Change the period and every other select; each choice lands in the URL.
        for (const label of theme.selects) {
          const select = page.getByLabel(label, { exact: true });
          const options = await select
            .locator('option')
            .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
          const choice = options[2] ?? options[1] ?? options[0];
          assert.ok(choice, `${label} has options`);
          await select.selectOption(choice);
          const name = await select.getAttribute('name');
          await page.waitForURL((url) => url.searchParams.get(name ?? '') === choice);
        }
        await figuresLoaded(page);
        const chosen = new URL(page.url()).search;
        await page.reload();
        await figuresLoaded(page);
        assert.equal(new URL(page.url()).search, chosen, 'a reload keeps the selection');
        for (const label of theme.selects)
          assert.ok(await page.getByLabel(label, { exact: true }).inputValue(), `${label} keeps its value`);

        // Every figure: a chart with a name, a definition, the source and licence, downloads.
        const figures = page.locator('.kz-dash-figure');
        const count = await figures.count();
        assert.ok(count >= 3, 'a theme page shows several figures');
        for (let i = 0; i < count; i++) {
          const figure = figures.nth(i);
          await figure.getByRole('img').first().waitFor();
          assert.match(await figure.innerText(), /Bron: Data Alliantie Strafrechtketen, CC BY 4\.0/);
          assert.match(await figure.innerText(), /Definitie/);
          await figure.getByRole('link', { name: /^Parquet van de hele tabel/ }).waitFor();
        }

        // The first figure's numbers as a table, behind a button.
        const first = figures.first();
        const toggle = first.getByRole('button', { name: 'Toon de tabel' });
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        await toggle.click();
        await first.getByRole('button', { name: 'Verberg de tabel' }).waitFor();
        const table = first.getByRole('table');
        await table.waitFor();
        assert.ok((await table.getByRole('row').count()) > 2, 'a header row and data rows');
        assert.ok((await table.locator('caption').innerText()).length > 0, 'the table has a caption');
        await assertAccessible(page, `the ${theme.path} page with a data table open`);
        await screenshot(page, `cijfers-${theme.path}-tabel`);

        // The CSV download of the selection is served as CSV.
        const href = await first.getByRole('link', { name: /^CSV van deze selectie/ }).getAttribute('href');
        assert.ok(href);
        const csv = await page.request.get(new URL(href, portal.url).toString());
        assert.equal(csv.status(), 200);
        assert.match(csv.headers()['content-type'] ?? '', /^text\/csv/);
        assert.match(csv.headers()['content-disposition'] ?? '', /^attachment; filename="/);
        assert.ok((await csv.text()).split('\r\n').length > 2, 'a header and rows');
      });
    });
  }

  it('shows a suppressed value as x, with its explanation', async () => {
    await withBrowser({}, async ({ page }) => {
      // Acquittals for firearms offences in Flevoland are fewer than 5.
      await page.goto(`${portal.url}/cijfers/berechting?jaar=2020&regio=PV24&delictgroep=wapens`);
      await figuresLoaded(page);
      await page.getByText('x: minder dan 5, niet gepubliceerd').first().waitFor();
      const figure = page.locator('.kz-dash-figure').filter({ hasText: 'Uitspraken naar uitkomst, 2020' });
      await figure.getByRole('button', { name: 'Toon de tabel' }).click();
      const cell = figure.getByRole('row', { name: /Ontslag van alle rechtsvervolging/ }).getByRole('cell');
      assert.match(await cell.innerText(), /^x/);
      await assertAccessible(page, 'a figure with suppressed values');
      await screenshot(page, 'cijfers-onderdrukt');
    });
  });

  it('draws the chain flow for a chosen year, with its data in a table', async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/cijfers/ketenstroom`);
      await page.getByRole('heading', { level: 1, name: 'Ketenstroom' }).waitFor();
      const diagram = page.getByRole('img', { name: /^De strafrechtketen in 2025/ });
      await diagram.waitFor();
      await page.getByLabel('Jaar', { exact: true }).selectOption('2019');
      await page.getByRole('img', { name: /^De strafrechtketen in 2019/ }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('jaar'), '2019');
      const description = await page
        .getByRole('img', { name: /^De strafrechtketen in 2019/ })
        .evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
      assert.match(description, /Geregistreerde misdrijven [0-9.]+/);
      assert.match(description, /Detentie [0-9.]+/);
      await page.getByRole('button', { name: 'Toon de tabel' }).click();
      const table = page.getByRole('table', { name: /De strafrechtketen in 2019/ });
      await table.waitFor();
      assert.equal(await table.getByRole('row').count(), 1 + 13, 'a row per stage');
      await assertAccessible(page, 'the chain flow');
      await screenshot(page, 'cijfers-ketenstroom');
    });
  });

  it('fits the chain flow and a theme page on a phone without scrolling sideways', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await page.goto(`${portal.url}/cijfers/ketenstroom`);
      await page.getByRole('img', { name: /^De strafrechtketen in/ }).waitFor();
      await page.getByRole('button', { name: 'Toon de tabel' }).click();
      await page.getByRole('table').waitFor();
      assert.equal(await scrollsSideways(page), false, 'the chain flow fits the phone');
      await assertAccessible(page, 'the chain flow on a phone');
      await screenshot(page, 'cijfers-ketenstroom-telefoon');

      await page.goto(`${portal.url}/cijfers/opsporing`);
      await figuresLoaded(page);
      assert.equal(await scrollsSideways(page), false, 'a theme page fits the phone');
      await screenshot(page, 'cijfers-opsporing-telefoon');
    });
  });
});
