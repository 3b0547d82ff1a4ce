import {
  Heading,
  Paragraph,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { type Announcement, SuccessMessage } from '../../components/SuccessMessage.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { type ParticipationRegistration, useParticipationHistory } from './api/get-participation-history.ts';
import { EndParticipationForm, RegisterParticipationForm } from './ParticipationForms.tsx';
import { BOX_LABELS, STATUS_EXPLANATIONS, STATUS_LABELS } from './participation-labels.ts';

function period(r: ParticipationRegistration): string {
  if (r.until === r.from) return `ingetrokken (registratie vanaf ${formatDate(r.from)})`;
  return r.until ? `${formatDate(r.from)} tot ${formatDate(r.until)}` : `vanaf ${formatDate(r.from)}`;
}

/** The registrations of both boxes, each with who registered and who ended it, when and why. */
function HistoryTable({
  registrations,
  name,
  onEnd,
}: {
  registrations: ParticipationRegistration[];
  name: string;
  onEnd: (r: ParticipationRegistration) => void;
}) {
  return (
    <TableRegion label={`Geschiedenis van de deelname van ${name}`} cards>
      <Table className="kz-admin-table">
        <TableCaption>Alle registraties en beëindigingen, oudste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Berichtenbox</TableHeaderCell>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
            <TableHeaderCell scope="col">Machtiging</TableHeaderCell>
            <TableHeaderCell scope="col">Geregistreerd</TableHeaderCell>
            <TableHeaderCell scope="col">Beëindigd</TableHeaderCell>
            <TableHeaderCell scope="col">Actie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {registrations.map((r) => (
            <TableRow key={r.id}>
              <th scope="row" className="utrecht-table__header-cell">
                {BOX_LABELS[r.box]}
              </th>
              <TableCell>{period(r)}</TableCell>
              <TableCell>
                {r.authorisation
                  ? `${r.authorisation.reference}, ondertekend ${formatDate(r.authorisation.date)}`
                  : '—'}
              </TableCell>
              <TableCell>
                {formatDateTime(r.registeredAt)} door {r.registeredBy}
              </TableCell>
              <TableCell>
                {r.end ? `${formatDateTime(r.end.endedAt)} door ${r.end.endedBy}: ${r.end.reason}` : '—'}
              </TableCell>
              <TableCell>
                {r.end ? (
                  '—'
                ) : (
                  <SecondaryActionButton
                    type="button"
                    aria-label={`Deelname ${BOX_LABELS[r.box]} ${period(r)} beëindigen`}
                    onClick={() => onEnd(r)}
                  >
                    Beëindigen
                  </SecondaryActionButton>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

/** One municipality: what the routing does with its notices now, its history, and the forms. */
export function ParticipationDetail({ code }: { code: string }) {
  const history = useParticipationHistory(code);
  const [ending, setEnding] = useState<ParticipationRegistration | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);

  if (history.isPending) return <Loading text="De deelname wordt geladen…" />;
  if (history.isError)
    return <ErrorAlert error={history.error} heading="De deelname kon niet worden geladen." />;
  const m = history.data;
  const name = `Gemeente ${m.name}`;
  const current = m.validUntil === null;

  return (
    <section className="kz-section" aria-labelledby="kz-participation-detail">
      <Heading level={2} id="kz-participation-detail">
        Deelname van {name} <span className="kz-admin-code">({m.code})</span>
      </Heading>
      <SuccessMessage message={message} />
      {!current && (
        <Paragraph>
          Deze gemeente bestaat sinds {formatDate(m.validUntil)} niet meer. Registreer de deelname bij de
          gemeente die haar opvolgde.
        </Paragraph>
      )}
      <dl className="kz-admin-states">
        {(['bij', 'reintegration'] as const).map((box) => (
          <div key={box}>
            <dt>{BOX_LABELS[box]}</dt>
            <dd>
              {STATUS_LABELS[m.boxes[box].status]}. {STATUS_EXPLANATIONS[m.boxes[box].status]} Actieve
              gebruikers: {m.boxes[box].activeUsers}.
            </dd>
          </div>
        ))}
      </dl>
      <Heading level={3}>Geschiedenis</Heading>
      {m.registrations.length === 0 ? (
        <Paragraph>Er is nog nooit deelname geregistreerd.</Paragraph>
      ) : (
        <HistoryTable registrations={m.registrations} name={name} onEnd={setEnding} />
      )}
      {ending && (
        <>
          <Heading level={3}>
            Deelname {BOX_LABELS[ending.box]} beëindigen ({period(ending)})
          </Heading>
          <EndParticipationForm
            key={ending.id}
            registration={ending}
            onEnded={(text) => {
              setEnding(null);
              setMessage({ text });
            }}
            onCancel={() => setEnding(null)}
          />
        </>
      )}
      {current && (
        <>
          <Heading level={3} id="kz-participation-register">
            Deelname registreren
          </Heading>
          <RegisterParticipationForm
            municipalityCode={m.code}
            municipalityName={name}
            onRegistered={(text) => setMessage({ text })}
          />
        </>
      )}
    </section>
  );
}
