import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Forbidden } from '../../app/Forbidden.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSession } from './get-session.ts';
import { hasRole, type Role } from './roles.ts';

/**
 * A page for users with one of `roles`. Without a session the user goes to
 * the login page (and comes back after); without the role they see "Geen
 * toegang" and the page's data is never asked for. The API refuses anyway:
 * this only spares the user a page of errors.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading text="Uw sessie wordt gecontroleerd…" />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const back = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/inloggen?terug=${back}`} replace />;
  }
  // The service refuses everything else until a reset password is replaced (403 PASSWORD_CHANGE_REQUIRED).
  if (session.data.mustChangePassword) {
    const back = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/wachtwoord?terug=${back}`} replace />;
  }
  if (!hasRole(session.data.user.roles, roles)) return <Forbidden />;
  return children;
}
