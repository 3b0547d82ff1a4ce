import './berichtenbox.css';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
import { BoxPage } from './BoxPage.tsx';
import { BOX_CONFIGS } from './boxes.ts';
import { NoticePage } from './NoticePage.tsx';

/** Each box's list and its notices, for the box's role only (the API serves the user's own organisation's box). */
export const berichtenboxRoutes: RouteObject[] = BOX_CONFIGS.flatMap((config) => [
  {
    path: config.path,
    element: (
      <RequireRole roles={[config.role]}>
        <BoxPage config={config} />
      </RequireRole>
    ),
  },
  {
    path: `${config.path}/:id`,
    element: (
      <RequireRole roles={[config.role]}>
        <NoticePage config={config} />
      </RequireRole>
    ),
  },
]);
