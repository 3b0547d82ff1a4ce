import {
  Button,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { type ReactNode, useId, useState } from 'react';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { ValueStatus } from './api/get-observations.ts';
import type { Measure, TableMeta } from './api/get-table.ts';
import {
  formatValue,
  NOT_APPLICABLE,
  NOT_APPLICABLE_NOTE,
  SOURCE,
  SUPPRESSED,
  SUPPRESSED_NOTE,
} from './format.ts';

/** A value in a table cell; a missing one says in words, for a screen reader, why it is missing. */
export function ValueCell({
  value,
  status,
  decimals,
}: {
  value: number | null;
  status: ValueStatus;
  decimals: number;
}) {
  if (status === 'published')
    return <TableCell className="kz-dash-num">{formatValue(value, status, decimals)}</TableCell>;
  const [symbol, words] =
    status === 'suppressed'
      ? [SUPPRESSED, 'niet gepubliceerd: minder dan 5']
      : [NOT_APPLICABLE, 'niet van toepassing'];
  return (
    <TableCell className="kz-dash-num">
      <span aria-hidden="true">{symbol}</span>
      <span className="kz-dash-sr">{words}</span>
    </TableCell>
  );
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableLine {
  key: string;
  label: string;
  cells: { value: number | null; status: ValueStatus; decimals: number }[];
}

/** The figure's numbers as a real table: a caption, column headers, a row header per line. */
export function DataTable({
  id,
  caption,
  corner,
  columns,
  lines,
}: {
  id: string;
  caption: string;
  corner: string;
  columns: TableColumn[];
  lines: TableLine[];
}) {
  return (
    <TableRegion labelledBy={`${id}-caption`}>
      <Table id={id} className="kz-dash-table">
        <TableCaption id={`${id}-caption`}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{corner}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col" className="kz-dash-num">
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.key}>
              <TableHeaderCell scope="row" className="kz-dash-rowhead">
                {line.label}
              </TableHeaderCell>
              {line.cells.map((cell, i) => (
                <ValueCell key={columns[i]?.key ?? i} {...cell} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

/** An absolute or site-relative link can be followed; a bare path such as docs/definitions.md is shown as text. */
const followable = (href: string) => /^(https?:\/\/|\/)/.test(href);

/**
 * One figure of the dashboard with everything around it: its title and what
 * was chosen, the chart, the symbols used, the data table (behind a button),
 * the definition of what is counted, downloads and the source.
 */
export function FigureShell({
  title,
  subtitle,
  chart,
  statuses,
  table,
  meta,
  measures,
  csv,
  notes,
}: {
  title: string;
  subtitle: string;
  chart: ReactNode;
  statuses: ReadonlySet<ValueStatus>;
  table: (id: string) => ReactNode;
  meta: TableMeta;
  measures: readonly Measure[];
  csv: string;
  notes?: ReactNode;
}) {
  const id = useId().replaceAll(':', '');
  const [open, setOpen] = useState(false);
  const tableId = `${id}-table`;
  const definition = meta.links.definition;
  return (
    <section className="kz-dash-figure" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`} appearanceLevel={3}>
        {title}
      </Heading>
      <Paragraph className="kz-dash-subtitle">{subtitle}</Paragraph>
      {notes}
      {chart}
      {(statuses.has('suppressed') || statuses.has('not-applicable')) && (
        <Paragraph className="kz-dash-symbols">
          {[
            statuses.has('suppressed') && SUPPRESSED_NOTE,
            statuses.has('not-applicable') && NOT_APPLICABLE_NOTE,
          ]
            .filter(Boolean)
            .join('. ')}
        </Paragraph>
      )}
      <div className="kz-dash-actions">
        <Button
          appearance="secondary-action-button"
          aria-expanded={open}
          aria-controls={open ? tableId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Verberg de tabel' : 'Toon de tabel'}
        </Button>
      </div>
      {open && table(tableId)}
      <div className="kz-dash-definition">
        <Paragraph className="kz-dash-definition__heading">Definitie</Paragraph>
        <dl>
          {measures.map((m) => (
            <div key={m.id}>
              <dt>{m.title}</dt>
              <dd>{m.description}</dd>
            </div>
          ))}
        </dl>
        <Paragraph>
          {followable(definition) ? (
            <Link href={definition}>Volledige definitie van {meta.title.toLowerCase()}</Link>
          ) : (
            <>
              Volledige definitie: <code>{definition}</code>
            </>
          )}
        </Paragraph>
      </div>
      <Paragraph className="kz-dash-downloads">
        Download:{' '}
        <Link href={csv} download>
          CSV van deze selectie<span className="kz-dash-sr">: {title}</span>
        </Link>
        {' · '}
        <Link href={meta.links.parquet} download>
          Parquet van de hele tabel<span className="kz-dash-sr">: {meta.title}</span>
        </Link>
        {' · '}
        <Link href={meta.links.self}>
          Metadata (JSON)<span className="kz-dash-sr">: {meta.title}</span>
        </Link>
      </Paragraph>
      <Paragraph className="kz-dash-source">
        {SOURCE}, <Link href={meta.licence.url}>CC BY 4.0</Link>.{' '}
        {`Gegevens van ${meta.sources.join(', ')}; release ${meta.release}.`}
      </Paragraph>
    </section>
  );
}
