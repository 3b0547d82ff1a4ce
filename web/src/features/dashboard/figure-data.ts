import {
  cellStatus,
  cellValue,
  type Filters,
  type Observation,
  type ValueStatus,
} from './api/get-observations.ts';
import { type Dimension, type Measure, type TableMeta, TOTAL } from './api/get-table.ts';
import type { Bar } from './charts/BarChart.tsx';
import type { ChartSeries } from './charts/LineChart.tsx';
import { formatValue, measureLabel } from './format.ts';
import { dimensionOf, periodCodes, type Selection } from './selection.tsx';
import type { FigureSpec } from './themes.ts';

const codesIn = (dimension: Dimension, codes: readonly string[]) =>
  codes.filter((c) => dimension.codes.some((d) => d.code === c));

/** The codes a figure splits by: those it names that the table has, or all (bars: without the total). */
function splitCodes(dimension: Dimension, named: readonly string[] | undefined, withTotal: boolean) {
  if (named) return codesIn(dimension, named);
  return dimension.codes.map((c) => c.code).filter((c) => withTotal || c !== TOTAL);
}

/** The API filter for a figure: its own splits and fixed codes, the visitor's selection, and totals for the rest. */
export function figureFilters(
  spec: FigureSpec,
  meta: TableMeta,
  selection: Selection,
  time: string,
): Filters {
  const filters: Filters = {};
  for (const d of meta.dimensions) {
    const fixed = spec.fixed?.[d.id];
    if (d.id === time) {
      if (spec.kind === 'bars' && selection[time]) filters[d.id] = [selection[time]];
    } else if (fixed) filters[d.id] = codesIn(d, fixed);
    else if (spec.seriesBy?.dimension === d.id) filters[d.id] = splitCodes(d, spec.seriesBy.codes, true);
    else if (spec.barsBy?.dimension === d.id) filters[d.id] = splitCodes(d, spec.barsBy.codes, false);
    else if (selection[d.id] && d.codes.some((c) => c.code === selection[d.id]))
      filters[d.id] = [selection[d.id] as string];
    else {
      const total = d.codes.find((c) => c.code === TOTAL) ?? d.codes[0];
      if (total) filters[d.id] = [total.code];
    }
  }
  return filters;
}

export const figureMeasures = (spec: FigureSpec, meta: TableMeta): Measure[] =>
  spec.measures.map((id) => meta.measures.find((m) => m.id === id)).filter((m) => m !== undefined);

export interface TrendData {
  kind: 'trend';
  categories: { code: string; title: string }[];
  series: ChartSeries[];
  decimals: number;
}

export interface BarsData {
  kind: 'bars';
  dimension: Dimension;
  bars: Bar[];
  decimals: number;
}

export function trendData(
  spec: FigureSpec,
  meta: TableMeta,
  measures: Measure[],
  rows: Observation[],
  time: string,
): TrendData {
  const categories = periodCodes(dimensionOf(meta, time));
  const byKey = new Map<string, Observation>();
  const split = spec.seriesBy ? dimensionOf(meta, spec.seriesBy.dimension) : undefined;
  for (const row of rows) byKey.set(`${row[time]}|${split ? row[split.id] : ''}`, row);
  const point = (category: string, code: string, measure: string) => {
    const row = byKey.get(`${category}|${code}`);
    return row
      ? { value: cellValue(row, measure), status: cellStatus(row, measure) }
      : { value: null, status: 'published' as ValueStatus };
  };
  const first = measures[0];
  const series: ChartSeries[] =
    split && spec.seriesBy && first
      ? splitCodes(split, spec.seriesBy.codes, true).map((code) => ({
          key: code,
          label: split.codes.find((c) => c.code === code)?.title ?? code,
          points: categories.map((c) => point(c.code, code, first.id)),
        }))
      : measures.map((m) => ({
          key: m.id,
          label: measureLabel(m),
          points: categories.map((c) => point(c.code, '', m.id)),
        }));
  return { kind: 'trend', categories, series, decimals: first?.decimals ?? 0 };
}

export function barsData(
  spec: FigureSpec,
  meta: TableMeta,
  measures: Measure[],
  rows: Observation[],
): BarsData {
  const dimension = dimensionOf(meta, spec.barsBy?.dimension ?? '') as Dimension;
  const measure = measures[0];
  const codes = splitCodes(dimension, spec.barsBy?.codes, false);
  const byCode = new Map(rows.map((r) => [String(r[dimension.id]), r]));
  const bars = codes.map((code) => {
    const row = byCode.get(code);
    return {
      key: code,
      label: dimension.codes.find((c) => c.code === code)?.title ?? code,
      value: row && measure ? cellValue(row, measure.id) : null,
      status: row && measure ? cellStatus(row, measure.id) : ('published' as ValueStatus),
    };
  });
  return { kind: 'bars', dimension, bars, decimals: measure?.decimals ?? 0 };
}

/** The trend in words: per series its first and last published value. */
export function trendSummary(data: TrendData): string {
  const parts = data.series.map((s) => {
    const known = s.points
      .map((p, i) => ({ p, c: data.categories[i] }))
      .filter((x) => x.p.value !== null && x.c !== undefined);
    const first = known[0];
    const last = known.at(-1);
    if (!first || !last || !first.c || !last.c) return `${s.label}: geen gepubliceerde waarden`;
    const value = (x: typeof first) => formatValue(x.p.value, x.p.status, data.decimals);
    return first === last
      ? `${s.label}: ${value(first)} in ${first.c.title}`
      : `${s.label}: van ${value(first)} in ${first.c.title} naar ${value(last)} in ${last.c.title}`;
  });
  return `${parts.join('; ')}.`;
}

export function barsSummary(data: BarsData): string {
  const known = data.bars.filter((b) => b.value !== null);
  if (known.length === 0) return 'Geen gepubliceerde waarden.';
  const sorted = [...known].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const top = sorted[0] as Bar;
  const bottom = sorted.at(-1) as Bar;
  const text = (b: Bar) => `${b.label} (${formatValue(b.value, b.status, data.decimals)})`;
  const hidden = data.bars.length - known.length;
  return `Hoogste: ${text(top)}; laagste: ${text(bottom)}.${hidden > 0 ? ` ${hidden} niet gepubliceerd.` : ''}`;
}

export function statusesIn(data: TrendData | BarsData): Set<ValueStatus> {
  const points = data.kind === 'trend' ? data.series.flatMap((s) => s.points) : data.bars;
  return new Set(points.map((p) => p.status));
}
