import './admin.css';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
import { AdminPage } from './AdminPage.tsx';
import { ParticipationPage } from './ParticipationPage.tsx';

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
];
