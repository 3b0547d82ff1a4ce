import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useSession } from '../../lib/auth/get-session.ts';
import { safeReturnPath } from './LoginPage.tsx';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';

/**
 * Wachtwoord wijzigen, for every logged-in user. After an administrator's
 * reset every page sends the user here first (the service refuses all else
 * with 403 PASSWORD_CHANGE_REQUIRED); once changed they go on to the page
 * they came for.
 */
export function PasswordPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  if (session.isPending) return <Loading text="Uw sessie wordt gecontroleerd…" />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) return <Navigate to="/inloggen?terug=%2Fwachtwoord" replace />;
  if (session.data.mustChangePassword)
    return (
      <Page
        title="Kies een eigen wachtwoord"
        lead={
          <Paragraph>
            De beheerder heeft een tijdelijk wachtwoord voor u ingesteld. Kies nu een eigen wachtwoord; daarna
            kunt u verder werken.
          </Paragraph>
        }
      >
        <PasswordChangeForm
          currentLabel="Tijdelijk wachtwoord"
          onChanged={() => navigate(safeReturnPath(params.get('terug')), { replace: true })}
        />
      </Page>
    );
  return (
    <Page
      title="Wachtwoord wijzigen"
      lead={<Paragraph>Na het wijzigen worden uw sessies op andere apparaten beëindigd.</Paragraph>}
    >
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>Uw wachtwoord is gewijzigd.</Paragraph>
        </Alert>
      ) : (
        <PasswordChangeForm currentLabel="Huidig wachtwoord" onChanged={() => setDone(true)} />
      )}
    </Page>
  );
}
