import {
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
  Paragraph,
  SecondaryActionButton,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Announcement } from '../../components/SuccessMessage.tsx';
import { formatDate } from '../../lib/format.ts';
import { BOX_LABELS, boxLabel, EXCEPTION_LABELS, exceptionLabel, typeLabel } from '../../lib/notices.ts';
import { useMunicipalities } from '../../reference/get-municipalities.ts';
import { type QueueFilter, type QueueSort, useQueue } from './api/get-queue.ts';
import { useQueueCounts } from './api/get-queue-counts.ts';
import type { WorkItem } from './api/get-review-notices.ts';
import { useRouteQueueNotice } from './api/route-queue-notice.ts';
import { useRouteQueueNotices } from './api/route-queue-notices.ts';
import { asSentence, NoticeCell, personName, routingSummary, SummaryItem } from './components.tsx';
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
        <SummaryItem label="Toelichting van de regels">{asSentence(item.routing.text)}</SummaryItem>
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

const SORT_LABELS: Record<QueueSort, string> = {
  newest: 'Nieuwste eerst',
  oldest: 'Oudste eerst',
  person: 'Per persoon',
  announced: 'Aangekondigde datum (vroegste eerst)',
};

const CAPTION: Record<QueueSort, string> = {
  newest: 'de nieuwste berichten bovenaan',
  oldest: 'de oudste berichten bovenaan',
  person: 'de berichten van een persoon bij elkaar',
  announced: 'de vroegste aangekondigde datum bovenaan',
};

/** The filters live in the URL (reden, box, ouderdan, sortering), so a reload or a shared link keeps them. */
function useQueueFilter(): [QueueFilter & { sort: QueueSort }, (next: Record<string, string>) => void] {
  const [params, setParams] = useSearchParams();
  const sort = (params.get('sortering') ?? 'newest') as QueueSort;
  const days = params.get('ouderdan');
  const filter = {
    sort: sort in SORT_LABELS ? sort : 'newest',
    ...(params.get('reden') ? { reason: params.get('reden') as string } : {}),
    ...(params.get('box') ? { box: params.get('box') as string } : {}),
    ...(days && /^[0-9]{1,5}$/.test(days) ? { olderThanDays: Number(days) } : {}),
  };
  const set = (next: Record<string, string>) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      for (const [k, v] of Object.entries(next)) {
        if (v) copy.set(k, v);
        else copy.delete(k);
      }
      // Another filter is another list: its pages start again.
      copy.delete('paginas');
      return copy;
    });
  return [filter, set];
}

/** The queue as the URL's filters narrow it. */
function useFilteredQueue(cursor: string | undefined) {
  const [filter] = useQueueFilter();
  return useQueue(cursor, filter);
}

