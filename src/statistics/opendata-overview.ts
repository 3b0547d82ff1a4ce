/**
 * The public dashboard's first screen in one answer (GET
 * /api/v1/open-data/overview): the catalogue and, per theme, its headline
 * figure over every period. Asked for one by one (the catalogue, then each
 * table's metadata, then each headline's observations) that is three round
 * trips in a row, each at least half a second on a slow mobile network; this
 * answer is one, and the portal starts it with the page itself.
 */
import type { LoadedTable, Release } from './opendata-model.ts';
import { STATUSES } from './opendata-model.ts';
import { selectRows } from './opendata-select.ts';
import { type Measure, type Theme, TOTAL, type ValueStatus } from './published.ts';

/**
 * What each theme's headline counts: a measure of a table (by id, or the
 * table of a theme), over its time dimension, at the fixed codes given and
 * the total of every other dimension.
 */
export interface HeadlineSpec {
  key: Theme;
  table: { id: string } | { theme: Theme };
  measure: string;
  time: 'jaar' | 'cohort';
  fixed?: Record<string, readonly string[]>;
}

const CHAIN = { id: 'ketenstroom' };

/** The dashboard's overview, in the order of its cards. */
export const HEADLINES: readonly HeadlineSpec[] = [
  { key: 'opsporing', table: { theme: 'opsporing' }, measure: 'geregistreerd', time: 'jaar' },
  { key: 'vervolging', table: CHAIN, measure: 'instroom', time: 'jaar', fixed: { fase: ['om-instroom'] } },
  {
    key: 'berechting',
    table: CHAIN,
    measure: 'instroom',
    time: 'jaar',
    fixed: { fase: ['vonnis-veroordeling'] },
  },
  { key: 'tenuitvoerlegging', table: { theme: 'tenuitvoerlegging' }, measure: 'instroom', time: 'jaar' },
  { key: 'recidive', table: { theme: 'recidive' }, measure: 'recidive_algemeen', time: 'cohort' },
  { key: 'ketenstroom', table: CHAIN, measure: 'instroom', time: 'jaar', fixed: { fase: ['verdachte'] } },
];

export interface HeadlinePoint {
  period: string;
  title: string;
  value: number | null;
  status: ValueStatus;
}

export interface Headline {
  key: Theme;
  /** null when the release has no such table, or the table no such measure. */
  table: string | null;
  measure: Measure | null;
  time: string;
  /** Every period of the time dimension, oldest first, without its total. */
  points: HeadlinePoint[];
}

/** The table a headline reads in this release, if the release has it. */
export function headlineTable(release: Release, spec: HeadlineSpec): string | undefined {
  const tables = release.catalog.tables;
  return 'id' in spec.table
    ? tables.find((t) => t.id === (spec.table as { id: string }).id)?.id
    : tables.find((t) => t.theme === (spec.table as { theme: Theme }).theme)?.id;
}

/**
 * The headline's value per period: the cell at the fixed codes and every
 * other dimension's total (its first code when it has none). Periods come
 * oldest first: by number when every code is one, else in display order.
 */
export function headlineOf(spec: HeadlineSpec, table: LoadedTable | undefined): Headline {
  const empty = { key: spec.key, table: null, measure: null, time: spec.time, points: [] };
  const m = table?.measures.findIndex((x) => x.meta.id === spec.measure) ?? -1;
  const measure = table?.measures[m];
  const timeIndex = table?.dimensions.findIndex((d) => d.meta.id === spec.time) ?? -1;
  const time = table?.dimensions[timeIndex];
  if (!table || !measure || !time) return empty;
  // Per other dimension the one code the cell must have.
  const wanted = table.dimensions.map((d, i) => {
    if (i === timeIndex) return -1;
    const code = spec.fixed?.[d.meta.id]?.[0] ?? (d.index.has(TOTAL) ? TOTAL : d.codes[0]);
    return code === undefined ? -2 : (d.index.get(code) ?? -2);
  });
  if (wanted.includes(-2)) return empty;
  const filters = new Map(wanted.flatMap((code, d) => (d === timeIndex ? [] : [[d, [code]] as const])));
  const cellOf = new Map<number, number>();
  for (const r of selectRows(table, filters)) cellOf.set(time.column[r] as number, r);
  let periods = time.meta.codes.filter((c) => c.code !== TOTAL);
  if (periods.every((c) => /^[0-9]+$/.test(c.code)))
    periods = [...periods].sort((a, b) => Number(a.code) - Number(b.code));
  const points = periods.map((p): HeadlinePoint => {
    const r = cellOf.get(time.index.get(p.code) ?? -1);
    const value = r === undefined ? Number.NaN : (measure.values[r] as number);
    const status = r === undefined ? 'published' : (STATUSES[measure.status[r] as number] ?? 'published');
    return { period: p.code, title: p.title, value: Number.isNaN(value) ? null : value, status };
  });
  return { key: spec.key, table: table.meta.id, measure: measure.meta, time: spec.time, points };
}
