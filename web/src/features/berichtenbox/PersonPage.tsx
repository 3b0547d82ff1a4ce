import { Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api.ts';
import { usePersonNotices } from './api/search-box.ts';
import type { BoxConfig } from './boxes.ts';
import { personName } from './format.ts';
import { NoticeTable } from './NoticeTable.tsx';

const ID = /^[1-9][0-9]{0,14}$/;

/**
 * Every notice of one person in the box, reached from one of them: the URL
 * holds that notice's number, never the person's SKN or BSN.
 */
export function PersonPage({ config }: { config: BoxConfig }) {
  const params = useParams();
  const id = ID.test(params.id ?? '') ? Number(params.id) : undefined;
  const notices = usePersonNotices(config.box, id);
  const name = personName(notices.data?.notices[0]?.name);
  const back = (
    <Paragraph className="kz-bbx-back kz-no-print">
      <Link href={id ? `${config.path}/${id}` : config.path}>Terug naar het bericht</Link>
    </Paragraph>
  );
  if (id === undefined || (notices.error instanceof ApiError && notices.error.status === 404))
    return (
      <div className="kz-bbx">
        {back}
        <Page title="Persoon niet gevonden">
          <Paragraph>Dit bericht staat niet in de berichtenbox van uw organisatie.</Paragraph>
        </Page>
      </div>
    );
  return (
    <div className="kz-bbx">
      {back}
      <Page title={notices.data ? `Berichten over ${name}` : 'Berichten over deze persoon'}>
        {notices.isPending ? (
          <Loading text="De berichten worden geladen…" />
        ) : notices.isError ? (
          <ErrorAlert error={notices.error} heading="De berichten konden niet worden geladen." />
        ) : (
          <>
            <Paragraph>
              Alle berichten over deze persoon in de {config.title.replace('Berichtenbox', 'berichtenbox')} (
              {notices.data.notices.length}), de laatste datum eerst.
            </Paragraph>
            <NoticeTable
              config={config}
              notices={notices.data.notices}
              caption={`Berichten over ${name}, de laatste datum eerst`}
            />
          </>
        )}
      </Page>
    </div>
  );
}
