import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { CursorPagination, useCursorPages } from '../../components/CursorPagination.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { type Announcement, SuccessMessage } from '../../components/SuccessMessage.tsx';
import type { WorkItem, WorkPage } from './api/get-review-notices.ts';
import { type Column, type Selection, WorkTable } from './WorkTable.tsx';

/**
 * One of the operators' lists (BIJ check, queue), oldest first, a page at a
 * time: its states (loading, error, empty), the table with one open row, the
 * message after an action, and the pages.
 */
export function WorkList({
  id,
  heading,
  load,
  texts,
  columns,
  actionLabel,
  panel,
  order = 'de oudste berichten bovenaan',
  selection,
  above,
}: {
  selection?: Selection | undefined;
  /** What stands between the heading and the table (the bulk action), given the page's notices. */
  above?: (notices: WorkItem[], done: (message: Announcement) => void) => ReactNode;
  id: string;
  heading: string;
  load: (cursor: string | undefined) => UseQueryResult<WorkPage>;
  texts: { loading: string; failed: string; empty: string };
  columns: Column[];
  actionLabel: string;
  /** The panel of an open row: `close` shuts it, `done` shuts it and announces the outcome. */
  panel: (item: WorkItem, actions: { close: () => void; done: (message: Announcement) => void }) => ReactNode;
  /** How the list is ordered, for the table's caption. */
  order?: string;
}) {
  const pages = useCursorPages();
  const list = load(pages.cursor);
  const [openId, setOpenId] = useState<number | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);
  const notices = list.data?.notices ?? [];
  const done = (m: Announcement) => {
    setOpenId(null);
    setMessage(m);
  };
  return (
    <>
      <SuccessMessage message={message} />
      <section className="kz-section" aria-labelledby={id}>
        <Heading level={2} id={id}>
          {heading}
        </Heading>
        {above?.(notices, done)}
        {list.isPending ? (
          <Loading text={texts.loading} />
        ) : list.isError ? (
          <ErrorAlert error={list.error} heading={texts.failed} />
        ) : notices.length === 0 ? (
          <Paragraph>
            {pages.page === 1
              ? texts.empty
              : 'Op deze pagina staan geen berichten meer. Ga naar de vorige pagina.'}
          </Paragraph>
        ) : (
          <WorkTable
            caption={`Pagina ${pages.page}, ${order}`}
            label={heading}
            items={notices}
            columns={columns}
            actionLabel={actionLabel}
            openId={openId}
            onToggle={setOpenId}
            selection={selection}
            panel={(item, close) => panel(item, { close, done })}
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
    </>
  );
}
