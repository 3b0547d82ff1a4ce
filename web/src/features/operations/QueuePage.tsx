import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { CursorPagination, useCursorPages } from '../../components/CursorPagination.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDate } from '../../lib/format.ts';
import { useMunicipalities } from './api/get-municipalities.ts';
import { useQueue } from './api/get-queue.ts';
import type { WorkItem } from './api/get-review-notices.ts';
import { useRouteQueueNotice } from './api/route-queue-notice.ts';
import {
  type Announcement,
  NoticeCell,
  personName,
  RulesExplanation,
  routingSummary,
  SuccessMessage,
  SummaryItem,
} from './components.tsx';
import { boxLabel, exceptionLabel, noticeTypeLabel } from './labels.ts';
import { OperationsPage } from './OperationsNav.tsx';
import { RouteForm } from './RouteForm.tsx';
import { WorkTable } from './WorkTable.tsx';

const COLUMNS = [
  { header: 'Bericht', cell: (n: WorkItem) => <NoticeCell type={n.type} eventDate={n.eventDate} /> },
  { header: 'Voor', cell: (n: WorkItem) => boxLabel(n.box) },
  { header: 'Inrichting', cell: (n: WorkItem) => n.institution?.name ?? '—' },
  { header: 'Reden', cell: (n: WorkItem) => exceptionLabel(n.exception) },
];

/** One notice from the queue: why the rules could not route it, and routing it by hand. */
function QueuePanel({
  item,
  onDone,
  onCancel,
}: {
  item: WorkItem;
  onDone: (message: Announcement) => void;
  onCancel: () => void;
}) {
  const route = useRouteQueueNotice();
  const municipalities = useMunicipalities();
  const who = personName(item.name);
  const type = noticeTypeLabel(item.type);
  const headingId = `kz-ops-queue-${item.id}`;

  const submit = async (recipient: string, reason: string) => {
    await route.mutateAsync({ id: item.id, recipient, reason });
    const chosen = municipalities.data?.find((m) => m.code === recipient)?.name ?? recipient;
    onDone({
      text: `Het bericht over ${who} (${type}) is met de hand gerouteerd en afgeleverd bij gemeente ${chosen}. De reden staat in de geschiedenis van het bericht.`,
    });
  };

  return (
    <>
      <Heading level={3} id={headingId}>
        {type}: {who}
      </Heading>
      <dl className="rhc-data-summary rhc-data-summary--row kz-ops-summary" aria-labelledby={headingId}>
        <SummaryItem label="Reden in de wachtrij">{exceptionLabel(item.exception)}</SummaryItem>
        <SummaryItem label="Voor">{boxLabel(item.box)}</SummaryItem>
        <SummaryItem label="Routering">{routingSummary(item.routing)}</SummaryItem>
        <SummaryItem label="Toelichting van de regels (Engelstalig)">
          <RulesExplanation text={item.routing.explanation} />
        </SummaryItem>
        <SummaryItem label="Geboortedatum">{formatDate(item.birthDate)}</SummaryItem>
        <SummaryItem label="Inrichting">{item.institution?.name ?? '—'}</SummaryItem>
      </dl>
      <RouteForm
        municipalityLabel="Gemeente"
        reasonLabel="Reden"
        reasonDescription="Verplicht. Waarom gaat het bericht naar deze gemeente? De reden komt in de geschiedenis van het bericht."
        submitLabel="Routeren"
        onSubmit={submit}
        onCancel={onCancel}
      />
    </>
  );
}

/** Notices the rules could not route, oldest first: an operator sends them to a municipality by hand. */
export function QueuePage() {
  const pages = useCursorPages();
  const list = useQueue(pages.cursor);
  const [openId, setOpenId] = useState<number | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);
  const notices = list.data?.notices ?? [];

  return (
    <OperationsPage
      title="Wachtrij"
      lead={
        <Paragraph>
          Berichten die de regels niet konden routeren: er is geen adres bekend, of het adres ligt in een
          onbekende gemeente. Kies de gemeente en geef de reden; het bericht wordt daar direct afgeleverd. De
          oudste berichten staan bovenaan.
        </Paragraph>
      }
    >
      <SuccessMessage message={message} />
      <section className="kz-section" aria-labelledby="kz-ops-queue-list">
        <Heading level={2} id="kz-ops-queue-list">
          Berichten in de wachtrij
        </Heading>
        {list.isPending ? (
          <Loading text="De wachtrij wordt geladen…" />
        ) : list.isError ? (
          <ErrorAlert error={list.error} heading="De wachtrij kon niet worden geladen." />
        ) : notices.length === 0 ? (
          <Paragraph>
            {pages.page === 1
              ? 'De wachtrij is leeg.'
              : 'Op deze pagina staan geen berichten meer. Ga naar de vorige pagina.'}
          </Paragraph>
        ) : (
          <WorkTable
            caption={`Pagina ${pages.page}, de oudste berichten bovenaan`}
            label="Berichten in de wachtrij"
            items={notices}
            columns={COLUMNS}
            actionLabel="Handmatig routeren"
            openId={openId}
            onToggle={setOpenId}
            panel={(item, close) => (
              <QueuePanel
                item={item}
                onCancel={close}
                onDone={(m) => {
                  setOpenId(null);
                  setMessage(m);
                }}
              />
            )}
          />
        )}
        {list.data && (
          <CursorPagination
            page={pages.page}
            nextCursor={list.data.nextCursor}
            onNext={(cursor) => {
              setOpenId(null);
              pages.next(cursor);
            }}
            onPrevious={() => {
              setOpenId(null);
              pages.previous();
            }}
          />
        )}
      </section>
    </OperationsPage>
  );
}
