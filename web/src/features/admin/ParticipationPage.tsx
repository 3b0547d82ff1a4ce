import {
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
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
} from '@rijkshuisstijl-community/components-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import {
  type MunicipalityParticipation,
  type ParticipationBox,
  useParticipation,
} from './api/get-participation.ts';
import { ParticipationDetail } from './ParticipationDetail.tsx';
import { STATUS_LABELS } from './participation-labels.ts';

type Show = 'all' | 'attention' | 'bij-not' | 'reintegration-not' | 'no-user';

const SHOW_LABELS: Record<Show, string> = {
  all: 'Alle gemeenten',
  attention: 'Alleen gemeenten waarvan berichten naar de operators gaan',
  'bij-not': 'Neemt niet deel aan BIJ',
  'reintegration-not': 'Neemt niet deel aan re-integratie',
  'no-user': 'Berichtenbox zonder actieve gebruiker',
};

function shown(m: MunicipalityParticipation, show: Show, text: string): boolean {
  const { bij, reintegration } = m.boxes;
  const match =
    show === 'all' ||
    (show === 'attention' && (bij.status !== 'participating' || reintegration.status !== 'participating')) ||
    (show === 'bij-not' && bij.status === 'not-participating') ||
    (show === 'reintegration-not' && reintegration.status === 'not-participating') ||
    (show === 'no-user' && (bij.status === 'no-active-user' || reintegration.status === 'no-active-user'));
  const needle = text.trim().toLowerCase();
  return match && (!needle || m.name.toLowerCase().includes(needle) || m.code.toLowerCase().includes(needle));
}

function BoxCell({ m, box }: { m: MunicipalityParticipation; box: ParticipationBox }) {
  const state = m.boxes[box];
  const since = state.current ? `sinds ${formatDate(state.current.from)}` : '';
  const upcoming = state.upcoming ? `vanaf ${formatDate(state.upcoming.from)}` : '';
  return (
    <TableCell>
      <span className={state.status === 'participating' ? undefined : 'kz-admin-attention'}>
        {STATUS_LABELS[state.status]}
      </span>
      {since || upcoming ? <span className="kz-admin-code"> ({since || upcoming})</span> : null}
    </TableCell>
  );
}

/**
 * Beheer, deelname gemeenten: every municipality with its participation in
 * the BIJ and re-integration boxes (filtered here, in the browser: 342 rows),
 * and for the one chosen (?gemeente= in the URL) its history and the forms to
 * register and end participation.
 */
export function ParticipationPage() {
  const [params] = useSearchParams();
  const chosen = params.get('gemeente') ?? '';
  const list = useParticipation();
  const [text, setText] = useState('');
  const [show, setShow] = useState<Show>('all');
  const rows = (list.data ?? []).filter((m) => shown(m, show, text));
  // The chosen municipality opens above the list: bring it into view.
  useEffect(() => {
    if (chosen) window.scrollTo({ top: 0 });
  }, [chosen]);

  return (
    <Page
      title="Deelname gemeenten"
      lead={
        <Paragraph>
          Welke gemeenten deelnemen aan de Berichtenbox BIJ en re-integratie, en sinds wanneer. Een bericht
          voor een gemeente die op de datum van het bericht niet deelneemt, of waar niemand de Berichtenbox
          kan openen, gaat naar de operators van Justid. <Link href="/beheer">Terug naar Beheer</Link>
        </Paragraph>
      }
    >
      {chosen && <ParticipationDetail key={chosen} code={chosen} />}
      <section className="kz-section" aria-labelledby="kz-participation-list">
        <Heading level={2} id="kz-participation-list">
          Gemeenten
        </Heading>
        <form
          className="kz-form kz-form--inline kz-admin-inline-form"
          aria-label="Gemeenten filteren"
          onSubmit={(e) => e.preventDefault()}
        >
          <FormFieldTextInput
            label="Zoek op naam of code"
            value={text}
            onChange={(e) => setText((e.target as HTMLInputElement).value)}
            autoComplete="off"
          />
          <FormFieldSelect
            label="Toon"
            value={show}
            onChange={(e) => setShow((e.target as HTMLSelectElement).value as Show)}
          >
            {(Object.keys(SHOW_LABELS) as Show[]).map((s) => (
              <SelectOption key={s} value={s}>
                {SHOW_LABELS[s]}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </form>
        {list.isPending ? (
          <Loading text="De gemeenten worden geladen…" />
        ) : list.isError ? (
          <ErrorAlert error={list.error} heading="De deelname kon niet worden geladen." />
        ) : (
          <>
            <Paragraph role="status">
              {formatNumber(rows.length)} van {formatNumber(list.data.length)} gemeenten.
            </Paragraph>
            {rows.length > 0 && (
              <TableRegion label="Deelname per gemeente" cards>
                <Table className="kz-admin-table">
                  <TableCaption>Deelname per gemeente, vandaag</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                      <TableHeaderCell scope="col">Provincie</TableHeaderCell>
                      <TableHeaderCell scope="col">BIJ</TableHeaderCell>
                      <TableHeaderCell scope="col">Re-integratie</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((m) => (
                      <TableRow key={m.code}>
                        <th scope="row" className="utrecht-table__header-cell kz-admin-username">
                          <Link
                            href={`/beheer/deelname?gemeente=${m.code}`}
                            aria-current={m.code === chosen ? 'true' : undefined}
                          >
                            {m.name}
                          </Link>{' '}
                          <span className="kz-admin-code">({m.code})</span>
                        </th>
                        <TableCell>{m.province}</TableCell>
                        <BoxCell m={m} box="bij" />
                        <BoxCell m={m} box="reintegration" />
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableRegion>
            )}
          </>
        )}
      </section>
    </Page>
  );
}
