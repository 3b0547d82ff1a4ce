import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/RequireRole.tsx';
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
    path: '/raadplegen/:skn',
    element: (
      <RequireRole roles={['consultation']}>
        <PersonPage />
      </RequireRole>
    ),
  },
];
