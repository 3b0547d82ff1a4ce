/** The reference data the environment links and classifies with, as DuckDB tables (ref_*). */
import type { ReferenceCatalog } from '../reference/index.ts';
import { type Duck, literal } from './duck.ts';

const value = (v: string | number | null | undefined) =>
  v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : literal(v);

async function table(
  duck: Duck,
  name: string,
  columns: string,
  rows: (string | number | null | undefined)[][],
) {
  await duck.run(`CREATE OR REPLACE TABLE ${name} (${columns})`);
  if (rows.length === 0) return;
  await duck.run(`INSERT INTO ${name} VALUES ${rows.map((r) => `(${r.map(value).join(', ')})`).join(',\n')}`);
}

/** The province slug used as region code, e.g. "noord-holland". */
export function regionCode(province: string): string {
  return province
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function loadReferenceTables(duck: Duck, catalog: ReferenceCatalog): Promise<void> {
  const { data } = catalog;
  await table(
    duck,
    'ref_offences',
    'code VARCHAR PRIMARY KEY, scm_group VARCHAR, category VARCHAR',
    // One row per code, its latest numbering: the DAS links offences by code alone (a renumbered
    // code, e.g. Sr 242 since 2024-07-01, has several entries in the reference data).
    [...new Map(data.offences.map((o) => [o.code, o])).values()].map((o) => [
      o.code,
      o.scmMainGroup,
      o.category,
    ]),
  );
  await table(
    duck,
    'ref_offence_groups',
    'code VARCHAR PRIMARY KEY, name VARCHAR',
    data.offenceGroups.map((g) => [g.code, g.name]),
  );
  // Every code since 2019, former ones included: a delivery may describe the past.
  await table(
    duck,
    'ref_municipalities',
    'code VARCHAR, province VARCHAR, region VARCHAR, valid_from DATE, valid_until DATE',
    data.municipalities.map((m) => [m.code, m.province, regionCode(m.province), m.validFrom, m.validUntil]),
  );
  await table(
    duck,
    'ref_institutions',
    'code VARCHAR PRIMARY KEY, sector VARCHAR',
    data.institutions.map((i) => [i.code, i.sector]),
  );
}
