import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { csvLink, useObservations, type ValueStatus } from './api/get-observations.ts';
import { type Dimension, type TableMeta, TOTAL } from './api/get-table.ts';
import { BarChart } from './charts/BarChart.tsx';
import { LineChart } from './charts/LineChart.tsx';
import { DataTable, FigureShell } from './FigureShell.tsx';
import {
  barsData,
  barsSummary,
  figureFilters,
  figureMeasures,
  statusesIn,
  trendData,
  trendSummary,
} from './figure-data.ts';
import { measureLabel } from './format.ts';
import { codeTitle, dimensionOf, periodCodes, type Selection, selectionText } from './selection.tsx';
import type { FigureSpec } from './themes.ts';

/** One figure of a theme page, for the visitor's selection. */
export function Figure({
  spec,
  meta,
  selection,
  time,
  selectDimensions,
}: {
  spec: FigureSpec;
  meta: TableMeta;
  selection: Selection;
  time: string;
  /** The page's drill-down dimensions, to say which of them this table cannot follow. */
  selectDimensions: readonly Dimension[];
}) {
  const filters = figureFilters(spec, meta, selection, time);
  const measures = figureMeasures(spec, meta);
  const ids = measures.map((m) => m.id);
  const observations = useObservations(meta.id, filters, ids);
  const timeDimension = dimensionOf(meta, time);
  const period = selection[time] ?? '';
  const periodTitle = codeTitle(timeDimension, period);
  const title = spec.title.replace('{periode}', periodTitle);
  const all = periodCodes(timeDimension);
  const periodRange =
    all.length > 1 ? `${all[0]?.title}–${all.at(-1)?.title}` : (all[0]?.title ?? timeDimension?.title ?? '');
  const split = spec.seriesBy?.dimension ?? spec.barsBy?.dimension;
  const followed = selectDimensions.filter(
    (d) => d.id !== split && !spec.fixed?.[d.id] && meta.dimensions.some((m) => m.id === d.id),
  );
  const notFollowed = selectDimensions.filter(
    (d) =>
      !meta.dimensions.some((m) => m.id === d.id) &&
      selection[d.id] !== undefined &&
      selection[d.id] !== TOTAL,
  );
  const subtitle = [spec.kind === 'trend' ? periodRange : periodTitle, selectionText(selection, followed)]
    .filter(Boolean)
    .join(' · ');
  const notes =
    notFollowed.length > 0 ? (
      <Paragraph className="kz-dash-note">
        Deze tabel is niet in te delen naar {notFollowed.map((d) => d.title.toLowerCase()).join(' en ')}; de
        cijfers gelden voor heel Nederland en alle groepen.
      </Paragraph>
    ) : undefined;

  if (measures.length === 0 || (spec.kind === 'bars' && !dimensionOf(meta, spec.barsBy?.dimension ?? '')))
    return null;
  const csv = csvLink(meta.id, filters, ids);
  const suffix = measures[0]?.unit === 'procent' ? '%' : '';
  const frame = (
    chart: ReactNode,
    statuses: ReadonlySet<ValueStatus> = new Set(),
    table: (id: string) => ReactNode = () => null,
  ) => (
    <FigureShell
      title={title}
      subtitle={subtitle}
      chart={chart}
      statuses={statuses}
      table={table}
      meta={meta}
      measures={measures}
      csv={csv}
      notes={notes}
    />
  );
  if (observations.isPending) return frame(<Loading text={`${title} wordt geladen…`} />);
  if (observations.isError) return frame(<ErrorAlert error={observations.error} />);
  const rows = observations.data.observations;

  if (spec.kind === 'trend') {
    const data = trendData(spec, meta, measures, rows, time);
    return frame(
      <LineChart
        categories={data.categories}
        series={data.series}
        decimals={data.decimals}
        suffix={suffix}
        title={`${title} (${subtitle})`}
        description={trendSummary(data)}
      />,
      statusesIn(data),
      (id) => (
        <DataTable
          id={id}
          caption={`${title} (${subtitle})`}
          corner={timeDimension?.title ?? 'Periode'}
          columns={data.series.map((s) => ({ key: s.key, label: s.label }))}
          lines={data.categories.map((c, i) => ({
            key: c.code,
            label: c.title,
            cells: data.series.map((s) => ({
              value: s.points[i]?.value ?? null,
              status: s.points[i]?.status ?? 'published',
              decimals: data.decimals,
            })),
          }))}
        />
      ),
    );
  }
  const data = barsData(spec, meta, measures, rows);
  const measure = measures[0];
  return frame(
    <BarChart
      bars={data.bars}
      decimals={data.decimals}
      title={`${title} (${subtitle})`}
      description={barsSummary(data)}
    />,
    statusesIn(data),
    (id) => (
      <DataTable
        id={id}
        caption={`${title} (${subtitle})`}
        corner={data.dimension.title}
        columns={measure ? [{ key: measure.id, label: measureLabel(measure) }] : []}
        lines={data.bars.map((b) => ({
          key: b.key,
          label: b.label,
          cells: [{ value: b.value, status: b.status, decimals: data.decimals }],
        }))}
      />
    ),
  );
}
