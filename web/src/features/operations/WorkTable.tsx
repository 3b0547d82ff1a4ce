import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  VisuallyHidden,
} from '@rijkshuisstijl-community/components-react';
import { Fragment, type ReactNode, useRef } from 'react';
import { Link } from 'react-router';
import { TableRegion } from '../../components/TableRegion.tsx';
import { explanationPath } from '../../lib/explanation-link.ts';
import { formatDate } from '../../lib/format.ts';
import type { WorkItem } from './api/get-review-notices.ts';
import { personName } from './components.tsx';

/** Rows the operator ticked, to act on several at once (the queue's bulk routing). */
export interface Selection {
  selected: ReadonlySet<number>;
  toggle: (ids: readonly number[], on: boolean) => void;
}

export interface Column {
  header: string;
  cell: (item: WorkItem) => ReactNode;
}

/**
 * The notices on an operator's desk as a table, the person (with birth date)
 * as row header; each row has a button that opens a panel below it with the
 * notice's details and the actions on it. One panel is open at a time.
 */
export function WorkTable({
  caption,
  label,
  items,
  columns,
  actionLabel,
  openId,
  onToggle,
  panel,
  selection,
}: {
  selection?: Selection | undefined;
  caption: ReactNode;
  /** The name of the scrollable region around the table. */
  label: string;
  items: WorkItem[];
  columns: Column[];
  actionLabel: string;
  openId: number | null;
  onToggle: (id: number | null) => void;
  /** The panel of an open row; `close` shuts it and gives the focus back to the row's button. */
  panel: (item: WorkItem, close: () => void) => ReactNode;
}) {
  const span = columns.length + 2;
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const close = (id: number) => {
    onToggle(null);
    requestAnimationFrame(() => buttons.current.get(id)?.focus());
  };
  return (
    <TableRegion label={label} cards>
      <Table className="kz-ops-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Persoon</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} scope="col">
                {c.header}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">Actie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const open = openId === item.id;
            const panelId = `kz-ops-panel-${item.id}`;
            return (
              <Fragment key={item.id}>
                <TableRow className={open ? 'kz-ops-row--open' : undefined} data-notice={item.id}>
                  <th scope="row" className="utrecht-table__header-cell kz-ops-person">
                    {selection && (
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input kz-ops-select"
                        checked={selection.selected.has(item.id)}
                        onChange={(e) => selection.toggle([item.id], e.currentTarget.checked)}
                        aria-label={`Selecteer het bericht over ${personName(item.name)} (${item.id})`}
                      />
                    )}
                    {personName(item.name)}
                    <span className="kz-ops-sub">geboren {formatDate(item.birthDate)}</span>
                  </th>
                  {columns.map((c) => (
                    <TableCell key={c.header}>{c.cell(item)}</TableCell>
                  ))}
                  <TableCell>
                    {/* Before the action: opening the action puts its form next in the tab order. */}
                    <Link className="utrecht-link kz-ops-explain-link" to={explanationPath(item.id)}>
                      Uitleg<VisuallyHidden> bij het bericht over {personName(item.name)}</VisuallyHidden>
                    </Link>
                    <Button
                      ref={(button) => {
                        if (button) buttons.current.set(item.id, button);
                        else buttons.current.delete(item.id);
                      }}
                      appearance="secondary-action-button"
                      aria-expanded={open}
                      aria-controls={open ? panelId : undefined}
                      onClick={() => onToggle(open ? null : item.id)}
                    >
                      {open ? 'Sluiten' : actionLabel}
                      <VisuallyHidden> (bericht over {personName(item.name)})</VisuallyHidden>
                    </Button>
                  </TableCell>
                </TableRow>
                {open && (
                  <TableRow className="kz-ops-panel-row">
                    <TableCell colSpan={span} data-label="">
                      <div id={panelId} className="kz-ops-panel">
                        {panel(item, () => close(item.id))}
                      </div>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
