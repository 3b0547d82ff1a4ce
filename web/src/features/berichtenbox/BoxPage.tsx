import { Alert, Button, Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CursorPagination, useCursorPages } from '../../components/CursorPagination.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Announcement, SuccessMessage } from '../../components/SuccessMessage.tsx';
import { formatNumber } from '../../lib/format.ts';
import { BOX_STATUSES, type BoxStatus, type NoticeType, typeLabel } from '../../lib/notices.ts';
import {
  type BoxSearch,
  type BulkResult,
  downloadExport,
  type SearchPage,
  useBulkAcknowledge,
  useSearchBox,
} from './api/search-box.ts';
import { BoxFilterForm, isFiltered, type ListFilters, SORTS, type SortKey } from './BoxFilters.tsx';
import type { BoxConfig } from './boxes.ts';
import { canAcknowledge, NoticeTable } from './NoticeTable.tsx';

/**
 * The filters' names in the URL, so a filtered box survives a reload and the
 * back button. The search term is not among them: a BSN, an SKN or a kenmerk
 * never stands in a URL; it goes to the API in a POST body.
 */
const PARAM = {
  type: 'soort',
  status: 'status',
  from: 'van',
  to: 'tot',
  announcedFrom: 'datum-van',
  announcedTo: 'datum-tot',
  sort: 'sorteer',
} as const;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DATE_KEYS = ['from', 'to', 'announcedFrom', 'announcedTo'] as const;

function readFilters(params: URLSearchParams, config: BoxConfig, q: string | undefined): ListFilters {
  const type = params.get(PARAM.type) ?? '';
  const status = params.get(PARAM.status) ?? '';
  const sort = params.get(PARAM.sort) ?? '';
  const filters: ListFilters = {
    q,
    type: (config.types as readonly string[]).includes(type) ? (type as NoticeType) : undefined,
    status: (BOX_STATUSES as readonly string[]).includes(status) ? (status as BoxStatus) : undefined,
    sort: sort in SORTS ? (sort as SortKey) : 'ontvangen-af',
  };
  for (const key of DATE_KEYS) {
    const value = params.get(PARAM[key]) ?? '';
    if (DATE.test(value)) filters[key] = value;
  }
  return filters;
}

/** What the API is asked: the filters, the search term and the order. */
export function searchOf(f: ListFilters): BoxSearch {
  const { sort, direction } = SORTS[f.sort];
  return {
    q: f.q,
    type: f.type,
    status: f.status,
    from: f.from,
    to: f.to,
    announcedFrom: f.announcedFrom,
    announcedTo: f.announcedTo,
    sort,
    direction,
  };
}

/** A box of the user's organisation: unread counts, search, filters and order, bulk acknowledge, export. */
export function BoxPage({ config }: { config: BoxConfig }) {
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState<string>();
  const filters = readFilters(params, config, q);
  const pages = useCursorPages();
  const box = useSearchBox(config.box, searchOf(filters), pages.cursor);

  const applyFilters = (next: ListFilters) => {
    // A new set of filters starts at the first page: the page cursors are left out.
    const search = new URLSearchParams();
    for (const key of ['type', 'status', ...DATE_KEYS] as const) {
      const value = next[key];
      if (value) search.set(PARAM[key], value);
    }
    if (next.sort !== 'ontvangen-af') search.set(PARAM.sort, next.sort);
    setQ(next.q);
    setParams(search);
  };
  const formKey = JSON.stringify(filters);

  return (
    <div className="kz-bbx">
      <Page title={config.title} lead={<Paragraph purpose="lead">{config.description}</Paragraph>}>
        <UnreadSummary page={box.data} />
        {config.box === 'reintegration' && (
          <Paragraph>
            <Link href={`${config.path}/vrijlatingen`}>Vrijlatingen in de komende weken</Link>
          </Paragraph>
        )}
        <section className="kz-section" aria-labelledby="bbx-filters">
          <Heading level={2} id="bbx-filters">
            Zoeken en filteren
          </Heading>
          <BoxFilterForm
            key={formKey}
            config={config}
            filters={filters}
            onApply={applyFilters}
            onClear={() => setQ(undefined)}
          />
        </section>
        <section className="kz-section" aria-labelledby="bbx-results">
          <Heading level={2} id="bbx-results">
            Berichten
          </Heading>
          {box.isPending ? (
            <Loading text="De berichten worden geladen…" />
          ) : box.isError ? (
            <ErrorAlert error={box.error} heading="De berichten konden niet worden geladen." />
          ) : (
            <Results
              key={`${formKey}|${pages.page}`}
              config={config}
              page={box.data}
              filters={filters}
              pageNumber={pages.page}
            />
          )}
          <CursorPagination
            page={pages.page}
            nextCursor={box.data?.nextCursor ?? null}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </section>
      </Page>
    </div>
  );
}

