/**
 * A release folder as src/statistics/published.ts describes it, written with
 * DuckDB: two tables (`misdrijven`, small, and `ketenstroom`, over 10,000 rows),
 * their metadata, the catalogue and the manifest.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { LightMyRequestResponse as LightResponse } from 'fastify';
import { loadConfig } from '../../src/platform/config.ts';
import type { Db } from '../../src/platform/db.ts';
import { type App, createServer } from '../../src/platform/server.ts';
import { openDataRoutes } from '../../src/statistics/index.ts';
import type { Catalog, Dimension, Measure, TableMeta } from '../../src/statistics/published.ts';

const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028'];
const REGIONS: [string, string][] = [
  ['PV20', 'Groningen'],
  ['PV21', 'Fryslân'],
  ['PV22', 'Drenthe'],
  ['PV23', 'Overijssel'],
  ['PV24', 'Flevoland'],
  ['PV25', 'Gelderland'],
  ['PV26', 'Utrecht'],
  ['PV27', 'Noord-Holland'],
  ['PV28', 'Zuid-Holland'],
  ['PV29', 'Zeeland'],
  ['PV30', 'Noord-Brabant'],
  ['PV31', 'Limburg'],
];
const GROUPS: [string, string][] = [
  ['vermogen', 'Vermogensmisdrijven'],
  ['vernieling', 'Vernielingen, openbare orde en gezag'],
  ['geweld', 'Gewelds- en seksuele misdrijven'],
  ['verkeer', 'Verkeersmisdrijven'],
  ['drugs', 'Drugsmisdrijven'],
  ['wapens', 'Vuurwapenmisdrijven'],
  ['overig', 'Overige misdrijven'],
];
const PHASES = [
  'registratie',
  'verdachte',
  'om-instroom',
  'om-afdoening-technisch-sepot',
  'om-afdoening-beleidssepot',
  'om-afdoening-strafbeschikking',
  'om-afdoening-dagvaarding',
  'om-afdoening-gevoegd',
  'vonnis-veroordeling',
  'vonnis-vrijspraak',
  'vonnis-ontslag',
  'tenuitvoerlegging',
  'detentie',
];

const total = { code: 'T', title: 'Totaal' };
const dim = (id: string, title: string, codes: [string, string][], withTotal = true): Dimension => ({
  id,
  title,
  description: `${title} van het feit`,
  codes: [...(withTotal ? [total] : []), ...codes.map(([code, t]) => ({ code, title: t }))],
});
const measure = (id: string, unit: Measure['unit'], decimals = 0): Measure => ({
  id,
  title: id,
  unit,
  decimals,
  description: `${id}, zie de definitie`,
});

const values = (items: readonly string[]) => items.map((v) => `('${v}')`).join(', ');

/** Writes a release folder with the two tables; returns the rows of misdrijven as DuckDB sees them. */
export async function writeRelease(dir: string, release: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const regions = values(REGIONS.map(([c]) => c));
  const groups = values(GROUPS.map(([c]) => c));
  // Registered crimes: a cell below 5 is suppressed; totals come from all cells (GROUP BY CUBE).
  await db.run(`
    CREATE TABLE m AS
    SELECT jaar, regio, delictgroep,
           CASE WHEN regio = 'PV24' AND delictgroep = 'wapens' THEN 3
                ELSE 500 + (hash(jaar || regio || delictgroep || '${release}') % 4000)::INTEGER END AS n
    FROM (VALUES ${values(YEARS)}) y(jaar), (VALUES ${regions}) r(regio), (VALUES ${groups}) g(delictgroep)`);
  await db.run(`
    COPY (
      SELECT jaar, coalesce(regio, 'T') AS regio, coalesce(delictgroep, 'T') AS delictgroep,
             CASE WHEN sum(n) < 5 THEN NULL ELSE sum(n) END::DOUBLE AS geregistreerd,
             CASE WHEN sum(n) < 5 THEN 'suppressed' ELSE 'published' END AS geregistreerd__status,
             CASE WHEN sum(n) < 5 THEN NULL ELSE floor(sum(n) * 0.25) END::DOUBLE AS opgehelderd,
             CASE WHEN sum(n) < 5 THEN 'suppressed' ELSE 'published' END AS opgehelderd__status,
             CASE WHEN sum(n) < 5 THEN NULL ELSE round(floor(sum(n) * 0.25) * 100 / sum(n), 1) END::DOUBLE
               AS ophelderingspercentage,
             CASE WHEN sum(n) < 5 THEN 'suppressed' ELSE 'published' END AS ophelderingspercentage__status
      FROM m GROUP BY jaar, CUBE(regio, delictgroep) ORDER BY ALL
    ) TO '${path.join(dir, 'misdrijven.parquet')}' (FORMAT parquet)`);
  await db.run(`
    COPY (
      SELECT jaar, coalesce(regio, 'T') AS regio, coalesce(delictgroep, 'T') AS delictgroep, fase,
             sum(n)::DOUBLE AS instroom, 'published' AS instroom__status,
             floor(sum(n) * 0.9)::DOUBLE AS uitstroom, 'published' AS uitstroom__status,
             floor(sum(n) * 0.3)::DOUBLE AS voorraad, 'published' AS voorraad__status,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN NULL ELSE 40 END::DOUBLE AS doorlooptijd_mediaan,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN 'not-applicable' ELSE 'published' END
               AS doorlooptijd_mediaan__status,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN NULL ELSE 95 END::DOUBLE AS doorlooptijd_p80,
             CASE WHEN fase IN ('registratie', 'verdachte') THEN 'not-applicable' ELSE 'published' END
               AS doorlooptijd_p80__status
      FROM (SELECT m.*, fase FROM m, (VALUES ${values(PHASES)}) f(fase))
      GROUP BY jaar, fase, CUBE(regio, delictgroep)
    ) TO '${path.join(dir, 'ketenstroom.parquet')}' (FORMAT parquet)`);
  db.closeSync();
  instance.closeSync();

  const common = {
    sources: ['Politie', 'OM', 'Rechtspraak'],
    licence: 'CC BY 4.0' as const,
    attribution: 'Bron: Data Alliantie Strafrechtketen',
    release,
  };
  const years = dim(
    'jaar',
    'Jaar',
    YEARS.map((y) => [y, y]),
    false,
  );
  const tables: TableMeta[] = [
    {
      id: 'misdrijven',
      title: 'Geregistreerde misdrijven en opheldering',
      theme: 'opsporing',
      summary: 'Door de politie geregistreerde misdrijven en het deel dat is opgehelderd.',
      definition: 'misdrijven',
      dimensions: [years, dim('regio', 'Regio', REGIONS), dim('delictgroep', 'Delictgroep', GROUPS)],
      measures: [
        measure('geregistreerd', 'aantal'),
        measure('opgehelderd', 'aantal'),
        measure('ophelderingspercentage', 'procent', 1),
      ],
      ...common,
      rows: 10 * 13 * 8,
    },
    {
      id: 'ketenstroom',
      title: 'Ketenstroom',
      theme: 'ketenstroom',
      summary: 'Instroom, uitstroom en voorraad per fase van de strafrechtketen.',
      definition: 'ketenstroom',
      dimensions: [
        years,
        dim('regio', 'Regio', REGIONS),
        dim('delictgroep', 'Delictgroep', GROUPS),
        dim(
          'fase',
          'Fase',
          PHASES.map((p) => [p, p]),
          false,
        ),
      ],
      measures: [
        measure('instroom', 'aantal'),
        measure('uitstroom', 'aantal'),
        measure('voorraad', 'aantal'),
        measure('doorlooptijd_mediaan', 'dagen'),
        measure('doorlooptijd_p80', 'dagen'),
      ],
      ...common,
      rows: 10 * 13 * 8 * 13,
    },
  ];
  const files: Record<string, string> = {};
  for (const meta of tables) {
    fs.writeFileSync(path.join(dir, `${meta.id}.json`), JSON.stringify(meta, null, 2));
    for (const name of [`${meta.id}.json`, `${meta.id}.parquet`])
      files[name] = createHash('sha256')
        .update(fs.readFileSync(path.join(dir, name)))
        .digest('hex');
  }
  const catalog: Catalog = {
    release,
    builtFrom: 'test fixture',
    tables: tables.map(({ id, title, theme, summary, rows }) => ({ id, title, theme, summary, rows })),
  };
  fs.writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(catalog, null, 2));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ release, files }, null, 2));
}

