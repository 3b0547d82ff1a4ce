import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
// The person page's address carries an opaque handle, never the SKN (person-handle.ts).
import { PersonPage } from './PersonPage.tsx';
import { SearchPage } from './SearchPage.tsx';

export const consultationRoutes: RouteObject[] = [
  {
    path: '/raadplegen',
    element: (
      <RequireRole roles={['consultation']}>
        <SearchPage />
      </RequireRole>
    ),
  },
  {
    path: '/raadplegen/persoon/:handle',
    element: (
      <RequireRole roles={['consultation']}>
        <PersonPage />
      </RequireRole>
    ),
  },
];