/** How many notices nobody has opened yet, in total and per type; read out when it changes. */
function UnreadSummary({ page }: { page: SearchPage | undefined }) {
  const counts = Object.entries(page?.unread ?? {}).filter(([, n]) => (n ?? 0) > 0) as [string, number][];
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return (
    <div className="kz-bbx-unread" role="status" aria-live="polite" aria-atomic="true">
      {page && (
        <>
          <Paragraph className="kz-bbx-unread__total">
            <strong>
              {total === 0
                ? 'Er zijn geen ongelezen berichten.'
                : `${formatNumber(total)} ongelezen ${total === 1 ? 'bericht' : 'berichten'}`}
            </strong>
          </Paragraph>
          {counts.length > 0 && (
            <ul className="kz-bbx-unread__types" aria-label="Ongelezen berichten per soort">
              {counts.map(([type, n]) => (
                <li key={type}>
                  {typeLabel(type)}: <span className="kz-badge">{formatNumber(n)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

const REFUSAL: Record<BulkResult['refused'][number]['reason'], string> = {
  'not-found': 'staat niet (meer) in uw box',
  'invalid-state': 'kan niet meer worden bevestigd',
};

/** The page of notices, with a checkbox per notice that can be acknowledged, and the export of the view. */
function Results({
  config,
  page,
  filters,
  pageNumber,
}: {
  config: BoxConfig;
  page: SearchPage;
  filters: ListFilters;
  pageNumber: number;
}) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [success, setSuccess] = useState<Announcement>();
  const [exportError, setExportError] = useState<string>();
  const bulk = useBulkAcknowledge(config.box);
  const filtered = isFiltered(filters);
  const notices = page.notices;
  const selectable = notices.filter(canAcknowledge).map((n) => n.id);

  if (notices.length === 0)
    return (
      <Paragraph role="status">
        {filters.q
          ? 'Er zijn geen berichten die aan uw zoekopdracht voldoen.'
          : filtered
            ? 'Er zijn geen berichten die aan uw filters voldoen.'
            : pageNumber > 1
              ? 'Er zijn geen verdere berichten.'
              : 'Er zijn nog geen berichten in deze box.'}
      </Paragraph>
    );

  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const acknowledgeSelected = () => {
    setSuccess(undefined);
    bulk.mutate([...selected], {
      onSuccess: (result) => {
        setSelected(new Set());
        const n = result.acknowledged.length;
        setSuccess({
          text: `U hebt de ontvangst van ${n} ${n === 1 ? 'bericht' : 'berichten'} bevestigd.`,
          detail:
            result.refused.length > 0 ? (
              <ul>
                {result.refused.map((r) => (
                  <li key={r.id}>
                    Bericht {r.id} is niet bevestigd: het {REFUSAL[r.reason]}.
                  </li>
                ))}
              </ul>
            ) : undefined,
        });
      },
    });
  };
  const exportView = async () => {
    setExportError(undefined);
    try {
      await downloadExport(config.box, searchOf(filters));
    } catch {
      setExportError('De export kon niet worden gemaakt. Probeer het later opnieuw.');
    }
  };
  const order = SORTS[filters.sort].label.toLowerCase();

  return (
    <>
      <SuccessMessage message={success} />
      {bulk.isError && <ErrorAlert error={bulk.error} heading="De ontvangst kon niet worden bevestigd." />}
      {exportError && (
        <Alert type="error" role="alert">
          <Paragraph>{exportError}</Paragraph>
        </Alert>
      )}
      <Paragraph role="status" className="kz-bbx-count">
        {notices.length === 1 ? '1 bericht' : `${formatNumber(notices.length)} berichten`} op pagina{' '}
        {pageNumber}
        {filtered ? ', gefilterd' : ''}.
      </Paragraph>
      <div className="kz-bbx-bulk">
        {selectable.length > 0 && (
          <Button
            appearance="secondary-action-button"
            onClick={() => setSelected(new Set(selected.size === selectable.length ? [] : selectable))}
          >
            {selected.size === selectable.length ? 'Selectie opheffen' : 'Alles op deze pagina selecteren'}
          </Button>
        )}
        <Button
          appearance="primary-action-button"
          disabled={selected.size === 0 || bulk.isPending}
          onClick={acknowledgeSelected}
        >
          {bulk.isPending ? 'Bezig met bevestigen…' : `Ontvangst bevestigen (${selected.size} geselecteerd)`}
        </Button>
        <Button appearance="secondary-action-button" onClick={exportView}>
          Exporteren (CSV)
        </Button>
      </div>
      <NoticeTable
        config={config}
        notices={notices}
        caption={`${filtered ? 'Gevonden berichten' : 'Berichten'}, ${order} (pagina ${pageNumber})`}
        selection={{ selected, toggle }}
      />
    </>
  );
}