function QueueFilters({ filter, set }: { filter: QueueFilter; set: (next: Record<string, string>) => void }) {
  const counts = useQueueCounts();
  const [days, setDays] = useState(filter.olderThanDays === undefined ? '' : String(filter.olderThanDays));
  const by = counts.data?.byReason ?? {};
  return (
    <section className="kz-section" aria-labelledby="kz-ops-queue-filters">
      <Heading level={2} id="kz-ops-queue-filters">
        Filteren en sorteren
      </Heading>
      {counts.data && (
        <Paragraph>
          {counts.data.total} berichten in de wachtrij. Per reden:{' '}
          {Object.entries(by)
            .map(([reason, n]) => `${exceptionLabel(reason)} ${n}`)
            .join(', ')}
          .
        </Paragraph>
      )}
      <form
        className="kz-form kz-form--inline kz-ops-inline-form"
        aria-label="Wachtrij filteren"
        onSubmit={(e) => {
          e.preventDefault();
          set({ ouderdan: /^[0-9]{1,5}$/.test(days.trim()) ? days.trim() : '' });
        }}
      >
        <FormFieldSelect
          label="Waarom in de wachtrij"
          value={filter.reason ?? ''}
          onChange={(e) => set({ reden: e.currentTarget.value })}
        >
          <SelectOption value="">Alle redenen</SelectOption>
          {Object.entries(EXCEPTION_LABELS).map(([code, text]) => (
            <SelectOption key={code} value={code}>
              {text} ({by[code] ?? 0})
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldSelect
          label="Box"
          value={filter.box ?? ''}
          onChange={(e) => set({ box: e.currentTarget.value })}
        >
          <SelectOption value="">Alle boxen</SelectOption>
          {Object.entries(BOX_LABELS).map(([code, text]) => (
            <SelectOption key={code} value={code}>
              {text}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldSelect
          label="Sorteren"
          value={filter.sort ?? 'newest'}
          onChange={(e) => set({ sortering: e.currentTarget.value })}
        >
          {Object.entries(SORT_LABELS).map(([code, text]) => (
            <SelectOption key={code} value={code}>
              {text}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldTextInput
          label="Ouder dan (dagen)"
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays((e.target as HTMLInputElement).value)}
          autoComplete="off"
        />
        <SecondaryActionButton type="submit">Filter toepassen</SecondaryActionButton>
      </form>
    </section>
  );
}

/** Route the ticked notices (say, all of one person) to one municipality with one reason: all or none. */
function BulkRoute({
  notices,
  selected,
  clear,
  onDone,
}: {
  notices: WorkItem[];
  selected: ReadonlySet<number>;
  clear: () => void;
  onDone: (message: Announcement) => void;
}) {
  const route = useRouteQueueNotices();
  const municipalities = useMunicipalities();
  const [open, setOpen] = useState(false);
  const ids = notices.filter((n) => selected.has(n.id)).map((n) => n.id);
  if (ids.length === 0) return null;
  const submit = async (recipient: string, reason: string) => {
    await route.mutateAsync({ ids, recipient, reason });
    const chosen = municipalities.data?.find((m) => m.code === recipient)?.name ?? recipient;
    clear();
    setOpen(false);
    onDone({
      text: `${ids.length} berichten zijn met de hand gerouteerd en afgeleverd bij gemeente ${chosen}. De reden staat in de geschiedenis van elk bericht.`,
    });
  };
  return (
    <section className="kz-section kz-ops-bulk" aria-labelledby="kz-ops-bulk">
      <Heading level={3} id="kz-ops-bulk">
        {ids.length} {ids.length === 1 ? 'bericht' : 'berichten'} geselecteerd
      </Heading>
      {open ? (
        <RouteForm
          municipalityLabel="Gemeente voor de geselecteerde berichten"
          reasonLabel="Reden voor de geselecteerde berichten"
          reasonDescription="Verplicht. Alle geselecteerde berichten gaan naar deze gemeente, of geen: de reden komt in de geschiedenis van elk bericht."
          submitLabel="Geselecteerde berichten routeren"
          onSubmit={submit}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="kz-actions">
          <SecondaryActionButton onClick={() => setOpen(true)}>
            Geselecteerde berichten routeren
          </SecondaryActionButton>
          <SecondaryActionButton onClick={clear}>Selectie opheffen</SecondaryActionButton>
        </div>
      )}
    </section>
  );
}

/** Notices the rules could not route: filtered, sorted, a person's together; routed by hand, one or several at once. */
export function QueuePage() {
  const [filter, set] = useQueueFilter();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const toggle = (ids: readonly number[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  return (
    <OperationsPage
      title="Wachtrij"
      lead={
        <Paragraph>
          Berichten die de regels niet konden routeren: er is geen adres bekend, of het adres ligt in een
          onbekende gemeente. Kies de gemeente en geef de reden; het bericht wordt daar direct afgeleverd.
          Selecteer meerdere berichten (bijvoorbeeld alle berichten van een persoon, gesorteerd per persoon)
          om ze in één keer te routeren.
        </Paragraph>
      }
    >
      <QueueFilters key={String(filter.olderThanDays)} filter={filter} set={set} />
      <WorkList
        id="kz-ops-queue-list"
        heading="Berichten in de wachtrij"
        load={useFilteredQueue}
        texts={{
          loading: 'De wachtrij wordt geladen…',
          failed: 'De wachtrij kon niet worden geladen.',
          empty: 'Geen berichten in de wachtrij met deze filters.',
        }}
        columns={COLUMNS}
        actionLabel="Handmatig routeren"
        order={CAPTION[filter.sort]}
        selection={{ selected, toggle }}
        above={(notices, done) => (
          <BulkRoute
            notices={notices}
            selected={selected}
            clear={() => setSelected(new Set())}
            onDone={done}
          />
        )}
        panel={(item, { close, done }) => <QueuePanel item={item} onCancel={close} onDone={done} />}
      />
    </OperationsPage>
  );
}
