import {
  Link,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  VisuallyHidden,
} from '@rijkshuisstijl-community/components-react';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { statusLabel, typeLabel } from '../../lib/notices.ts';
import type { NoticeSummary } from './api/get-box.ts';
import type { BoxConfig } from './boxes.ts';
import { personName } from './format.ts';
import { Announced, Correction, LateFlag, UrgentFlag } from './NoticeMarks.tsx';

/** Only a delivered or read notice can be acknowledged: the others get no checkbox. */
export const canAcknowledge = (n: NoticeSummary) => n.status === 'delivered' || n.status === 'read';

/** The date that matters: the announced date with how far ahead it was told, else the date the notice tells. */
function DateThatMatters({ notice }: { notice: NoticeSummary }) {
  if (notice.announcedDate !== null) return <Announced notice={notice} />;
  return <>{notice.sortDate ? formatDate(notice.sortDate) : '—'}</>;
}

/** The column of the date that matters, named as each box's reader knows it. */
export const dateColumn = (config: BoxConfig) =>
  config.box === 'reintegration' ? 'Einddatum of vrijlating' : 'Aangekondigde datum';

/**
 * A box's notices as a table: the date that matters first, the type with its
 * marks (urgent, correction, late), the person (with the victim registration),
 * status and receipt, and the link to the notice. With `selection`, a
 * checkbox per notice that can be acknowledged.
 */
export function NoticeTable({
  config,
  notices,
  caption,
  selection,
}: {
  config: BoxConfig;
  notices: NoticeSummary[];
  caption: string;
  selection?: { selected: ReadonlySet<number>; toggle: (id: number, on: boolean) => void };
}) {
  const isVictims = config.box === 'victims';
  return (
    <TableRegion label="Berichten" cards>
      <Table className="kz-bbx-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {selection && (
              <TableHeaderCell>
                <VisuallyHidden>Selecteren</VisuallyHidden>
              </TableHeaderCell>
            )}
            <TableHeaderCell>Soort</TableHeaderCell>
            <TableHeaderCell>{dateColumn(config)}</TableHeaderCell>
            <TableHeaderCell>{isVictims ? 'Persoon en slachtofferregistratie' : 'Persoon'}</TableHeaderCell>
            <TableHeaderCell>Status en ontvangst</TableHeaderCell>
            <TableHeaderCell>Bericht</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {notices.map((notice) => {
            const unread = notice.status === 'delivered';
            const type = typeLabel(notice.type);
            const person = personName(notice.name);
            return (
              <TableRow key={notice.id} className={unread ? 'kz-bbx-row--unread' : undefined}>
                {selection && (
                  <TableCell>
                    {canAcknowledge(notice) && (
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input kz-bbx-check"
                        checked={selection.selected.has(notice.id)}
                        onChange={(e) => selection.toggle(notice.id, e.currentTarget.checked)}
                        aria-label={`Selecteer bericht ${notice.id}: ${type} over ${person}`}
                      />
                    )}
                  </TableCell>
                )}
                <TableCell>
                  {type}
                  <UrgentFlag type={notice.type} />
                  <Correction notice={notice} boxPath={config.path} />
                  <LateFlag notice={notice} />
                </TableCell>
                <TableCell>
                  <DateThatMatters notice={notice} />
                  <span className="kz-bbx-sub">gebeurtenis {formatDate(notice.eventDate)}</span>
                </TableCell>
                <TableCell>
                  {person}
                  {/* The victim desk keeps many registrations per person: which one this notice is for. */}
                  {notice.victimReference && <span className="kz-bbx-sub">{notice.victimReference}</span>}
                  {notice.caseNumber && <span className="kz-bbx-sub">Parketnummer {notice.caseNumber}</span>}
                </TableCell>
                <TableCell>
                  {unread ? (
                    <strong className="kz-bbx-new">Nieuw, ongelezen</strong>
                  ) : (
                    statusLabel(notice.status)
                  )}
                  {/* One column for the two, so the link to the notice stays on a laptop's screen. */}
                  <span className="kz-bbx-sub">ontvangen {formatDateTime(notice.createdAt)}</span>
                </TableCell>
                <TableCell>
                  <Link href={`${config.path}/${notice.id}`}>
                    Bekijk bericht
                    <VisuallyHidden>
                      {' '}
                      {notice.id}: {type} over {person}
                      {unread ? ' (ongelezen)' : ''}
                    </VisuallyHidden>
                  </Link>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
