import './admin.css';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
import { AdminPage } from './AdminPage.tsx';
import { OrganisationsPage } from './OrganisationsPage.tsx';
import { ParticipationPage } from './ParticipationPage.tsx';
import { SubjectReportPage } from './SubjectReportPage.tsx';
import { UserDetailPage } from './UserDetailPage.tsx';

/** Beheer, for Justid's administrators. */
export const adminRoutes: RouteObject[] = [
  {
    path: '/beheer',
    element: (
      <RequireRole roles={['administrator']}>
        <AdminPage />
      </RequireRole>
    ),
  },
  {
    path: '/beheer/deelname',
    element: (
      <RequireRole roles={['administrator']}>
        <ParticipationPage />
      </RequireRole>
    ),
  },
  ...(
    [
      ['/beheer/gebruikers/:id', <UserDetailPage key="user" />],
      ['/beheer/organisaties', <OrganisationsPage key="organisations" />],
      ['/beheer/betrokkene', <SubjectReportPage key="subject" />],
    ] as const
  ).map(([path, page]) => ({ path, element: <RequireRole roles={['administrator']}>{page}</RequireRole> })),
];