export async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const reader = await db.runAndReadAll(`SELECT * FROM read_parquet($1) ORDER BY ALL`, [file]);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Two releases (`2026-01` in `first`, `2026-02` in `second`) under `root`, served by the open-data routes alone. */
export interface ServedReleases {
  root: string;
  first: string;
  second: string;
  app: App;
  /** The folder the routes serve now; undefined when nothing is published. Starts at `first`. */
  served: string | undefined;
  get(url: string, headers?: Record<string, string>): Promise<LightResponse>;
  close(): Promise<void>;
}

/** Writes two releases into a new temporary folder and serves them on a server as buildApp makes it (the open-data routes read no database). */
export async function serveTwoReleases(prefix: string): Promise<ServedReleases> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const first = path.join(root, 'releases', 'r1');
  const second = path.join(root, 'releases', 'r2');
  await writeRelease(first, '2026-01');
  await writeRelease(second, '2026-02');
  const app = await createServer({
    config: { bodyLimit: loadConfig({}).bodyLimit, trustProxy: false },
    db: {} as Db,
    logger: false,
  });
  const served: ServedReleases = {
    root,
    first,
    second,
    app,
    served: first,
    get: (url, headers = {}) => app.inject({ method: 'GET', url: `/api/v1/open-data${url}`, headers }),
    close: async () => {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  await openDataRoutes(app, { releaseDir: () => served.served });
  await app.ready();
  return served;
}
