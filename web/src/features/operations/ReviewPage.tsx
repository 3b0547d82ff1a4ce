import {
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@rijkshuisstijl-community/components-react';
import { useRef, useState } from 'react';
import { type Announcement, FocusAlert } from '../../components/SuccessMessage.tsx';
import { formatDate } from '../../lib/format.ts';
import { typeLabel } from '../../lib/notices.ts';
import { useMunicipalities } from '../../reference/get-municipalities.ts';
import { useDecideReview } from './api/decide-review.ts';
import { useReviewNotices, type WorkItem } from './api/get-review-notices.ts';
import {
  actionError,
  asSentence,
  NoticeCell,
  personName,
  routingShort,
  routingSummary,
  SummaryItem,
} from './components.tsx';
import { OperationsPage } from './OperationsNav.tsx';
import { RouteForm } from './RouteForm.tsx';
import { WorkList } from './WorkList.tsx';

/** The days left before the date a notice announces, and whether the mayor still hears a week ahead. */
function DaysLeft({ item }: { item: WorkItem }) {
  if (item.announcedDate === null || item.daysLeft === null) return <>—</>;
  const days =
    item.daysLeft < 0
      ? `${-item.daysLeft} ${item.daysLeft === -1 ? 'dag' : 'dagen'} geleden`
      : `nog ${item.daysLeft} ${item.daysLeft === 1 ? 'dag' : 'dagen'}`;
  return (
    <>
      {formatDate(item.announcedDate)}
      <span className="kz-ops-sub">{days}</span>
      {item.urgency === 'late' && <span className="kz-ops-flag kz-ops-flag--late">Te laat</span>}
      {item.urgency === 'inside-week' && <span className="kz-ops-flag">Minder dan een week vooraf</span>}
      {item.supersedes && <span className="kz-ops-sub">Correctie op een eerdere melding</span>}
    </>
  );
}

const COLUMNS = [
  { header: 'Bericht', cell: (n: WorkItem) => <NoticeCell type={n.type} eventDate={n.eventDate} /> },
  { header: 'Inrichting', cell: (n: WorkItem) => n.institution?.name ?? '—' },
  {
    header: 'Voorgestelde gemeente',
    cell: (n: WorkItem) =>
      n.proposed ? (
        <>
          {n.proposed.name}
          <span className="kz-ops-sub">{n.proposed.code}</span>
        </>
      ) : (
        '—'
      ),
  },
  { header: 'Routering', cell: (n: WorkItem) => routingShort(n.routing) },
  { header: 'Aangekondigde datum', cell: (n: WorkItem) => <DaysLeft item={n} /> },
];

/** One notice under review: what the rules decided and why, and the operator's two ways to decide. */
function ReviewPanel({ item, onDone }: { item: WorkItem; onDone: (message: Announcement) => void }) {
  const decide = useDecideReview();
  const municipalities = useMunicipalities();
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const who = personName(item.name);
  const type = typeLabel(item.type);
  const headingId = `kz-ops-review-${item.id}`;

  const confirm = async () => {
    if (decide.isPending || !item.proposed) return;
    setError(null);
    try {
      await decide.mutateAsync({ id: item.id, decision: 'confirm' });
      onDone({
        text: `De gemeente is bevestigd: het bericht over ${who} (${type}) is afgeleverd bij gemeente ${item.proposed.name}.`,
      });
    } catch (e) {
      setError(actionError(e).text);
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  };

  const change = async (municipalityCode: string, reason: string) => {
    await decide.mutateAsync({ id: item.id, decision: 'change', municipalityCode, reason });
    const chosen = municipalities.data?.find((m) => m.code === municipalityCode)?.name ?? municipalityCode;
    onDone({
      text: `De gemeente is gewijzigd: het bericht over ${who} (${type}) is afgeleverd bij gemeente ${chosen}${
        item.proposed ? ` in plaats van ${item.proposed.name}` : ''
      }. De reden staat in de geschiedenis van het bericht.`,
    });
  };

  return (
    <>
      <Heading level={3} id={headingId}>
        {type}: {who}
      </Heading>
      <dl className="rhc-data-summary rhc-data-summary--row kz-ops-summary" aria-labelledby={headingId}>
        <SummaryItem label="Voorgestelde gemeente">
          {item.proposed ? `${item.proposed.name} (${item.proposed.code})` : 'Geen'}
        </SummaryItem>
        <SummaryItem label="Routering">{routingSummary(item.routing)}</SummaryItem>
        <SummaryItem label="Toelichting van de regels">{asSentence(item.routing.text)}</SummaryItem>
        <SummaryItem label="Geboortedatum">{formatDate(item.birthDate)}</SummaryItem>
        <SummaryItem label="Inrichting">{item.institution?.name ?? '—'}</SummaryItem>
      </dl>
      {error && (
        <FocusAlert type="error" role="alert" ref={alertRef}>
          <Paragraph>{error}</Paragraph>
        </FocusAlert>
      )}
      {changing ? (
        <RouteForm
          municipalityLabel="Nieuwe gemeente"
          reasonLabel="Reden van de wijziging"
          reasonDescription="Verplicht. De reden komt in de geschiedenis van het bericht."
          submitLabel="Wijziging opslaan"
          exclude={item.proposed?.code}
          onSubmit={change}
          onCancel={() => {
            setChanging(false);
            requestAnimationFrame(() => changeButton.current?.focus());
          }}
        />
      ) : (
        <>
          {item.proposed && (
            <Paragraph>
              Klopt de gemeente? Bij bevestigen gaat het bericht naar de burgemeester van {item.proposed.name}
              .
            </Paragraph>
          )}
          <div className="kz-actions">
            {item.proposed && (
              <PrimaryActionButton onClick={confirm} busy={decide.isPending}>
                Gemeente bevestigen
              </PrimaryActionButton>
            )}
            <SecondaryActionButton ref={changeButton} onClick={() => setChanging(true)}>
              Andere gemeente kiezen
            </SecondaryActionButton>
          </div>
        </>
      )}
    </>
  );
}

/** BIJ notices whose municipality Justid checks before the mayor gets them, oldest first. */
export function ReviewPage() {
  return (
    <OperationsPage
      title="BIJ-controle"
      lead={
        <Paragraph>
          Elk BIJ-bericht (ook de 18b-melding) gaat pas naar de burgemeester als Justid de gemeente heeft
          gecontroleerd. Bevestig de gemeente die de regels kozen, of kies een andere gemeente en geef de
          reden. Bovenaan staan de berichten waarvan de aangekondigde datum het dichtstbij is: te late
          berichten en berichten die de burgemeester minder dan een week vooraf bereiken.
        </Paragraph>
      }
    >
      <WorkList
        id="kz-ops-review-list"
        heading="Te controleren berichten"
        load={useReviewNotices}
        texts={{
          loading: 'De berichten worden geladen…',
          failed: 'De berichten konden niet worden geladen.',
          empty: 'Er wachten geen BIJ-berichten op controle.',
        }}
        columns={COLUMNS}
        actionLabel="Beoordelen"
        order="de vroegste aangekondigde datum bovenaan"
        panel={(item, { done }) => <ReviewPanel item={item} onDone={done} />}
      />
    </OperationsPage>
  );
}
