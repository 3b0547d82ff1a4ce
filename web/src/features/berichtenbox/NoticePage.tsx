import {
  Button,
  DataSummary,
  DataSummaryItem,
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
import { type ReactNode, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Announcement, SuccessMessage } from '../../components/SuccessMessage.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { ApiError } from '../../lib/api.ts';
import { useSession } from '../../lib/auth/get-session.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import type { NoticeStatus } from '../../lib/notices.ts';
import { historyActionLabel, statusLabel, typeLabel } from '../../lib/notices.ts';
import { type Municipality, useMunicipalities } from '../../reference/get-municipalities.ts';
import { useAcknowledgeNotice } from './api/acknowledge-notice.ts';
import { type HistoryEntry, type NoticeDetail, useNotice } from './api/get-notice.ts';
import type { BoxConfig } from './boxes.ts';
import { ForwardForm } from './ForwardForm.tsx';
import { contentFields } from './format.ts';
import { GUIDANCE, isUrgent } from './guidance.ts';
import { Announced, Correction, LateFlag, UrgentFlag } from './NoticeMarks.tsx';

const ID = /^[1-9][0-9]{0,14}$/;
const CAN_ACKNOWLEDGE: readonly NoticeStatus[] = ['delivered', 'read'];
const CAN_FORWARD: readonly NoticeStatus[] = ['delivered', 'read', 'acknowledged'];

function BackLink({ config }: { config: BoxConfig }) {
  return (
    <Paragraph className="kz-bbx-back kz-no-print">
      <Link href={config.path}>Terug naar {config.title}</Link>
    </Paragraph>
  );
}

/** One notice of a box: opening it marks it read. Shows its content and history, and what can be done. */
export function NoticePage({ config }: { config: BoxConfig }) {
  const params = useParams();
  const id = ID.test(params.id ?? '') ? Number(params.id) : undefined;
  const notice = useNotice(config.box, id);

  const notFound = id === undefined || (notice.error instanceof ApiError && notice.error.status === 404);
  if (notFound)
    return (
      <div className="kz-bbx">
        <BackLink config={config} />
        <Page title="Bericht niet gevonden">
          <Paragraph>
            Dit bericht staat niet in de berichtenbox van uw organisatie. Misschien is het adres niet juist,
            of is het bericht na de bewaartermijn verwijderd.
          </Paragraph>
        </Page>
      </div>
    );
  if (notice.isPending)
    return (
      <div className="kz-bbx">
        <BackLink config={config} />
        <Page title="Bericht">
          <Loading text="Het bericht wordt geladen…" />
        </Page>
      </div>
    );
  if (notice.isError)
    return (
      <div className="kz-bbx">
        <BackLink config={config} />
        <Page title="Bericht">
          <ErrorAlert error={notice.error} heading="Het bericht kon niet worden geladen." />
        </Page>
      </div>
    );
  return <NoticeView config={config} notice={notice.data} />;
}

function NoticeView({ config, notice }: { config: BoxConfig; notice: NoticeDetail }) {
  const session = useSession();
  const own = session.data?.user.organisation;
  const isBij = config.box === 'bij';
  // Public reference data, fetched once: it names the municipalities in the history.
  const municipalities = useMunicipalities();
  const acknowledge = useAcknowledgeNotice(config.box);
  const [success, setSuccess] = useState<Announcement>();
  const [forwarding, setForwarding] = useState(false);
  const forwardButton = useRef<HTMLButtonElement>(null);

  const canAcknowledge = CAN_ACKNOWLEDGE.includes(notice.status);
  const canForward = isBij && CAN_FORWARD.includes(notice.status);
  const fields = contentFields(notice.content, notice.type);
  const organisationName = nameOf(municipalities.data);

  const onAcknowledge = () => {
    setSuccess(undefined);
    acknowledge.mutate(notice.id, {
      onSuccess: () => setSuccess({ text: 'U hebt de ontvangst van dit bericht bevestigd.' }),
    });
  };

  return (
    <div className="kz-bbx">
      <BackLink config={config} />
      <Page title={typeLabel(notice.type)}>
        <SuccessMessage message={success} />
        <div className="kz-actions kz-no-print kz-bbx-tools">
          <Button appearance="secondary-action-button" onClick={() => window.print()}>
            Afdrukken
          </Button>
          <Link href={`${config.path}/persoon/${notice.id}`}>Alle berichten over deze persoon</Link>
        </div>
        {(notice.supersedes || notice.late || isUrgent(notice.type)) && (
          <Paragraph className="kz-bbx-marks">
            <UrgentFlag type={notice.type} />
            <Correction notice={notice} boxPath={config.path} />
            <LateFlag notice={notice} />
          </Paragraph>
        )}
        <DataSummary appearance="row" className="kz-bbx-summary" aria-label="Over dit bericht">
          <DataSummaryItem itemKey="Status" itemValue={statusLabel(notice.status)} />
          {notice.announcedDate !== null && (
            <Item label="Aangekondigde datum">
              <Announced notice={notice} />
            </Item>
          )}
          <DataSummaryItem itemKey="Datum gebeurtenis" itemValue={formatDate(notice.eventDate)} />
          <DataSummaryItem itemKey="Ontvangen op" itemValue={formatDateTime(notice.createdAt)} />
          <DataSummaryItem itemKey="Berichtnummer" itemValue={String(notice.id)} />
          <DataSummaryItem itemKey="Wettelijke grondslag" itemValue={notice.legalBasis} />
        </DataSummary>

        <section
          className={`kz-section kz-bbx-guidance${isUrgent(notice.type) ? ' kz-bbx-guidance--urgent' : ''}`}
          aria-labelledby="bbx-guidance"
        >
          <Heading level={2} id="bbx-guidance">
            Wat moet u doen?
          </Heading>
          <Paragraph>{GUIDANCE[notice.type]}</Paragraph>
        </section>

        <section className="kz-section" aria-labelledby="bbx-content">
          <Heading level={2} id="bbx-content">
            Gegevens in het bericht
          </Heading>
          {fields.length === 0 ? (
            <Paragraph>Dit bericht bevat geen persoonsgegevens.</Paragraph>
          ) : (
            <DataSummary appearance="row">
              {fields.map((f) =>
                f.href ? (
                  <Item key={f.key} label={f.label}>
                    <Link href={f.href}>{f.value}</Link>
                  </Item>
                ) : (
                  <DataSummaryItem key={f.key} itemKey={f.label} itemValue={f.value} />
                ),
              )}
            </DataSummary>
          )}
        </section>

        {(canAcknowledge || canForward) && (
          <section className="kz-section kz-no-print" aria-labelledby="bbx-actions">
            <Heading level={2} id="bbx-actions">
              Acties
            </Heading>
            {acknowledge.isError && (
              <ErrorAlert error={acknowledge.error} heading="De ontvangst kon niet worden bevestigd." />
            )}
            <div className="kz-actions">
              {canAcknowledge && (
                <Button
                  appearance="primary-action-button"
                  onClick={onAcknowledge}
                  disabled={acknowledge.isPending}
                >
                  {acknowledge.isPending ? 'Bezig met bevestigen…' : 'Ontvangst bevestigen'}
                </Button>
              )}
              {canForward && (
                <Button
                  appearance="secondary-action-button"
                  ref={forwardButton}
                  aria-expanded={forwarding}
                  aria-controls={forwarding ? 'bbx-forward' : undefined}
                  onClick={() => {
                    setSuccess(undefined);
                    setForwarding(true);
                  }}
                >
                  Doorsturen naar andere gemeente
                </Button>
              )}
            </div>
            {canForward && forwarding && (
              <ForwardForm
                id="bbx-forward"
                noticeId={notice.id}
                ownMunicipality={own}
                onForwarded={(to) => {
                  setForwarding(false);
                  setSuccess({
                    text: `Het bericht is doorgestuurd naar ${to.name}. De gemeente ${to.name} heeft een kopie ontvangen.`,
                  });
                }}
                onCancel={() => {
                  setForwarding(false);
                  forwardButton.current?.focus();
                }}
              />
            )}
          </section>
        )}

        <section className="kz-section" aria-labelledby="bbx-history">
          <Heading level={2} id="bbx-history">
            Geschiedenis
          </Heading>
          <History history={notice.history} name={organisationName} />
        </section>
      </Page>
    </div>
  );
}

/** A term and a description that holds more than text (a link, a flag), in the design system's data summary. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rhc-data-summary__item">
      <dt className="rhc-data-summary__item-key">{label}</dt>
      <dd className="rhc-data-summary__item-value">{children}</dd>
    </div>
  );
}

/** An organisation code as a reader knows it: a municipality by its name, anything else as it is. */
function nameOf(municipalities: Municipality[] | undefined) {
  const byCode = new Map((municipalities ?? []).map((m) => [m.code, m.name]));
  return (code: string | null) => {
    if (!code) return 'onbekend';
    const name = byCode.get(code);
    return name ? `${name} (${code})` : code;
  };
}

function History({ history, name }: { history: HistoryEntry[]; name: (code: string | null) => string }) {
  if (history.length === 0) return <Paragraph>Er is nog niets met dit bericht gebeurd.</Paragraph>;
  return (
    <TableRegion label="Geschiedenis" cards>
      <Table className="kz-bbx-table">
        <TableCaption>Wat er met dit bericht gebeurde, oudste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Wanneer</TableHeaderCell>
            <TableHeaderCell>Actie</TableHeaderCell>
            <TableHeaderCell>Door</TableHeaderCell>
            <TableHeaderCell>Reden</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {history.map((entry, index) => (
            // The history is append-only and in order: its position is its identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <TableRow key={index}>
              <TableCell className="kz-bbx-nowrap">{formatDateTime(entry.at)}</TableCell>
              <TableCell>{historyActionLabel(entry, name)}</TableCell>
              <TableCell>
                {entry.by.username}, {name(entry.by.organisation)}
              </TableCell>
              <TableCell>{entry.reason ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
