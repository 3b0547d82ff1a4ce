import './operations.css';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../lib/auth/RequireRole.tsx';
import { ConflictsPage } from './ConflictsPage.tsx';
import { ExplainPage } from './ExplainPage.tsx';
import { LogbooksPage } from './LogbooksPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { QueuePage } from './QueuePage.tsx';
import { ReviewPage } from './ReviewPage.tsx';

const operator = (page: ReactNode) => <RequireRole roles={['justid-operator']}>{page}</RequireRole>;

/** The operations desk of Justid's operators. */
export const operationsRoutes: RouteObject[] = [
  { path: '/operaties', element: operator(<OverviewPage />) },
  { path: '/operaties/bij-controle', element: operator(<ReviewPage />) },
  { path: '/operaties/wachtrij', element: operator(<QueuePage />) },
  { path: '/operaties/uitleg', element: operator(<ExplainPage />) },
  { path: '/operaties/logboeken', element: operator(<LogbooksPage />) },
  { path: '/operaties/conflicten', element: operator(<ConflictsPage />) },
];
