import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { Loading } from '../../components/Loading.tsx';
import {
  cellStatus,
  cellValue,
  csvLink,
  type Filters,
  useObservations,
  type ValueStatus,
} from './api/get-observations.ts';
import type { TableMeta } from './api/get-table.ts';
import { FlowDiagram, type FlowGroup } from './charts/FlowDiagram.tsx';
import { DashboardPage, LoadError, Unpublished } from './DashboardNav.tsx';
import { DataTable, FigureShell } from './FigureShell.tsx';
import { formatValue, measureLabel } from './format.ts';
import { useProduct } from './products.ts';
import {
  codeTitle,
  dimensionOf,
  type Selection,
  SelectionForm,
  selectionText,
  useSelection,
} from './selection.tsx';
import { CHAIN, CHAIN_GROUPS, CHAIN_PAGE } from './themes.ts';

const FLOW = ['instroom', 'uitstroom', 'voorraad'] as const;
const LEAD_TIMES = ['doorlooptijd_mediaan', 'doorlooptijd_p80'];
const SELECTS = ['regio', 'delictgroep'];

function Flow({ meta, selection }: { meta: TableMeta; selection: Selection }) {
  const phase = dimensionOf(meta, 'fase');
  const dimensions = SELECTS.map((id) => dimensionOf(meta, id)).filter((d) => d !== undefined);
  const measures = meta.measures.filter(
    (m) => (FLOW as readonly string[]).includes(m.id) || LEAD_TIMES.includes(m.id),
  );
  const ids = measures.map((m) => m.id);
  const filters: Filters = { jaar: [selection.jaar ?? ''] };
  for (const d of dimensions) filters[d.id] = [selection[d.id] ?? 'T'];
  const observations = useObservations(meta.id, filters, ids);
  const year = codeTitle(dimensionOf(meta, 'jaar'), selection.jaar ?? '');
  const title = `De strafrechtketen in ${year}`;
  const subtitle = [year, selectionText(selection, dimensions)].join(' · ');
  const shell = (
    chart: ReactNode,
    statuses: ReadonlySet<ValueStatus> = new Set(),
    table = (_: string): ReactNode => null,
  ) => (
    <FigureShell
      title={title}
      subtitle={subtitle}
      chart={chart}
      statuses={statuses}
      table={table}
      meta={meta}
      measures={measures}
      csv={csvLink(meta.id, filters, ids)}
    />
  );
  if (observations.isPending) return shell(<Loading text="De ketenstroom wordt geladen…" />);
  if (observations.isError) return shell(<LoadError error={observations.error} />);
  const byPhase = new Map(observations.data.observations.map((r) => [String(r.fase), r]));
  const point = (code: string, measure: string) => {
    const row = byPhase.get(code);
    return row
      ? { value: cellValue(row, measure), status: cellStatus(row, measure) }
      : { value: null, status: 'published' as ValueStatus };
  };
  const known = new Set(phase?.codes.map((c) => c.code));
  const groups: FlowGroup[] = CHAIN_GROUPS.map((g) => ({
    key: g.key,
    title: g.title,
    stages: g.stages
      .filter((code) => known.has(code))
      .map((code) => ({
        code,
        label: codeTitle(phase, code),
        inflow: point(code, 'instroom'),
        outflow: point(code, 'uitstroom'),
        stock: point(code, 'voorraad'),
      })),
  })).filter((g) => g.stages.length > 0);
  const stages = groups.flatMap((g) => g.stages);
  const statuses = new Set(stages.flatMap((s) => ids.map((m) => point(s.code, m).status)));
  const said = (code: string) => {
    const p = point(code, 'instroom');
    return formatValue(p.value, p.status, 0);
  };
  const description =
    `Instroom in ${year}: ${stages.map((s) => `${s.label} ${said(s.code)}`).join(', ')}. ` +
    'Per fase staan instroom, uitstroom en voorraad ook in de tabel.';
  return shell(
    <FlowDiagram groups={groups} title={`${title} (${subtitle})`} description={description} />,
    statuses,
    (id) => (
      <DataTable
        id={id}
        caption={`${title}: instroom, uitstroom, voorraad en doorlooptijd per fase (${subtitle})`}
        corner={phase?.title ?? 'Fase'}
        columns={measures.map((m) => ({ key: m.id, label: measureLabel(m) }))}
        lines={stages.map((s) => ({
          key: s.code,
          label: s.label,
          cells: measures.map((m) => ({ ...point(s.code, m.id), decimals: m.decimals })),
        }))}
      />
    ),
  );
}

/** /cijfers/ketenstroom: in, through and out of the chain in one year, as a flow and as a table. */
export function ChainFlowPage() {
  const product = useProduct(CHAIN);
  const dimensions = SELECTS.map((id) => dimensionOf(product.meta, id)).filter((d) => d !== undefined);
  const { selection, periods, set } = useSelection(product.meta, 'jaar', dimensions);
  let content: ReactNode;
  if (product.isPending) content = <Loading text="De ketenstroom wordt geladen…" />;
  else if (product.error) content = <LoadError error={product.error} />;
  else if (!product.meta) content = <Unpublished nothing={(product.catalogue?.tables.length ?? 0) === 0} />;
  else
    content = (
      <>
        <SelectionForm
          time="jaar"
          timeLabel={dimensionOf(product.meta, 'jaar')?.title ?? 'Jaar'}
          periods={periods}
          dimensions={dimensions}
          selection={selection}
          onChange={set}
        />
        <Paragraph className="kz-dash-status" role="status">
          Getoond: {codeTitle(dimensionOf(product.meta, 'jaar'), selection.jaar ?? '')} ·{' '}
          {selectionText(selection, dimensions)}
        </Paragraph>
        <Flow meta={product.meta} selection={selection} />
      </>
    );
  return (
    <DashboardPage title={CHAIN_PAGE.title} lead={CHAIN_PAGE.lead}>
      {content}
    </DashboardPage>
  );
}
