import './admin.css';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
import { AdminPage } from './AdminPage.tsx';

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
];
