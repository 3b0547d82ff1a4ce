import {
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
import { CursorPagination, useCursorPages } from '../../components/CursorPagination.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useConflicts } from './api/get-conflicts.ts';
import { SOURCE_LABELS, SOURCES } from './labels.ts';
import { OperationsPage } from './OperationsNav.tsx';

const CHANNEL_LABELS = { api: 'API', file: 'Bestand (ingest)' } as const;

const sourceLabel = (source: string) =>
  SOURCES.find((s) => s === source) ? SOURCE_LABELS[source as (typeof SOURCES)[number]] : source;

/**
 * Deliveries refused because a source sent a known eventId again with other
 * content. The first content stays in the event log; the operator takes it
 * up with the source (docs/operations.md). Field names only: no values.
 */
export function ConflictsPage() {
  const pages = useCursorPages();
  const conflicts = useConflicts(pages.cursor);
  return (
    <OperationsPage
      title="Conflicten"
      lead={
        <Paragraph>
          Een bron leverde een gebeurtenis opnieuw aan met een bekend id, maar met andere inhoud. Ketenzicht
          heeft de nieuwe inhoud geweigerd en de eerste bewaard. Neem contact op met de bron: een nieuw feit
          hoort een nieuw id te krijgen. Alleen de namen van de velden die verschillen staan hier, nooit de
          waarden.
        </Paragraph>
      }
    >
      {conflicts.isPending ? (
        <Loading text="De conflicten worden opgehaald…" />
      ) : conflicts.isError ? (
        <ErrorAlert error={conflicts.error} heading="De conflicten konden niet worden opgehaald." />
      ) : conflicts.data.conflicts.length === 0 ? (
        <Paragraph>Er zijn geen conflicten.</Paragraph>
      ) : (
        <>
          <TableRegion labelledBy="kz-ops-conflicts-caption" cards>
            <Table className="kz-ops-table" data-testid="conflicts">
              <TableCaption id="kz-ops-conflicts-caption">
                Geweigerde herhalingen, nieuwste eerst
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Gebeurtenis</TableHeaderCell>
                  <TableHeaderCell scope="col">Bron</TableHeaderCell>
                  <TableHeaderCell scope="col">Geweigerd op</TableHeaderCell>
                  <TableHeaderCell scope="col">Velden die verschillen</TableHeaderCell>
                  <TableHeaderCell scope="col">Via</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {conflicts.data.conflicts.map((c) => (
                  <TableRow key={c.id} data-conflict={c.id}>
                    <th scope="row" className="utrecht-table__header-cell">
                      {c.originalLogId === null ? (
                        <code>{c.eventId}</code>
                      ) : (
                        <Link
                          href={`/operaties/uitleg?bron=${encodeURIComponent(c.source)}&id=${encodeURIComponent(c.eventId)}`}
                          aria-label={`Uitleg bij gebeurtenis ${c.eventId} van ${c.source}`}
                        >
                          <code>{c.eventId}</code>
                        </Link>
                      )}
                    </th>
                    <TableCell>{sourceLabel(c.source)}</TableCell>
                    <TableCell>{formatDateTime(c.detectedAt)}</TableCell>
                    <TableCell>
                      {/* One part, so a card keeps the fields on one line. */}
                      <span>
                        {c.differingFields.map((f, i) => (
                          <span key={f}>
                            {i > 0 && ', '}
                            <code lang="en">{f}</code>
                          </span>
                        ))}
                      </span>
                    </TableCell>
                    <TableCell>{CHANNEL_LABELS[c.channel]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableRegion>
          <CursorPagination
            page={pages.page}
            nextCursor={conflicts.data.nextBefore === null ? null : String(conflicts.data.nextBefore)}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </>
      )}
    </OperationsPage>
  );
}
