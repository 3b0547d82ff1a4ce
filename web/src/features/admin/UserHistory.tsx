import { Heading, Paragraph, SecondaryActionButton } from '@rijkshuisstijl-community/components-react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useUserHistory } from './api/get-user-history.ts';
import { CHANGE_DETAILS, CHANGE_LABELS } from './user-history-labels.ts';

/**
 * The changes to one user's account, newest first, from the audit log: what,
 * when and by whom; ten at a time with "Meer tonen" for the older ones.
 */
export function UserHistory({ id }: { id: number }) {
  const history = useUserHistory(id);
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <section className="kz-section" aria-labelledby="kz-user-history">
      <Heading level={2} id="kz-user-history">
        Geschiedenis
      </Heading>
      {history.isPending ? (
        <Loading text="De geschiedenis wordt geladen…" />
      ) : history.isError ? (
        <ErrorAlert error={history.error} heading="De geschiedenis kon niet worden geladen." />
      ) : entries.length === 0 ? (
        <Paragraph>Er zijn nog geen wijzigingen vastgelegd.</Paragraph>
      ) : (
        <ul>
          {entries.map((entry) => {
            const details = CHANGE_DETAILS[entry.change](entry.details);
            return (
              <li key={entry.id}>
                <strong>{CHANGE_LABELS[entry.change]}</strong>{' '}
                <span>
                  op {formatDateTime(entry.at)} door {entry.by.username} ({entry.by.organisation})
                </span>
                {details && <Paragraph>{details}</Paragraph>}
              </li>
            );
          })}
        </ul>
      )}
      {history.hasNextPage && (
        <SecondaryActionButton
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          Meer tonen
        </SecondaryActionButton>
      )}
    </section>
  );
}
