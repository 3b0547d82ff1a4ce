import {
  ButtonLink,
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
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
import { type FormEvent, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { CursorPagination, useCursorPages } from '../../components/CursorPagination.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import {
  BOX_STATUSES,
  type BoxStatus,
  type NoticeType,
  STATUS_FILTER_LABELS,
  statusLabel,
  typeLabel,
} from '../../lib/notices.ts';
import { type BoxFilters, type BoxPage as BoxPageData, type NoticeSummary, useBox } from './api/get-box.ts';
import type { BoxConfig } from './boxes.ts';
import { personName } from './format.ts';
import { Announced, Correction, LateFlag } from './NoticeMarks.tsx';

/** The filters' names in the URL, so a filtered box survives a reload and the back button. */
const PARAM = { type: 'soort', status: 'status', from: 'van', to: 'tot' } as const;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function readFilters(params: URLSearchParams, config: BoxConfig): BoxFilters {
  const type = params.get(PARAM.type) ?? '';
  const status = params.get(PARAM.status) ?? '';
  const from = params.get(PARAM.from) ?? '';
  const to = params.get(PARAM.to) ?? '';
  return {
    type: (config.types as readonly string[]).includes(type) ? (type as NoticeType) : undefined,
    status: (BOX_STATUSES as readonly string[]).includes(status) ? (status as BoxStatus) : undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
  };
}

const isFiltered = (f: BoxFilters) => Boolean(f.type || f.status || f.from || f.to);

/** A box of the user's organisation: unread counts, filters, and the notices, newest first. */
export function BoxPage({ config }: { config: BoxConfig }) {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, config);
  const pages = useCursorPages();
  const box = useBox(config.box, filters, pages.cursor);

  const applyFilters = (next: BoxFilters) => {
    // A new set of filters starts at the first page: the page cursors are left out.
    const search = new URLSearchParams();
    for (const key of ['type', 'status', 'from', 'to'] as const) {
      const value = next[key];
      if (value) search.set(PARAM[key], value);
    }
    setParams(search);
  };

  return (
    <div className="kz-bbx">
      <Page title={config.title} lead={<Paragraph purpose="lead">{config.description}</Paragraph>}>
        <UnreadSummary page={box.data} />
        <section className="kz-section" aria-labelledby="bbx-filters">
          <Heading level={2} id="bbx-filters">
            Berichten filteren
          </Heading>
          <FilterForm
            key={[filters.type, filters.status, filters.from, filters.to].join('|')}
            config={config}
            filters={filters}
            onApply={applyFilters}
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
              config={config}
              notices={box.data.notices}
              filtered={isFiltered(filters)}
              page={pages.page}
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
function UnreadSummary({ page }: { page: BoxPageData | undefined }) {
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

function FilterForm({
  config,
  filters,
  onApply,
}: {
  config: BoxConfig;
  filters: BoxFilters;
  onApply: (filters: BoxFilters) => void;
}) {
  const [dateError, setDateError] = useState<string>();
  const toRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '') || undefined;
    const next: BoxFilters = {
      type: value(PARAM.type) as NoticeType | undefined,
      status: value(PARAM.status) as BoxStatus | undefined,
      from: value(PARAM.from),
      to: value(PARAM.to),
    };
    if (next.from && next.to && next.from > next.to) {
      setDateError('De datum "Ontvangen tot en met" ligt vóór de datum "Ontvangen vanaf".');
      toRef.current?.focus();
      return;
    }
    setDateError(undefined);
    onApply(next);
  };

  return (
    <form className="kz-form kz-form--inline kz-bbx-filters" onSubmit={submit} noValidate>
      <FormFieldSelect label="Soort bericht" name={PARAM.type} defaultValue={filters.type ?? ''}>
        <SelectOption value="">Alle soorten</SelectOption>
        {config.types.map((type) => (
          <SelectOption key={type} value={type}>
            {typeLabel(type)}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <FormFieldSelect label="Status" name={PARAM.status} defaultValue={filters.status ?? ''}>
        <SelectOption value="">Alle statussen</SelectOption>
        {BOX_STATUSES.map((status) => (
          <SelectOption key={status} value={status}>
            {STATUS_FILTER_LABELS[status]}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <FormFieldTextInput
        label="Ontvangen vanaf"
        name={PARAM.from}
        type="date"
        defaultValue={filters.from ?? ''}
      />
      <FormFieldTextInput
        label="Ontvangen tot en met"
        name={PARAM.to}
        type="date"
        defaultValue={filters.to ?? ''}
        invalid={Boolean(dateError)}
        errorMessage={dateError}
        inputRef={toRef}
      />
      <div className="kz-bbx-filters__buttons">
        <PrimaryActionButton type="submit">Filteren</PrimaryActionButton>
        {isFiltered(filters) && (
          <ButtonLink appearance="subtle-button" href={config.path}>
            Filters wissen
          </ButtonLink>
        )}
      </div>
    </form>
  );
}

function Results({
  config,
  notices,
  filtered,
  page,
}: {
  config: BoxConfig;
  notices: NoticeSummary[];
  filtered: boolean;
  page: number;
}) {
  if (notices.length === 0)
    return (
      <Paragraph role="status">
        {filtered
          ? 'Er zijn geen berichten die aan uw filters voldoen.'
          : page > 1
            ? 'Er zijn geen oudere berichten.'
            : 'Er zijn nog geen berichten in deze box.'}
      </Paragraph>
    );
  const isVictims = config.box === 'victims';
  // Re-integration notices tell facts and announce no date: no empty column for them.
  const announces = config.box !== 'reintegration';
  const caption = `${filtered ? 'Gefilterde berichten' : 'Berichten'}, nieuwste eerst (pagina ${page})`;
  return (
    <>
      <Paragraph role="status" className="kz-bbx-count">
        {notices.length === 1 ? '1 bericht' : `${formatNumber(notices.length)} berichten`} op pagina {page}
        {filtered ? ', gefilterd' : ''}.
      </Paragraph>
      <TableRegion label="Berichten (tabel, schuift horizontaal)">
        <Table className="kz-bbx-table">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Datum gebeurtenis</TableHeaderCell>
              <TableHeaderCell>Soort</TableHeaderCell>
              <TableHeaderCell>{isVictims ? 'Persoon en slachtofferregistratie' : 'Persoon'}</TableHeaderCell>
              {announces && <TableHeaderCell>Aangekondigde datum</TableHeaderCell>}
              <TableHeaderCell>Status en ontvangst</TableHeaderCell>
              <TableHeaderCell>Bericht</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {notices.map((notice) => {
              const unread = notice.status === 'delivered';
              const type = typeLabel(notice.type);
              const person = personName(notice.name);
              return (
                <TableRow key={notice.id} className={unread ? 'kz-bbx-row--unread' : undefined}>
                  <TableCell>{formatDate(notice.eventDate)}</TableCell>
                  <TableCell>
                    {type}
                    <Correction notice={notice} boxPath={config.path} />
                    <LateFlag notice={notice} />
                  </TableCell>
                  <TableCell>
                    {person}
                    {/* The victim desk keeps many registrations per person: which one this notice is for. */}
                    {notice.victimReference && <span className="kz-bbx-sub">{notice.victimReference}</span>}
                    {notice.caseNumber && (
                      <span className="kz-bbx-sub">Parketnummer {notice.caseNumber}</span>
                    )}
                  </TableCell>
                  {announces && (
                    <TableCell>
                      <Announced notice={notice} />
                    </TableCell>
                  )}
                  <TableCell>
                    {unread ? (
                      <strong className="kz-bbx-new">Nieuw, ongelezen</strong>
                    ) : (
                      statusLabel(notice.status)
                    )}
                    {/* One column for the two, so the link to the notice stays on a laptop's screen. */}
                    <span className="kz-bbx-sub">ontvangen {formatDateTime(notice.createdAt)}</span>
                  </TableCell>
                  <TableCell>
                    <Link href={`${config.path}/${notice.id}`}>
                      Bekijk bericht
                      <VisuallyHidden>
                        {' '}
                        {notice.id}: {type} over {person}
                        {unread ? ' (ongelezen)' : ''}
                      </VisuallyHidden>
                    </Link>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableRegion>
    </>
  );
}
