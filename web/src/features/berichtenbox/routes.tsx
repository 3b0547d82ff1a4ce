import './berichtenbox.css';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
import { BoxPage } from './BoxPage.tsx';
import { BOX_CONFIGS } from './boxes.ts';
import { NoticePage } from './NoticePage.tsx';
import { PersonPage } from './PersonPage.tsx';
import { UpcomingPage } from './UpcomingPage.tsx';

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
  {
    // The person of a notice: its number in the URL, never an SKN or a BSN.
    path: `${config.path}/persoon/:id`,
    element: (
      <RequireRole roles={[config.role]}>
        <PersonPage config={config} />
      </RequireRole>
    ),
  },
  ...(config.box === 'reintegration'
    ? [
        {
          path: `${config.path}/vrijlatingen`,
          element: (
            <RequireRole roles={[config.role]}>
              <UpcomingPage config={config} />
            </RequireRole>
          ),
        },
      ]
    : []),
]);
