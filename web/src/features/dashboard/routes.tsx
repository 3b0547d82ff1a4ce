import './dashboard.css';
import type { RouteObject } from 'react-router';
import { ChainFlowPage } from './ChainFlowPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { ThemePage } from './ThemePage.tsx';
import { CHAIN_PAGE, THEME_PAGES } from './themes.ts';

/** The public dashboard: no login, no RequireRole; the open-data API serves everyone. */
export const dashboardRoutes: RouteObject[] = [
  { path: '/cijfers', element: <OverviewPage /> },
  // A key per theme: each theme page is a page of its own, not one page that changes its figures.
  ...THEME_PAGES.map((spec) => ({ path: spec.path, element: <ThemePage key={spec.theme} spec={spec} /> })),
  { path: CHAIN_PAGE.path, element: <ChainFlowPage /> },
  // The definitions (docs/definitions.md, built in) are fetched when opened, not with every figure.
  {
    path: '/cijfers/definities',
    lazy: async () => ({ Component: (await import('./definitions/DefinitionsPage.tsx')).DefinitionsPage }),
  },
];
