import {
  FormFieldSelect,
  Link,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  VisuallyHidden,
} from '@rijkshuisstijl-community/components-react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDate } from '../../lib/format.ts';
import { useUpcomingReleases } from './api/search-box.ts';
import type { BoxConfig } from './boxes.ts';
import { personName } from './format.ts';

const WEEKS = [2, 4, 8, 13, 26] as const;

const daysText = (n: number) => (n === 0 ? 'vandaag' : n === 1 ? 'morgen' : `over ${n} dagen`);

/**
 * The re-integration officer's overview: who of the box is still detained and
 * released in the coming weeks, the soonest first. Aftercare (an ID, a home,
 * an income, care) starts before the release.
 */
export function UpcomingPage({ config }: { config: BoxConfig }) {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('weken'));
  const weeks = (WEEKS as readonly number[]).includes(asked) ? asked : 8;
  const upcoming = useUpcomingReleases(weeks);

  return (
    <div className="kz-bbx">
      <Paragraph className="kz-bbx-back kz-no-print">
        <Link href={config.path}>Terug naar {config.title}</Link>
      </Paragraph>
      <Page
        title="Vrijlatingen in de komende weken"
        lead={
          <Paragraph purpose="lead">
            Personen over wie u berichten kreeg, die nog gedetineerd zijn en van wie de geplande einddatum in
            de gekozen periode valt. Begin de nazorg vóór de vrijlating.
          </Paragraph>
        }
      >
        <form className="kz-form kz-form--inline kz-no-print" onSubmit={(e) => e.preventDefault()}>
          <FormFieldSelect
            label="Periode"
            name="weken"
            value={String(weeks)}
            onChange={(e) => setParams({ weken: e.currentTarget.value })}
          >
            {WEEKS.map((w) => (
              <SelectOption key={w} value={String(w)}>
                De komende {w} weken
              </SelectOption>
            ))}
          </FormFieldSelect>
        </form>
        {upcoming.isPending ? (
          <Loading text="De vrijlatingen worden geladen…" />
        ) : upcoming.isError ? (
          <ErrorAlert error={upcoming.error} heading="De vrijlatingen konden niet worden geladen." />
        ) : upcoming.data.releases.length === 0 ? (
          <Paragraph role="status">
            Er zijn geen geplande vrijlatingen tot en met {formatDate(upcoming.data.to)}.
          </Paragraph>
        ) : (
          <>
            <Paragraph role="status">
              {upcoming.data.releases.length}{' '}
              {upcoming.data.releases.length === 1 ? 'geplande vrijlating' : 'geplande vrijlatingen'} van{' '}
              {formatDate(upcoming.data.from)} tot en met {formatDate(upcoming.data.to)}.
            </Paragraph>
            <TableRegion label="Vrijlatingen" cards>
              <Table className="kz-bbx-table">
                <TableCaption>Geplande vrijlatingen, de eerstvolgende eerst</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Geplande einddatum</TableHeaderCell>
                    <TableHeaderCell>Persoon</TableHeaderCell>
                    <TableHeaderCell>Inrichting</TableHeaderCell>
                    <TableHeaderCell>Berichten</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {upcoming.data.releases.map((r) => {
                    const person = personName(r.name);
                    return (
                      <TableRow key={r.noticeId}>
                        <TableCell>
                          {formatDate(r.plannedEndDate)}
                          <span className="kz-bbx-sub">{daysText(r.daysLeft)}</span>
                        </TableCell>
                        <TableCell>
                          {person}
                          {r.birthDate && (
                            <span className="kz-bbx-sub">geboren {formatDate(r.birthDate)}</span>
                          )}
                          {r.bsn && <span className="kz-bbx-sub">BSN {r.bsn}</span>}
                        </TableCell>
                        <TableCell>
                          {r.institution?.name ?? 'onbekend'}
                          {r.institution?.contact?.phone && (
                            <span className="kz-bbx-sub">{r.institution.contact.phone}</span>
                          )}
                        </TableCell>
                        <TableCell>
                          <Link href={`${config.path}/persoon/${r.noticeId}`}>
                            Alle berichten<VisuallyHidden> over {person}</VisuallyHidden>
                          </Link>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableRegion>
          </>
        )}
      </Page>
    </div>
  );
}
