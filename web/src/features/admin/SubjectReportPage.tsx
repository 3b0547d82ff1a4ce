import {
  Alert,
  FormFieldTextInput,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useSubjectReport } from './api/data-subject.ts';

const BSN = /^[0-9]{9}$/;
const SKN = /^[0-9A-Za-z-]{1,20}$/;

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/**
 * Inzageverzoek betrokkene (art. 15 AVG): which organisations processed a
 * person's data, when and why, by BSN or SKN. The number goes in a POST
 * body, never in the URL; the report is itself written to the processing log.
 */
export function SubjectReportPage() {
  const report = useSubjectReport();
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('nummer') ?? '').trim();
    if (BSN.test(value)) report.mutate({ bsn: value });
    else if (SKN.test(value)) report.mutate({ skn: value });
    else {
      setError('Vul een BSN (9 cijfers) of een SKN in.');
      return;
    }
    setError(null);
  };

  return (
    <Page
      title="Inzageverzoek betrokkene"
      lead={
        <Paragraph>
          Welke organisaties gegevens van een persoon hebben verwerkt, wanneer en waarvoor (artikel 15 AVG).
          Ook dit overzicht wordt in het verwerkingenlogboek vastgelegd.
        </Paragraph>
      }
    >
      <form className="kz-form kz-form--inline" onSubmit={submit} noValidate aria-label="Betrokkene zoeken">
        <FormFieldTextInput
          label="BSN of SKN"
          description="Een BSN heeft 9 cijfers."
          name="nummer"
          autoComplete="off"
          invalid={error !== null}
          errorMessage={error ?? undefined}
        />
        <PrimaryActionButton type="submit" disabled={report.isPending}>
          Overzicht maken
        </PrimaryActionButton>
      </form>
      {report.isError && <ErrorAlert error={report.error} heading="Het overzicht kon niet worden gemaakt." />}
      {report.data &&
        (report.data.skns.length === 0 ? (
          <Alert type="info" role="status">
            <Paragraph>Bij dit BSN is geen persoon bekend.</Paragraph>
          </Alert>
        ) : (
          <>
            <Paragraph role="status">
              {report.data.processings.length === 0
                ? `Geen verwerkingen vastgelegd voor SKN ${report.data.skns.join(', ')}.`
                : `${report.data.processings.length} verwerkingen voor SKN ${report.data.skns.join(', ')}.`}
            </Paragraph>
            {report.data.processings.length > 0 && (
              <TableRegion label="Verwerkingen" cards>
                <Table>
                  <TableCaption>Verwerkingen, oudste eerst</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Moment</TableHeaderCell>
                      <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                      <TableHeaderCell scope="col">Verwerking</TableHeaderCell>
                      <TableHeaderCell scope="col">Trace</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.data.processings.map((p) => (
                      <TableRow key={`${p.traceId}-${p.at}-${p.activity}`}>
                        <TableCell>{dateTime(p.at)}</TableCell>
                        <TableCell>{p.organisation}</TableCell>
                        <TableCell>{p.activityName}</TableCell>
                        <TableCell>
                          <code>{p.traceId}</code>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableRegion>
            )}
          </>
        ))}
    </Page>
  );
}
