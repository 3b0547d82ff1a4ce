import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Announcement } from '../../components/SuccessMessage.tsx';
import { formatDate } from '../../lib/format.ts';
import { boxLabel, exceptionLabel, typeLabel } from '../../lib/notices.ts';
import { useMunicipalities } from '../../reference/get-municipalities.ts';
import { useQueue } from './api/get-queue.ts';
import type { WorkItem } from './api/get-review-notices.ts';
import { useRouteQueueNotice } from './api/route-queue-notice.ts';
import { NoticeCell, personName, RulesExplanation, routingSummary, SummaryItem } from './components.tsx';
import { OperationsPage } from './OperationsNav.tsx';
import { RouteForm } from './RouteForm.tsx';
import { WorkList } from './WorkList.tsx';

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
  const type = typeLabel(item.type);
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
      <WorkList
        id="kz-ops-queue-list"
        heading="Berichten in de wachtrij"
        load={useQueue}
        texts={{
          loading: 'De wachtrij wordt geladen…',
          failed: 'De wachtrij kon niet worden geladen.',
          empty: 'De wachtrij is leeg.',
        }}
        columns={COLUMNS}
        actionLabel="Handmatig routeren"
        panel={(item, { close, done }) => <QueuePanel item={item} onCancel={close} onDone={done} />}
      />
    </OperationsPage>
  );
}
